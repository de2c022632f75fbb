"""How card states and ledger kinds read and look on screen: one colour and one label each;
how sale states and tenders read."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from posapp.domain.lifecycle import Kind, Status

_CONTEXT = "CardStatus"

# Dark enough to read on white at arm's length; the style sheet may draw them as badges.
_COLOURS: dict[str, str] = {
    Status.INACTIVE: "#6b7280",
    Status.ACTIVE: "#15803d",
    Status.DEPLETED: "#a16207",
    Status.EXPIRED: "#9a3412",
    Status.FROZEN: "#1d4ed8",
    Status.VOIDED: "#b91c1c",
}

_STATUS_LABELS: dict[str, str] = {
    Status.INACTIVE: QT_TRANSLATE_NOOP("CardStatus", "Inactive"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("CardStatus", "Active"),
    Status.DEPLETED: QT_TRANSLATE_NOOP("CardStatus", "Depleted"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("CardStatus", "Expired"),
    Status.FROZEN: QT_TRANSLATE_NOOP("CardStatus", "Frozen"),
    Status.VOIDED: QT_TRANSLATE_NOOP("CardStatus", "Voided"),
}

_KIND_LABELS: dict[str, str] = {
    Kind.ISSUE: QT_TRANSLATE_NOOP("CardStatus", "Issue"),
    Kind.RELOAD: QT_TRANSLATE_NOOP("CardStatus", "Reload"),
    Kind.REDEEM: QT_TRANSLATE_NOOP("CardStatus", "Redeem"),
    Kind.REFUND: QT_TRANSLATE_NOOP("CardStatus", "Refund"),
    Kind.ADJUST: QT_TRANSLATE_NOOP("CardStatus", "Adjustment"),
    Kind.VOID: QT_TRANSLATE_NOOP("CardStatus", "Void"),
    Kind.EXPIRE: QT_TRANSLATE_NOOP("CardStatus", "Expiry"),
    Kind.TRANSFER_OUT: QT_TRANSLATE_NOOP("CardStatus", "Transfer out"),
    Kind.TRANSFER_IN: QT_TRANSLATE_NOOP("CardStatus", "Transfer in"),
    Kind.CASHOUT: QT_TRANSLATE_NOOP("CardStatus", "Cash-out"),
    Kind.REINSTATE: QT_TRANSLATE_NOOP("CardStatus", "Reinstatement"),
}

_SALE_STATES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("CardStatus", "open"),
    "completed": QT_TRANSLATE_NOOP("CardStatus", "completed"),
    "voided": QT_TRANSLATE_NOOP("CardStatus", "voided"),
    "refunded": QT_TRANSLATE_NOOP("CardStatus", "refunded"),
}

_TENDERS: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("CardStatus", "Cash"),
    "external": QT_TRANSLATE_NOOP("CardStatus", "External card"),
    "gift_card": QT_TRANSLATE_NOOP("CardStatus", "Gift card"),
}


def status_colour(status: str) -> QColor:
    """The colour a card state is drawn in (grey for a state this build does not know)."""
    return QColor(_COLOURS.get(status, "#6b7280"))


def status_label(status: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _STATUS_LABELS.get(status, status))


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _KIND_LABELS.get(kind, kind))


def sale_state_label(state: str) -> str:
    """A sale's state in words: "completed" reads "abgeschlossen" in German."""
    return QCoreApplication.translate(_CONTEXT, _SALE_STATES.get(state, state))


def tender_label(kind: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _TENDERS.get(kind, kind))


def statuses() -> list[str]:
    """Every card state, in lifecycle order, for filter combos."""
    return [s.value for s in Status]


def kinds() -> list[str]:
    """Every ledger kind, for filter combos."""
    return [k.value for k in Kind]
