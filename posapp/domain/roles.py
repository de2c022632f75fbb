"""Who may do what cashier < manager < admin."""

from __future__ import annotations

from enum import StrEnum

from posapp.domain.errors import InvalidInput, PermissionDenied


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def and_above(self) -> list[Role]:
        """This role and every role holding more authority."""
        return [role for role in Role if role.rank >= self.rank]

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls(text.strip().lower())
        except ValueError as exc:
            raise InvalidInput(
                "Unknown role {text!r}: use cashier, manager or admin.", text=text
            ) from exc


_RANK = {Role.CASHIER: 1, Role.MANAGER: 2, Role.ADMIN: 3}


class Permission(StrEnum):
    """Each action names the least role that may take it."""

    CHECK_BALANCE = "check_balance"
    VIEW_HISTORY = "view_history"
    REDEEM = "redeem"
    SELL = "sell"  # sell, activate or reload a card inside a paid sale
    PAY = "pay"
    PRINT_RECEIPT = "print_receipt"
    CASH_OUT = "cash_out"  # pay a small remainder out in cash, under the store's threshold
    CASH_OUT_OVER_LIMIT = "cash_out_over_limit"  # approve one above the manager amount
    MANAGE_STOCK = "manage_stock"  # ship, receive and mark printed cards
    ACTIVATE_AWAY_FROM_STOCK = "activate_away_from_stock"  # a card not on hand here
    ISSUE = "issue"  # back office: value without a sale, source recorded
    ACTIVATE = "activate"
    RELOAD = "reload"
    REFUND = "refund"
    ADJUST = "adjust"
    FREEZE = "freeze"
    EXTEND_EXPIRY = "extend_expiry"
    VOID = "void"
    TRANSFER = "transfer"
    REPRINT = "reprint"
    LIST_CARDS = "list_cards"
    VOID_SALE = "void_sale"
    REFUND_SALE = "refund_sale"
    EXPIRE = "expire"
    REPORT = "report"
    IMPORT = "import"
    EXPORT = "export"
    MANAGE_STAFF = "manage_staff"
    UNLOCK_STAFF = "unlock_staff"  # lift a lock after too many wrong PINs
    MANAGE_LOCATIONS = "manage_locations"
    MANAGE_PRODUCTS = "manage_products"
    MANAGE_BATCHES = "manage_batches"
    MANAGE_SETTINGS = "manage_settings"


_CASHIER = {
    Permission.CHECK_BALANCE,
    Permission.VIEW_HISTORY,
    Permission.REDEEM,
    Permission.SELL,
    Permission.PAY,
    Permission.PRINT_RECEIPT,
    Permission.CASH_OUT,
}
_MANAGER = {
    Permission.ISSUE,
    Permission.ACTIVATE,
    Permission.RELOAD,
    Permission.REFUND,
    Permission.ADJUST,
    Permission.FREEZE,
    Permission.EXTEND_EXPIRY,
    Permission.VOID,
    Permission.TRANSFER,
    Permission.REPRINT,
    Permission.LIST_CARDS,
    Permission.VOID_SALE,
    Permission.REFUND_SALE,
    Permission.EXPIRE,
    Permission.REPORT,
    Permission.IMPORT,
    Permission.EXPORT,
    Permission.UNLOCK_STAFF,
    Permission.CASH_OUT_OVER_LIMIT,
    Permission.MANAGE_STOCK,
    Permission.ACTIVATE_AWAY_FROM_STOCK,
}

LEAST_ROLE: dict[Permission, Role] = {
    p: Role.CASHIER if p in _CASHIER else Role.MANAGER if p in _MANAGER else Role.ADMIN
    for p in Permission
}


def allows(role: Role, permission: Permission) -> bool:
    return role.rank >= LEAST_ROLE[permission].rank


def require(role: Role, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may take ``permission``."""
    if allows(role, permission):
        return
    action = permission.value.replace("_", " ")
    if LEAST_ROLE[permission] is Role.ADMIN:
        raise PermissionDenied("A {role} may not {action}: ask an admin.", role=role,
                               action=action)
    raise PermissionDenied("A {role} may not {action}: ask a {need}.", role=role,
                           action=action, need=LEAST_ROLE[permission])
