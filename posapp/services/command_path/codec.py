"""Commands to JSON-able values and back: the form the central service and an outbox carry.

:func:`encode` writes a command's field (money as minor units and currency, ids and
times as text, a role by its name, an exact decimal as its digits); :func:`decode`
rebuilds it from its type hint and refuses, with :class:`ValueError` or
:class:`TypeError`, a value of another JSON type or a field the type does not have.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Union

from posapp.money import Money

#: Plain values that must arrive as exactly that JSON type (``True`` is no count).
_SCALARS = (str, int, bool)


def fields(obj: Any) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(obj)


def encode(value: Any) -> Any:
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency}
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


@functools.cache
def _shape(kind: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A dataclass's field types and names: resolving its (string) annotations evaluates
    code, which every command a service decodes would otherwise pay for again."""
    return typing.get_type_hints(kind), frozenset(f.name for f in dataclasses.fields(kind))


def decode(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return None if value is None else decode(options[0], value)
    if value is None:
        if hint is Any:
            return None
        # Only an optional field may be null: a command missing a required value (a date,
        # an amount) would reach its handler half-built.
        raise TypeError(f"a {getattr(hint, '__name__', hint)} is required, not null")
    if hint is Money:
        return Money(int(value["minor"]), str(value["currency"]))
    if hint is uuid.UUID:
        return uuid.UUID(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a date written as text")
        return date.fromisoformat(value)
    if hint is Decimal:
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a decimal written as text")
        try:
            return Decimal(value)
        except InvalidOperation as exc:
            raise ValueError(f"{value!r} is not a decimal") from exc
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint in _SCALARS:
        if type(value) is not hint:
            raise TypeError(f"{value!r} is not a {hint.__name__}")
        return value
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{value!r} is not a list")
        return tuple(decode(typing.get_args(hint)[0], v) for v in value)
    if origin is dict:
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return {k: decode(typing.get_args(hint)[1], v) for k, v in value.items()}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints, names = _shape(hint)
        if set(value) - names:
            raise ValueError(f"unknown fields {sorted(set(value) - names)}")
        return hint(**{k: decode(hints[k], v) for k, v in value.items()})
    return value
