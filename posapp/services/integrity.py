"""Tamper evidence: link each new ledger entry into its card's chain, and verify every chain.

:func:`link` is called once by the ledger's insert. :func:`verify` walks every card and
its entries in one ordered pass (two streamed queries merged by card id, plain rows, no
ORM objects) and reports each card whose entries do not add up to its balance, whose
entries do not follow on from each other, or whose hash chain does not match.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Row, select

from posapp.codes import KeyRing, mask
from posapp.db.models import GiftCard, LedgerChain, LedgerEntry
from posapp.domain import chain
from posapp.domain.errors import InvalidState
from posapp.domain.roles import Permission
from posapp.services.context import Actor, Context

#: Problems kept in a report (the count is always complete).
MAX_PROBLEMS = 1000
_BATCH = 5000

_CARDS = select(
    GiftCard.id,
    GiftCard.code_last4,
    GiftCard.code_prefix,
    GiftCard.currency,
    GiftCard.balance_minor,
    GiftCard.last_seq,
    GiftCard.chain_head,
).order_by(GiftCard.id)
_ENTRY_COLUMNS = [LedgerEntry.__table__.c[name] for name in chain.FIELDS]
_ENTRIES = select(*_ENTRY_COLUMNS, LedgerEntry.chain_hash).order_by(
    LedgerEntry.card_id, LedgerEntry.seq, LedgerEntry.id
)


@lru_cache(maxsize=8)
def _key(site_secret: bytes) -> bytes:
    return chain.chain_key(site_secret)


def link(keys: KeyRing, card: GiftCard, entry: dict[str, object]) -> None:
    """Hash ``entry`` (the values about to be inserted) onto the card's chain: sets the
    entry's ``chain_hash`` and moves the card's ``chain_head`` to it."""
    digest = chain.entry_hash(_key(keys.hmac_secret), card.chain_head, entry)
    entry["chain_hash"] = digest
    card.chain_head = digest


@dataclass(frozen=True)
class Problem:
    card_id: uuid.UUID | None
    masked_code: str | None
    seq: int | None
    entry_id: uuid.UUID | None
    what: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "card_id": str(self.card_id) if self.card_id else None,
            "masked_code": self.masked_code,
            "seq": self.seq,
            "entry_id": str(self.entry_id) if self.entry_id else None,
            "problem": self.what,
        }


@dataclass
class Report:
    """What :func:`verify` found: clean when ``problem_count`` is 0."""

    cards: int = 0
    entries: int = 0
    legacy_entries: int = 0
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
            return f"The ledger is intact: {self.cards:,} cards, {self.entries:,} entries."
        return (
            f"The ledger fails verification: {self.problem_count:,} problems in "
            f"{self.cards:,} cards and {self.entries:,} entries."
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "cards": self.cards,
            "entries": self.entries,
            "legacy_entries": self.legacy_entries,
            "problem_count": self.problem_count,
            "problems": [p.to_dict() for p in self.problems],
        }


class LedgerBroken(InvalidState):
    """The ledger failed verification; ``report`` says where."""

    def __init__(self, message: str, report: Report) -> None:
        super().__init__(message)
        self.report = report

    @property
    def details(self) -> dict[str, Any]:
        return self.report.to_dict()


def _stream(conn: Connection, query: Any) -> Iterator[Row[Any]]:
    result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(query)
    yield from result


class _Walk:
    """The checks of one card's chain, entry by entry."""

    def __init__(
        self, key: bytes, report: Report, card: Row[Any] | None, card_id: uuid.UUID
    ) -> None:
        self.key, self.report, self.card, self.card_id = key, report, card, card_id
        self.count = 0
        self.total = 0
        self.after = 0
        self.head: bytes | None = None
        self.hashed = False

    def problem(self, what: str, entry: Row[Any] | None = None) -> None:
        card = self.card
        masked = mask(card.code_last4, prefix=card.code_prefix or None) if card else None
        self.report.add(
            Problem(
                self.card_id,
                masked,
                entry.seq if entry else None,
                entry.id if entry else None,
                what,
            )
        )

    def entry(self, row: Row[Any]) -> None:
        self.count += 1
        self.report.entries += 1
        if row.seq != self.count:
            self.problem(f"entry seq {row.seq} where seq {self.count} was expected", row)
            self.count = row.seq
        if row.balance_before != self.after:
            self.problem(
                f"starts from {row.balance_before} but the previous entry ended at {self.after}",
                row,
            )
        if row.balance_after != row.balance_before + row.amount_minor:
            self.problem(
                f"{row.balance_before} + {row.amount_minor} is not {row.balance_after}", row
            )
        if self.card is not None and row.currency != self.card.currency:
            self.problem(f"in {row.currency} on a {self.card.currency} card", row)
        self.total += row.amount_minor
        self.after = row.balance_after
        self._chain(row)

    def _chain(self, row: Row[Any]) -> None:
        stored = row.chain_hash
        if stored is None:
            if self.hashed:
                self.problem("has no hash although an earlier entry of the card has one", row)
            else:
                self.report.legacy_entries += 1
            return
        expected = chain.entry_hash(self.key, self.head, cast(Mapping[str, Any], row._mapping))
        if bytes(stored) != expected:
            self.problem("its hash does not match: changed, forged, or out of place", row)
        self.hashed = True
        self.head = bytes(stored)

    def finish(self) -> None:
        card = self.card
        if card is None:
            self.problem(f"{self.count} entries of a card that does not exist")
            return
        if card.balance_minor != self.total:
            self.problem(f"balance {card.balance_minor} but its entries sum to {self.total}")
        elif card.balance_minor != self.after:
            self.problem(f"balance {card.balance_minor} but its last entry ends at {self.after}")
        if card.last_seq != self.count:
            self.problem(f"records {card.last_seq} entries but has {self.count}")
        head = bytes(card.chain_head) if card.chain_head is not None else None
        if head != self.head:
            self.problem("its newest entry is not the one the card row names (entries removed?)")


def verify_connection(conn: Connection, keys: KeyRing) -> Report:
    """Check every card and entry reachable through ``conn`` (one read transaction)."""
    key = _key(keys.hmac_secret)
    report = Report()
    entries = _stream(conn, _ENTRIES)
    pending = next(entries, None)
    for card in _stream(conn, _CARDS):
        report.cards += 1
        walk = _Walk(key, report, card, card.id)
        while pending is not None and pending.card_id <= card.id:
            if pending.card_id < card.id:
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
    return report


def _orphans(key: bytes, report: Report, first: Row[Any], rows: Iterator[Row[Any]]) -> Any:
    """Walk the entries of a card id with no card row; returns the next entry after them."""
    walk = _Walk(key, report, None, first.card_id)
    row: Row[Any] | None = first
    while row is not None and row.card_id == first.card_id:
        walk.entry(row)
        row = next(rows, None)
    walk.finish()
    return row


def verify(ctx: Context, actor: Actor) -> Report:
    """Verify the whole ledger as one consistent snapshot (a manager's report)."""
    actor.require(Permission.REPORT)
    with ctx.db.snapshot() as conn:
        return verify_connection(conn, ctx.keys)


def require_intact(ctx: Context, actor: Actor) -> Report:
    """Verify, and refuse with :class:`LedgerBroken` when anything is wrong."""
    report = verify(ctx, actor)
    if not report.ok:
        raise LedgerBroken(
            report.summary() + " Run `posapp ledger verify` to see where.", report
        )
    return report
