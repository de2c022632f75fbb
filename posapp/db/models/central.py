"""What the central service keeps to hold tills to their limits: the redemptions they took
offline, and wrong enrolment codes per client address."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class OfflineTake(Base):
    """What a till's replayed offline redemption took from a card, counted against the
    terminal's offline allowance and the card's offline cap until its next settled sync."""

    __tablename__ = "offline_takes"
    __table_args__ = (Index("ix_offline_takes_terminal", "terminal_id", "recorded_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    terminal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("terminals.id"))
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("gift_cards.id"))
    currency: Mapped[str] = mapped_column(String(3))
    taken_minor: Mapped[int] = mapped_column(BigInteger)
    terminal_time: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EnrolFailure(Base):
    """A wrong enrolment code from a client address (the service's throttle counts them)."""

    __tablename__ = "enrol_failures"
    __table_args__ = (Index("ix_enrol_failures_address", "address", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
