"""Large imports in short transactions, all rows or none.

A till must never wait long for back-office work, so an import never holds the write lock
for more than one chunk:

1. *staging*: the checked rows are stored in ``import_rows`` (codes encrypted), a chunk
   per transaction. Nothing is visible; a cancel, or a process killed here, leaves only
   staging rows, which are deleted (at once, or by the next import).
2. *commit*: one short transaction marks the import ``applying``. From here it happens.
3. *apply*: a chunk per transaction creates the cards and their ``issue`` entries and
   deletes their staging rows, so no row is applied twice. A process that dies here leaves
   the import ``applying``; the next import (by anyone) finishes it first.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from posapp.db.models import CardImport, GiftCard, ImportRow
from posapp.domain.card import Card
from posapp.domain.errors import Conflict
from posapp.services import audit, ledger, settings
from posapp.services.context import Actor, Context
from posapp.services.issuing import CardTerms, new_card

#: Rows written per transaction: each chunk holds SQLite's write lock for a moment only.
STAGE_CHUNK = 2000
APPLY_CHUNK = 100
#: ... or fewer, when making them takes longer than this (the write lock is held meanwhile).
APPLY_SECONDS = 0.1
SQLITE_PAUSE = 0.05
PROGRESS_EVERY = 100
#: A staging import untouched this long was abandoned (its process was killed).
ABANDONED = timedelta(hours=1)

#: Told (rows done, rows in all); returning False cancels, honoured while staging only.
Progress = Callable[[int, int], bool | None]


@dataclasses.dataclass(frozen=True)
class Staged:
    """A checked row, ready to store: its code is encrypted before it reaches the database."""

    line: int
    code: str
    currency: str
    amount_minor: int
    expires_at: datetime | None
    recipient_name: str | None
    recipient_email: str | None
    message: str | None
    reference: str | None


def existing_codes(ctx: Context, codes: Sequence[str]) -> set[str]:
    """Which of ``codes`` already belong to a card (read in batches, outside any lock)."""
    hashes = {ctx.keys.lookup_hash(code): code for code in codes}
    found: set[str] = set()
    keys = list(hashes)

    for start in range(0, len(keys), 500):
        query = select(GiftCard.code_hash).where(GiftCard.code_hash.in_(keys[start : start + 500]))
        taken: list[str] = ctx.db.run(partial(_all, query=query), readonly=True)
        found.update(hashes[h] for h in taken)
    return found


def _all(session: Session, query: Any) -> list[Any]:
    return list(session.scalars(query))


def stage(
    ctx: Context, actor: Actor, file: str, rows: Sequence[Staged], progress: Progress | None
) -> uuid.UUID | None:
    """Store ``rows`` out of sight and commit the import; None if cancelled (nothing kept)."""
    import_id = uuid.uuid4()

    def begin(session: Session) -> None:
        session.add(
            CardImport(
                id=import_id,
                file=file[:255],
                location_id=actor.store_id,
                staff_id=actor.staff_id,
                state="staging",
                rows=len(rows),
                created_at=ctx.now(),
            )
        )

    ctx.db.run(begin)
    values: list[dict[str, Any]] = []
    for done, row in enumerate(rows):
        if done % PROGRESS_EVERY == 0 and progress and progress(done, len(rows)) is False:
            drop(ctx, import_id)
            return None
        code_hash = ctx.keys.lookup_hash(row.code)
        values.append(
            {
                "import_id": import_id,
                "line": row.line,
                "code_hash": code_hash,
                "code_encrypted": ctx.keys.encrypt(row.code, code_hash),
                "currency": row.currency,
                "amount_minor": row.amount_minor,
                "expires_at": row.expires_at,
                "recipient_name": row.recipient_name,
                "recipient_email": row.recipient_email,
                "message": row.message,
                "reference": row.reference,
            }
        )
        if len(values) == STAGE_CHUNK:
            ctx.db.run(partial(_insert_rows, values=values))
            values = []
    if values:
        ctx.db.run(partial(_insert_rows, values=values))
    ctx.db.run(
        lambda session: session.execute(
            update(CardImport).where(CardImport.id == import_id).values(state="applying")
        )
    )
    return import_id


def _insert_rows(session: Session, values: list[dict[str, Any]]) -> None:
    session.execute(insert(cast(Table, ImportRow.__table__)), values)


def drop(ctx: Context, import_id: uuid.UUID) -> None:
    """Forget a staging import: its rows never became cards."""

    def work(session: Session) -> None:
        session.execute(delete(ImportRow).where(ImportRow.import_id == import_id))
        session.execute(
            delete(CardImport).where(CardImport.id == import_id, CardImport.state == "staging")
        )

    ctx.db.run(work)


def apply(ctx: Context, actor: Actor, import_id: uuid.UUID, progress: Progress | None) -> int:
    """Create the cards of a committed import, a chunk per transaction; the number made."""
    made = 0
    while True:
        count, total, finished = ctx.db.run(lambda s: _apply_chunk(s, ctx, actor, import_id))
        made += count
        if progress is not None:
            progress(total - _remaining(ctx, import_id), total)
        if finished:
            return made
        if ctx.db.is_sqlite:
            # SQLite's lock is not a queue: a waiting till polls it (every 25-50 ms while
            # it has waited less than a quarter second) and must find it free between chunks.
            time.sleep(SQLITE_PAUSE)


def _remaining(ctx: Context, import_id: uuid.UUID) -> int:
    return int(
        ctx.db.run(
            lambda s: s.scalar(
                select(func.count()).select_from(ImportRow).where(ImportRow.import_id == import_id)
            ),
            readonly=True,
        )
        or 0
    )


def _apply_chunk(
    session: Session, ctx: Context, actor: Actor, import_id: uuid.UUID
) -> tuple[int, int, bool]:
    job = session.get(CardImport, import_id, with_for_update=True)
    if job is None or job.state != "applying":
        return 0, job.rows if job else 0, True
    query = (
        select(ImportRow)
        .where(ImportRow.import_id == import_id)
        .order_by(ImportRow.line)
        .limit(APPLY_CHUNK)
    )
    rows = list(session.scalars(query))
    if not rows:
        job.state = "done"
        job.finished_at = ctx.now()
        audit.record(
            session, ctx, actor, "cards_imported", {"file": job.file, "count": job.rows}
        )
        return 0, job.rows, True
    st = settings.current(session, ctx, job.location_id)
    poster = dataclasses.replace(actor, location_id=job.location_id)
    # Each card is flushed once by new_card; flushing before every query as well would
    # quadruple the statements of an import.
    applied: list[int] = []
    deadline = time.monotonic() + APPLY_SECONDS
    with session.no_autoflush:
        for row in rows:
            _apply_row(session, ctx, actor, poster, job, st, row)
            applied.append(row.line)
            if time.monotonic() > deadline:  # a slow machine: commit, let the tills in
                break
    # The chunk leaves staging in the transaction that made its cards: never applied twice.
    session.execute(
        delete(ImportRow)
        .where(ImportRow.import_id == import_id, ImportRow.line.in_(applied))
        .execution_options(synchronize_session=False)
    )
    return len(applied), job.rows, False


def _apply_row(
    session: Session,
    ctx: Context,
    actor: Actor,
    poster: Actor,
    job: CardImport,
    st: settings.Settings,
    row: ImportRow,
) -> None:
    """One staged row becomes an active card with its issue entry."""
    code = ctx.keys.decrypt(row.code_encrypted, row.code_hash)
    try:
        card, _ = new_card(
            session,
            ctx,
            location_id=job.location_id,
            currency=row.currency,
            source="import",
            settings=st,
            terms=CardTerms(
                recipient_name=row.recipient_name,
                recipient_email=row.recipient_email,
                message=row.message,
            ),
            code=code,
            expires_at=row.expires_at,
        )
    except Conflict:
        # Checked before the commit; only a card made with the same code since then
        # lands here. That row cannot become a card, and the rest of the import stands.
        audit.record(
            session, ctx, actor, "import_row_skipped",
            {"file": job.file, "line": row.line, "reason": "code already in use"},
        )
        session.delete(row)
        return
    now = ctx.now()
    arrive = Card(card, now).activate(row.amount_minor, ledger.ceiling(st, card.currency))
    ledger.post(
        session,
        ctx,
        poster,
        card,
        arrive,
        key=f"import/{card.id}",
        reference=row.reference or job.file,
        source="import",
    )
    card.initial_balance_minor = row.amount_minor
    card.activated_at = now
    if row.expires_at and row.expires_at <= now:
        gone = Card(card, now).expire()
        ledger.post(
            session, ctx, poster, card, gone, key=f"import/{card.id}/expire", source="import"
        )


def pending(ctx: Context) -> list[uuid.UUID]:
    """Committed imports whose cards are not all made yet (their process died)."""
    return ctx.db.run(
        lambda s: list(s.scalars(select(CardImport.id).where(CardImport.state == "applying"))),
        readonly=True,
    )


def finish_interrupted(ctx: Context, actor: Actor) -> int:
    """Finish every committed import and drop staging left by killed processes."""
    made = sum(apply(ctx, actor, import_id, None) for import_id in pending(ctx))
    cutoff = ctx.now() - ABANDONED
    abandoned = ctx.db.run(
        lambda s: list(
            s.scalars(
                select(CardImport.id).where(
                    CardImport.state == "staging", CardImport.created_at < cutoff
                )
            )
        ),
        readonly=True,
    )
    for import_id in abandoned:
        drop(ctx, import_id)
    return made
