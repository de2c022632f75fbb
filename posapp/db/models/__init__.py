"""Every entity of the domain as a typed SQLAlchemy model."""

from posapp.db.models.base import Base
from posapp.db.models.cards import (
    Batch,
    CardProduct,
    GiftCard,
    Hold,
    LedgerChain,
    LedgerEntry,
)
from posapp.db.models.central import EnrolFailure, OfflineTake
from posapp.db.models.imports import CardImport, ImportRow
from posapp.db.models.mail import EmailDelivery, SmtpSecret
from posapp.db.models.org import (
    AuditEvent,
    ExchangeRate,
    KeyCheck,
    Location,
    Operation,
    Setting,
    Staff,
    StaffSession,
    Terminal,
)
from posapp.db.models.reconciliation import ReconciliationItem
from posapp.db.models.reports import LedgerDayTotal, LedgerSeal
from posapp.db.models.sales import Sale, SaleLine, SaleTender
from posapp.db.models.webshop import ShopKey

__all__ = [
    "AuditEvent",
    "Base",
    "Batch",
    "CardImport",
    "CardProduct",
    "EnrolFailure",
    "EmailDelivery",
    "ExchangeRate",
    "GiftCard",
    "Hold",
    "ImportRow",
    "KeyCheck",
    "LedgerChain",
    "LedgerDayTotal",
    "LedgerEntry",
    "LedgerSeal",
    "Location",
    "OfflineTake",
    "Operation",
    "ReconciliationItem",
    "Sale",
    "SaleLine",
    "SaleTender",
    "Setting",
    "ShopKey",
    "SmtpSecret",
    "Staff",
    "StaffSession",
    "Terminal",
]
