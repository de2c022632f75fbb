"""Large imports in short transactions, all rows or none.

A till must never wait long for back-office work, so an import never holds the write lock
for more than one chunk:

1. *staging*: the checked rows are stored in ``import_rows`` (codes encrypted), a chunk
   per transaction. Nothing is visible; a cancel, or a process killed here, leaves only
   staging rows, which are deleted (at once, or by the next import).
2. *commit*: one short transaction marks the import ``applying``. From here it happens.
3. *apply*: a chunk at a time, the cards and their chained ``issue`` entries are built in
   memory, then one short transaction inserts them (an ``executemany`` each) and deletes
   their staging rows, so no row is applied twice. A process that dies here leaves
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

from posapp.db.models import CardImport, GiftCard, ImportRow, LedgerEntry
from posapp.domain.card import Card
from posapp.services.accounting import audit, ledger
from posapp.services.cards.issuing import CardTerms, card_values
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings

#: Rows written per transaction: each chunk holds SQLite's write lock for a moment only.
STAGE_CHUNK = 2000
#: Cards made per transaction: prepared before it, so the lock is held for their inserts only.
APPLY_CHUNK = 500
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
    left: int | None = None
    while True:
        read = ctx.db.run(
            partial(_read_chunk, ctx=ctx, import_id=import_id, counted=left is None),
            readonly=True,
        )
        if read is None:
            return made
        job, st, rows, remaining = read
        left = remaining if left is None else left
        poster = dataclasses.replace(actor, location_id=job.location_id)
        # The codes are decrypted, the cards built and their entries hashed before the write
        # lock is taken: the transaction below only inserts.
        made_rows = [_prepare(ctx, poster, job, st, row) for row in rows]
        count, handled, finished = ctx.db.run(
            partial(_write_chunk, ctx=ctx, actor=actor, import_id=import_id, made=made_rows)
        )
        made += count
        left -= handled
        if progress is not None:
            progress(job.rows - left, job.rows)
        if finished:
            return made
        if ctx.db.is_sqlite:
            # SQLite's lock is not a queue: a waiting till polls it (every 25-50 ms while
            # it has waited less than a quarter second) and must find it free between chunks.
            time.sleep(SQLITE_PAUSE)


@dataclasses.dataclass(frozen=True)
class _Job:
    file: str
    rows: int
    location_id: uuid.UUID


@dataclasses.dataclass(frozen=True)
class _Made:
    """A staged row turned into a card row and its ledger entries, not yet inserted."""

    line: int
    card: dict[str, Any]
    entries: list[dict[str, object]]


_ROW_COLUMNS = (
    ImportRow.line,
    ImportRow.code_hash,
    ImportRow.code_encrypted,
    ImportRow.currency,
    ImportRow.amount_minor,
    ImportRow.expires_at,
    ImportRow.recipient_name,
    ImportRow.recipient_email,
    ImportRow.message,
    ImportRow.reference,
)
_INSERT_CARDS = insert(cast(Table, GiftCard.__table__))
_INSERT_ENTRIES = insert(cast(Table, LedgerEntry.__table__))


def _read_chunk(
    session: Session, ctx: Context, import_id: uuid.UUID, counted: bool
) -> tuple[_Job, settings.Settings, list[Any], int] | None:
    """The next staged rows of an import still applying (None when it is not), and when
    ``counted``, how many are left (a scan, so once per apply)."""
    job = session.get(CardImport, import_id)
    if job is None or job.state != "applying":
        return None
    query = (
        select(*_ROW_COLUMNS)
        .where(ImportRow.import_id == import_id)
        .order_by(ImportRow.line)
        .limit(APPLY_CHUNK)
    )
    rows = list(session.execute(query))
    remaining = counted and session.scalar(
        select(func.count()).select_from(ImportRow).where(ImportRow.import_id == import_id)
    )
    st = settings.current(session, ctx, job.location_id)
    return _Job(job.file, job.rows, job.location_id), st, rows, int(remaining or 0)


@dataclasses.dataclass(slots=True)
class _Fresh:
    """The columns of a card being imported that the card model and the ledger read and
    move: a plain object, as an ORM object per row would cost more than the insert."""

    id: uuid.UUID
    status: str
    balance_minor: int
    currency: str
    expires_at: datetime | None
    scope: str
    scope_locations: list[str]
    issuing_location_id: uuid.UUID
    strategy: str
    last_seq: int
    version: int
    chain_head: bytes | None
    initial_balance_minor: int
    activated_at: datetime | None


_FRESH = tuple(f.name for f in dataclasses.fields(_Fresh))


def _prepare(ctx: Context, poster: Actor, job: _Job, st: settings.Settings, row: Any) -> _Made:
    """One staged row as an active card and its issue entry (and, for a card already past
    its expiry, its expire entry): the card model decides, the ledger chains the entries."""
    code = ctx.keys.decrypt(row.code_encrypted, row.code_hash)
    now = ctx.now()
    values = card_values(
        code,
        row.code_hash,
        row.code_encrypted,
        location_id=job.location_id,
        currency=row.currency,
        source="import",
        settings=st,
        terms=CardTerms(
            recipient_name=row.recipient_name,
            recipient_email=row.recipient_email,
            message=row.message,
        ),
        now=now,
        expires_at=row.expires_at,
    )
    card = _Fresh(**{name: values[name] for name in _FRESH})
    arrive = Card(card, now).activate(row.amount_minor, ledger.ceiling(st, card.currency))
    entries = [
        ledger.entry_of(
            ctx, poster, card, arrive, key=f"import/{card.id}",
            reference=row.reference or job.file, source="import",
        )
    ]
    card.version += 1
    card.initial_balance_minor = row.amount_minor
    card.activated_at = now
    if row.expires_at and row.expires_at <= now:
        gone = Card(card, now).expire()
        entries.append(
            ledger.entry_of(ctx, poster, card, gone, key=f"import/{card.id}/expire",
                            source="import")
        )
        card.version += 1
    values.update((name, getattr(card, name)) for name in _FRESH)
    return _Made(row.line, values, entries)


def _write_chunk(
    session: Session, ctx: Context, actor: Actor, import_id: uuid.UUID, made: list[_Made]
) -> tuple[int, int, bool]:
    """Insert a prepared chunk (cards made, rows handled, finished)."""
    job = session.get(CardImport, import_id, with_for_update=True)
    if job is None or job.state != "applying":
        return 0, 0, True
    # Another process finishing the same import may have applied some of them meanwhile.
    staged = select(ImportRow.line).where(
        ImportRow.import_id == import_id, ImportRow.line.in_([m.line for m in made])
    )
    still = set(session.scalars(staged)) if made else set()
    made = [m for m in made if m.line in still]
    if not made:
        left = select(ImportRow.line).where(ImportRow.import_id == import_id).limit(1)
        if session.scalar(left) is not None:
            return 0, 0, False
        job.state = "done"
        job.finished_at = ctx.now()
        audit.record(
            session, ctx, actor, "cards_imported", {"file": job.file, "count": job.rows}
        )
        return 0, 0, True
    hashes = [m.card["code_hash"] for m in made]
    taken = set(session.scalars(select(GiftCard.code_hash).where(GiftCard.code_hash.in_(hashes))))
    for m in made:
        if m.card["code_hash"] in taken:
            # Checked before the commit; only a card made with the same code since then
            # lands here. That row cannot become a card, and the rest of the import stands.
            audit.record(
                session, ctx, actor, "import_row_skipped",
                {"file": job.file, "line": m.line, "reason": "code already in use"},
            )
    cards = [m for m in made if m.card["code_hash"] not in taken]
    for m, seq in zip(cards, ledger.next_change_seqs(session, len(cards)), strict=True):
        m.card["change_seq"] = seq
    if cards:
        session.execute(_INSERT_CARDS, [m.card for m in cards])
        session.execute(_INSERT_ENTRIES, [e for m in cards for e in m.entries])
    # The chunk leaves staging in the transaction that made its cards: never applied twice.
    session.execute(
        delete(ImportRow)
        .where(ImportRow.import_id == import_id, ImportRow.line.in_([m.line for m in made]))
        .execution_options(synchronize_session=False)
    )
    return len(cards), len(made), False


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
