"""The ledger's entries summed as movements of liability: the shared SQL of the money view.

A movement belongs to the card's **issuing store** (that store carries the liability,
wherever the card was spent) and to the card's currency. It is dated by the entry's
``recorded_at`` (the database clock), so a period's figures never change once it is over,
even when an offline till sends old entries late.

An ``expire`` entry carries amount 0: the balance stays on the card. For the money view the
balance leaves the liability then (``expired``, at the entry's ``balance_before``) and stays
out while the card is lapsed: an adjustment or a void of a lapsed card moves value that is no
longer owed. A refund to a lapsed card brings its balance back (``reinstated``) on top of the
refund itself. Only ``expire`` puts a card out and only ``refund`` (or nothing: ``void`` is
final) takes it out of that state, so the walk reads only those kinds, and only for cards
that have an ``expire`` entry at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, LedgerEntry, Location
from posapp.domain.lifecycle import Kind

#: Movement columns in the order a roll-forward prints them.
COLUMNS = (
    "sold",
    "issued",
    "reloaded",
    "redeemed",
    "refunded",
    "adjusted",
    "voided",
    "expired",
    "reinstated",
    "cashed_out",
    "transfers_in",
    "transfers_out",
)

_COLUMN_OF_KIND = {
    Kind.RELOAD.value: "reloaded",
    Kind.REDEEM.value: "redeemed",
    Kind.REFUND.value: "refunded",
    Kind.ADJUST.value: "adjusted",
    Kind.VOID.value: "voided",
    Kind.EXPIRE.value: "expired",
    Kind.CASHOUT.value: "cashed_out",
    Kind.TRANSFER_IN.value: "transfers_in",
    Kind.TRANSFER_OUT.value: "transfers_out",
}

#: An activation tied to a sale was sold at a counter; one without (a manager's issue or
#: activation, an import) was issued in the back office. Entries have carried the sale
#: since the first release, so old rows need no special treatment.
_SOLD = "sold"
_ISSUED = "issued"

#: The kinds that decide whether a card is lapsed, or move value while it is.
_LAPSE_KINDS = (Kind.EXPIRE.value, Kind.REFUND.value, Kind.ADJUST.value, Kind.VOID.value)


@dataclass(frozen=True)
class Key:
    """Where a sum belongs: issuing store code, currency, movement column, and whether it
    fell inside the period (False: before it, part of the opening balance)."""

    store: str
    currency: str
    column: str
    in_period: bool


def column_of(kind: str, sold: bool) -> str:
    if kind == Kind.ISSUE.value:
        return _SOLD if sold else _ISSUED
    return _COLUMN_OF_KIND[kind]


def sums(
    session: Session, start: datetime, end: datetime, store_id: uuid.UUID | None
) -> dict[Key, int]:
    """Every entry recorded before ``end``, summed by issuing store, currency, column and
    side of ``start`` in one GROUP BY, then corrected for lapsed cards."""
    e, c = LedgerEntry, GiftCard
    in_period = case((e.recorded_at >= start, 1), else_=0)
    sold = case((e.sale_id.is_not(None), 1), else_=0)
    query = (
        select(c.issuing_location_id, e.currency, e.kind, sold, in_period, func.sum(e.amount_minor))
        .join(c, c.id == e.card_id)
        .where(e.recorded_at < end)
        .group_by(c.issuing_location_id, e.currency, e.kind, sold, in_period)
    )
    if store_id is not None:
        query = query.where(c.issuing_location_id == store_id)
    codes = store_codes(session)
    out: dict[Key, int] = {}
    for loc, cur, kind, was_sold, inside, amount in session.execute(query):
        _add(out, Key(codes[loc], cur, column_of(kind, bool(was_sold)), bool(inside)), amount)
    for key, amount in lapse_corrections(session, start, end, store_id, codes):
        _add(out, key, amount)
    return out


def _add(out: dict[Key, int], key: Key, amount: int | None) -> None:
    out[key] = out.get(key, 0) + int(amount or 0)


def store_codes(session: Session) -> dict[uuid.UUID, str]:
    return {k: v for k, v in session.execute(select(Location.id, Location.code))}


def lapse_corrections(
    session: Session,
    start: datetime,
    end: datetime,
    store_id: uuid.UUID | None,
    codes: dict[uuid.UUID, str],
) -> Iterator[tuple[Key, int]]:
    """What lapsing changes in the plain sums of amounts, entry by entry, in card order."""
    e, c = LedgerEntry, GiftCard
    lapsing = (
        select(e.card_id).where(e.kind == Kind.EXPIRE.value, e.recorded_at < end).distinct()
    )
    query = (
        select(
            e.card_id, e.kind, e.amount_minor, e.balance_before, e.recorded_at,
            c.issuing_location_id, e.currency,
        )
        .join(c, c.id == e.card_id)
        .where(
            and_(e.card_id.in_(lapsing), e.kind.in_(_LAPSE_KINDS), e.recorded_at < end)
        )
        .order_by(e.card_id, e.seq)
    )
    if store_id is not None:
        query = query.where(c.issuing_location_id == store_id)
    lapsed: set[uuid.UUID] = set()
    for card, kind, amount, before, recorded, loc, cur in session.execute(query):
        for column, delta in lapse_effect(kind, amount, before, card in lapsed):
            yield Key(codes[loc], cur, column, recorded >= start), delta
        if kind == Kind.EXPIRE.value:
            lapsed.add(card)
        elif kind == Kind.REFUND.value:
            lapsed.discard(card)


def lapse_effect(
    kind: str, amount: int, balance_before: int, lapsed: bool
) -> Iterable[tuple[str, int]]:
    """The corrections to the plain sum of ``amount`` under ``kind`` for one entry."""
    if kind == Kind.EXPIRE.value:
        return [("expired", -balance_before)]
    if not lapsed:
        return []
    if kind == Kind.REFUND.value:
        return [("reinstated", balance_before)]
    # An adjustment or a void of a lapsed card moves value that is no longer owed.
    return [(column_of(kind, False), -amount)]


def lapsed_balances(
    session: Session, store_id: uuid.UUID | None
) -> dict[tuple[str, str], int]:
    """Balances on cards whose newest lapse-deciding entry is an ``expire``, by issuing
    store and currency: what the card rows hold that is no longer owed."""
    e, c = LedgerEntry, GiftCard
    newest = (
        select(e.card_id, func.max(e.seq).label("seq"))
        .where(e.kind.in_((Kind.EXPIRE.value, Kind.REFUND.value)))
        .group_by(e.card_id)
        .subquery()
    )
    query = (
        select(c.issuing_location_id, c.currency, func.sum(c.balance_minor))
        .join(newest, newest.c.card_id == c.id)
        .join(e, and_(e.card_id == c.id, e.seq == newest.c.seq))
        .where(e.kind == Kind.EXPIRE.value)
        .group_by(c.issuing_location_id, c.currency)
    )
    if store_id is not None:
        query = query.where(c.issuing_location_id == store_id)
    codes = store_codes(session)
    return {(codes[loc], cur): int(total or 0) for loc, cur, total in session.execute(query)}
