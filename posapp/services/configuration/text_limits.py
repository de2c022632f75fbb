"""The longest text a command may carry in each field: the length of the column that keeps it.

(A goods line's description is cut to its column by the sale itself.)

SQLite stores any length, PostgreSQL refuses a value longer than its column, and a
refusal from the database is an unexpected crash; so :func:`check` refuses it first,
in words, on both databases, for every caller of the command path.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from posapp.db.models import (
    CardProduct,
    GiftCard,
    LedgerEntry,
    Location,
    ReconciliationItem,
    Sale,
    SaleLine,
    SaleTender,
)
from posapp.domain.errors import InvalidInput, Phrase
from posapp.services.checkout.sale_parts import Payment
from posapp.services.command_path import commands as c


def _length(column: Any) -> int:
    return int(column.type.length)


LIMITS: dict[str, int] = {
    "reference": min(_length(LedgerEntry.reference), _length(Sale.reference)),
    "category": _length(SaleLine.category),
    "recipient_name": _length(GiftCard.recipient_name),
    "purchaser_name": _length(GiftCard.purchaser_name),
    "recipient_email": _length(GiftCard.recipient_email),
    "purchaser_email": _length(GiftCard.purchaser_email),
    "cashier": _length(ReconciliationItem.cashier),
    "command": _length(ReconciliationItem.command),
    #: A store's or a card product's name.
    "title": min(_length(Location.name), _length(CardProduct.name)),
    #: A refusal's message as the till received it; the service's are a line or two.
    "reason": 1000,
}
#: Each field of :data:`LIMITS` as a refusal names it, translated like the refusal.
NAMES: dict[str, Phrase] = {
    "reference": Phrase("reference"),
    "category": Phrase("category"),
    "recipient_name": Phrase("recipient name"),
    "purchaser_name": Phrase("purchaser name"),
    "recipient_email": Phrase("recipient email"),
    "purchaser_email": Phrase("purchaser email"),
    "cashier": Phrase("cashier"),
    "command": Phrase("command"),
    "title": Phrase("name"),
    "reason": Phrase("reason"),
}
_METHOD = _length(SaleTender.method)


def _too_long(what: Phrase, limit: int) -> InvalidInput:
    return InvalidInput("The {what} is at most {limit} characters long.", what=what, limit=limit)


#: Values that hold no text to check and nothing to walk into.
_LEAVES = (str, int, bool, float, Decimal, uuid.UUID, date, type(None))


@lru_cache(maxsize=256)
def _plan(kind: type) -> tuple[tuple[str, int | None], ...]:
    """A dataclass type's fields, each with the limit of its text (None: no limit)."""
    return tuple((f.name, LIMITS.get(f.name)) for f in dataclasses.fields(kind))


def _walk(value: Any) -> None:
    if isinstance(value, Payment):
        for method in value.other:
            if len(method) > _METHOD:
                raise _too_long(Phrase("payment method"), _METHOD)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name, limit in _plan(type(value)):
            item = getattr(value, name)
            if limit is not None and isinstance(item, str) and len(item) > limit:
                raise _too_long(NAMES[name], limit)
            if not isinstance(item, _LEAVES):
                _walk(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            if not isinstance(item, _LEAVES):
                _walk(item)


def check(command: c.Command) -> None:
    """Refuse ``command`` when a text in it is longer than the column that would keep it."""
    _walk(command)
