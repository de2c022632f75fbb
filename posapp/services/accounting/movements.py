"""The ledger's entries summed as movements of liability: the shared SQL of the money view.

A movement belongs to the card's **issuing store** (that store carries the liability,
wherever the card was spent) and to the card's currency. It is dated by the entry's
``recorded_at`` (the database clock), so a period's figures never change once it is over,
even when an offline till sends old entries late.

An ``expire`` entry carries amount 0: the balance stays on the card. For the money view the
balance leaves the liability then (``expired``, at the entry's ``balance_before``) and stays
out while the card is lapsed: an adjustment or a void of a lapsed card moves value that is no
longer owed. A refund to a lapsed card brings its balance back (``reinstated``) on top of the
refund itself. A manager's later expiry brings it back the same way, with a ``reinstate``
entry of amount 0. Only ``expire`` puts a card out and only ``refund`` or ``reinstate`` (or
nothing: ``void`` is final) takes it out of that state, so the walk reads only those kinds,
and only for cards that have an ``expire`` entry at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, select
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
    Kind.REINSTATE.value: "reinstated",
}

#: An activation tied to a sale was sold at a counter; one without (a manager's issue or
#: activation, an import) was issued in the back office. Entries have carried the sale
#: since the first release, so old rows need no special treatment.
_SOLD = "sold"
_ISSUED = "issued"

#: The kinds that end a lapse (the card's balance is owed again).
_LAPSE_ENDS = (Kind.REFUND.value, Kind.REINSTATE.value)
#: The kinds that put a card out of the liability or bring it back.
_LAPSE_TURNS = (Kind.EXPIRE.value, *_LAPSE_ENDS)
#: The kinds that decide whether a card is lapsed, or move value while it is.
_LAPSE_KINDS = (*_LAPSE_TURNS, Kind.ADJUST.value, Kind.VOID.value)


#: Where a sum belongs: issuing store code, currency and movement column.
Place = tuple[str, str, str]


def column_of(kind: str, sold: bool) -> str:
    if kind == Kind.ISSUE.value:
        return _SOLD if sold else _ISSUED
    return _COLUMN_OF_KIND[kind]


def store_codes(session: Session) -> dict[uuid.UUID, str]:
    return {k: v for k, v in session.execute(select(Location.id, Location.code))}


def sums_query(
    lo: datetime | None, hi: datetime, store_id: uuid.UUID | None, *keys: Any
) -> Select[Any]:
    """The plain sums of the entries recorded in [``lo``, ``hi``): rows of ``keys``, issuing
    store id, currency, kind, whether sold, amount (see :func:`live`)."""
    e, c = LedgerEntry, GiftCard
    sold = case((e.sale_id.is_not(None), 1), else_=0)
    query = (
        select(*keys, c.issuing_location_id, e.currency, e.kind, sold, func.sum(e.amount_minor))
        .join(c, c.id == e.card_id)
        .where(e.recorded_at < hi)
        .group_by(*keys, c.issuing_location_id, e.currency, e.kind, sold)
    )
    if lo is not None:
        query = query.where(e.recorded_at >= lo)
    if store_id is not None:
        query = query.where(c.issuing_location_id == store_id)
    return query


def live(
    session: Session,
    lo: datetime | None,
    hi: datetime,
    store_id: uuid.UUID | None,
    codes: dict[uuid.UUID, str],
) -> dict[Place, int]:
    """The plain sums of the entries recorded in [``lo``, ``hi``) by issuing store,
    currency and column, in one GROUP BY (lapsing not applied: see :func:`corrections`)."""
    out: dict[Place, int] = {}
    for loc, cur, kind, was_sold, amount in session.execute(sums_query(lo, hi, store_id)):
        add(out, (codes[loc], cur, column_of(kind, bool(was_sold))), amount)
    return out


def add(out: dict[Place, int], place: Place, amount: int | None) -> None:
    out[place] = out.get(place, 0) + int(amount or 0)


def corrections(
    session: Session,
    lo: datetime | None,
    hi: datetime,
    store_id: uuid.UUID | None,
    codes: dict[uuid.UUID, str],
) -> list[tuple[datetime, Place, int]]:
    """What lapsing changes in the plain sums of the entries recorded in [``lo``, ``hi``):
    (recorded at, place, amount). Reads only the lapse-deciding kinds in that window, in
    card order, and for the cards among them whether an earlier entry left them lapsed."""
    e, c = LedgerEntry, GiftCard
    query = (
        select(
            e.card_id, e.seq, e.kind, e.amount_minor, e.balance_before, e.recorded_at,
            c.issuing_location_id, e.currency,
        )
        .join(c, c.id == e.card_id)
        .where(e.kind.in_(_LAPSE_KINDS), e.recorded_at < hi)
        .order_by(e.card_id, e.seq)
    )
    if lo is not None:
        query = query.where(e.recorded_at >= lo)
    if store_id is not None:
        query = query.where(c.issuing_location_id == store_id)
    rows = session.execute(query).all()
    lapsed = set() if lo is None else _lapsed_before(session, rows)
    out: list[tuple[datetime, Place, int]] = []
    for card, _seq, kind, amount, before, recorded, loc, cur in rows:
        for column, delta in lapse_effect(kind, amount, before, card in lapsed):
            out.append((recorded, (codes[loc], cur, column), delta))
        if kind == Kind.EXPIRE.value:
            lapsed.add(card)
        elif kind in _LAPSE_ENDS:
            lapsed.discard(card)
    return out


def _lapsed_before(session: Session, rows: Sequence[Any]) -> set[uuid.UUID]:
    """The cards of ``rows`` (card id, seq first) whose newest expire, refund or reinstate
    before their first row is an expire: they enter the window lapsed."""
    first: dict[uuid.UUID, int] = {}
    for row in rows:
        first.setdefault(row[0], row[1])
    e = LedgerEntry
    newest: dict[uuid.UUID, tuple[int, str]] = {}
    cards = list(first)
    for at in range(0, len(cards), 500):
        query = select(e.card_id, e.seq, e.kind).where(
            e.card_id.in_(cards[at:at + 500]),
            e.kind.in_(_LAPSE_TURNS),
        )
        for card, seq, kind in session.execute(query):
            if seq < first[card] and seq > newest.get(card, (0, ""))[0]:
                newest[card] = (seq, kind)
    return {card for card, (_, kind) in newest.items() if kind == Kind.EXPIRE.value}


def lapse_effect(
    kind: str, amount: int, balance_before: int, lapsed: bool
) -> Iterable[tuple[str, int]]:
    """The corrections to the plain sum of ``amount`` under ``kind`` for one entry."""
    if kind == Kind.EXPIRE.value:
        return [("expired", -balance_before)]
    if not lapsed:
        return []
    if kind in _LAPSE_ENDS:
        return [("reinstated", balance_before)]
    # An adjustment or a void of a lapsed card moves value that is no longer owed.
    return [(column_of(kind, False), -amount)]


def _newest_lapse_entry() -> Any:
    """Per card, its newest ``expire``, ``refund`` or ``reinstate`` entry (seq)."""
    e = LedgerEntry
    return (
        select(e.card_id, func.max(e.seq).label("seq"))
        .where(e.kind.in_(_LAPSE_TURNS))
        .group_by(e.card_id)
        .subquery()
    )


def _lapsed_query(*columns: Any) -> Any:
    e, c = LedgerEntry, GiftCard
    newest = _newest_lapse_entry()
    return (
        select(*columns)
        .join(newest, newest.c.card_id == c.id)
        .join(e, and_(e.card_id == c.id, e.seq == newest.c.seq))
        .where(e.kind == Kind.EXPIRE.value)
    )


def lapsed_cards(session: Session) -> set[uuid.UUID]:
    """Cards whose newest expire, refund or reinstate entry is an ``expire``: no longer
    owed."""
    return set(session.scalars(_lapsed_query(GiftCard.id)))


def lapsed_balances(
    session: Session, store_id: uuid.UUID | None
) -> dict[tuple[str, str], int]:
    """Balances on lapsed cards by issuing store and currency: what the card rows hold
    that is no longer owed."""
    c = GiftCard
    query = _lapsed_query(c.issuing_location_id, c.currency, func.sum(c.balance_minor)).group_by(
        c.issuing_location_id, c.currency
    )
    if store_id is not None:
        query = query.where(c.issuing_location_id == store_id)
    codes = store_codes(session)
    return {(codes[loc], cur): int(total or 0) for loc, cur, total in session.execute(query)}
