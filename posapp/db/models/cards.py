"""Card products, batches, gift cards, their append-only ledger and checkout holds."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class CardProduct(Base):
    __tablename__ = "card_products"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    amount_type: Mapped[str] = mapped_column(String(16), default="combined")
    denominations: Mapped[list[int]] = mapped_column(JSON, default=list)
    min_minor: Mapped[int | None] = mapped_column(BigInteger)
    max_minor: Mapped[int | None] = mapped_column(BigInteger)
    lifetime_days: Mapped[int] = mapped_column(Integer, default=0)
    scope: Mapped[str] = mapped_column(String(16), default="all")
    scope_locations: Mapped[list[str]] = mapped_column(JSON, default=list)
    strategy: Mapped[str] = mapped_column(String(16), default="balance")
    allow_message: Mapped[bool] = mapped_column(Boolean, default=True)
    require_recipient_email: Mapped[bool] = mapped_column(Boolean, default=False)
    taxable: Mapped[bool] = mapped_column(Boolean, default=False)
    allowed_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Batch(Base):
    __tablename__ = "batches"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card_products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    count: Mapped[int] = mapped_column(Integer)
    face_value_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class GiftCard(Base):
    __tablename__ = "gift_cards"
    __table_args__ = (
        CheckConstraint("balance_minor >= 0", name="balance_not_negative"),
        Index("ix_gift_cards_batch_serial", "batch_id", "batch_serial"),
        Index("ix_gift_cards_status_location", "status", "issuing_location_id"),
        Index("ix_gift_cards_created_id", "created_at", "id"),
        Index("ix_gift_cards_stock", "stock_location_id", "stock_state"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    code_last4: Mapped[str] = mapped_column(String(4), index=True)
    code_prefix: Mapped[str] = mapped_column(String(8), default="")
    code_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card_products.id"))
    batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("batches.id"))
    batch_serial: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    initial_balance_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    balance_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    face_value_minor: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    #: A printed (batch) card's place in the stock: stock_room, in_transit, at_store, sold,
    #: damaged or lost; None for a card that was never printed stock (e-cards, imports).
    stock_state: Mapped[str | None] = mapped_column(String(12))
    #: The store holding it (or, in transit, the store it goes to).
    stock_location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    issuing_location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    scope: Mapped[str] = mapped_column(String(16), default="all")
    scope_locations: Mapped[list[str]] = mapped_column(JSON, default=list)
    strategy: Mapped[str] = mapped_column(String(16), default="balance")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    purchaser_name: Mapped[str | None] = mapped_column(String(120))
    purchaser_email: Mapped[str | None] = mapped_column(String(254))
    recipient_name: Mapped[str | None] = mapped_column(String(120))
    recipient_email: Mapped[str | None] = mapped_column(String(254))
    message: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    replaced_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gift_cards.id"))
    frozen_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    frozen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    frozen_reason: Mapped[str | None] = mapped_column(Text)
    voided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: The ``seq`` of the card's newest ledger entry (0 before the first).
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: Increases with every change so terminals can pull what changed since they looked.
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True, default=0)
    #: The ``chain_hash`` of the card's newest ledger entry (None before the first hashed one).
    chain_head: Mapped[bytes | None] = mapped_column(LargeBinary)


class LedgerEntry(Base):
    """One row per balance change; append-only, never updated or deleted."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("balance_after = balance_before + amount_minor", name="entry_adds_up"),
        CheckConstraint("balance_after >= 0", name="entry_not_negative"),
        Index("ix_ledger_entries_card_seq", "card_id", "seq"),
        # The money view: periods by recording time, lapsing kinds without a full scan.
        Index("ix_ledger_entries_recorded_at", "recorded_at"),
        Index("ix_ledger_entries_kind_card", "kind", "card_id", "seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("gift_cards.id"))
    #: Position of this entry in its card's chain (1, 2, ...).
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    balance_before: Mapped[int] = mapped_column(BigInteger)
    balance_after: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal | None] = mapped_column(Numeric(20, 10, asdecimal=True))
    original_amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    original_currency: Mapped[str | None] = mapped_column(String(3))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("terminals.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"))
    reference: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    origin: Mapped[str] = mapped_column(String(8), default="online")
    idempotency_key: Mapped[str] = mapped_column(String(160), unique=True)
    #: Keyed hash over the previous entry's hash and this entry (``posapp.domain.chain``).
    chain_hash: Mapped[bytes | None] = mapped_column(LargeBinary)


class LedgerChain(Base):
    """One row: how many entries the ledger held, unhashed, when the chain was introduced.

    Only that many entries may lack a hash, and only at the start of a card's chain.
    """

    __tablename__ = "ledger_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    legacy_entries: Mapped[int] = mapped_column(BigInteger)


class Hold(Base):
    """A reservation of part of a card's balance while a sale is open."""

    __tablename__ = "holds"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="hold_positive"),
        Index("ix_holds_card_state", "card_id", "state"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("gift_cards.id"))
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
