"""The names of states and kinds: card status, ledger entry kinds, sale, hold, tender and
line kinds. The rules that move a card between states live in :mod:`posapp.domain.card`."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    INACTIVE = "inactive"
    ACTIVE = "active"
    DEPLETED = "depleted"
    EXPIRED = "expired"
    FROZEN = "frozen"
    VOIDED = "voided"


class Kind(StrEnum):
    """Ledger entry kinds."""

    ISSUE = "issue"
    RELOAD = "reload"
    REDEEM = "redeem"
    REFUND = "refund"
    ADJUST = "adjust"
    VOID = "void"
    EXPIRE = "expire"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    CASHOUT = "cashout"
    #: An expired card given a later expiry: its balance (untouched, amount 0) is owed again.
    REINSTATE = "reinstate"


class SaleState(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    VOIDED = "voided"
    REFUNDED = "refunded"


class HoldState(StrEnum):
    PENDING = "pending"
    CAPTURED = "captured"
    RELEASED = "released"
    EXPIRED = "expired"


class TenderKind(StrEnum):
    GIFT_CARD = "gift_card"
    CASH = "cash"
    EXTERNAL = "external"
    OTHER = "other"


class LineKind(StrEnum):
    GOODS = "goods"
    GIFT_CARD = "gift_card"
    RELOAD = "reload"
