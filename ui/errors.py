"""Refusals in the user's words, shown in one place (Anki's ``errors.py``).

Every :class:`~posapp.domain.errors.ErrorCode` has a message here; the service's own
sentence is kept as the detail, because it names the amount, card or rule involved. That
sentence is the refusal's English template translated under the context ``errors`` (see
``scripts/error_templates.py``), filled with its params after translating.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from posapp.domain.errors import (
    AlreadyInSale,
    AmountMissing,
    ErrorCode,
    PaymentShort,
    Phrase,
    PosError,
)
from ui.refusal_words import word

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


# Marked for the translation tools, translated when shown.
_MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.INVALID_AMOUNT: QT_TRANSLATE_NOOP(
        "errors", "That amount can't be used. Check the number and try again."),
    ErrorCode.INVALID_CODE: QT_TRANSLATE_NOOP(
        "errors", "That is not a valid gift card code. Scan the card again."),
    ErrorCode.CARD_NOT_FOUND: QT_TRANSLATE_NOOP("errors", "We couldn't find that gift card."),
    ErrorCode.CARD_INACTIVE: QT_TRANSLATE_NOOP(
        "errors", "This gift card has not been activated yet."),
    ErrorCode.CARD_EXPIRED: QT_TRANSLATE_NOOP("errors", "This gift card has expired."),
    ErrorCode.CARD_FROZEN: QT_TRANSLATE_NOOP(
        "errors", "This gift card is frozen. A manager must unfreeze it."),
    ErrorCode.CARD_VOIDED: QT_TRANSLATE_NOOP(
        "errors", "This gift card has been voided and can't be used."),
    ErrorCode.INSUFFICIENT_FUNDS: QT_TRANSLATE_NOOP(
        "errors", "There isn't enough balance on the card."),
    ErrorCode.WRONG_LOCATION: QT_TRANSLATE_NOOP(
        "errors", "This gift card can't be used at this store."),
    ErrorCode.CURRENCY_MISMATCH: QT_TRANSLATE_NOOP(
        "errors", "This gift card is in a different currency."),
    ErrorCode.INVALID_STATE: QT_TRANSLATE_NOOP("errors", "That can't be done right now."),
    ErrorCode.PERMISSION_DENIED: QT_TRANSLATE_NOOP(
        "errors", "You are not allowed to do that. Ask a manager."),
    ErrorCode.AUTH_FAILED: QT_TRANSLATE_NOOP("errors", "Wrong name or PIN. Try again."),
    ErrorCode.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "errors", "Too many failed attempts. Wait a little and try again."),
    ErrorCode.NOT_ALLOWED: QT_TRANSLATE_NOOP("errors", "That payment isn't allowed here."),
    ErrorCode.CONFLICT: QT_TRANSLATE_NOOP(
        "errors", "This was already done with different details. Start again."),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("errors", "We couldn't find that."),
    ErrorCode.INVALID_INPUT: QT_TRANSLATE_NOOP(
        "errors", "Some of the details aren't right. Check and try again."),
    ErrorCode.DEVICE_ERROR: QT_TRANSLATE_NOOP(
        "errors", "The printer or scanner isn't responding. Check its cable."),
    ErrorCode.KEY_FILE: QT_TRANSLATE_NOOP(
        "errors", "This till's key file can't be used. Call whoever set up the tills."),
    ErrorCode.BUSY: QT_TRANSLATE_NOOP(
        "errors", "The system is busy right now. Nothing was changed; try again."),
}

# Refusals that share a code with others but call for their own words.
_BY_KIND: dict[type[PosError], str] = {
    PaymentShort: QT_TRANSLATE_NOOP("errors", "The payment doesn't cover what is due."),
    AlreadyInSale: QT_TRANSLATE_NOOP("errors", "This card is already in the sale."),
    AmountMissing: QT_TRANSLATE_NOOP("errors", "Enter an amount."),
}

UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "Something went wrong. Nothing was changed; try again or call support.")


def message_for(error: PosError) -> str:
    """The headline for ``error``, translated, in the words of the person at the counter."""
    kind = next((text for cls, text in _BY_KIND.items() if isinstance(error, cls)), None)
    return _tr(kind or _MESSAGES.get(error.code, UNEXPECTED))


def translated(error: PosError | Phrase) -> str:
    """The refusal's own sentence in the terminal's language, its values filled in."""
    text = _tr(error.template)
    if text == error.template:  # English: the core's sentence, in the core's words
        return str(error)
    if not error.params:
        return text
    values = {name: _shown(name, value) for name, value in error.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # A catalogue edited by hand with a placeholder mistyped: the English sentence
        # still tells the cashier what happened.
        log.warning("the translation of %r does not fit its values", error.template)
        return str(error)


def _shown(name: str, value: object) -> object:
    """A value as the sentence shows it: a nested refusal or phrase translated, a word of
    the core (a card state, a role) in the app's words; amounts and codes as they are."""
    if isinstance(value, PosError | Phrase):
        return translated(value)
    return word(name, value)


def detail_for(error: PosError) -> str:
    """The service's own explanation (which amount, which rule), shown under the headline;
    empty when the headline already says it (no "Wrong name or PIN." twice)."""
    said = message_for(error).casefold()
    detail = translated(error)
    return "" if detail.strip().rstrip(".").casefold() in said else detail


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
