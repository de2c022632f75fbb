"""Sales with their lines (gift cards or goods) and tenders."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (UniqueConstraint("location_id", "receipt_number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    terminal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("terminals.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    receipt_number: Mapped[str] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    change_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    state: Mapped[str] = mapped_column(String(16), default="open")
    reference: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    closed_reason: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[SaleLine]] = relationship(
        order_by="SaleLine.position", cascade="all, delete-orphan"
    )
    tenders: Mapped[list[SaleTender]] = relationship(
        order_by="SaleTender.position", cascade="all, delete-orphan"
    )


class SaleLine(Base):
    """A gift card line (product, amount, card) or a goods line (description, price, qty)."""

    __tablename__ = "sale_lines"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # gift_card / reload / goods
    description: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(60))
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card_products.id"))
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gift_cards.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class SaleTender(Base):
    __tablename__ = "sale_tenders"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # gift_card / cash / external / other
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gift_cards.id"))
    hold_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("holds.id"))
    #: What the card itself lost, in its own currency (differs when converted).
    card_amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    refunded_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    method: Mapped[str | None] = mapped_column(String(40))
