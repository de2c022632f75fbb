"""Inter-store settlement: what each store owes each other store for cards used away from
the store that issued them (see ``docs/reports.md``).

The issuing store carries a card's liability; the store where an entry happened took the
money or gave the goods. An entry made elsewhere that raises the card's balance (a sale,
a reload, a refund to the card, a transfer onto it) means that store holds money the
issuing store owes the holder: it owes the issuing store that amount. One that lowers it
(a redemption, a cash-out, a transfer off it) means the issuing store owes that store.
Adjustments, voids and expiry are the issuing chain's own book-keeping, not trade between
stores, and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, LedgerEntry
from posapp.domain.errors import InvalidInput
from posapp.domain.lifecycle import Kind
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import integrity
from posapp.services.accounting.movements import store_codes
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

#: Entries that are trade with a holder at a counter or desk.
SETTLED_KINDS = (
    Kind.ISSUE.value,
    Kind.RELOAD.value,
    Kind.REDEEM.value,
    Kind.REFUND.value,
    Kind.CASHOUT.value,
    Kind.TRANSFER_IN.value,
    Kind.TRANSFER_OUT.value,
)


@dataclass(frozen=True)
class Debt:
    """``debtor`` owes ``creditor`` ``amount`` (net over the period, positive)."""

    debtor: str
    creditor: str
    amount: Money


@dataclass(frozen=True)
class Settlement:
    start: datetime
    end: datetime
    #: Net debts per pair of stores, one direction each, per currency.
    debts: tuple[Debt, ...]
    #: Each store's net position per currency: positive is owed to it, negative it owes.
    positions: dict[str, dict[str, Money]]

    def nets_to_zero(self) -> bool:
        totals: dict[str, int] = {}
        for by_currency in self.positions.values():
            for cur, money in by_currency.items():
                totals[cur] = totals.get(cur, 0) + money.minor
        return all(total == 0 for total in totals.values())

    def table(self) -> tuple[tuple[str, ...], list[list[Any]]]:
        header = ("debtor", "creditor", "currency", "amount")
        return header, [[d.debtor, d.creditor, d.amount.currency, d.amount] for d in self.debts]

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "debts": [
                {"debtor": d.debtor, "creditor": d.creditor, "currency": d.amount.currency,
                 "amount": d.amount.amount_str()}
                for d in self.debts
            ],
            "positions": {
                store: {cur: m.amount_str() for cur, m in sorted(by.items())}
                for store, by in sorted(self.positions.items())
            },
            "nets_to_zero": self.nets_to_zero(),
        }


def settlement(ctx: Context, actor: Actor, start: datetime, end: datetime) -> Settlement:
    """The net debts between stores for entries recorded in [``start``, ``end``)."""
    actor.require(Permission.REPORT)
    if end <= start:
        raise InvalidInput("The period must end after it starts.")
    integrity.require_intact(ctx, actor)
    return run(ctx, actor, lambda session: compute(session, start, end), readonly=True)


def compute(session: Session, start: datetime, end: datetime) -> Settlement:
    e, c = LedgerEntry, GiftCard
    query = (
        select(c.issuing_location_id, e.location_id, e.currency, func.sum(e.amount_minor))
        .join(c, c.id == e.card_id)
        .where(
            e.recorded_at >= start,
            e.recorded_at < end,
            e.kind.in_(SETTLED_KINDS),
            e.location_id != c.issuing_location_id,
        )
        .group_by(c.issuing_location_id, e.location_id, e.currency)
    )
    codes = store_codes(session)
    # owed[(debtor, creditor, currency)]: the gross amount in that direction.
    owed: dict[tuple[str, str, str], int] = {}
    for issuing, here, cur, total in session.execute(query):
        amount = int(total or 0)
        pair = (codes[here], codes[issuing]) if amount > 0 else (codes[issuing], codes[here])
        owed[(*pair, cur)] = owed.get((*pair, cur), 0) + abs(amount)
    debts: list[Debt] = []
    positions: dict[str, dict[str, Money]] = {}
    for (debtor, creditor, cur), amount in sorted(owed.items()):
        net = amount - owed.get((creditor, debtor, cur), 0)
        if net <= 0:
            continue
        debts.append(Debt(debtor, creditor, Money(net, cur)))
        for store, sign in ((creditor, 1), (debtor, -1)):
            mine = positions.setdefault(store, {})
            mine[cur] = mine.get(cur, Money.zero(cur)) + Money(sign * net, cur)
    return Settlement(start, end, tuple(debts), positions)
