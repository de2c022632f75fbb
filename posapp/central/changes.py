"""What a till pulls to work offline: cards changed since its last sequence number, and a copy
of the reference data it needs (staff, settings, products, exchange rates).

Cards are those issued by the till's store or with an entry at it, oldest change first,
a page at a time; each carries the terminal look-up of its code (see
:mod:`posapp.central.offline_keys`), never the code itself.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from posapp import codes
from posapp.central import receipts
from posapp.central.offline_keys import card_lookup, terminal_key
from posapp.db.models import CardProduct, ExchangeRate, GiftCard, LedgerEntry, Staff, Terminal
from posapp.domain.errors import InvalidInput
from posapp.domain.lifecycle import Status
from posapp.domain.transitions import effective_status
from posapp.money import Money
from posapp.services.back_office import documents
from posapp.services.checkout import holds
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings

#: Cards in one answer; a till asks again from the last one's sequence number.
PAGE = 200


def _card(session: Session, ctx: Context, key: bytes, card: GiftCard) -> dict[str, Any]:
    now = ctx.now()
    code = ctx.keys.decrypt(card.code_encrypted, card.code_hash)
    held = holds.pending_total(session, card.id, now)
    return {
        "id": str(card.id),
        "lookup": card_lookup(key, code),
        "masked": codes.mask(card.code_last4, prefix=card.code_prefix or None),
        "currency": card.currency,
        "balance_minor": card.balance_minor,
        "available_minor": max(0, card.balance_minor - held),
        "status": effective_status(Status(card.status), card.expires_at, now).value,
        "expires_at": card.expires_at.isoformat() if card.expires_at else None,
        "scope": card.scope,
        "scope_locations": list(card.scope_locations),
        "issuing_store_id": str(card.issuing_location_id),
        "change_seq": card.change_seq,
    }


def _reference(session: Session, ctx: Context, actor: Actor) -> dict[str, Any]:
    st = settings.current(session, ctx, actor.store_id)
    staff = session.scalars(select(Staff).order_by(Staff.name))
    products = session.scalars(select(CardProduct).where(CardProduct.active))
    rates = session.scalars(
        select(ExchangeRate).where(ExchangeRate.valid_from <= ctx.now())
        .order_by(ExchangeRate.valid_from)
    )
    return {
        "store": {"id": str(actor.store_id), "code": actor.location_code,
                  "currency": actor.currency},
        # What the till's own slips (a cash-out's) print of the store.
        "store_info": receipts.to_json(documents.store_info(session, actor.store_id)),
        "settings": st.as_json(),
        # The settings as their stored texts, which the till reads back into Settings.
        "settings_record": st.to_record(),
        "code_formats": [[st.code_prefix, st.code_length], *map(list, st.earlier_formats)],
        "staff": [{"name": s.name, "role": s.role, "active": s.active,
                   "locked": s.locked_at is not None} for s in staff],
        "products": [{"sku": p.sku, "name": p.name, "currency": p.currency,
                      "denominations": [Money(d, p.currency).amount_str()
                                        for d in p.denominations]} for p in products],
        "rates": {f"{r.base}/{r.quote}": str(r.rate) for r in rates},
    }


def pull(ctx: Context, actor: Actor, since: int) -> dict[str, Any]:
    """The cards changed after ``since`` (one page) and the reference data, for this store."""
    if not isinstance(since, int) or isinstance(since, bool) or since < 0:
        raise InvalidInput("since is a sequence number (a whole number, 0 or more).")
    key = terminal_key(ctx.keys)

    def work(session: Session) -> dict[str, Any]:
        at_store = select(LedgerEntry.card_id).where(
            LedgerEntry.location_id == actor.store_id
        )
        found = list(session.scalars(
            select(GiftCard)
            .where(
                GiftCard.change_seq > since,
                or_(GiftCard.issuing_location_id == actor.store_id, GiftCard.id.in_(at_store)),
            )
            .order_by(GiftCard.change_seq)
            .limit(PAGE)
        ))
        cards = [_card(session, ctx, key, card) for card in found]
        return {
            "cards": cards,
            "seq": cards[-1]["change_seq"] if cards else since,
            "more": len(cards) == PAGE,
            "lookup_key": base64.b64encode(key).decode(),
            "reference": _reference(session, ctx, actor),
        }

    return ctx.db.run(work, readonly=True)


def synced(ctx: Context, actor: Actor, waiting: int | None) -> None:
    """The till now has every change: its offline window starts again, and when it said its
    outbox is empty, so do its offline totals (see
    :mod:`posapp.services.back_office.offline_limits`)."""
    now = ctx.now()
    values = {"last_sync_at": now}
    if waiting == 0:
        values["offline_settled_at"] = now
    ctx.db.run(lambda s: s.execute(
        update(Terminal).where(Terminal.id == actor.terminal_id).values(**values)
    ))

