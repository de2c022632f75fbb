"""E-gift card deliveries by e-mail and the SMTP password, stored encrypted."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class EmailDelivery(Base):
    """One e-mail of a card to its recipient: the first, or a manager's resend.

    ``state``: ``scheduled`` (waiting for ``due_at``), ``sending`` (claimed by a sender
    until ``claimed_until``), ``sent``, ``failed`` (a permanent refusal, or too many
    temporary ones) or ``cancelled``. The code is never kept here: a sender decrypts it
    from the card at send time.
    """

    __tablename__ = "email_deliveries"
    __table_args__ = (Index("ix_email_deliveries_state_due", "state", "due_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("gift_cards.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    recipient_email: Mapped[str] = mapped_column(String(254))
    recipient_name: Mapped[str | None] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(16))
    #: When it was asked to go out (a delivery date's morning, or the moment of the sale).
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime())
    #: When a sender may next try it (after a temporary failure: later, with back-off).
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Chosen before the message goes out, so a resend after a crash carries the same one.
    message_id: Mapped[str | None] = mapped_column(String(255))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: ``sale``, ``issue`` or ``resend``.
    reason: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SmtpSecret(Base):
    """The SMTP password of the chain (``scope`` ``*``) or of one store (its id),
    encrypted with the site key; it is never shown again once set."""

    __tablename__ = "smtp_secrets"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    password_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
