"""What the service and its client agree on: paths, headers, limits, and errors on the wire.

An error travels as ``{"error": CODE, "message": TEXT, "template": ..., "params": ...}``
with an HTTP status that fits it; the client turns the code back into the same
:class:`~posapp.domain.errors.PosError` subclass the core raised, with the same template
and params, so a till shows a refusal from the service exactly as one from its own
database, in the till's language.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from posapp.domain import errors as e
from posapp.domain.lifecycle import SaleState, Status
from posapp.domain.roles import Role
from posapp.domain.transitions import Op

T = TypeVar("T")

API = "/v1"
CREDENTIAL_HEADER = "Authorization"
SESSION_HEADER = "X-Staff-Session"
VERSION_HEADER = "X-App-Version"
OUTBOX_HEADER = "X-Outbox-Waiting"
#: On a replayed offline operation: the ticket of the person who took it, and when.
TICKET_HEADER = "X-Offline-Ticket"
TERMINAL_TIME_HEADER = "X-Terminal-Time"
#: On an operation a manager approved at a cashier's till: the approval the service sealed.
APPROVAL_HEADER = "X-Manager-Approval"
#: The largest request body the service reads; a command is a few hundred bytes.
MAX_BODY = 64 * 1024

#: For each error code the most general class the core raises with it.
ERROR_CLASSES: dict[e.ErrorCode, type[e.PosError]] = {
    e.ErrorCode.INVALID_AMOUNT: e.InvalidAmount,
    e.ErrorCode.INVALID_CODE: e.InvalidCode,
    e.ErrorCode.CARD_NOT_FOUND: e.CardNotFound,
    e.ErrorCode.CARD_INACTIVE: e.CardInactive,
    e.ErrorCode.CARD_EXPIRED: e.CardExpired,
    e.ErrorCode.CARD_FROZEN: e.CardFrozen,
    e.ErrorCode.CARD_VOIDED: e.CardVoided,
    e.ErrorCode.INSUFFICIENT_FUNDS: e.InsufficientFunds,
    e.ErrorCode.WRONG_LOCATION: e.WrongLocation,
    e.ErrorCode.CURRENCY_MISMATCH: e.CurrencyMismatch,
    e.ErrorCode.INVALID_STATE: e.InvalidState,
    e.ErrorCode.PERMISSION_DENIED: e.PermissionDenied,
    e.ErrorCode.AUTH_FAILED: e.AuthFailed,
    e.ErrorCode.RATE_LIMITED: e.RateLimited,
    e.ErrorCode.NOT_ALLOWED: e.NotAllowed,
    e.ErrorCode.CONFLICT: e.Conflict,
    e.ErrorCode.NOT_FOUND: e.NotFound,
    e.ErrorCode.INVALID_INPUT: e.InvalidInput,
    e.ErrorCode.DEVICE_ERROR: e.DeviceError,
    e.ErrorCode.KEY_FILE: e.KeyFileError,
    e.ErrorCode.BUSY: e.Busy,
}

_STATUS = {
    e.ErrorCode.INVALID_AMOUNT: 400,
    e.ErrorCode.INVALID_CODE: 400,
    e.ErrorCode.INVALID_INPUT: 400,
    e.ErrorCode.AUTH_FAILED: 401,
    e.ErrorCode.PERMISSION_DENIED: 403,
    e.ErrorCode.CARD_NOT_FOUND: 404,
    e.ErrorCode.NOT_FOUND: 404,
    e.ErrorCode.CONFLICT: 409,
    e.ErrorCode.RATE_LIMITED: 429,
    # Nothing was done and the same request may simply be sent again.
    e.ErrorCode.BUSY: 503,
}


def status_of(error: e.PosError) -> int:
    """The HTTP status of a refusal: a rule of the domain that refused is 422."""
    return _STATUS.get(error.code, 422)


#: The core's words a refusal may hold, sent by name so that the till shows them in its own.
_WORDS: dict[str, type[StrEnum]] = {kind.__name__: kind for kind in (Status, SaleState, Role, Op)}


def error_body(error: e.PosError) -> dict[str, object]:
    return {"error": error.code.value, "message": error.message,
            "template": error.template, "params": _sent(error.params),
            **(error.details or {})}


def _sent(params: dict[str, object]) -> dict[str, object]:
    return {name: _on_wire(value) for name, value in params.items()}


def _on_wire(value: object) -> object:
    """A param as JSON: a word of the core by its kind, a nested refusal or phrase by its
    template, numbers as numbers (``{n:,}`` formats them), anything else as it reads."""
    if isinstance(value, StrEnum) and type(value).__name__ in _WORDS:
        return {"word": type(value).__name__, "value": value.value}
    if isinstance(value, e.PosError | e.Phrase):
        return {"template": value.template, "params": _sent(value.params)}
    if isinstance(value, bool | int | float) or type(value) is str:
        return value
    return str(value)


def _received(value: object) -> object:
    if isinstance(value, dict) and set(value) == {"word", "value"}:
        return _WORDS[str(value["word"])](value["value"])
    if isinstance(value, dict) and set(value) == {"template", "params"}:
        return _built(e.Phrase, value["template"], value["params"])
    if isinstance(value, bool | int | float | str):
        return value
    raise ValueError(f"not a param: {value!r}")


def _built(kind: Callable[..., T], template: object, params: object) -> T:
    """``kind`` made from a template and its params as received: refused (ValueError) unless
    its placeholders are plain names, exactly those of the params."""
    if not isinstance(template, str) or not isinstance(params, dict):
        raise ValueError("not a template")
    names = {field for _text, field, _spec, _conv in string.Formatter().parse(template)
             if field is not None}
    if names != set(params) or not all(name.isidentifier() for name in names):
        raise ValueError("placeholders and params differ")
    return kind(template, **{name: _received(value) for name, value in params.items()})


def error_from(body: object, status: int) -> e.PosError:
    """The refusal an error body describes (anything unreadable is reported as such)."""
    if isinstance(body, dict):
        try:
            code = e.ErrorCode(str(body.get("error")))
        except ValueError:
            code = None
        message = body.get("message")
        if code is not None and isinstance(message, str):
            return _rebuilt(ERROR_CLASSES[code], message, body)
    return e.InvalidState(
        "The central service answered {status} with no refusal it explains.", status=status
    )


def _rebuilt(kind: type[e.PosError], message: str, body: dict[str, object]) -> e.PosError:
    """The refusal with the service's template and params, so that the till translates it;
    only its message when they are missing or do not make that very message."""
    try:
        error = _built(kind, body.get("template"), body.get("params"))
    except (ValueError, KeyError, IndexError, TypeError, RecursionError):
        return kind(message)
    return error if error.message == message else kind(message)
