"""Reading what a till sent: a bounded JSON body, and a command in exactly the form it writes.

A body over :data:`~posapp.central.protocol.MAX_BODY` is refused before it is
read to the end; malformed JSON, text with NUL or half a UTF-16 pair (which the
command line cannot even receive), ``NaN``, a number where a text belongs or a
fraction where an amount in minor units belongs are refused as
``invalid_input`` and change nothing. A command must be exactly what
:meth:`~posapp.services.command_path.commands.Command.to_dict` writes (absent fields take
their defaults), so ``1.0``, ``true`` or ``"12"`` never stand in for 1 cent, and its
amounts pass the rule a typed amount passes at a till: above zero (an adjustment: not
zero) and below the largest amount there is.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

from starlette.requests import Request

from posapp.central.protocol import MAX_BODY, OUTBOX_HEADER, TERMINAL_TIME_HEADER, TICKET_HEADER
from posapp.domain.errors import InvalidAmount, InvalidInput, PosError
from posapp.money import Money
from posapp.services.command_path import commands as c


class TooLarge(Exception):
    """The body is larger than the service reads (answered 413)."""


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


async def json_body(request: Request) -> dict[str, Any]:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise TooLarge
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY:
            raise TooLarge
    try:
        value = json.loads(bytes(data), parse_constant=_no_constants)
        if not isinstance(value, dict):
            raise InvalidInput("The request body must be a JSON object.")
        _check_text(value)
    except (ValueError, RecursionError) as exc:
        raise InvalidInput("The request body is not valid JSON.") from exc
    return value


def _check_text(value: Any) -> None:
    """Refuse text no database stores: NUL, and halves of UTF-16 pairs JSON lets through."""
    if isinstance(value, str):
        if "\x00" in value:
            raise InvalidInput("Text in the request holds a NUL character.")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidInput("Text in the request is not valid Unicode.") from exc
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_text(item)
    elif isinstance(value, list):
        for item in value:
            _check_text(item)


def outbox_waiting(request: Request) -> int | None:
    """The count of operations the till said are waiting in its outbox (None: not said)."""
    value = request.headers.get(OUTBOX_HEADER)
    if value is None:
        return None
    if not value.isdigit() or len(value) > 9:
        raise InvalidInput("{header} is a count of operations.", header=OUTBOX_HEADER)
    return int(value)


def offline_ticket(request: Request) -> tuple[str, datetime] | None:
    """The offline ticket a replayed operation carries, with its terminal time."""
    ticket = request.headers.get(TICKET_HEADER)
    if ticket is None:
        return None
    try:
        at = datetime.fromisoformat(request.headers.get(TERMINAL_TIME_HEADER, ""))
    except ValueError:
        at = None
    if at is None or at.tzinfo is None:
        raise InvalidInput("{header} is the operation's time with its time zone (ISO 8601).",
                           header=TERMINAL_TIME_HEADER)
    return ticket, at


def text(body: dict[str, Any], name: str, *, required: bool = True) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise InvalidInput("The field {name!r} must be text.", name=name)
    return value


def _same(sent: Any, canonical: Any) -> bool:
    """Equal and of the same JSON types throughout (``True == 1 == 1.0`` in Python)."""
    if type(sent) is not type(canonical):
        return False
    if isinstance(sent, dict):
        return sent.keys() <= canonical.keys() and all(
            _same(v, canonical[k]) for k, v in sent.items()
        )
    if isinstance(sent, list):
        return len(sent) == len(canonical) and all(map(_same, sent, canonical))
    return bool(sent == canonical)


def command(kind: type[c.Command], body: dict[str, Any]) -> c.Command:
    """The ``kind`` command ``body`` holds, refused unless written exactly as it writes it."""
    if body.get("type", kind.name) != kind.name:
        raise InvalidInput(
            "This endpoint runs {kind}, not {given!r}.", kind=kind.name, given=body.get("type")
        )
    data = {**body, "type": kind.name}
    try:
        parsed = c.from_dict(data)
    except PosError:
        raise
    except (AttributeError, TypeError, ValueError, KeyError, RecursionError) as exc:
        raise InvalidInput(
            "Not a {kind} command this version understands.", kind=kind.name
        ) from exc
    canonical = parsed.to_dict()
    for name, value in data.items():
        if not _same(value, canonical.get(name)):
            raise InvalidInput(
                "The field {name!r} is not in the form this service reads.", name=name
            )
    _check_amounts(parsed)
    return parsed


def _check_amounts(value: Any, *, signed: bool = False) -> None:
    """Refuse an amount a till's edge would refuse when it is typed (see the module doc)."""
    if isinstance(value, Money):
        if not (len(value.currency) == 3 and value.currency.isascii() and value.currency.isupper()):
            raise InvalidAmount(
                "{currency!r} is not a currency code such as USD.", currency=value.currency
            )
        Money.parse(value.amount_str(), value.currency, allow_negative=signed)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            adjusting = isinstance(value, c.AdjustCard) and f.name == "amount"
            _check_amounts(getattr(value, f.name), signed=adjusting)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _check_amounts(item)
    elif isinstance(value, dict):
        for item in value.values():
            _check_amounts(item)
