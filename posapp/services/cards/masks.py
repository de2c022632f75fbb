"""Stored masks made before the masking rule: re-masked once, at ``db upgrade``.

A card's masked form is built from two stored columns, ``code_prefix`` and the
visible tail ``code_last4``. Cards made before the rule that a mask never leaves
fewer than :data:`~posapp.codes.MASK_HIDDEN` unknown symbols kept the last four
symbols of any code, so a short imported code (``ABC123``) showed most of itself.
Only the full code tells how many symbols may show, and only the key file reads
it, so the database migration cannot fix them: the upgrade, which has the key
file, does. It decrypts every card once, in chunks, writes the tail
:func:`~posapp.codes.visible_tail` allows where the stored one shows more, gives
those cards a new change number (terminals pull the corrected mask) and records an
audit event, which also marks the step done.
"""

from __future__ import annotations

import uuid
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import AuditEvent, GiftCard
from posapp.domain.errors import InvalidInput
from posapp.services.accounting import audit, ledger
from posapp.services.command_path.context import Context

#: The audit event that records the step (and that it ran).
REMASKED = "card_masks_upgraded"
#: Cards read per transaction: a till waits a moment at most.
CHUNK = 2000


def upgrade_masks(ctx: Context) -> int | None:
    """Re-mask every card whose stored tail shows more than the rule allows; the number
    re-masked, or None when an earlier upgrade did it. Running again changes nothing."""
    if ctx.db.run(_done, readonly=True):
        return None
    fixed, unreadable = 0, 0
    after: uuid.UUID | None = None
    while True:
        step = ctx.db.run(partial(_chunk, ctx=ctx, after=after))
        fixed, unreadable, after = fixed + step[0], unreadable + step[1], step[2]
        if after is None:
            break
    ctx.db.run(lambda session: _mark(session, ctx, fixed, unreadable))
    return fixed


def _done(session: Session) -> bool:
    found = session.scalar(
        select(AuditEvent.id)
        .where(AuditEvent.terminal_id.is_(None), AuditEvent.kind == REMASKED)
        .limit(1)
    )
    return found is not None


def _chunk(
    session: Session, ctx: Context, after: uuid.UUID | None
) -> tuple[int, int, uuid.UUID | None]:
    """Re-mask the next :data:`CHUNK` cards by id: (how many changed, how many the key
    file does not read, the last id or None after the last chunk)."""
    # Plain columns: a large chain's cards are read quickly; the few to fix are loaded.
    query = (
        select(GiftCard.id, GiftCard.code_encrypted, GiftCard.code_hash, GiftCard.code_prefix,
               GiftCard.code_last4)
        .order_by(GiftCard.id)
        .limit(CHUNK)
        .with_for_update()
    )
    if after is not None:
        query = query.where(GiftCard.id > after)
    rows = session.execute(query).all()
    fixed = unreadable = 0
    for card_id, blob, code_hash, prefix, shown in rows:
        try:
            code = ctx.keys.decrypt(blob, code_hash)
        except InvalidInput:
            # A damaged card must not stop every start; the audit event counts it, and
            # `ledger verify` and a reprint name it.
            unreadable += 1
            continue
        tail = codes.visible_tail(code, prefix or None)
        if tail != shown:
            card = session.get(GiftCard, card_id)
            assert card is not None
            card.code_last4 = tail
            ledger.touch(session, card)
            session.flush()  # SQLite numbers the next change from the flushed maximum
            fixed += 1
    return fixed, unreadable, (rows[-1][0] if len(rows) == CHUNK else None)


def _mark(session: Session, ctx: Context, fixed: int, unreadable: int) -> None:
    if not _done(session):
        audit.record(session, ctx, None, REMASKED, {"cards": fixed, "unreadable": unreadable})
