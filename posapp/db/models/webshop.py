"""API keys of online stores (web shops) at the central service."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class ShopKey(Base):
    """A web shop's API key, stored only as its SHA-256.

    The shop acts at its own terminal row (its store, its failed look-up counter, its
    idempotency keys) as its own staff row (which never signs in: it is inactive).
    """

    __tablename__ = "shop_keys"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    terminal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("terminals.id"), unique=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
