"""Stores, terminals, staff, the key check, settings, exchange rates, audit events and
idempotency records."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base, new_id
from posapp.db.types import UTCDateTime


class Location(Base):
    __tablename__ = "locations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    locale: Mapped[str] = mapped_column(String(16), default="en_US")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Terminal(Base):
    __tablename__ = "terminals"
    __table_args__ = (UniqueConstraint("location_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    name: Mapped[str] = mapped_column(String(64))
    printer: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    scanner: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Wrong PINs typed here since the counter last decayed; drives this till's back-off.
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The central service: a one-time enrolment code and the credential it was exchanged
    # for, both stored only as SHA-256 hashes (they are high-entropy random secrets).
    enrol_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    enrol_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    credential_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: What the till last told the service: when, its app version, its waiting operations.
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    app_version: Mapped[str | None] = mapped_column(String(40))
    outbox_waiting: Mapped[int | None] = mapped_column(Integer)
    #: The till's last complete pull, and the last one made with its outbox empty: its
    #: offline window runs from the first, its offline totals from the second.
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    offline_settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The first group of the pending enrolment code (not secret): a wrong code that starts
    #: with it counts against this terminal, and enough of them void the code.
    enrol_code_id: Mapped[str | None] = mapped_column(String(8), unique=True)
    enrol_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class StaffSession(Base):
    """A staff member signed in through the central service at one terminal."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index("ix_staff_sessions_terminal", "terminal_id"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    terminal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("terminals.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Wrong PINs in a row (reset by a right one); drives back-off and the lock.
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Where the last wrong PIN was typed: the back-off holds there, not at other tills.
    last_failed_terminal_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    #: Set after too many wrong PINs; only a manager or admin clears it.
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class KeyCheck(Base):
    """The check value of the key file this database was set up with (one row).

    An HMAC of a fixed label under the site secret: it tells a terminal whose key
    file differs to refuse to start, and reveals nothing about the key.
    """

    __tablename__ = "key_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    check_value: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Setting(Base):
    """One value: global when ``location_id`` is null, else that store's override."""

    __tablename__ = "settings"
    __table_args__ = (UniqueConstraint("key", "scope"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(64))
    #: "*" for the global value, else the location's id: a unique key that works with nulls.
    scope: Mapped[str] = mapped_column(String(40))
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    value: Mapped[object] = mapped_column(JSON)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ExchangeRate(Base):
    """1 ``base`` = ``rate`` ``quote`` from ``valid_from`` on."""

    __tablename__ = "exchange_rates"
    __table_args__ = (Index("ix_exchange_rates_pair", "base", "quote", "valid_from"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Numeric(20, 10, asdecimal=True))
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class AuditEvent(Base):
    """Every action that is not a balance change: logins, failed look-ups, freezes, reprints."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_terminal_kind_at", "terminal_id", "kind", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("terminals.id"))
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gift_cards.id"))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class Operation(Base):
    """Idempotency record: one row per idempotency key with the first result."""

    __tablename__ = "operations"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    request_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, object]] = mapped_column(JSON)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("terminals.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
