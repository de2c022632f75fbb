"""Refusals in the user's words, shown in one place (Anki's ``errors.py``).

Every :class:`~posapp.domain.errors.ErrorCode` has a message here; the service's own
message is kept as the detail, because it names the amount, card or rule involved.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from posapp.domain.errors import ErrorCode, PosError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


# The source strings stay literal so that translation tools find them.
_MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.INVALID_AMOUNT: "That amount can't be used. Check the number and try again.",
    ErrorCode.INVALID_CODE: "That is not a valid gift card code. Scan the card again.",
    ErrorCode.CARD_NOT_FOUND: "We couldn't find that gift card.",
    ErrorCode.CARD_INACTIVE: "This gift card has not been activated yet.",
    ErrorCode.CARD_EXPIRED: "This gift card has expired.",
    ErrorCode.CARD_FROZEN: "This gift card is frozen. A manager must unfreeze it.",
    ErrorCode.CARD_VOIDED: "This gift card has been voided and can't be used.",
    ErrorCode.INSUFFICIENT_FUNDS: "There isn't enough balance on the card.",
    ErrorCode.WRONG_LOCATION: "This gift card can't be used at this store.",
    ErrorCode.CURRENCY_MISMATCH: "This gift card is in a different currency.",
    ErrorCode.INVALID_STATE: "That can't be done right now.",
    ErrorCode.PERMISSION_DENIED: "You are not allowed to do that. Ask a manager.",
    ErrorCode.AUTH_FAILED: "Wrong name or PIN. Try again.",
    ErrorCode.RATE_LIMITED: "Too many failed attempts. Wait a minute and try again.",
    ErrorCode.NOT_ALLOWED: "That payment isn't allowed here.",
    ErrorCode.CONFLICT: "This was already done with different details. Start again.",
    ErrorCode.NOT_FOUND: "We couldn't find that.",
    ErrorCode.INVALID_INPUT: "Some of the details aren't right. Check and try again.",
    ErrorCode.DEVICE_ERROR: "The printer or scanner isn't responding. Check its cable.",
    ErrorCode.BUSY: "The system is busy right now. Nothing was changed; try again.",
}

UNEXPECTED = "Something went wrong. Nothing was changed; try again or call support."


def message_for(error: PosError) -> str:
    """The headline for ``error``, translated, in the words of the person at the counter."""
    return _tr(_MESSAGES.get(error.code, UNEXPECTED))


def detail_for(error: PosError) -> str:
    """The service's own explanation (which amount, which rule), shown under the headline."""
    return error.message


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Show ``error`` in a window-modal box that does not block the event loop.

    A :class:`PosError` shows its message; anything else is logged with its traceback
    and shown as an unexpected failure.
    """
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("GiftPOS"))
    if isinstance(error, PosError):
        box.setText(message_for(error))
        box.setInformativeText(detail_for(error))
        box.setProperty("errorCode", error.code.value)
    else:
        log.error("unexpected failure:\n%s", "".join(traceback.format_exception(error)))
        box.setText(_tr(UNEXPECTED))
        box.setInformativeText(str(error) or type(error).__name__)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
