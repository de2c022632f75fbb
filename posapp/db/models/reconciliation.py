"""The reconciliation queue: what a till's offline operation could not get on replay."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class ReconciliationItem(Base):
    """One offline operation that the central database could not honour in full.

    ``kind`` is ``shortfall`` (a redemption the card could pay only part of) or
    ``refused`` (an operation refused outright on replay). ``operation_key`` is the
    terminal-scoped key of the replayed operation, so a replay records it once.
    """

    __tablename__ = "reconciliation_items"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    operation_key: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    command: Mapped[str] = mapped_column(String(40))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("terminals.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    #: The cashier who served the customer offline (the replay may run as another person).
    cashier: Mapped[str] = mapped_column(String(80))
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gift_cards.id"))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"))
    reference: Mapped[str | None] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    asked_minor: Mapped[int] = mapped_column(BigInteger)
    taken_minor: Mapped[int] = mapped_column(BigInteger)
    shortfall_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text)
    terminal_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolution_note: Mapped[str | None] = mapped_column(Text)
