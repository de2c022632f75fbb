"""The accounting export: one journal line per day, issuing store, currency and movement,
with the debit and credit accounts of the store's settings (see ``docs/reports.md``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from posapp.domain.errors import InvalidInput
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import day_totals, integrity
from posapp.services.accounting.movements import COLUMNS, store_codes
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings

#: The account on the other side of the liability, per movement (setting names).
COUNTER_ACCOUNT = {
    "sold": "account_clearing",
    "issued": "account_promotions",
    "reloaded": "account_clearing",
    "redeemed": "account_clearing",
    "refunded": "account_clearing",
    "adjusted": "account_adjustments",
    "voided": "account_adjustments",
    "expired": "account_breakage",
    "reinstated": "account_breakage",
    "cashed_out": "account_clearing",
    "transfers_in": "account_liability",
    "transfers_out": "account_liability",
}
DESCRIPTION = {
    "sold": "Gift cards sold",
    "issued": "Gift cards issued without a sale",
    "reloaded": "Gift cards reloaded",
    "redeemed": "Gift cards redeemed",
    "refunded": "Refunds to gift cards",
    "adjusted": "Gift card adjustments",
    "voided": "Gift card balances voided",
    "expired": "Expired gift card balances (breakage)",
    "reinstated": "Expired balances reinstated by a refund",
    "cashed_out": "Gift card balances paid out in cash",
    "transfers_in": "Balances moved onto replacement cards",
    "transfers_out": "Balances moved off replaced cards",
}
COLUMNS_OUT = ("date", "store", "currency", "movement", "debit_account", "credit_account",
               "amount", "description")


@dataclass(frozen=True)
class JournalLine:
    day: date
    store: str
    currency: str
    movement: str
    debit: str
    credit: str
    amount: Money  # positive

    def row(self) -> list[Any]:
        return [self.day.isoformat(), self.store, self.currency, self.movement, self.debit,
                self.credit, self.amount, DESCRIPTION[self.movement]]


@dataclass(frozen=True)
class Journal:
    start: datetime
    end: datetime
    lines: tuple[JournalLine, ...]

    def table(self) -> tuple[tuple[str, ...], list[list[Any]]]:
        return COLUMNS_OUT, [line.row() for line in self.lines]

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "lines": [
                dict(zip(COLUMNS_OUT, [_text(v) for v in line.row()], strict=True))
                for line in self.lines
            ],
        }


def _text(value: Any) -> str:
    return value.amount_str() if isinstance(value, Money) else str(value)


def journal(ctx: Context, actor: Actor, start: datetime, end: datetime) -> Journal:
    """The journal of the whole days from ``start`` to ``end`` (UTC midnights)."""
    actor.require(Permission.REPORT)
    if end <= start:
        raise InvalidInput("The period must end after it starts.")
    integrity.require_intact(ctx, actor)
    day_totals.seal(ctx, actor)
    return run(ctx, actor, lambda s: compute(s, ctx, start, end), readonly=True)


def compute(session: Session, ctx: Any, start: datetime, end: datetime) -> Journal:
    codes = store_codes(session)
    ids = {code: loc for loc, code in codes.items()}
    until = day_totals.sealed_until(session)
    accounts: dict[str, Settings] = {}
    lines: list[JournalLine] = []
    day = start.astimezone(UTC).date()
    while day_totals.midnight(day) < end:
        lo = max(start, day_totals.midnight(day))
        hi = min(end, day_totals.midnight(day + timedelta(days=1)))
        sums = day_totals.range_totals(session, lo, hi, None, codes, until)
        for (store, cur, column), amount in sorted(
            sums.items(), key=lambda kv: (kv[0][0], kv[0][1], COLUMNS.index(kv[0][2]))
        ):
            if not amount:
                continue
            if store not in accounts:
                accounts[store] = settings.current(session, ctx, ids[store])
            st = accounts[store]
            other = getattr(st, COUNTER_ACCOUNT[column])
            liability = st.account_liability
            debit, credit = (other, liability) if amount > 0 else (liability, other)
            lines.append(JournalLine(day, store, cur, column, debit, credit,
                                     Money(abs(amount), cur)))
        day += timedelta(days=1)
    return Journal(start, end, tuple(lines))

