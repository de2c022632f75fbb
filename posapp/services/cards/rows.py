"""A card read and written as a plain row: the redemption's hot path without ORM objects.

A redemption touches one card once; loading it as an ORM object and flushing it
through the unit of work cost more Python than the rest of the redemption. Here
the card is a :class:`CardRow` (the columns the card model, the ledger and a
:class:`~posapp.services.command_path.results.CardView` read), and its change is written by
one ``UPDATE`` built once and bound per call. The rules are the same: the card
model checks the change and :func:`posapp.services.accounting.ledger.post` writes it.

In a single-statement unit (PostgreSQL; see :mod:`posapp.db.lazy_session`) the card was
read without a lock, so its write is conditional: it changes the card only if the card
is still at the version that was read and what open sales hold on it is still covered,
and inserts the entry only if it did. Otherwise nothing is written and the redemption
runs again as a transaction that locks the card (and refuses there what is not covered).
A card that lost such a race goes straight to the locking transaction for a few seconds:
on a card many tills spend at once, waiting in line for its lock is cheaper than losing
race after race.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, fields
from datetime import datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from posapp.db.lazy_session import NeedsTransaction, single_statement
from posapp.db.models import CardProduct, GiftCard, LedgerEntry
from posapp.db.plain import Plain
from posapp.services.checkout import holds

_TABLE = cast(Table, GiftCard.__table__)
_LEDGER = cast(Table, LedgerEntry.__table__)
#: A ledger entry's plain INSERT: the entry is never changed again, so no ORM object.
INSERT_ENTRY = insert(_LEDGER)


@dataclass(slots=True)
class CardRow:
    """The columns of a card that a redemption reads or moves (its version and change
    number move in the database only)."""

    id: uuid.UUID
    code_last4: str
    code_prefix: str
    currency: str
    initial_balance_minor: int
    balance_minor: int
    status: str
    issuing_location_id: uuid.UUID
    scope: str
    scope_locations: list[str]
    strategy: str
    created_at: datetime
    expires_at: datetime | None
    purchaser_name: str | None
    recipient_name: str | None
    recipient_email: str | None
    last_seq: int
    chain_head: bytes | None
    #: Moves with every write; a write that did not lock the card checks it is unchanged.
    version: int
    #: The keyed hash the card is found by (which cards lost a race is kept by it).
    code_hash: str
    #: The goods categories its product restricts it to (read with the card; None without
    #: a product, empty for all goods).
    allowed_categories: list[str] | None

    @classmethod
    def of(cls, row: tuple[Any, ...]) -> CardRow:
        """A row that starts with the values of :data:`COLUMNS`, in order."""
        return cls(*row[:_COUNT])


_NAMES = tuple(f.name for f in fields(CardRow))
_COUNT = len(_NAMES)
_PRODUCTS = cast(Table, CardProduct.__table__)
_ALLOWED = (
    select(_PRODUCTS.c.allowed_categories)
    .where(_PRODUCTS.c.id == _TABLE.c.product_id)
    .scalar_subquery()
    .label("allowed_categories")
)
#: The columns to select for a :class:`CardRow`.
COLUMNS = tuple(_ALLOWED if name == "allowed_categories" else _TABLE.c[name] for name in _NAMES)

_SET = {
    "balance_minor": bindparam("balance_minor"),
    "status": bindparam("status"),
    "expires_at": bindparam("expires_at", type_=_TABLE.c.expires_at.type),
    "last_seq": bindparam("last_seq"),
    "chain_head": bindparam("chain_head", type_=_TABLE.c.chain_head.type),
    "version": _TABLE.c.version + 1,
}
_CARD_ID = bindparam("card_id", type_=_TABLE.c.id.type)
_WHERE = _TABLE.c.id == _CARD_ID
#: What open sales hold on the card when the entry is made, read by the write itself: the
#: write is a new statement after the card's lock was taken, so it sees every hold a
#: transaction that held the lock before committed (the locking SELECT's snapshot may not).
_HELD = holds.pending_sum(
    _CARD_ID, bindparam("created_at", type_=_LEDGER.c.created_at.type)
).scalar_subquery()
# PostgreSQL draws the change number in the UPDATE itself; SQLite writers are serialised
# by BEGIN IMMEDIATE, so the next number is max + 1, computed in the same statement.
_UPDATE_PG = (
    update(_TABLE)
    .where(_WHERE)
    .values(**_SET, change_seq=func.nextval("card_change_seq"))
    .returning(_HELD)
)
_UPDATE_SQLITE = (
    update(_TABLE)
    .where(_WHERE)
    .values(
        **_SET,
        change_seq=(
            _TABLE.select().with_only_columns(func.coalesce(func.max(_TABLE.c.change_seq), 0) + 1)
        ).scalar_subquery(),
    )
    .returning(_HELD)
)


def _entry(entry_columns: tuple[str, ...]) -> Any:
    """The entry's INSERT, bound by column name (its card_id is the card's, bound once)."""
    return insert(_LEDGER).values(
        {name: bindparam(name, type_=_LEDGER.c[name].type) for name in entry_columns}
    )


@lru_cache(maxsize=4)
def _write_pg(entry_columns: tuple[str, ...]) -> Plain:
    """PostgreSQL: the ledger entry's INSERT rides in the card's UPDATE (one round trip)."""
    return Plain(_UPDATE_PG.add_cte(_entry(entry_columns).cte("entry")))


#: A card's look-up hash -> when (``time.monotonic``) a write that did not lock the card
#: last found it moved.
_CONTENDED: dict[str, float] = {}
#: How long such a card is written only under its lock.
CONTENDED_S = 5.0
_CONTENDED_MAX = 1024


def contended(code_hash: str) -> bool:
    """Whether the card found by ``code_hash`` lately lost a race to another write: it is
    then looked up and written under its lock."""
    since = _CONTENDED.get(code_hash)
    return since is not None and time.monotonic() - since < CONTENDED_S


def _lost_race(code_hash: str) -> None:
    if len(_CONTENDED) >= _CONTENDED_MAX:
        _CONTENDED.clear()
    _CONTENDED[code_hash] = time.monotonic()


@lru_cache(maxsize=8)
def _write_unlocked(
    entry_columns: tuple[str, ...], guard: ColumnElement[bool] | None
) -> Plain:
    """PostgreSQL, a card read without a lock: the card's UPDATE only if it is unchanged,
    its holds are covered and the unit's ``guard`` holds, and the entry's INSERT only if the
    UPDATE was made; the entry's id comes back when both were."""
    card = (
        update(_TABLE)
        .where(
            _WHERE,
            _TABLE.c.version == bindparam("version"),
            bindparam("balance_minor") >= _HELD,
            *(() if guard is None else (guard,)),
        )
        .values(**_SET, change_seq=func.nextval("card_change_seq"))
        .returning(_TABLE.c.id)
        .cte("card")
    )
    values = [
        card.c.id if name == "card_id" else bindparam(name, type_=_LEDGER.c[name].type)
        for name in entry_columns
    ]
    return Plain(
        insert(_LEDGER)
        .from_select(list(entry_columns), select(*values))
        .returning(_LEDGER.c.id)
        .add_cte(card)
    )


@lru_cache(maxsize=4)
def _insert_sqlite(entry_columns: tuple[str, ...]) -> Plain:
    return Plain(_entry(entry_columns))


_WRITE_SQLITE = Plain(_UPDATE_SQLITE)


def save(session: Session, card: CardRow, entry: dict[str, Any]) -> int:
    """Insert ``entry``, the ledger entry of the change, and write what the ledger and the
    card model moved: balance, state, expiry, chain; the card gets a new version and
    change number (terminals pull what changed). Returns what open sales hold on the
    card (the caller refuses the change, rolling it back, if that is not covered)."""
    assert entry["card_id"] == card.id
    params = {
        **entry,
        "balance_minor": card.balance_minor,
        "status": card.status,
        "expires_at": card.expires_at,
        "last_seq": card.last_seq,
        "chain_head": card.chain_head,
    }
    columns = tuple(entry)
    unit = single_statement(session)
    if unit is not None:
        params["version"] = card.version
        guard = unit.writing()
        if guard is not None:
            params.update(guard.params)
        if not _write_unlocked(columns, guard and guard.condition).rows(session, params):
            # Moved since it was read, or its holds grew (or, rarely, the guard failed).
            _lost_race(card.code_hash)
            raise NeedsTransaction()
        return 0
    if session.get_bind().dialect.name == "postgresql":
        written = _write_pg(columns).rows(session, params)
    else:
        _insert_sqlite(columns).execute(session, params)
        written = _WRITE_SQLITE.rows(session, params)
    return int(written[0][0])
