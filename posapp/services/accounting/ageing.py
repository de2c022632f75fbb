"""Ageing and dormancy: balances still owed, by time since the holder last used the card,
and the cards past their store's dormancy period (for unclaimed-property review)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.codes import mask
from posapp.db.models import GiftCard, LedgerEntry
from posapp.domain.lifecycle import Kind
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import integrity
from posapp.services.accounting.movements import lapsed_cards, store_codes
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings

#: What the holder did: value put on, spent, given back or moved onto the card. Expiry,
#: adjustments and voids are the chain's doing and do not make a card active.
ACTIVITY = (
    Kind.ISSUE.value, Kind.RELOAD.value, Kind.REDEEM.value, Kind.REFUND.value,
    Kind.CASHOUT.value, Kind.TRANSFER_IN.value,
)
#: (label, months from, months to) since the last activity.
BUCKETS = (("0-12", 0, 12), ("12-24", 12, 24), ("24-36", 24, 36), ("36-60", 36, 60),
           ("60+", 60, None))


@dataclass(frozen=True)
class AgeBucket:
    store: str
    currency: str
    bucket: str
    cards: int
    amount: Money


@dataclass(frozen=True)
class DormantCard:
    card_id: uuid.UUID
    masked_code: str
    store: str
    balance: Money
    last_activity: datetime
    months: int


@dataclass(frozen=True)
class Ageing:
    at: datetime
    buckets: tuple[AgeBucket, ...]
    dormant: tuple[DormantCard, ...]

    def table(self) -> tuple[tuple[str, ...], list[list[Any]]]:
        header = ("store", "currency", "months_since_activity", "cards", "amount")
        return header, [[b.store, b.currency, b.bucket, b.cards, b.amount] for b in self.buckets]

    def dormant_table(self) -> tuple[tuple[str, ...], list[list[Any]]]:
        header = ("card_id", "masked_code", "store", "currency", "balance", "last_activity",
                  "months")
        return header, [
            [str(d.card_id), d.masked_code, d.store, d.balance.currency, d.balance,
             d.last_activity.isoformat(), d.months]
            for d in self.dormant
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "buckets": [
                {"store": b.store, "currency": b.currency, "months": b.bucket, "cards": b.cards,
                 "amount": b.amount.amount_str()}
                for b in self.buckets
            ],
            "dormant": [
                {"card_id": str(d.card_id), "masked_code": d.masked_code, "store": d.store,
                 "balance": d.balance.amount_str(), "currency": d.balance.currency,
                 "last_activity": d.last_activity.isoformat(), "months": d.months}
                for d in self.dormant
            ],
        }


def months_between(earlier: datetime, later: datetime) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (a month is reached on the same
    day and time of the month)."""
    a, b = earlier.astimezone(UTC), later.astimezone(UTC)
    months = (b.year - a.year) * 12 + (b.month - a.month)
    if (b.day, b.time()) < (a.day, a.time()):
        months -= 1
    return max(months, 0)


def bucket_of(months: int) -> str:
    return next(label for label, low, high in BUCKETS
                if months >= low and (high is None or months < high))


def ageing(ctx: Context, actor: Actor) -> Ageing:
    """Today's balances owed, by months since their card's last activity; dormant cards
    (no activity for their issuing store's ``dormancy_months``) listed one by one."""
    actor.require(Permission.REPORT)
    integrity.require_intact(ctx, actor)
    return run(ctx, actor, lambda s: compute(s, ctx, ctx.now()), readonly=True)


def compute(session: Session, ctx: Any, at: datetime) -> Ageing:
    e, c = LedgerEntry, GiftCard
    last = (
        select(e.card_id, func.max(e.recorded_at).label("last"))
        .where(e.kind.in_(ACTIVITY))
        .group_by(e.card_id)
        .subquery()
    )
    query = (
        select(c.id, c.issuing_location_id, c.currency, c.balance_minor, c.code_last4,
               c.code_prefix, last.c.last)
        .join(last, last.c.card_id == c.id)
        .where(c.balance_minor > 0)
        .order_by(c.issuing_location_id, c.id)
    )
    codes = store_codes(session)
    out = lapsed_cards(session)
    sums: dict[tuple[str, str, str], tuple[int, int]] = {}
    dormant: list[DormantCard] = []
    dormancy: dict[uuid.UUID, int] = {}
    for card, loc, cur, balance, last4, prefix, seen in session.execute(query):
        if card in out:
            continue
        months = months_between(seen, at)
        key = (codes[loc], cur, bucket_of(months))
        count, total = sums.get(key, (0, 0))
        sums[key] = (count + 1, total + balance)
        if loc not in dormancy:
            dormancy[loc] = settings.current(session, ctx, loc).dormancy_months
        if months >= dormancy[loc]:
            dormant.append(DormantCard(card, mask(last4, prefix=prefix or None), codes[loc],
                                       Money(balance, cur), seen, months))
    order = {label: i for i, (label, _, _) in enumerate(BUCKETS)}
    buckets = tuple(
        AgeBucket(store, cur, label, count, Money(total, cur))
        for (store, cur, label), (count, total) in sorted(
            sums.items(), key=lambda kv: (kv[0][0], kv[0][1], order[kv[0][2]]))
    )
    return Ageing(at, buckets, tuple(sorted(dormant, key=lambda d: (d.store, -d.months))))
