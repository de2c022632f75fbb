"""Breakage: balances that expired, month by month, and the breakage still to expect,
estimated by the proportional method from how earlier issue cohorts were redeemed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import LedgerEntry
from posapp.domain.errors import InvalidInput
from posapp.domain.lifecycle import Kind
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import integrity
from posapp.services.accounting.ageing import months_between
from posapp.services.accounting.movements import corrections, store_codes
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

#: Value the holder put on a card (or that moved onto it) and value the holder took off.
LOADED = (Kind.ISSUE.value, Kind.RELOAD.value, Kind.REFUND.value, Kind.TRANSFER_IN.value)
TAKEN = (Kind.REDEEM.value, Kind.CASHOUT.value, Kind.TRANSFER_OUT.value)

#: Months after which a cohort counts as done redeeming, unless the report is told otherwise.
MATURITY = 12

METHOD = (
    "Proportional method. Cards form cohorts by the month they were first loaded. For each "
    "cohort, the value loaded and the value redeemed by each month of age give its redemption "
    "curve. Cohorts at least {maturity} months old are taken as having done their redeeming: "
    "the share of their loaded value never redeemed is the breakage rate. Of all value loaded, "
    "that rate is expected never to be redeemed; it is recognised as income in proportion to "
    "the redemptions made so far against the redemptions expected in total "
    "(redeemed / (loaded x (1 - rate))), so breakage is taken as the cards are used, never "
    "ahead of them. Without a mature cohort no rate is given."
)


@dataclass(frozen=True)
class Cohort:
    month: str  # YYYY-MM the cards were first loaded
    currency: str
    loaded: Money
    #: Share of ``loaded`` redeemed by the end of each month of age (0, 1, ...), cumulative.
    curve: tuple[Decimal, ...]


@dataclass(frozen=True)
class Estimate:
    currency: str
    rate: Decimal | None
    loaded: Money
    redeemed: Money
    expected: Money | None
    recognised: Money | None
    remaining: Money | None


@dataclass(frozen=True)
class Breakage:
    at: datetime
    maturity_months: int
    #: (YYYY-MM, store, net expired amount) by month of the expiry.
    expired: tuple[tuple[str, str, Money], ...]
    cohorts: tuple[Cohort, ...]
    estimates: tuple[Estimate, ...]
    method: str

    def table(self) -> tuple[tuple[str, ...], list[list[Any]]]:
        header = ("month", "store", "currency", "expired")
        return header, [[m, s, a.currency, a] for m, s, a in self.expired]

    def to_dict(self) -> dict[str, Any]:
        def opt(m: Money | None) -> str | None:
            return None if m is None else m.amount_str()

        return {
            "at": self.at.isoformat(),
            "expired": [{"month": m, "store": s, "currency": a.currency, "amount": a.amount_str()}
                        for m, s, a in self.expired],
            "estimates": [
                {"currency": e.currency, "rate": None if e.rate is None else str(e.rate),
                 "loaded": e.loaded.amount_str(), "redeemed": e.redeemed.amount_str(),
                 "expected": opt(e.expected), "recognised": opt(e.recognised),
                 "remaining": opt(e.remaining)}
                for e in self.estimates
            ],
            "cohorts": [
                {"month": c.month, "currency": c.currency, "loaded": c.loaded.amount_str(),
                 "curve": [str(x) for x in c.curve]}
                for c in self.cohorts
            ],
            "method": self.method,
        }


def breakage(ctx: Context, actor: Actor, *, maturity_months: int = MATURITY) -> Breakage:
    actor.require(Permission.REPORT)
    if not 1 <= maturity_months <= 600:
        raise InvalidInput("{value} is outside {low} to {high}.",
                           value=maturity_months, low=1, high=600)
    integrity.require_intact(ctx, actor)
    at = ctx.now()
    return run(ctx, actor, lambda s: compute(s, at, maturity_months), readonly=True)


def compute(session: Session, at: datetime, maturity: int) -> Breakage:
    codes = store_codes(session)
    expired: dict[tuple[str, str, str], int] = {}
    for when, (store, cur, column), delta in corrections(session, None, at, None, codes):
        if column in ("expired", "reinstated"):
            key = (when.astimezone(UTC).strftime("%Y-%m"), store, cur)
            expired[key] = expired.get(key, 0) - delta
    cohorts = _cohorts(session, at)
    return Breakage(
        at, maturity,
        tuple((m, s, Money(v, cur)) for (m, s, cur), v in sorted(expired.items()) if v),
        tuple(c for c, _, _ in cohorts),
        _estimates(cohorts, at, maturity),
        METHOD.format(maturity=maturity),
    )


def _cohorts(session: Session, at: datetime) -> list[tuple[Cohort, int, int]]:
    """Each cohort with its age in months and its value redeemed so far (minor units)."""
    e = LedgerEntry
    rows = session.execute(
        select(e.card_id, e.kind, e.amount_minor, e.recorded_at, e.currency)
        .where(e.kind.in_(LOADED + TAKEN), e.recorded_at < at)
        .order_by(e.card_id, e.seq)
    )
    born: dict[uuid.UUID, datetime] = {}
    loaded: dict[tuple[str, str], int] = {}
    taken: dict[tuple[str, str], dict[int, int]] = {}
    starts: dict[str, datetime] = {}
    for card, kind, amount, when, cur in rows:
        first = born.setdefault(card, when)
        month = first.astimezone(UTC).strftime("%Y-%m")
        starts.setdefault(month, first.astimezone(UTC).replace(
            day=1, hour=0, minute=0, second=0, microsecond=0))
        key = (month, cur)
        if kind in LOADED:
            loaded[key] = loaded.get(key, 0) + amount
        else:
            age = months_between(starts[month], when)
            by_age = taken.setdefault(key, {})
            by_age[age] = by_age.get(age, 0) - amount
    out = []
    for (month, cur), value in sorted(loaded.items()):
        age = months_between(starts[month], at)
        by_age = taken.get((month, cur), {})
        running, curve = 0, []
        for k in range(age + 1):
            running += by_age.get(k, 0)
            curve.append(_share(running, value))
        out.append((Cohort(month, cur, Money(value, cur), tuple(curve)), age, running))
    return out


def _share(part: int, whole: int) -> Decimal:
    if whole <= 0:
        return Decimal(0)
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), ROUND_HALF_EVEN)


def _estimates(cohorts: list[tuple[Cohort, int, int]], at: datetime,
               maturity: int) -> tuple[Estimate, ...]:
    out = []
    for cur in sorted({c.currency for c, _, _ in cohorts}):
        mine = [(c, age, r) for c, age, r in cohorts if c.currency == cur]
        loaded = sum(c.loaded.minor for c, _, _ in mine)
        redeemed = sum(r for _, _, r in mine)
        ripe = [(c, r) for c, age, r in mine if age >= maturity]
        ripe_loaded = sum(c.loaded.minor for c, _ in ripe)
        if not ripe_loaded:
            out.append(Estimate(cur, None, Money(loaded, cur), Money(redeemed, cur),
                                None, None, None))
            continue
        rate = max(Decimal(0), 1 - Decimal(sum(r for _, r in ripe)) / Decimal(ripe_loaded))
        rate = rate.quantize(Decimal("0.0001"), ROUND_HALF_EVEN)
        expected = _minor(rate * loaded)
        if rate >= 1:
            recognised = expected
        else:
            recognised = min(expected, _minor(rate / (1 - rate) * redeemed))
        out.append(Estimate(cur, rate, Money(loaded, cur), Money(redeemed, cur),
                            Money(expected, cur), Money(recognised, cur),
                            Money(expected - recognised, cur)))
    return tuple(out)


def _minor(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), ROUND_HALF_EVEN))
