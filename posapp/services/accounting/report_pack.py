"""Every report of one period and store at once: what the Reports page and the PDF pack
show, and the month-end closings the liability chart draws."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from posapp.domain.errors import InvalidInput
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import (
    ageing,
    breakage,
    day_totals,
    integrity,
    rollforward,
    settlement,
)
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

T = TypeVar("T")


@dataclass(frozen=True)
class MonthClosing:
    """The liability owed at the end of ``month`` (``YYYY-MM``), per currency."""

    month: str
    closing: dict[str, Money]


@dataclass(frozen=True)
class ReportPack:
    start: datetime
    end: datetime
    store: str | None
    rollforward: rollforward.RollForward
    months: tuple[MonthClosing, ...]
    settlement: settlement.Settlement
    ageing: ageing.Ageing
    breakage: breakage.Breakage


def month_ends(start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """Each month touching [``start``, ``end``) with the instant its closing is taken: the
    month's end, or ``end`` for the last (partial) month."""
    out: list[tuple[str, datetime]] = []
    year, month = start.year, start.month
    while True:
        following = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        out.append((f"{year:04d}-{month:02d}", min(following, end)))
        if following >= end:
            return out
        year, month = following.year, following.month


#: How many steps :func:`gather` reports to its ``on_step``.
STEPS = 5


def gather(
    ctx: Context, actor: Actor, start: datetime, end: datetime, *, store: str | None = None,
    on_step: Callable[[int, int], None] | None = None,
) -> ReportPack:
    """Every report of the period: the ledger verified once (each report alone verifies it
    again), due days sealed, then the roll-forward, its closing at each month's end, the
    settlement, the ageing and the breakage, each in its own read transaction;
    ``on_step(done, STEPS)`` after each, for a progress bar (it may raise to stop the work)."""
    actor.require(Permission.REPORT)
    if end <= start:
        raise InvalidInput("The period must end after it starts.")
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if on_step is not None:
            on_step(done, STEPS)

    verdict = integrity.require_intact(ctx, actor)
    day_totals.seal(ctx, actor)

    def read(work: Callable[[Session], T]) -> T:
        return run(ctx, actor, work, readonly=True)

    report = read(lambda s: rollforward.compute(s, start, end, store, verified=verdict.entries))
    step()

    def closings(session: Session) -> tuple[MonthClosing, ...]:
        months = []
        for label, until in month_ends(start, end):
            lines = rollforward.compute(session, start, until, store).lines
            total: dict[str, Money] = {}
            for line in lines:
                total[line.currency] = total.get(line.currency, Money.zero(line.currency))
                total[line.currency] += line.closing
            months.append(MonthClosing(label, total))
        return tuple(months)

    months = read(closings)
    step()
    owed = _settlement_of(read(lambda s: settlement.compute(s, start, end)), store)
    step()
    now = ctx.now()
    ages = _ageing_of(read(lambda s: ageing.compute(s, ctx, now)), store)
    step()
    lapsed = _breakage_of(read(lambda s: breakage.compute(s, now, breakage.MATURITY)), store)
    step()
    return ReportPack(start, end, store, report, months, owed, ages, lapsed)


# One store's share of the chain-wide reports. The cohorts and the breakage estimate stay
# chain-wide: a rate from one store's few cards would say little.

def _settlement_of(report: settlement.Settlement, store: str | None) -> settlement.Settlement:
    if store is None:
        return report
    debts = tuple(d for d in report.debts if store in (d.debtor, d.creditor))
    return replace(report, debts=debts,
                   positions={s: p for s, p in report.positions.items() if s == store})


def _ageing_of(report: ageing.Ageing, store: str | None) -> ageing.Ageing:
    if store is None:
        return report
    return replace(report, buckets=tuple(b for b in report.buckets if b.store == store),
                   dormant=tuple(d for d in report.dormant if d.store == store))


def _breakage_of(report: breakage.Breakage, store: str | None) -> breakage.Breakage:
    if store is None:
        return report
    return replace(report, expired=tuple(e for e in report.expired if e[1] == store))


def currency_totals(
    report: rollforward.RollForward, label: str = "Total"
) -> tuple[rollforward.RollForwardLine, ...]:
    """The roll-forward's lines summed per currency (``store`` set to ``label``)."""
    totals = []
    for cur in sorted({line.currency for line in report.lines}):
        lines = [line for line in report.lines if line.currency == cur]
        moved = tuple((col, _sum(cur, (ln.movement(col) for ln in lines)))
                      for col, _ in lines[0].movements)
        totals.append(rollforward.RollForwardLine(
            label, cur, _sum(cur, (ln.opening for ln in lines)), moved,
            _sum(cur, (ln.closing for ln in lines))))
    return tuple(totals)


def _sum(currency: str, amounts: Iterable[Money]) -> Money:
    return Money(sum(m.minor for m in amounts), currency)
