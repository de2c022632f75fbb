"""The liability roll-forward: opening balance, each kind of movement, closing balance,
per issuing store and currency, for any period (see ``docs/reports.md``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, LedgerEntry, Location
from posapp.domain.errors import InvalidInput, NotFound
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import day_totals, integrity
from posapp.services.accounting.movements import (
    COLUMNS,
    lapsed_balances,
    store_codes,
)
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration.store_codes import check_store_code


@dataclass(frozen=True)
class RollForwardLine:
    """One issuing store and currency: opening + every movement = closing, exactly."""

    store: str
    currency: str
    opening: Money
    movements: tuple[tuple[str, Money], ...]  # (column, amount) in COLUMNS order
    closing: Money

    def movement(self, column: str) -> Money:
        return dict(self.movements)[column]

    @property
    def adds_up(self) -> bool:
        total = self.opening.minor + sum(m.minor for _, m in self.movements)
        return total == self.closing.minor

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "currency": self.currency,
            "opening": self.opening.amount_str(),
            **{col: m.amount_str() for col, m in self.movements},
            "closing": self.closing.amount_str(),
        }


@dataclass(frozen=True)
class RollForward:
    start: datetime
    end: datetime
    lines: tuple[RollForwardLine, ...]
    #: Entries the ledger verification checked before the sums were taken.
    verified_entries: int
    #: Whether the closing balances were compared with the card rows: only for a period
    #: that ends after the newest entry (the card rows hold today's balances).
    checked_against_cards: bool
    #: Closing balances equal the card rows' balances still owed, per store and currency.
    agrees_with_cards: bool

    def table(self) -> tuple[tuple[str, ...], list[list[Any]]]:
        """The CSV form: one row per store and currency."""
        header = ("store", "currency", "opening", *COLUMNS, "closing")
        rows = [
            [ln.store, ln.currency, ln.opening, *(m for _, m in ln.movements), ln.closing]
            for ln in self.lines
        ]
        return header, rows

    def to_dict(self) -> dict[str, Any]:
        if self.checked_against_cards:
            check = "equal" if self.agrees_with_cards else "DIFFERENT"
            statement = f"closing balances {check} to the card balances owed at the end"
        else:
            statement = "period ends before the newest entry; closing chains into the next"
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "verified_entries": self.verified_entries,
            "reconciliation": statement,
            "lines": [line.to_dict() for line in self.lines],
        }


def rollforward(
    ctx: Context, actor: Actor, start: datetime, end: datetime, *, store: str | None = None
) -> RollForward:
    """The roll-forward of [``start``, ``end``); refuses a ledger that fails verification."""
    actor.require(Permission.REPORT)
    if end <= start:
        raise InvalidInput("The period must end after it starts.")
    report = integrity.require_intact(ctx, actor)
    day_totals.seal(ctx, actor)

    def work(session: Session) -> RollForward:
        return compute(session, start, end, store, verified=report.entries)

    return run(ctx, actor, work, readonly=True)


def store_id_of(session: Session, store: str | None) -> Any:
    if store is None:
        return None
    code = check_store_code(store)
    found = session.scalar(select(Location.id).where(Location.code == code))
    if found is None:
        raise NotFound("There is no store with the code {code}.", code=code)
    return found


def compute(
    session: Session, start: datetime, end: datetime, store: str | None, *, verified: int = 0
) -> RollForward:
    """The roll-forward from sealed day totals and the entries after them (no verification
    and no sealing here: :func:`rollforward` does both first)."""
    store_id = store_id_of(session, store)
    codes = store_codes(session)
    until = day_totals.sealed_until(session)
    before = day_totals.range_totals(session, None, start, store_id, codes, until)
    inside = day_totals.range_totals(session, start, end, store_id, codes, until)
    places = sorted({(place, cur) for place, cur, _ in (*before, *inside)})
    lines = []
    for place, cur in places:
        opening = sum(before.get((place, cur, col), 0) for col in COLUMNS)
        moved = tuple((col, Money(inside.get((place, cur, col), 0), cur)) for col in COLUMNS)
        closing = opening + sum(m.minor for _, m in moved)
        lines.append(RollForwardLine(place, cur, Money(opening, cur), moved, Money(closing, cur)))
    newest = session.scalar(select(func.max(LedgerEntry.recorded_at)))
    current = newest is None or newest < end
    agrees = current and _owed_by_card_rows(session, store_id) == {
        (ln.store, ln.currency): ln.closing.minor for ln in lines if ln.closing.minor
    }
    return RollForward(start, end, tuple(lines), verified, current, agrees)


def _owed_by_card_rows(session: Session, store_id: Any) -> dict[tuple[str, str], int]:
    """Today's balances in the card rows, less those on lapsed cards, without zeros."""
    query = select(
        GiftCard.issuing_location_id, GiftCard.currency, func.sum(GiftCard.balance_minor)
    ).group_by(GiftCard.issuing_location_id, GiftCard.currency)
    if store_id is not None:
        query = query.where(GiftCard.issuing_location_id == store_id)
    codes = store_codes(session)
    held = {(codes[loc], cur): int(t or 0) for loc, cur, t in session.execute(query)}
    for place, lapsed in lapsed_balances(session, store_id).items():
        held[place] -= lapsed
    return {place: amount for place, amount in held.items() if amount}
