"""A till's own SQLite file in central mode: outbox, card cache and a copy of reference data.

This is not the chain's schema: three small tables made at open, plus a key/value
table for the till's state (last sequence pulled, the terminal look-up key, the last
successful sync, what it took offline in total). The file is the till's alone and
readable by its owner only: an operation waiting in the outbox is the command as the
till would have sent it, card codes included.

Everything that must happen together happens in one SQLite transaction (see
:meth:`TillStore.transaction`): an offline operation enters the outbox in the same
transaction as its effect on the cache and on the till's offline totals.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)

from posapp.db.engine import make_engine
from posapp.services.command_path import commands as c

#: Cards a till keeps; the least recently fetched go first.
MAX_CARDS = 5000

_meta = MetaData()
outbox = Table(
    "outbox", _meta,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("key", String(100), nullable=False, unique=True),
    Column("kind", String(40), nullable=False),
    Column("command", JSON, nullable=False),
    Column("staff", String(80), nullable=False),
    Column("terminal_time", String(40), nullable=False),
    #: waiting (to send), unconfirmed (sent online, no answer came), refused (to report)
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    #: What a refusal report needs: the amount, the card and the reference.
    Column("detail", JSON, nullable=False),
)
cards = Table(
    "cards", _meta,
    Column("id", String(36), primary_key=True),
    Column("lookup", String(64), nullable=False, index=True),
    Column("masked", String(40), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("balance_minor", BigInteger, nullable=False),
    Column("available_minor", BigInteger, nullable=False),
    Column("status", String(16), nullable=False),
    Column("expires_at", String(40)),
    Column("scope", String(16), nullable=False),
    Column("scope_locations", JSON, nullable=False),
    Column("issuing_store_id", String(36), nullable=False),
    Column("change_seq", BigInteger, nullable=False),
    Column("fetched_at", String(40), nullable=False),
    #: Taken by this till offline since the balance above was fetched.
    Column("offline_taken_minor", BigInteger, nullable=False, default=0),
)
sales = Table(
    "open_sales", _meta,
    Column("id", String(36), primary_key=True),
    Column("holds_expire_at", String(40), nullable=False),
    Column("cards_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
)
#: Who signed in at this till online: their offline ticket, and what lets them sign in
#: offline (see :mod:`posapp.central.till_staff`).
staff_access = Table(
    "staff_access", _meta,
    Column("name", String(80), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("ticket", Text, nullable=False),
    Column("verifier", String(64), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("failed", Integer, nullable=False, default=0),
    Column("last_failed_at", String(40)),
)
state = Table(
    "state", _meta,
    Column("name", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)


@dataclass(frozen=True)
class Waiting:
    """One operation in the outbox, oldest first."""

    seq: int
    key: str
    command: c.Command
    staff: str
    terminal_time: datetime
    state: str
    attempts: int
    last_error: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class CachedCard:
    id: uuid.UUID
    masked: str
    currency: str
    balance_minor: int
    available_minor: int
    status: str
    expires_at: datetime | None
    scope: str
    scope_locations: list[str]
    issuing_store_id: str
    fetched_at: datetime
    offline_taken_minor: int


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class TillStore:
    """The till's SQLite file (made, readable by its owner only, on first open)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # The chain's SQLite set-up: a private file, WAL, and BEGIN IMMEDIATE.
        self.engine = make_engine(f"sqlite:///{path}")
        _meta.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read that takes no write lock (it never waits for an open transaction)."""
        with self.engine.connect().execution_options(posapp_readonly=True) as conn:
            with conn.begin():
                yield conn

    # state -----------------------------------------------------------------------------
    def get(self, name: str, conn: Connection | None = None) -> str | None:
        query = select(state.c.value).where(state.c.name == name)
        if conn is not None:
            return conn.scalar(query)
        with self.reading() as own:
            return own.scalar(query)

    def put(self, conn: Connection, name: str, value: str) -> None:
        conn.execute(delete(state).where(state.c.name == name))
        conn.execute(insert(state).values(name=name, value=value))

    def number(self, name: str, conn: Connection | None = None) -> int:
        return int(self.get(name, conn) or 0)

    # outbox ----------------------------------------------------------------------------
    def enqueue(
        self,
        conn: Connection,
        command: c.Command,
        *,
        staff: str,
        at: datetime,
        state_: str = "waiting",
        detail: dict[str, Any] | None = None,
    ) -> str:
        key = getattr(command, "key", None)
        assert key, "an outbox operation always carries its idempotency key"
        conn.execute(
            insert(outbox).values(
                key=key, kind=command.name, command=command.to_dict(), staff=staff,
                terminal_time=at.isoformat(), state=state_, attempts=0, detail=detail or {},
            )
        )
        return str(key)

    def waiting(self) -> list[Waiting]:
        with self.reading() as conn:
            rows = conn.execute(select(outbox).order_by(outbox.c.seq)).all()
        return [
            Waiting(r.seq, r.key, c.from_dict(r.command), r.staff,
                    datetime.fromisoformat(r.terminal_time), r.state, r.attempts, r.last_error,
                    r.detail)
            for r in rows
        ]

    def count_waiting(self, conn: Connection | None = None) -> int:
        query = select(func.count()).select_from(outbox)
        if conn is not None:
            return int(conn.scalar(query) or 0)
        with self.reading() as own:
            return int(own.scalar(query) or 0)

    def unsent(self) -> int:
        """Operations still to be sent (not those only waiting to be reported as refused)."""
        with self.reading() as conn:
            query = select(func.count()).select_from(outbox).where(outbox.c.state != "refused")
            return int(conn.scalar(query) or 0)

    def attempted(self, seq: int, error: str | None, new_state: str | None = None) -> None:
        values: dict[str, Any] = {"attempts": outbox.c.attempts + 1, "last_error": error}
        if new_state is not None:
            values["state"] = new_state
        with self.transaction() as conn:
            conn.execute(update(outbox).where(outbox.c.seq == seq).values(**values))

    def done(self, seq: int) -> None:
        with self.transaction() as conn:
            conn.execute(delete(outbox).where(outbox.c.seq == seq))

    # cards -----------------------------------------------------------------------------
    def _waiting_takes(self, conn: Connection) -> dict[str, int]:
        """Per card, what offline redemptions still in the outbox took (not yet in a balance
        the service sent)."""
        taken: dict[str, int] = {}
        rows = conn.execute(
            select(outbox.c.command).where(outbox.c.kind == c.SettleOfflineRedemption.name)
        ).scalars()
        for command in rows:
            card = str(command["card_id"])
            taken[card] = taken.get(card, 0) + int(command["amount"]["minor"])
        return taken

    def save_cards(self, conn: Connection, found: list[dict[str, Any]], at: datetime) -> None:
        """Cards as the service sent them; each replaces what the till knew of it."""
        waiting = self._waiting_takes(conn)
        for card in found:
            conn.execute(delete(cards).where(cards.c.id == card["id"]))
            conn.execute(
                insert(cards).values(
                    id=card["id"], lookup=card["lookup"], masked=card["masked"],
                    currency=card["currency"], balance_minor=card["balance_minor"],
                    available_minor=card["available_minor"], status=card["status"],
                    expires_at=card["expires_at"], scope=card["scope"],
                    scope_locations=card["scope_locations"],
                    issuing_store_id=card["issuing_store_id"], change_seq=card["change_seq"],
                    fetched_at=at.isoformat(), offline_taken_minor=waiting.get(card["id"], 0),
                )
            )
        extra = int(conn.scalar(select(func.count()).select_from(cards)) or 0) - MAX_CARDS
        if extra > 0:
            oldest = select(cards.c.id).order_by(cards.c.fetched_at).limit(extra)
            conn.execute(delete(cards).where(cards.c.id.in_(oldest)))

    def card(self, conn: Connection, lookups: list[str]) -> CachedCard | None:
        row = conn.execute(select(cards).where(cards.c.lookup.in_(lookups))).first()
        if row is None:
            return None
        return CachedCard(
            uuid.UUID(row.id), row.masked, row.currency, row.balance_minor,
            row.available_minor, row.status, _when(row.expires_at), row.scope,
            list(row.scope_locations), row.issuing_store_id,
            datetime.fromisoformat(row.fetched_at), row.offline_taken_minor,
        )

    def take(self, conn: Connection, card_id: uuid.UUID, minor: int) -> None:
        conn.execute(
            update(cards)
            .where(cards.c.id == str(card_id))
            .values(offline_taken_minor=cards.c.offline_taken_minor + minor)
        )

    def offline_taken(self, card_id: uuid.UUID) -> int:
        with self.reading() as conn:
            taken = conn.scalar(
                select(cards.c.offline_taken_minor).where(cards.c.id == str(card_id))
            )
        return int(taken or 0)

    def settled(self, conn: Connection) -> None:
        """Everything taken offline has reached the service: the counts start again."""
        conn.execute(update(cards).values(offline_taken_minor=0))
        self.put(conn, "allowance_used", "0")

    # sales opened online ---------------------------------------------------------------
    def remember_sale(
        self, sale_id: str, expires_at: datetime, cards_minor: int, currency: str
    ) -> None:
        with self.transaction() as conn:
            conn.execute(delete(sales).where(sales.c.id == sale_id))
            conn.execute(
                insert(sales).values(id=sale_id, holds_expire_at=expires_at.isoformat(),
                                     cards_minor=cards_minor, currency=currency)
            )

    def sale(self, conn: Connection, sale_id: uuid.UUID) -> tuple[datetime, int, str] | None:
        row = conn.execute(select(sales).where(sales.c.id == str(sale_id))).first()
        if row is None:
            return None
        return datetime.fromisoformat(row.holds_expire_at), row.cards_minor, row.currency

    def forget_sale(self, conn: Connection, sale_id: uuid.UUID) -> None:
        conn.execute(delete(sales).where(sales.c.id == str(sale_id)))

    # reference data --------------------------------------------------------------------
    def reference(self) -> dict[str, Any]:
        return dict(json.loads(self.get("reference") or "{}"))

