"""The card lifecycle (DESIGN §4): which states allow which change."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from posapp.domain.errors import (
    CardExpired,
    CardFrozen,
    CardInactive,
    CardVoided,
    InsufficientFunds,
    InvalidState,
    PosError,
)


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


_REFUSAL: dict[Status, type[PosError]] = {
    Status.INACTIVE: CardInactive,
    Status.EXPIRED: CardExpired,
    Status.FROZEN: CardFrozen,
    Status.VOIDED: CardVoided,
}

_MESSAGE = {
    Status.INACTIVE: "This card is not activated yet.",
    Status.EXPIRED: "This card has expired.",
    Status.FROZEN: "This card is frozen.",
    Status.VOIDED: "This card has been voided.",
    Status.DEPLETED: "This card has no balance left.",
}


def refuse(status: Status) -> PosError:
    """The error that says why a card in ``status`` cannot do what was asked."""
    if status is Status.DEPLETED:
        return InsufficientFunds(_MESSAGE[status])
    return _REFUSAL.get(status, InvalidState)(_MESSAGE.get(status, "Not in this state."))


def is_past_expiry(expires_at: datetime | None, now: datetime) -> bool:
    return expires_at is not None and expires_at <= now


def effective_status(status: Status, expires_at: datetime | None, now: datetime) -> Status:
    """An active card past its expiry is expired even before the nightly job has run."""
    if status in (Status.ACTIVE, Status.DEPLETED) and is_past_expiry(expires_at, now):
        return Status.EXPIRED
    return status


def check_spendable(status: Status, expires_at: datetime | None, now: datetime) -> None:
    """Only active cards within their expiry can pay."""
    effective = effective_status(status, expires_at, now)
    if effective is not Status.ACTIVE:
        raise refuse(effective)


def check_loadable(status: Status, expires_at: datetime | None, now: datetime) -> None:
    """A reload needs an active or depleted card that has not expired."""
    effective = effective_status(status, expires_at, now)
    if effective not in (Status.ACTIVE, Status.DEPLETED):
        raise refuse(effective)


def check_not_voided(status: Status) -> None:
    """Voided cards never change again."""
    if status is Status.VOIDED:
        raise refuse(status)


def status_for_balance(balance_minor: int) -> Status:
    """Active with money on it, depleted without."""
    return Status.ACTIVE if balance_minor > 0 else Status.DEPLETED
