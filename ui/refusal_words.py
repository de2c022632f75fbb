"""The core's own words inside a refusal (a card state, a role, an operation, a payment
method, a setting), shown in the terminal's language.

A refusal fills its sentence with values; most are amounts, codes and names shown as they
are, but some are words of the core. Those are recognised by their type (a card
:class:`Status`, a :class:`SaleState`, a :class:`Role`, an :class:`Op`) or, for the plain
strings, by the name of the placeholder (``method``, ``action``, ``label``, ``setting``).
Counts are grouped in thousands the way the language writes them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from posapp.domain.lifecycle import SaleState, Status
from posapp.domain.roles import Permission, Role
from posapp.domain.transitions import Op
from posapp.services.configuration.definitions import DEFINITIONS
from ui.backoffice import setting_words
from ui.i18n import role_label
from ui.models.status import sale_state_label, status_label, tender_label

_CONTEXT = "errors"

# The operations and permissions as the core spells them in a refusal ("check balance"),
# marked for the translators.
_OPERATIONS: dict[Op, str] = {
    Op.ACTIVATE: QT_TRANSLATE_NOOP("errors", "activate"),
    Op.SPEND: QT_TRANSLATE_NOOP("errors", "spend"),
    Op.LOAD: QT_TRANSLATE_NOOP("errors", "load"),
    Op.REFUND: QT_TRANSLATE_NOOP("errors", "refund"),
    Op.ADJUST: QT_TRANSLATE_NOOP("errors", "adjust"),
    Op.FREEZE: QT_TRANSLATE_NOOP("errors", "freeze"),
    Op.UNFREEZE: QT_TRANSLATE_NOOP("errors", "unfreeze"),
    Op.VOID: QT_TRANSLATE_NOOP("errors", "void"),
    Op.EXPIRE: QT_TRANSLATE_NOOP("errors", "expire"),
    Op.TRANSFER: QT_TRANSLATE_NOOP("errors", "transfer"),
    Op.CASHOUT: QT_TRANSLATE_NOOP("errors", "cashout"),
    Op.EXTEND: QT_TRANSLATE_NOOP("errors", "extend"),
}

_ACTIONS: dict[Permission, str] = {
    Permission.CHECK_BALANCE: QT_TRANSLATE_NOOP("errors", "check balance"),
    Permission.VIEW_HISTORY: QT_TRANSLATE_NOOP("errors", "view history"),
    Permission.REDEEM: QT_TRANSLATE_NOOP("errors", "redeem"),
    Permission.SELL: QT_TRANSLATE_NOOP("errors", "sell"),
    Permission.PAY: QT_TRANSLATE_NOOP("errors", "pay"),
    Permission.PRINT_RECEIPT: QT_TRANSLATE_NOOP("errors", "print receipt"),
    Permission.CASH_OUT: QT_TRANSLATE_NOOP("errors", "cash out"),
    Permission.CASH_OUT_OVER_LIMIT: QT_TRANSLATE_NOOP("errors", "cash out over limit"),
    Permission.MANAGE_STOCK: QT_TRANSLATE_NOOP("errors", "manage stock"),
    Permission.ACTIVATE_AWAY_FROM_STOCK: QT_TRANSLATE_NOOP("errors", "activate away from stock"),
    Permission.ISSUE: QT_TRANSLATE_NOOP("errors", "issue"),
    Permission.ACTIVATE: QT_TRANSLATE_NOOP("errors", "activate"),
    Permission.RELOAD: QT_TRANSLATE_NOOP("errors", "reload"),
    Permission.REFUND: QT_TRANSLATE_NOOP("errors", "refund"),
    Permission.ADJUST: QT_TRANSLATE_NOOP("errors", "adjust"),
    Permission.FREEZE: QT_TRANSLATE_NOOP("errors", "freeze"),
    Permission.EXTEND_EXPIRY: QT_TRANSLATE_NOOP("errors", "extend expiry"),
    Permission.VOID: QT_TRANSLATE_NOOP("errors", "void"),
    Permission.TRANSFER: QT_TRANSLATE_NOOP("errors", "transfer"),
    Permission.REPRINT: QT_TRANSLATE_NOOP("errors", "reprint"),
    Permission.LIST_CARDS: QT_TRANSLATE_NOOP("errors", "list cards"),
    Permission.VOID_SALE: QT_TRANSLATE_NOOP("errors", "void sale"),
    Permission.REFUND_SALE: QT_TRANSLATE_NOOP("errors", "refund sale"),
    Permission.EXPIRE: QT_TRANSLATE_NOOP("errors", "expire"),
    Permission.REPORT: QT_TRANSLATE_NOOP("errors", "report"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("errors", "import"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("errors", "export"),
    Permission.MANAGE_STAFF: QT_TRANSLATE_NOOP("errors", "manage staff"),
    Permission.UNLOCK_STAFF: QT_TRANSLATE_NOOP("errors", "unlock staff"),
    Permission.MANAGE_LOCATIONS: QT_TRANSLATE_NOOP("errors", "manage locations"),
    Permission.MANAGE_PRODUCTS: QT_TRANSLATE_NOOP("errors", "manage products"),
    Permission.MANAGE_BATCHES: QT_TRANSLATE_NOOP("errors", "manage batches"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("errors", "manage settings"),
}
_BY_ACTION = {permission.value.replace("_", " "): text for permission, text in _ACTIONS.items()}


class _Count(int):
    """A count whose thousands (``{rows:,}``) are grouped as the terminal's language groups
    them: 10.000 in German, 10 000 in French."""

    def __format__(self, spec: str) -> str:
        return QLocale().toString(int(self)) if spec == "," else super().__format__(spec)


def word(name: str, value: object) -> object:
    """``value`` as the sentence shows it in the terminal's language: the app's word when
    it is one of the core's words, else the value itself."""
    if isinstance(value, Status):
        return status_label(value)
    if isinstance(value, SaleState):
        return sale_state_label(value)
    if isinstance(value, Role):
        return role_label(value)
    if isinstance(value, Op):
        return QCoreApplication.translate(_CONTEXT, _OPERATIONS.get(value, value))
    if isinstance(value, int) and not isinstance(value, bool):
        return _Count(value)
    if not isinstance(value, str):
        return value
    if name == "method":
        return tender_label(value)
    if name == "action" and value in _BY_ACTION:
        return QCoreApplication.translate(_CONTEXT, _BY_ACTION[value])
    if name == "setting" and value in DEFINITIONS:
        return setting_words.label(DEFINITIONS[value])
    if name == "label":
        return next((setting_words.label(spec) for spec in DEFINITIONS.values()
                     if spec.label.lower() == value), value)
    return value
