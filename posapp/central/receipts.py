"""A sale's receipt as JSON, so a till in central mode prints what a till on the database does.

The service builds the receipt with the same service as every other till
(:func:`posapp.services.back_office.documents.receipt`); the till rebuilds the same
:class:`~posapp.documents.Receipt` from its JSON and prints it. Amounts travel as
``{"minor", "currency"}``, times in ISO 8601.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from typing import Any

from posapp.documents import Receipt, StoreInfo
from posapp.money import Money


def to_json(value: Any) -> Any:
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency}
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    return value


def _read(kind: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        present = [k for k in typing.get_args(kind) if k is not type(None)]
        return _read(present[0], data)
    if origin is tuple:
        return tuple(_read(typing.get_args(kind)[0], item) for item in data)
    if kind is Money:
        return Money(int(data["minor"]), str(data["currency"]))
    if kind is datetime:
        return datetime.fromisoformat(data)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _read(hints[f.name], data[f.name])
                       for f in dataclasses.fields(kind) if f.name in data})
    return data


def receipt_from_json(data: dict[str, Any]) -> Receipt:
    found: Receipt = _read(Receipt, data)
    return found


def store_from_json(data: dict[str, Any]) -> StoreInfo:
    found: StoreInfo = _read(StoreInfo, data)
    return found
