"""Checkout holds: part of a card's balance reserved while a sale is open.

available = balance - pending holds that have not expired. A hold is placed
when a card is scanned into an open sale, captured (as a ``redeem`` entry)
when the sale completes, released when it is cancelled, and expired by the
expiry job (and on start-up) when the sale was abandoned.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, Select, Uuid, bindparam, func, select, update
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, Hold, Sale
from posapp.db.plain import Plain
from posapp.db.types import UTCDateTime
from posapp.domain.errors import InvalidState
from posapp.domain.lifecycle import HoldState
from posapp.money import Money
from posapp.services.command_path.context import Context
from posapp.services.configuration.settings import Settings


def pending_sum(card_id: Any, now: Any) -> Select[Any]:
    """Minor units open sales hold on ``card_id`` at ``now`` (bound values or columns), for
    embedding in a statement."""
    return select(func.coalesce(func.sum(Hold.amount_minor), 0)).where(
        Hold.card_id == card_id,
        Hold.state == HoldState.PENDING.value,
        Hold.expires_at > now,
    )


#: Rendered once, bound per call.
_PENDING = Plain(
    pending_sum(bindparam("card", type_=Uuid()), bindparam("now", type_=UTCDateTime()))
)


def pending_total(session: Session, card_id: uuid.UUID, now: datetime) -> int:
    """Minor units reserved on the card by open sales whose holds have not expired."""
    # Flushed by hand (a no-op on the redemption's path) so that the plain statement
    # still sees holds this transaction has just added.
    session.flush()
    return int(_PENDING.scalar(session, {"card": card_id, "now": now}))


def place(
    session: Session, ctx: Context, card: GiftCard, amount: Money, sale: Sale, st: Settings
) -> Hold:
    """Reserve ``amount`` (card currency, already checked as available) for ``sale``."""
    now = ctx.now()
    hold = Hold(
        card_id=card.id,
        sale_id=sale.id,
        amount_minor=amount.minor,
        currency=card.currency,
        state=HoldState.PENDING.value,
        created_at=now,
        expires_at=now + timedelta(minutes=st.hold_timeout_minutes),
    )
    session.add(hold)
    session.flush()
    return hold


def capture(session: Session, hold: Hold, now: datetime) -> None:
    """Turn a pending hold into the sale's payment; refuses one that lapsed."""
    if hold.state != HoldState.PENDING or hold.expires_at <= now:
        raise InvalidState(
            "The hold on a card in this sale has lapsed: remove the card and scan it again."
        )
    hold.state, hold.closed_at = HoldState.CAPTURED.value, now


def release(session: Session, hold: Hold, now: datetime) -> None:
    if hold.state == HoldState.PENDING:
        hold.state, hold.closed_at = HoldState.RELEASED.value, now


def expire_stale(session: Session, now: datetime) -> int:
    """Mark every pending hold past its time as expired; returns how many."""
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(Hold)
        .where(Hold.state == HoldState.PENDING.value, Hold.expires_at <= now)
        .values(state=HoldState.EXPIRED.value, closed_at=now)
    )
    return int(result.rowcount or 0)


def pending_for_sale(session: Session, sale_id: object) -> list[Hold]:
    return list(
        session.scalars(
            select(Hold).where(Hold.sale_id == sale_id, Hold.state == HoldState.PENDING.value)
        )
    )


def release_all(session: Session, card_id: object, now: datetime) -> None:
    """Let go of every pending hold on a card that is being voided or replaced."""
    for hold in session.scalars(
        select(Hold).where(Hold.card_id == card_id, Hold.state == HoldState.PENDING.value)
    ):
        release(session, hold, now)
