"""Sending what is due: claim one delivery, send it, record the outcome; again.

A claim is a short transaction that marks one due delivery ``sending`` under a fresh
token until ``claimed_until`` (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so concurrent
senders take different rows; the write lock on SQLite), counts the attempt and fixes
the Message-ID. The message is then sent outside any transaction, and the outcome is
recorded at once in a transaction of its own.

What a sender killed half-way leaves behind: a delivery claimed but not yet sent stays
``sending`` until its claim runs out and another sender takes it over; nothing is lost.
One window is left, which SMTP cannot close: between the server's acceptance of the
message (its reply to DATA) and the commit that records it as sent. A sender killed
exactly there has the message sent again after the claim runs out, with the same
Message-ID, so that the recipient's mail system can tell it is the same message.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import EmailDelivery, GiftCard, Location
from posapp.documents import CardFace
from posapp.domain.errors import PosError
from posapp.domain.lifecycle import Status
from posapp.mail import message as mail_message
from posapp.mail.smtp import SendFailure, SmtpConfig, Transport
from posapp.money import Money
from posapp.services.accounting import audit
from posapp.services.back_office.documents import store_info
from posapp.services.command_path.context import Context
from posapp.services.configuration import settings
from posapp.services.delivery import mail_setup
from posapp.services.delivery.scheduling import State

log = logging.getLogger(__name__)

#: The longest wait between two tries of one delivery.
MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class Claimed:
    """A delivery this sender holds, with the message to send (it holds the code)."""

    id: uuid.UUID
    card_id: uuid.UUID
    token: str
    attempts: int
    max_attempts: int
    retry_minutes: int
    config: SmtpConfig
    mail: mail_message.CardMail = field(repr=False)
    message_id: str


@dataclass
class Summary:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, state: str) -> None:
        if state == State.SENT.value:
            self.sent += 1
        elif state == State.FAILED.value:
            self.failed += 1
        elif state == State.CANCELLED.value:
            self.cancelled += 1
        else:
            self.retrying += 1

    def to_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "retrying": self.retrying, "failed": self.failed,
                "cancelled": self.cancelled, "errors": self.errors}


def _due(now: datetime) -> Any:
    return or_(
        and_(EmailDelivery.state == State.SCHEDULED.value, EmailDelivery.due_at <= now),
        and_(EmailDelivery.state == State.SENDING.value, EmailDelivery.claimed_until < now),
    )


def _accepted_at(session: Session, card: GiftCard) -> tuple[str, ...] | None:
    if card.scope == "all":
        return None
    if card.scope == "issuing":
        loc = session.get(Location, card.issuing_location_id)
        return (loc.name,) if loc else ()
    names = session.scalars(select(Location.name).where(Location.code.in_(card.scope_locations)))
    return tuple(sorted(names)) or tuple(card.scope_locations)


def _mail(
    session: Session, ctx: Context, card: GiftCard, row: EmailDelivery, sender: Any
) -> mail_message.CardMail:
    code = ctx.keys.decrypt(card.code_encrypted, card.code_hash)
    store = store_info(session, card.issuing_location_id)
    loc = session.get(Location, card.issuing_location_id)
    prefix = card.code_prefix or ""
    value = card.initial_balance_minor or card.face_value_minor
    face = CardFace(
        code=code,
        display_code=codes.display(code, prefix),
        masked_code=codes.mask(card.code_last4, prefix=prefix or None),
        face_value=Money(value, card.currency) if value else None,
        store=store,
        expires_at=card.expires_at,
    )
    return mail_message.CardMail(
        face=face,
        recipient_email=row.recipient_email,
        recipient_name=row.recipient_name,
        purchaser_name=card.purchaser_name,
        message=card.message,
        accepted_at=_accepted_at(session, card),
        timezone=loc.timezone if loc else "UTC",
        sender=sender,
    )


def _backoff(retry_minutes: int, attempts: int) -> timedelta:
    return min(MAX_BACKOFF, timedelta(minutes=retry_minutes * 2 ** max(0, attempts - 1)))


def claim_next(
    ctx: Context, token: str, card_ids: Collection[uuid.UUID] | None = None
) -> Claimed | str | None:
    """Claim the next due delivery (of ``card_ids`` only, if given): the claim, None when
    nothing is due, or the state the one found was left in when it could not be sent (no
    mail server, a voided card)."""

    def work(session: Session) -> Claimed | str | None:
        now = ctx.now()
        query = select(EmailDelivery).where(_due(now)).order_by(EmailDelivery.due_at).limit(1)
        if card_ids is not None:
            query = query.where(EmailDelivery.card_id.in_(list(card_ids)))
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        row = session.scalar(query)
        if row is None:
            return None
        st = settings.current(session, ctx, row.location_id)
        card = session.get(GiftCard, row.card_id)
        assert card is not None
        row.updated_at = now
        if card.status == Status.VOIDED.value:
            row.state, row.last_error, row.claim_token = State.CANCELLED.value, "card voided", None
            audit.record(session, ctx, None, "email_cancelled", {"why": "voided"},
                         card_id=card.id)
            return row.state
        if row.state == State.SENDING.value and row.attempts >= st.email_max_attempts:
            # Taken over again and again: whatever stops its senders will not pass by itself.
            row.state, row.claim_token = State.FAILED.value, None
            row.last_error = "the sender stopped while sending it, too many times"
            audit.record(session, ctx, None, "email_failed", {"error": row.last_error},
                         card_id=card.id)
            return row.state
        row.attempts += 1
        try:
            setup = mail_setup.for_store(session, ctx, row.location_id)
        except PosError as exc:  # a password this key file cannot read
            setup, problem = None, exc.message
        else:
            problem = "No mail server is set for this store (smtp_host, email_sender_address)."
        if setup is None:
            return _retry_or_fail(row, now, problem, st.email_retry_minutes,
                                  st.email_max_attempts)
        row.state = State.SENDING.value
        row.claim_token = token
        row.claimed_until = now + timedelta(seconds=st.email_claim_seconds)
        if row.message_id is None:
            row.message_id = mail_message.new_message_id(setup.sender)
        return Claimed(
            id=row.id, card_id=row.card_id, token=token, attempts=row.attempts,
            max_attempts=st.email_max_attempts, retry_minutes=st.email_retry_minutes,
            config=setup.config, mail=_mail(session, ctx, card, row, setup.sender),
            message_id=row.message_id,
        )

    return ctx.db.run(work)


def _retry_or_fail(
    row: EmailDelivery, now: datetime, error: str, retry_minutes: int, max_attempts: int
) -> str:
    row.last_error = error[:1000]
    row.claim_token = None
    row.claimed_until = None
    if row.attempts >= max_attempts:
        row.state = State.FAILED.value
    else:
        row.state = State.SCHEDULED.value
        row.due_at = now + _backoff(retry_minutes, row.attempts)
    return row.state


def record_sent(ctx: Context, claim: Claimed) -> None:
    """The server took the message: it is sent, whoever holds the claim by now."""

    def work(session: Session) -> None:
        now = ctx.now()
        session.execute(
            update(EmailDelivery)
            .where(EmailDelivery.id == claim.id)
            .values(state=State.SENT.value, sent_at=now, last_error=None, claim_token=None,
                    claimed_until=None, updated_at=now)
        )
        audit.record(session, ctx, None, "email_sent",
                     {"to": claim.mail.recipient_email, "message_id": claim.message_id},
                     card_id=claim.card_id)

    ctx.db.run(work)


def record_failure(ctx: Context, claim: Claimed, failure: SendFailure) -> str:
    """A temporary failure is tried again later (until too many); a permanent one fails.
    Changes nothing when another sender has taken the delivery over meanwhile."""

    def work(session: Session) -> str:
        now = ctx.now()
        row = session.scalar(select(EmailDelivery).where(
            EmailDelivery.id == claim.id, EmailDelivery.claim_token == claim.token,
            EmailDelivery.state == State.SENDING.value))
        if row is None:
            return "taken over"
        if failure.temporary:
            state = _retry_or_fail(row, now, failure.reason, claim.retry_minutes,
                                   claim.max_attempts)
        else:
            row.state, row.last_error = State.FAILED.value, failure.reason[:1000]
            row.claim_token, row.claimed_until = None, None
            state = row.state
        row.updated_at = now
        if state == State.FAILED.value:
            audit.record(session, ctx, None, "email_failed", {"error": failure.reason[:300]},
                         card_id=claim.card_id)
        return state

    return ctx.db.run(work)


def send_due(
    ctx: Context,
    *,
    limit: int | None = None,
    card_ids: Collection[uuid.UUID] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> Summary:
    """Send every delivery due now (at most ``limit``; of ``card_ids`` only, if given), one
    claim at a time, reusing one SMTP session per mail server."""
    summary = Summary()
    transports: dict[SmtpConfig, Transport] = {}
    handled = 0
    try:
        while (limit is None or handled < limit) and not should_stop():
            claim = claim_next(ctx, uuid.uuid4().hex, card_ids)
            if claim is None:
                break
            handled += 1
            if isinstance(claim, str):
                summary.count(claim)
                continue
            transport = transports.setdefault(claim.config, Transport(claim.config))
            try:
                msg = mail_message.build(claim.mail, claim.message_id, now=ctx.now())
                transport.send(msg)
            except SendFailure as failure:
                summary.count(record_failure(ctx, claim, failure))
                summary.errors.append(failure.reason)
                log.warning("e-mail of card %s not sent: %s", claim.card_id, failure.reason)
                continue
            record_sent(ctx, claim)
            summary.count(State.SENT.value)
    finally:
        for transport in transports.values():
            transport.close()
    return summary
