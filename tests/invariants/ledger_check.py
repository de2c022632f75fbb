"""The ledger's invariants (docs/architecture.md), checked by SQL over a whole database.

``assert_invariants(target)`` takes a database URL, a ``Database``, a ``Context``,
a ``Session`` or a ``Connection`` and raises ``AssertionError`` listing every
violation it finds. ``snapshot(target)`` captures what a refused operation must
leave untouched (every card's balance, status and version, and the entry count).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from posapp.db.engine import Database
from posapp.services.command_path.context import Context

Target = str | Database | Context | Session | Connection


@contextmanager
def _connection(target: Target) -> Iterator[Connection]:
    if isinstance(target, Connection):
        yield target
    elif isinstance(target, Session):
        yield target.connection()
    elif isinstance(target, Context | Database):
        db = target.db if isinstance(target, Context) else target
        with db.engine.connect() as conn:
            yield conn
            conn.rollback()
    else:
        url = make_url(target)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                yield conn
                conn.rollback()
        finally:
            engine.dispose()


def _rows(conn: Connection, sql: str, **params: Any) -> list[Any]:
    return list(conn.execute(text(sql), params).all())


def _as_utc(value: Any) -> datetime | None:
    """A timestamp read by plain SQL: an aware datetime on PostgreSQL, text on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def violations(target: Target, *, now: datetime | None = None) -> list[str]:
    """Every broken invariant in the database, one line each (empty when all hold).

    ``now`` is the time at which holds are judged (pending holds expiring later
    count against the available balance); by default, the latest time the
    database records for a hold or an entry.
    """
    with _connection(target) as conn:
        return _violations(conn, now)


def assert_invariants(target: Target, *, now: datetime | None = None) -> None:
    found = violations(target, now=now)
    assert not found, "ledger invariants broken:\n  " + "\n  ".join(found[:50])


def _violations(conn: Connection, now: datetime | None) -> list[str]:
    out: list[str] = []

    # 1. balance == sum of entries, balance >= 0.
    for row in _rows(
        conn,
        """SELECT c.id, c.balance_minor, COALESCE(SUM(e.amount_minor), 0) AS total
           FROM gift_cards c LEFT JOIN ledger_entries e ON e.card_id = c.id
           GROUP BY c.id, c.balance_minor
           HAVING c.balance_minor <> COALESCE(SUM(e.amount_minor), 0) OR c.balance_minor < 0""",
    ):
        out.append(f"card {row.id}: balance {row.balance_minor} but entries sum to {row.total}")

    # 1. available (balance less pending, unexpired holds) >= 0.
    if now is None:
        latest = [
            _as_utc(v)
            for v in (
                conn.scalar(text("SELECT MAX(created_at) FROM holds")),
                conn.scalar(text("SELECT MAX(created_at) FROM ledger_entries")),
            )
        ]
        now = max((t for t in latest if t), default=datetime(1970, 1, 1, tzinfo=UTC))
    held: dict[Any, int] = {}
    for row in _rows(
        conn,
        "SELECT card_id, amount_minor, expires_at, state FROM holds WHERE state = 'pending'",
    ):
        expires = _as_utc(row.expires_at)
        if expires is not None and expires > now:
            held[str(row.card_id)] = held.get(str(row.card_id), 0) + int(row.amount_minor)
        if row.amount_minor <= 0:
            out.append(f"hold on card {row.card_id}: amount {row.amount_minor} is not positive")
    if held:
        balances = {
            str(r.id): int(r.balance_minor)
            for r in _rows(conn, "SELECT id, balance_minor FROM gift_cards")
        }
        for card_id, amount in held.items():
            if balances.get(card_id, 0) - amount < 0:
                out.append(
                    f"card {card_id}: available {balances.get(card_id, 0) - amount} < 0 "
                    f"(balance {balances.get(card_id, 0)}, pending holds {amount})"
                )

    # 2. each entry adds up; never below zero.
    for row in _rows(
        conn,
        """SELECT id, card_id, amount_minor, balance_before, balance_after FROM ledger_entries
           WHERE balance_after <> balance_before + amount_minor OR balance_after < 0
              OR balance_before < 0""",
    ):
        out.append(
            f"entry {row.id} of card {row.card_id}: {row.balance_before} + {row.amount_minor}"
            f" != {row.balance_after} (or negative)"
        )

    # 2. each card's entries chain: seq 1..n, first from 0, each from the previous.
    for row in _rows(
        conn,
        """SELECT card_id, seq, balance_before, prev_seq, prev_after FROM (
             SELECT card_id, seq, balance_before,
                    LAG(seq) OVER (PARTITION BY card_id ORDER BY seq, id) AS prev_seq,
                    LAG(balance_after) OVER (PARTITION BY card_id ORDER BY seq, id) AS prev_after
             FROM ledger_entries) chained
           WHERE (prev_seq IS NULL AND (seq <> 1 OR balance_before <> 0))
              OR (prev_seq IS NOT NULL
                  AND (seq <> prev_seq + 1 OR balance_before <> prev_after))""",
    ):
        out.append(
            f"card {row.card_id}: entry seq {row.seq} (before {row.balance_before}) does not "
            f"follow seq {row.prev_seq} (after {row.prev_after})"
        )
    for row in _rows(
        conn,
        """SELECT c.id, c.balance_minor, e.balance_after FROM gift_cards c
           JOIN ledger_entries e ON e.card_id = c.id
           WHERE e.seq = (SELECT MAX(seq) FROM ledger_entries x WHERE x.card_id = c.id)
             AND e.balance_after <> c.balance_minor""",
    ):
        out.append(
            f"card {row.id}: balance {row.balance_minor} but its last entry ends at "
            f"{row.balance_after}"
        )
    for row in _rows(
        conn,
        """SELECT e.id, e.card_id, e.currency, c.currency AS card_currency FROM ledger_entries e
           JOIN gift_cards c ON c.id = e.card_id WHERE e.currency <> c.currency""",
    ):
        out.append(f"entry {row.id}: currency {row.currency} on a {row.card_currency} card")

    # 3. idempotency keys are unique (entries and operation records).
    for row in _rows(
        conn,
        """SELECT idempotency_key, COUNT(*) AS n FROM ledger_entries
           GROUP BY idempotency_key HAVING COUNT(*) > 1""",
    ):
        out.append(f"idempotency key {row.idempotency_key!r} used by {row.n} entries")
    for row in _rows(
        conn, "SELECT key, COUNT(*) AS n FROM operations GROUP BY key HAVING COUNT(*) > 1"
    ):
        out.append(f"operation key {row.key!r} recorded {row.n} times")

    # 5. voided cards: zero, closed by exactly one void/transfer_out entry, the last one.
    closing = "('void', 'transfer_out')"
    for row in _rows(
        conn,
        f"""SELECT c.id, c.status, c.balance_minor,
                  (SELECT COUNT(*) FROM ledger_entries e
                    WHERE e.card_id = c.id AND e.kind IN {closing}) AS closings,
                  (SELECT e.kind FROM ledger_entries e WHERE e.card_id = c.id
                    ORDER BY e.seq DESC LIMIT 1) AS last_kind
           FROM gift_cards c""",
    ):
        if row.status == "voided":
            if row.balance_minor != 0:
                out.append(f"voided card {row.id} holds {row.balance_minor}")
            if row.closings != 1 or row.last_kind not in ("void", "transfer_out"):
                out.append(
                    f"voided card {row.id}: {row.closings} closing entries, last entry "
                    f"{row.last_kind!r} (a void or transfer_out must be the last)"
                )
        elif row.closings:
            out.append(f"card {row.id} is {row.status} but has {row.closings} closing entries")
        if row.status == "inactive" and (row.balance_minor != 0 or row.last_kind is not None):
            out.append(f"inactive card {row.id} has value or entries")
    for row in _rows(
        conn,
        """SELECT c.id, e.seq, e.kind, e.created_at, c.voided_at FROM gift_cards c
           JOIN ledger_entries e ON e.card_id = c.id
           WHERE c.status = 'voided' AND e.created_at > c.voided_at""",
    ):
        out.append(f"voided card {row.id}: entry {row.seq} ({row.kind}) after its void")

    # 5. expired and frozen cards are never redeemed: no redemption at or after the card's
    # expiry (expiry only ever moves later), none after the freeze of a frozen card.
    for row in _rows(
        conn,
        """SELECT e.card_id, e.seq, e.created_at, c.expires_at FROM ledger_entries e
           JOIN gift_cards c ON c.id = e.card_id
           WHERE e.kind = 'redeem' AND c.expires_at IS NOT NULL""",
    ):
        if _as_utc(row.created_at) >= _as_utc(row.expires_at):
            out.append(
                f"card {row.card_id}: entry {row.seq} spends it at {row.created_at}, "
                f"after it expired at {row.expires_at}"
            )
    for row in _rows(
        conn,
        """SELECT e.card_id, e.seq, e.kind, e.created_at, c.frozen_at FROM ledger_entries e
           JOIN gift_cards c ON c.id = e.card_id
           WHERE c.status = 'frozen' AND e.kind = 'redeem'""",
    ):
        if _as_utc(row.created_at) > _as_utc(row.frozen_at):
            out.append(f"frozen card {row.card_id}: redeemed (entry {row.seq}) after its freeze")
    for row in _rows(
        conn,
        """SELECT card_id, seq FROM ledger_entries e WHERE kind = 'redeem' AND EXISTS (
             SELECT 1 FROM ledger_entries x WHERE x.card_id = e.card_id AND x.kind = 'expire'
               AND x.seq < e.seq AND NOT EXISTS (
                 SELECT 1 FROM ledger_entries r WHERE r.card_id = e.card_id
                   AND r.kind IN ('refund', 'reinstate') AND r.seq > x.seq
                   AND r.seq < e.seq))""",
    ):
        out.append(
            f"card {row.card_id}: redeemed (entry {row.seq}) after an expire entry "
            "with no refund or reinstatement reviving it"
        )

    out.extend(_sale_violations(conn))
    return out


def _sale_violations(conn: Connection) -> list[str]:
    """No half-done sale: a completed sale has all its entries, an open one none."""
    out: list[str] = []
    for row in _rows(
        conn,
        """SELECT s.id, s.state FROM sales s JOIN ledger_entries e ON e.sale_id = s.id
           WHERE s.state = 'open' OR (s.state = 'voided' AND s.completed_at IS NULL)
           GROUP BY s.id, s.state""",
    ):
        out.append(f"sale {row.id} is {row.state} (never completed) but has ledger entries")
    for row in _rows(
        conn,
        """SELECT s.id, t.card_id, t.card_amount_minor, h.state AS hold_state,
                  (SELECT COUNT(*) FROM ledger_entries e WHERE e.sale_id = s.id
                     AND e.card_id = t.card_id AND e.kind = 'redeem'
                     AND e.amount_minor = -t.card_amount_minor) AS redeemed
           FROM sales s JOIN sale_tenders t ON t.sale_id = s.id
           LEFT JOIN holds h ON h.id = t.hold_id
           WHERE t.kind = 'gift_card' AND s.completed_at IS NOT NULL""",
    ):
        if row.redeemed != 1 or row.hold_state != "captured":
            out.append(
                f"completed sale {row.id}: card tender of {row.card_amount_minor} on card "
                f"{row.card_id} has {row.redeemed} redeem entries, hold {row.hold_state}"
            )
    for row in _rows(
        conn,
        """SELECT s.id, l.card_id, l.kind,
                  (SELECT COUNT(*) FROM ledger_entries e WHERE e.sale_id = s.id
                     AND e.card_id = l.card_id AND e.kind IN ('issue', 'reload')
                     AND e.amount_minor > 0) AS loaded
           FROM sales s JOIN sale_lines l ON l.sale_id = s.id
           WHERE l.card_id IS NOT NULL AND s.completed_at IS NOT NULL""",
    ):
        if row.loaded != 1:
            out.append(
                f"completed sale {row.id}: {row.kind} line of card {row.card_id} has "
                f"{row.loaded} issue/reload entries"
            )
    for row in _rows(
        conn,
        """SELECT s.id, s.total_minor, s.change_minor,
                  (SELECT COALESCE(SUM(t.amount_minor), 0) FROM sale_tenders t
                    WHERE t.sale_id = s.id) AS paid
           FROM sales s WHERE s.completed_at IS NOT NULL""",
    ):
        if row.paid - row.change_minor != row.total_minor:
            out.append(
                f"completed sale {row.id}: tenders {row.paid} less change {row.change_minor} "
                f"!= total {row.total_minor}"
            )
    for row in _rows(
        conn,
        """SELECT h.id, h.card_id, s.state FROM holds h JOIN sales s ON s.id = h.sale_id
           WHERE h.state = 'captured' AND s.completed_at IS NULL""",
    ):
        out.append(f"hold {row.id} captured for sale that never completed ({row.state})")
    return out


def snapshot(target: Target) -> dict[str, Any]:
    """Every card's balance, status and version, and how many entries, holds, sales and
    operations exist: what a refused operation must leave as it was."""
    with _connection(target) as conn:
        cards = {
            str(r.id): (int(r.balance_minor), r.status, int(r.version))
            for r in _rows(conn, "SELECT id, balance_minor, status, version FROM gift_cards")
        }
        counts = {
            table: int(conn.scalar(text(f"SELECT COUNT(*) FROM {table}")))
            for table in ("ledger_entries", "holds", "sales", "operations", "gift_cards")
        }
        pending = int(conn.scalar(text("SELECT COUNT(*) FROM holds WHERE state = 'pending'")))
        return {"cards": cards, "counts": counts, "pending_holds": pending}
