"""Reports: outstanding liability (and breakage), end-of-day totals per terminal (sales,
cash taken and card remainders paid out in cash)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, LedgerEntry, Location, Sale, Terminal
from posapp.domain.lifecycle import Kind, Status
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import integrity
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration.store_codes import check_store_code

#: Money a chain owes its card holders: every card that can still be spent or unfrozen.
OWED = (Status.ACTIVE.value, Status.FROZEN.value, Status.DEPLETED.value)


@dataclass(frozen=True)
class Liability:
    total: dict[str, Money]
    by_location: dict[str, dict[str, Money]]
    breakage: dict[str, Money]  # balances left on expired cards

    def to_dict(self) -> dict[str, Any]:
        def strs(d: dict[str, Money]) -> dict[str, str]:
            return {cur: m.amount_str() for cur, m in sorted(d.items())}

        return {
            "total": strs(self.total),
            "by_location": {loc: strs(d) for loc, d in sorted(self.by_location.items())},
            "breakage": strs(self.breakage),
        }


def liability(ctx: Context, actor: Actor, *, store: str | None = None) -> Liability:
    """Sum of balances owed, per currency and per issuing store; expired balances apart.

    The balances are summed only from a ledger that passes verification: a balance set
    by SQL, or an entry removed or altered, refuses the report (:class:`LedgerBroken`).
    """
    actor.require(Permission.REPORT)
    integrity.require_intact(ctx, actor)

    def work(session: Session) -> Liability:
        query = (
            select(
                Location.code, GiftCard.currency, GiftCard.status, func.sum(GiftCard.balance_minor)
            )
            .join(Location, Location.id == GiftCard.issuing_location_id)
            .group_by(Location.code, GiftCard.currency, GiftCard.status)
        )
        if store:
            query = query.where(Location.code == check_store_code(store))
        total: dict[str, Money] = {}
        by_location: dict[str, dict[str, Money]] = {}
        breakage: dict[str, Money] = {}
        for loc, cur, status, amount in session.execute(query):
            money = Money(int(amount or 0), cur)
            if status in OWED:
                total[cur] = total.get(cur, Money.zero(cur)) + money
                place = by_location.setdefault(loc, {})
                place[cur] = place.get(cur, Money.zero(cur)) + money
            elif status == Status.EXPIRED.value:
                breakage[cur] = breakage.get(cur, Money.zero(cur)) + money
        return Liability(total, by_location, breakage)

    return run(ctx, actor, work, readonly=True)


@dataclass(frozen=True)
class TerminalDay:
    terminal: str
    sales: int
    cards_sold: Money
    card_payments: Money
    cash: Money
    external: Money
    voided: int
    refunded: Money
    #: Card remainders paid out of this till's drawer (cash-outs), apart from ``cash``.
    cashed_out: Money

    @property
    def drawer(self) -> Money:
        """What the drawer should hold from the day: cash taken less cash paid out."""
        return self.cash - self.cashed_out


def end_of_day(ctx: Context, actor: Actor, day: datetime) -> list[TerminalDay]:
    """Per terminal of the actor's store: what was sold and taken on the UTC day of ``day``."""
    actor.require(Permission.REPORT)
    start = day.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=1)

    def work(session: Session) -> list[TerminalDay]:
        cur = actor.currency
        terminals = session.scalars(
            select(Terminal).where(Terminal.location_id == actor.store_id).order_by(Terminal.name)
        )
        return [_terminal_day(session, term, cur, start, end) for term in terminals]

    return run(ctx, actor, work, readonly=True)


def _terminal_day(
    session: Session, term: Terminal, cur: str, start: datetime, end: datetime
) -> TerminalDay:
    sales = session.scalars(
        select(Sale).where(
            Sale.terminal_id == term.id,
            Sale.created_at >= start,
            Sale.created_at < end,
            Sale.state != "open",
        )
    ).all()
    done = [s for s in sales if s.state in ("completed", "refunded")]
    ids = [s.id for s in done]

    def tendered(kind: str) -> int:
        return sum(t.amount_minor for s in done for t in s.tenders if t.kind == kind)

    sold = sum(ln.amount_minor for s in done for ln in s.lines if ln.kind != "goods")
    # A cash-out is paid only in the store's currency (the drawer's), so the entries add up.
    paid_out = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount_minor), 0)).where(
            LedgerEntry.terminal_id == term.id,
            LedgerEntry.kind == Kind.CASHOUT.value,
            LedgerEntry.currency == cur,
            LedgerEntry.created_at >= start,
            LedgerEntry.created_at < end,
        )
    )
    return TerminalDay(
        terminal=term.name,
        sales=len(ids),
        cards_sold=Money(sold, cur),
        card_payments=Money(tendered("gift_card"), cur),
        cash=Money(tendered("cash") - sum(s.change_minor for s in done), cur),
        external=Money(tendered("external"), cur),
        voided=sum(1 for s in sales if s.state == "voided"),
        refunded=Money(sum(s.refunded_minor for s in done), cur),
        cashed_out=Money(-int(paid_out or 0), cur),
    )
