"""When an e-card's e-mail goes out: at once, or on a chosen day in the store's time zone.

A delivery is written in the same transaction as the sale or issue that made the card,
so a card sold is a card scheduled; the e-mail itself is sent afterwards by a sender,
and activation never waits for it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import EmailDelivery, GiftCard, Location
from posapp.domain.errors import InvalidInput
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration.settings import Settings

#: How far ahead a delivery date may be.
MAX_DAYS_AHEAD = 366


class State(StrEnum):
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


#: States a manager may still change (reschedule, cancel) and a resend replaces.
OPEN = (State.SCHEDULED.value, State.SENDING.value, State.FAILED.value)


def store_zone(session: Session, location_id: uuid.UUID) -> ZoneInfo:
    loc = session.get(Location, location_id)
    return ZoneInfo(loc.timezone if loc else "UTC")


def due_time(day: date | None, zone: ZoneInfo, hour: int, now: datetime) -> datetime:
    """When a delivery for ``day`` is due: ``hour`` o'clock that day in ``zone`` (at once
    for today or no day); a day before today there, or over a year ahead, is refused."""
    if day is None:
        return now
    today = now.astimezone(zone).date()
    if day < today:
        raise InvalidInput(
            "The delivery date {day} is in the past (today is {today} at the store).",
            day=day.isoformat(), today=today.isoformat(),
        )
    if day > today + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidInput(
            "A delivery date is at most {days} days ahead.", days=MAX_DAYS_AHEAD
        )
    local = datetime.combine(day, time(hour), tzinfo=zone)
    return max(now, local.astimezone(now.tzinfo))


def add(
    session: Session,
    ctx: Context,
    actor: Actor | None,
    card: GiftCard,
    *,
    due: datetime,
    reason: str,
    recipient_email: str,
    recipient_name: str | None,
) -> EmailDelivery:
    now = ctx.now()
    row = EmailDelivery(
        card_id=card.id,
        location_id=card.issuing_location_id,
        recipient_email=recipient_email,
        recipient_name=recipient_name,
        state=State.SCHEDULED.value,
        scheduled_for=due,
        due_at=due,
        attempts=0,
        reason=reason,
        created_by=actor.staff_id if actor else None,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def schedule(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard,
    day: date | None,
    st: Settings,
    *,
    reason: str,
) -> EmailDelivery | None:
    """Schedule a new e-card's e-mail to its recipient (nothing when it has no address)."""
    if not card.recipient_email:
        return None
    zone = store_zone(session, card.issuing_location_id)
    due = due_time(day, zone, st.email_send_hour, ctx.now())
    return add(
        session, ctx, actor, card, due=due, reason=reason,
        recipient_email=card.recipient_email, recipient_name=card.recipient_name,
    )


def open_deliveries(session: Session, card_id: uuid.UUID) -> list[EmailDelivery]:
    """The card's deliveries not yet sent or cancelled, locked for a change."""
    query = select(EmailDelivery).where(
        EmailDelivery.card_id == card_id, EmailDelivery.state.in_(OPEN)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return list(session.scalars(query))


def latest(session: Session, card_id: uuid.UUID) -> EmailDelivery | None:
    """The card's newest e-mail that is not cancelled."""
    return session.scalar(
        select(EmailDelivery)
        .where(EmailDelivery.card_id == card_id, EmailDelivery.state != State.CANCELLED.value)
        .order_by(EmailDelivery.created_at.desc(), EmailDelivery.id)
        .limit(1)
    )


def when_local(session: Session, row: EmailDelivery) -> datetime | None:
    """When ``row`` goes out in its store's time; None for at once (when it was made)."""
    if row.scheduled_for <= row.created_at:
        return None
    return row.scheduled_for.astimezone(store_zone(session, row.location_id))
