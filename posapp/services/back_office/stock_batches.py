"""What the stock room and a store's back room have to act on: the printed batches that can
be shipped, the batches on their way to a store, and the receipts recorded there.

These are reads for the screens (the moves themselves are the commands of
:mod:`posapp.services.back_office.stock`). Each batch is counted by its cards' stock state,
so a batch half shipped shows what is left in the stock room.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.db.models import AuditEvent, Batch, GiftCard, Location, Staff
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.cards.stock_place import IN_TRANSIT, STOCK_ROOM
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

#: The receipts a store's page lists, newest first.
RECEIPTS_SHOWN = 10


@dataclass(frozen=True)
class BatchStock:
    """A batch's cards in one stock state at one store (in transit: the store they go to)."""

    batch_id: uuid.UUID
    store: str
    cards: int
    face_value: Money | None
    created_at: datetime


@dataclass(frozen=True)
class Receipt:
    """A batch received at a store: who received it, when, and how many cards arrived."""

    batch_id: uuid.UUID
    staff: str
    at: datetime
    received: int
    missing: int


def shippable(ctx: Context, actor: Actor) -> list[BatchStock]:
    """Printed batches with cards in a stock room, oldest first (an unprinted batch has no
    cards to put in a box yet)."""
    actor.require(Permission.MANAGE_STOCK)
    return run(ctx, actor, lambda s: _batches(s, STOCK_ROOM, None, printed=True), readonly=True)


def arriving(ctx: Context, actor: Actor) -> list[BatchStock]:
    """Batches with cards on their way to the actor's store, oldest first."""
    actor.require(Permission.MANAGE_STOCK)
    here = actor.store_id
    return run(ctx, actor, lambda s: _batches(s, IN_TRANSIT, here, printed=False),
               readonly=True)


def receipts(ctx: Context, actor: Actor) -> list[Receipt]:
    """The latest batches received at the actor's store, from the audit trail."""
    actor.require(Permission.MANAGE_STOCK)
    here = actor.store_id

    def work(session: Session) -> list[Receipt]:
        rows = session.execute(
            select(AuditEvent.detail, AuditEvent.at, Staff.name)
            .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
            .where(AuditEvent.kind == "batch_received", AuditEvent.location_id == here)
            .order_by(AuditEvent.at.desc())
            .limit(RECEIPTS_SHOWN)
        )
        return [Receipt(uuid.UUID(str(detail["batch"])), name or "", at,
                        int(str(detail["received"])), int(str(detail["missing"])))
                for detail, at, name in rows]

    return run(ctx, actor, work, readonly=True)


def _batches(session: Session, state: str, store: uuid.UUID | None, *,
             printed: bool) -> list[BatchStock]:
    query = (
        select(Batch.id, Location.code, func.count(), Batch.face_value_minor, Batch.currency,
               Batch.created_at)
        .join(GiftCard, GiftCard.batch_id == Batch.id)
        .join(Location, Location.id == GiftCard.stock_location_id)
        .where(GiftCard.stock_state == state)
        .group_by(Batch.id, Location.code, Batch.face_value_minor, Batch.currency,
                  Batch.created_at)
        .order_by(Batch.created_at, Location.code)
    )
    if store is not None:
        query = query.where(GiftCard.stock_location_id == store)
    if printed:
        query = query.where(Batch.printed_at.is_not(None))
    return [
        BatchStock(bid, code, int(n), Money(face, currency) if face is not None else None,
                   created)
        for bid, code, n, face, currency, created in session.execute(query)
    ]
