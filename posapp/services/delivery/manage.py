"""A manager's care of a card's e-mail: resend (to a corrected address), reschedule,
cancel, and the lists of a card's deliveries and of the failed ones. Each change is a
command, audited with who made it; a resend replaces whatever was still pending."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import EmailDelivery, GiftCard
from posapp.domain.errors import InvalidInput, InvalidState, NotFound
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.cards import lookup
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.configuration.setting_values import breaks_lines, email_address
from posapp.services.delivery import scheduling
from posapp.services.delivery.scheduling import State
from posapp.services.delivery.views import DeliveryView


def _card(session: Session, ctx: Context, actor: Actor, ref: CardRef) -> GiftCard:
    st = settings.current(session, ctx, actor.store_id)
    return lookup.card(session, ctx, actor, ref, st)[0]


def _cancel_open(session: Session, ctx: Context, card: GiftCard, why: str) -> int:
    found = scheduling.open_deliveries(session, card.id)
    for row in found:
        row.state = State.CANCELLED.value
        row.claim_token = None
        row.last_error = why
        row.updated_at = ctx.now()
    return len(found)


def resend(
    session: Session, ctx: Context, actor: Actor, cmd: c.ResendEmail, op_key: str
) -> DeliveryView:
    """Send the card's e-mail again at once; ``cmd.to`` corrects the card's address."""
    card = _card(session, ctx, actor, cmd.card)
    if card.status == Status.VOIDED.value:
        raise InvalidState("This card is voided: its e-mail is not sent again.")
    to = email_address(cmd.to) if cmd.to is not None else card.recipient_email
    if not to:
        raise InvalidInput("This card has no recipient e-mail: give the address to send to.")
    if cmd.recipient_name is not None and breaks_lines(cmd.recipient_name):
        raise InvalidInput("A name cannot hold line breaks or control characters.")
    before = card.recipient_email
    if to != before:
        card.recipient_email = to
    if cmd.recipient_name is not None:
        card.recipient_name = cmd.recipient_name.strip() or None
    replaced = _cancel_open(session, ctx, card, "replaced by a resend")
    row = scheduling.add(
        session, ctx, actor, card, due=ctx.now(), reason="resend",
        recipient_email=to, recipient_name=card.recipient_name,
    )
    audit.record(
        session, ctx, actor, "email_resend",
        {"to": to, "address_was": before if before != to else None, "replaced": replaced},
        card_id=card.id,
    )
    return DeliveryView.of(row, card)


def _pending(session: Session, card: GiftCard) -> EmailDelivery:
    waiting = [r for r in scheduling.open_deliveries(session, card.id)
               if r.state == State.SCHEDULED.value]
    if not waiting:
        raise NotFound(
            "This card has no e-mail waiting to be sent (a sent or failed one is resent)."
        )
    return waiting[-1]


def reschedule(
    session: Session, ctx: Context, actor: Actor, cmd: c.RescheduleEmail, op_key: str
) -> DeliveryView:
    card = _card(session, ctx, actor, cmd.card)
    row = _pending(session, card)
    st = settings.current(session, ctx, card.issuing_location_id)
    zone = scheduling.store_zone(session, card.issuing_location_id)
    due = scheduling.due_time(cmd.deliver_on, zone, st.email_send_hour, ctx.now())
    before = row.due_at
    row.scheduled_for = row.due_at = due
    row.updated_at = ctx.now()
    audit.record(session, ctx, actor, "email_rescheduled",
                 {"from": before.isoformat(), "to": due.isoformat()}, card_id=card.id)
    return DeliveryView.of(row, card)


def cancel(
    session: Session, ctx: Context, actor: Actor, cmd: c.CancelEmail, op_key: str
) -> DeliveryView:
    card = _card(session, ctx, actor, cmd.card)
    row = _pending(session, card)
    row.state = State.CANCELLED.value
    row.last_error = f"cancelled by {actor.staff_name}"
    row.updated_at = ctx.now()
    audit.record(session, ctx, actor, "email_cancelled", {}, card_id=card.id)
    return DeliveryView.of(row, card)


def _views(session: Session, query: object) -> list[DeliveryView]:
    rows = session.execute(query).all()  # type: ignore[call-overload]
    return [DeliveryView.of(row, card) for row, card in rows]


def history(ctx: Context, actor: Actor, ref: CardRef) -> list[DeliveryView]:
    """Every e-mail of the card, oldest first."""
    actor.require(Permission.LIST_CARDS)

    def work(session: Session) -> list[DeliveryView]:
        st = settings.current(session, ctx, actor.store_id)
        card = lookup.card(session, ctx, actor, ref, st, lock=False)[0]
        return _views(session, select(EmailDelivery, GiftCard)
                      .join(GiftCard, GiftCard.id == EmailDelivery.card_id)
                      .where(EmailDelivery.card_id == card.id)
                      .order_by(EmailDelivery.created_at, EmailDelivery.id))

    return run(ctx, actor, work, readonly=True)


def latest(ctx: Context, actor: Actor, card_ids: Collection[uuid.UUID]) -> list[DeliveryView]:
    """The newest e-mail of each of ``card_ids`` (cards just sold: what the receipt says)."""
    actor.require(Permission.SELL)

    def work(session: Session) -> list[DeliveryView]:
        views = _views(session, select(EmailDelivery, GiftCard)
                       .join(GiftCard, GiftCard.id == EmailDelivery.card_id)
                       .where(EmailDelivery.card_id.in_(list(card_ids)))
                       .order_by(EmailDelivery.created_at, EmailDelivery.id))
        return list({v.card_id: v for v in views}.values())

    return run(ctx, actor, work, readonly=True)


def failed(ctx: Context, actor: Actor, *, limit: int = 500) -> list[DeliveryView]:
    """Deliveries that gave up, newest first, for a manager to correct and resend."""
    actor.require(Permission.LIST_CARDS)

    def work(session: Session) -> list[DeliveryView]:
        return _views(session, select(EmailDelivery, GiftCard)
                      .join(GiftCard, GiftCard.id == EmailDelivery.card_id)
                      .where(EmailDelivery.state == State.FAILED.value)
                      .order_by(EmailDelivery.updated_at.desc(), EmailDelivery.id)
                      .limit(limit))

    return run(ctx, actor, work, readonly=True)
