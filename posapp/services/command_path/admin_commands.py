"""The back office's commands: staff, settings, exchange rates, products, stores,
terminals, batches and their stock, the SMTP password and e-gift card e-mails (what a
command is: :mod:`posapp.services.command_path.commands`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from posapp.domain.roles import Role
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path.command_base import Command


@dataclass(frozen=True)
class AddStaff(Command):
    name = "staff_add"
    staff: str
    role: Role
    #: Checked and hashed by the handler; never stored as given, never shown in a repr.
    pin: str = field(repr=False)
    key: str | None = None


@dataclass(frozen=True)
class SetStaff(Command):
    """A staff member's new role, PIN or active flag (None: unchanged)."""

    name = "staff_set"
    staff: str
    role: Role | None = None
    pin: str | None = field(default=None, repr=False)
    active: bool | None = None
    key: str | None = None


@dataclass(frozen=True)
class UnlockStaff(Command):
    name = "staff_unlock"
    staff: str
    key: str | None = None


@dataclass(frozen=True)
class SetSettings(Command):
    """Setting values as an admin types them, all or none; global, or a store's override.

    A value stays text because an amount without a currency is in the currency of the
    store it is set for, which the handler reads in the same transaction.
    """

    name = "settings_set"
    changes: dict[str, str]
    store: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class SetRate(Command):
    name = "rate_set"
    base: str
    quote: str
    rate: Decimal
    key: str | None = None


@dataclass(frozen=True)
class AddProduct(Command):
    name = "product_add"
    sku: str
    title: str
    currency: str
    denominations: tuple[Money, ...] = ()
    minimum: Money | None = None
    maximum: Money | None = None
    lifetime_days: int = 0
    strategy: str = "balance"
    #: ``all``, ``issuing`` or ``list`` (then ``scope_stores`` names the stores).
    scope: str = "all"
    scope_stores: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    key: str | None = None


@dataclass(frozen=True)
class AddLocation(Command):
    name = "location_add"
    code: str
    title: str
    currency: str
    locale: str = "en_US"
    key: str | None = None
    #: An IANA zone name: a delivery date is a day in this zone.
    timezone: str = "UTC"


@dataclass(frozen=True)
class AddTerminal(Command):
    name = "terminal_register"
    terminal: str
    store: str
    key: str | None = None


@dataclass(frozen=True)
class CreateBatch(Command):
    name = "batch_create"
    count: int
    amount: Money | None = None
    product_sku: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class MarkBatchPrinted(Command):
    name = "batch_printed"
    batch_id: uuid.UUID
    key: str | None = None


@dataclass(frozen=True)
class ShipBatch(Command):
    """A batch's cards in the stock room are sent to a store."""

    name = "stock_ship"
    batch_id: uuid.UUID
    store: str
    key: str | None = None


@dataclass(frozen=True)
class ReceiveBatch(Command):
    """A store receives the batch's cards sent to it; ``missing`` names cards not there."""

    name = "stock_receive"
    batch_id: uuid.UUID
    missing: tuple[str, ...] = ()
    key: str | None = None


@dataclass(frozen=True)
class MarkCards(Command):
    """Unsold printed cards marked ``damaged`` or ``lost``, with a reason."""

    name = "stock_mark"
    codes: tuple[str, ...]
    state: str
    reason: str
    key: str | None = None


# E-gift card e-mails.


@dataclass(frozen=True)
class SetSmtpPassword(Command):
    """The chain's (or a store's) SMTP password, sealed with the site key; empty removes it."""

    name = "smtp_password_set"
    password: str = field(repr=False)
    store: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ResendEmail(Command):
    """Send a card's e-mail again now, to the same or a corrected address."""

    name = "email_resend"
    card: CardRef
    to: str | None = None
    recipient_name: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class RescheduleEmail(Command):
    """Move a card's pending e-mail to another day (None: send it now)."""

    name = "email_reschedule"
    card: CardRef
    deliver_on: date | None = None
    key: str | None = None


@dataclass(frozen=True)
class CancelEmail(Command):
    name = "email_cancel"
    card: CardRef
    key: str | None = None
