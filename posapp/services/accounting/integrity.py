"""Tamper evidence: link each new ledger entry into its card's chain, and verify every chain.

:func:`link` is called once by the ledger's insert. :func:`verify` walks every card and
its entries in one ordered pass (two streamed queries merged by card id, plain rows, no
ORM objects) and reports each card whose entries do not add up to its balance, whose
entries do not follow on from each other, or whose hash chain does not match; then, in
the same snapshot, each sealed day whose stored totals differ from its entries
(:mod:`~posapp.services.accounting.day_check`).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, select

from posapp.codes import KeyRing, mask
from posapp.db.models import LedgerChain
from posapp.domain import chain
from posapp.domain.errors import InvalidState
from posapp.domain.roles import Permission
from posapp.services.accounting import day_check
from posapp.services.command_path.context import Actor, Context

log = logging.getLogger(__name__)

#: Problems kept in a report (the count is always complete).
MAX_PROBLEMS = 1000
_BATCH = 5000

_CARDS = (
    "SELECT id, code_last4, code_prefix, currency, balance_minor, last_seq, chain_head"
    " FROM gift_cards ORDER BY id"
)
_ENTRIES = (
    f"SELECT {', '.join(chain.FIELDS)}, chain_hash FROM ledger_entries ORDER BY card_id, seq"
)
# Positions in an entry row.
_ID, _CARD, _SEQ = 0, 1, 2
_AMOUNT, _BEFORE, _AFTER, _CURRENCY = 4, 5, 6, 7
_HASH = len(chain.FIELDS)
_COVERED = slice(0, _HASH)


@lru_cache(maxsize=8)
def _key(site_secret: bytes) -> bytes:
    return chain.chain_key(site_secret)


class _Chained(Protocol):
    chain_head: bytes | None


def link(keys: KeyRing, card: _Chained, entry: dict[str, object]) -> None:
    """Hash ``entry`` (the values about to be inserted) onto the card's chain: sets the
    entry's ``chain_hash`` and moves the card's ``chain_head`` to it."""
    digest = chain.entry_hash(_key(keys.hmac_secret), card.chain_head, chain.values_of(entry))
    entry["chain_hash"] = digest
    card.chain_head = digest


@dataclass(frozen=True)
class Problem:
    card_id: uuid.UUID | None
    masked_code: str | None
    seq: int | None
    entry_id: uuid.UUID | None
    what: str
    #: A sealed day's totals: the day, issuing store and currency that differ.
    day: date | None = None
    store: str | None = None
    currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "card_id": str(self.card_id) if self.card_id else None,
            "masked_code": self.masked_code,
            "seq": self.seq,
            "entry_id": str(self.entry_id) if self.entry_id else None,
            "day": self.day.isoformat() if self.day else None,
            "store": self.store,
            "currency": self.currency,
            "problem": self.what,
        }


@dataclass
class Report:
    """What :func:`verify` found: clean when ``problem_count`` is 0."""

    cards: int = 0
    entries: int = 0
    legacy_entries: int = 0
    #: Sealed days whose totals were recounted from their entries.
    sealed_days: int = 0
    problem_count: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def summary(self) -> str:
        if self.ok:
            return (f"The ledger is intact: {self.cards:,} cards, {self.entries:,} entries, "
                    f"{self.sealed_days:,} sealed days.")
        return (
            f"The ledger fails verification: {self.problem_count:,} problems in "
            f"{self.cards:,} cards, {self.entries:,} entries and {self.sealed_days:,} sealed "
            "days."
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "cards": self.cards,
            "entries": self.entries,
            "legacy_entries": self.legacy_entries,
            "sealed_days": self.sealed_days,
            "problem_count": self.problem_count,
            "problems": [p.to_dict() for p in self.problems],
        }


class LedgerBroken(InvalidState):
    """The ledger failed verification; ``report`` says where."""

    def __init__(self, template: str, report: Report, **params: object) -> None:
        super().__init__(template, **params)
        self.report = report

    @property
    def details(self) -> dict[str, Any]:
        return self.report.to_dict()


def _stream(conn: Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    """Rows straight from the driver, no conversion: on PostgreSQL a server-side cursor
    fetching in batches; SQLite's cursor steps through the result as it is read."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    if conn.dialect.name == "postgresql":
        cursor = dbapi.cursor(name=f"verify_{uuid.uuid4().hex}")
    else:
        cursor = dbapi.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(_BATCH):
            yield from rows
    finally:
        cursor.close()


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


class _Walk:
    """The checks of one card's chain, entry by entry."""

    def __init__(
        self, key: bytes, report: Report, card: tuple[Any, ...] | None, card_id: Any
    ) -> None:
        self.key, self.report, self.card, self.card_id = key, report, card, card_id
        self.count = 0
        self.total = 0
        self.after = 0
        self.head: bytes | None = None
        self.hashed = False

    def problem(self, what: str, entry: tuple[Any, ...] | None = None) -> None:
        card = self.card
        self.report.add(
            Problem(
                _uuid(self.card_id),
                mask(card[1], prefix=card[2] or None) if card else None,
                entry[_SEQ] if entry else None,
                _uuid(entry[_ID]) if entry else None,
                what,
            )
        )

    def entry(self, row: tuple[Any, ...]) -> None:
        self.count += 1
        seq, amount, before, after = row[_SEQ], row[_AMOUNT], row[_BEFORE], row[_AFTER]
        if seq != self.count:
            self.problem(f"entry seq {seq} where seq {self.count} was expected", row)
            self.count = seq
        if before != self.after:
            self.problem(f"starts from {before} but the previous entry ended at {self.after}", row)
        if after != before + amount:
            self.problem(f"{before} + {amount} is not {after}", row)
        if self.card is not None and row[_CURRENCY] != self.card[3]:
            self.problem(f"in {row[_CURRENCY]} on a {self.card[3]} card", row)
        self.total += amount
        self.after = after
        stored = row[_HASH]
        if stored is None:
            if self.hashed:
                self.problem("has no hash although an earlier entry of the card has one", row)
            else:
                self.report.legacy_entries += 1
            return
        stored = bytes(stored)
        if stored != chain.entry_hash(self.key, self.head, row[_COVERED]):
            self.problem("its hash does not match: changed, forged, or out of place", row)
        self.hashed = True
        self.head = stored

    def finish(self) -> None:
        self.report.entries += self.count
        card = self.card
        if card is None:
            self.problem(f"{self.count} entries of a card that does not exist")
            return
        _, _, _, _, balance, last_seq, head = card
        if balance != self.total:
            self.problem(f"balance {balance} but its entries sum to {self.total}")
        elif balance != self.after:
            self.problem(f"balance {balance} but its last entry ends at {self.after}")
        if last_seq != self.count:
            self.problem(f"records {last_seq} entries but has {self.count}")
        if (bytes(head) if head is not None else None) != self.head:
            self.problem("its newest entry is not the one the card row names (entries removed?)")


def verify_connection(conn: Connection, keys: KeyRing) -> Report:
    """Check every card and entry reachable through ``conn`` (one read transaction)."""
    key = _key(keys.hmac_secret)
    report = Report()
    entries = _stream(conn, _ENTRIES)
    pending = next(entries, None)
    for card in _stream(conn, _CARDS):
        report.cards += 1
        card_id = card[0]
        walk = _Walk(key, report, card, card_id)
        while pending is not None and pending[_CARD] <= card_id:
            if pending[_CARD] < card_id:
                pending = _orphans(key, report, pending, entries)
                continue
            walk.entry(pending)
            pending = next(entries, None)
        walk.finish()
    while pending is not None:
        pending = _orphans(key, report, pending, entries)
    legacy_allowed = conn.scalar(select(LedgerChain.legacy_entries).where(LedgerChain.id == 1))
    if legacy_allowed is None:
        report.add(Problem(None, None, None, None, "the record of the chain's start is missing"))
    elif report.legacy_entries > legacy_allowed:
        report.add(
            Problem(
                None,
                None,
                None,
                None,
                f"{report.legacy_entries} entries have no hash; only {legacy_allowed} were "
                "written before the chain began",
            )
        )
    days = day_check.check(conn)
    report.sealed_days = days.days
    for found in days.problems:
        report.add(Problem(None, None, None, None, found.what, found.day, found.store,
                           found.currency))
    return report


def _orphans(
    key: bytes, report: Report, first: tuple[Any, ...], rows: Iterator[tuple[Any, ...]]
) -> tuple[Any, ...] | None:
    """Walk the entries of a card id with no card row; returns the next entry after them."""
    walk = _Walk(key, report, None, first[_CARD])
    row: tuple[Any, ...] | None = first
    while row is not None and row[_CARD] == first[_CARD]:
        walk.entry(row)
        row = next(rows, None)
    walk.finish()
    return row


def verify(ctx: Context, actor: Actor) -> Report:
    """Verify the whole ledger as one consistent snapshot (a manager's report)."""
    actor.require(Permission.REPORT)
    started = time.perf_counter()
    with ctx.db.snapshot() as conn:
        report = verify_connection(conn, ctx.keys)
    # One line per full walk: the cost of every report is visible in the log.
    log.info("%s (%.1f s)", report.summary(), time.perf_counter() - started)
    return report


def require_intact(ctx: Context, actor: Actor) -> Report:
    """Verify, and refuse with :class:`LedgerBroken` when anything is wrong."""
    report = verify(ctx, actor)
    if not report.ok:
        raise LedgerBroken(
            "The ledger fails verification: {problems:,} problems in {cards:,} cards and "
            "{entries:,} entries. Run `posapp ledger verify` to see where.",
            report,
            problems=report.problem_count, cards=report.cards, entries=report.entries,
        )
    return report
