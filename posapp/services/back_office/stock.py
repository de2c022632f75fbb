"""Physical card stock: printed batches shipped to stores, received there, counted, and
cards marked damaged or lost.

A printed card's ``stock_state`` says where it is and ``stock_location_id`` which store
holds it (in transit: the store it goes to). A new batch's cards are in the stock room of
the store that made it. Shipping moves a batch's stock-room cards to ``in_transit``;
receiving at the store puts them ``at_store`` and marks the cards named missing ``lost``.
A card is activated only where it is on hand (``stock_room`` or ``at_store`` of the
actor's store); a manager may activate it elsewhere, which is audited. Activation makes it
``sold``. Cards that never were printed stock (e-cards, imports) have no stock state.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from posapp.codes import mask
from posapp.db.models import GiftCard, Location
from posapp.domain.errors import InvalidInput, InvalidState, NotFound, Phrase
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.back_office.admin import location_id
from posapp.services.back_office.batches import _load, parse_batch_id
from posapp.services.cards import lookup
from posapp.services.cards.care import require_text
from posapp.services.cards.stock_place import (  # noqa: E402
    AT_STORE,
    DAMAGED,
    IN_TRANSIT,
    LOST,
    ON_HAND,
    SOLD,
    STOCK_ROOM,
)
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings


@dataclass(frozen=True)
class Moved:
    """What a stock command did: the batch (if any), the store, the cards moved."""

    batch_id: uuid.UUID | None
    store: str
    moved: int
    missing: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"batch_id": str(self.batch_id) if self.batch_id else None, "store": self.store,
                "moved": self.moved, "missing": self.missing}

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Moved:
        bid = data["batch_id"]
        return cls(uuid.UUID(bid) if bid else None, data["store"], int(data["moved"]),
                   int(data["missing"]))


def ship(session: Session, ctx: Context, actor: Actor, cmd: c.ShipBatch, key: str) -> Moved:
    """The printed batch's cards in the stock room go in transit to ``cmd.store``."""
    batch = _load(session, parse_batch_id(cmd.batch_id))
    to = location_id(session, cmd.store)
    if batch.printed_at is None:
        raise InvalidState("This batch is not printed yet: print its cards before shipping "
                           "them.")
    # One statement whatever the batch's size (up to 100,000 cards: too many to list).
    in_room = (GiftCard.batch_id == batch.id, GiftCard.stock_state == STOCK_ROOM)
    moved = session.scalar(select(func.count()).where(*in_room)) or 0
    session.execute(update(GiftCard).where(*in_room)
                    .values(stock_state=IN_TRANSIT, stock_location_id=to))
    if not moved:
        raise InvalidState("No card of this batch is in the stock room.")
    audit.record(session, ctx, actor, "batch_shipped",
                 {"batch": str(batch.id), "store": cmd.store.upper(), "cards": moved})
    return Moved(batch.id, cmd.store.upper(), moved)


def receive(session: Session, ctx: Context, actor: Actor, cmd: c.ReceiveBatch, key: str) -> Moved:
    """The batch's cards in transit to the actor's store arrive; those named missing are
    lost. A code named missing must be one of the cards on their way here."""
    batch = _load(session, parse_batch_id(cmd.batch_id))
    here = actor.store_id
    coming = (GiftCard.batch_id == batch.id, GiftCard.stock_state == IN_TRANSIT,
              GiftCard.stock_location_id == here)
    total = session.scalar(select(func.count()).where(*coming)) or 0
    if not total:
        raise InvalidState("No card of this batch is on its way to this store.")
    st = settings.current(session, ctx, here)
    missing = {_card_id(session, ctx, code, st) for code in cmd.missing}
    named = session.scalar(select(func.count()).where(*coming, GiftCard.id.in_(list(missing))))
    if missing and named != len(missing):
        raise InvalidInput("A card named missing is not one of this batch's cards on their way "
                           "to this store.")
    _set(session, missing, LOST, here)
    session.execute(update(GiftCard).where(*coming).values(stock_state=AT_STORE))
    audit.record(session, ctx, actor, "batch_received",
                 {"batch": str(batch.id), "received": total - len(missing),
                  "missing": len(missing)})
    return Moved(batch.id, actor.location_code, total - len(missing), len(missing))


def mark(session: Session, ctx: Context, actor: Actor, cmd: c.MarkCards, key: str) -> Moved:
    """Cards not sold are marked damaged or lost, with a reason; they cannot be sold."""
    if cmd.state not in (DAMAGED, LOST):
        raise InvalidInput("Cards are marked damaged or lost, not {state!r}.", state=cmd.state)
    why = require_text(cmd.reason, Phrase("reason"))
    st = settings.current(session, ctx, actor.store_id)
    ids = {_card_id(session, ctx, code, st) for code in cmd.codes}
    cards = session.scalars(select(GiftCard).where(GiftCard.id.in_(ids))).all()
    for card in cards:
        if card.stock_state is None or card.stock_state == SOLD or card.status != Status.INACTIVE:
            raise InvalidState("Card {code} is not unsold stock.",
                               code=mask(card.code_last4, prefix=card.code_prefix or None))
    _set(session, ids, cmd.state, None)
    for card in cards:
        audit.record(session, ctx, actor, "card_marked", {"as": cmd.state, "reason": why},
                     card_id=card.id)
    return Moved(None, actor.location_code, len(ids))


def _card_id(session: Session, ctx: Context, code: str, st: settings.Settings) -> uuid.UUID:
    hashes = lookup.code_hashes(ctx, code, st)
    found = session.scalar(select(GiftCard.id).where(GiftCard.code_hash.in_(list(hashes))))
    if found is None:
        raise NotFound("No card has the code ending {tail}.", tail=code[-4:])
    return found


def _set(session: Session, ids: set[uuid.UUID], state: str, store: uuid.UUID | None) -> None:
    if not ids:
        return
    values: dict[str, Any] = {"stock_state": state}
    if store is not None:
        values["stock_location_id"] = store
    session.execute(update(GiftCard).where(GiftCard.id.in_(list(ids))).values(**values))


@dataclass(frozen=True)
class StockLine:
    store: str
    state: str
    cards: int

    def to_dict(self) -> dict[str, Any]:
        return {"store": self.store, "state": self.state, "cards": self.cards}


def report(ctx: Context, actor: Actor) -> list[StockLine]:
    """Printed cards per store and stock state (in transit: the store they go to)."""
    actor.require(Permission.REPORT)

    def work(session: Session) -> list[StockLine]:
        rows = session.execute(
            select(Location.code, GiftCard.stock_state, func.count())
            .join(Location, Location.id == GiftCard.stock_location_id)
            .where(GiftCard.stock_state.is_not(None))
            .group_by(Location.code, GiftCard.stock_state)
            .order_by(Location.code, GiftCard.stock_state)
        )
        return [StockLine(store, str(state), int(n)) for store, state, n in rows]

    return run(ctx, actor, work, readonly=True)


@dataclass(frozen=True)
class StockCount:
    """A count of the cards on hand at a store against the codes scanned there."""

    store: str
    expected: int
    counted: int
    missing: list[str]  # masked codes on hand by the books and not scanned
    unexpected: list[dict[str, str]]  # scanned, and not on hand here: where the books say
    unknown: int  # scanned codes of no card

    def to_dict(self) -> dict[str, Any]:
        return {"store": self.store, "expected": self.expected, "counted": self.counted,
                "missing": self.missing, "unexpected": self.unexpected, "unknown": self.unknown}


def count(ctx: Context, actor: Actor, store: str, codes: list[str]) -> StockCount:
    """Compare the codes a manager scanned at ``store`` with the cards on hand there."""
    actor.require(Permission.REPORT)

    def work(session: Session) -> StockCount:
        where = location_id(session, store)
        st = settings.current(session, ctx, where)
        on_hand = {
            card.id: card for card in session.scalars(select(GiftCard).where(
                GiftCard.stock_location_id == where, GiftCard.stock_state.in_(ON_HAND)))
        }
        scanned: dict[uuid.UUID, GiftCard] = {}
        unknown = 0
        for code in dict.fromkeys(codes):
            hashes = lookup.code_hashes(ctx, code, st)
            card = session.scalar(select(GiftCard).where(GiftCard.code_hash.in_(list(hashes))))
            if card is None:
                unknown += 1
            else:
                scanned[card.id] = card
        missing = [_masked(c) for i, c in on_hand.items() if i not in scanned]
        unexpected = [
            {"card": _masked(c), "state": c.stock_state or "not stock",
             "store": lookup.location_code(session, c.stock_location_id)
             if c.stock_location_id else ""}
            for i, c in scanned.items() if i not in on_hand
        ]
        audit.record(session, ctx, actor, "stock_counted",
                     {"store": store.upper(), "missing": len(missing),
                      "unexpected": len(unexpected), "unknown": unknown})
        return StockCount(store.upper(), len(on_hand), len(scanned) + unknown, sorted(missing),
                          unexpected, unknown)

    return run(ctx, actor, work)


def _masked(card: GiftCard) -> str:
    return mask(card.code_last4, prefix=card.code_prefix or None)
