"""What the service and its client agree on: paths, headers, limits, and errors on the wire.

An error travels as ``{"error": CODE, "message": TEXT}`` with an HTTP status
that fits it; the client turns the code back into the same
:class:`~posapp.domain.errors.PosError` subclass the core raised, so a till
shows a refusal from the service exactly as one from its own database.
"""

from __future__ import annotations

from posapp.domain import errors as e

API = "/v1"
CREDENTIAL_HEADER = "Authorization"
SESSION_HEADER = "X-Staff-Session"
VERSION_HEADER = "X-App-Version"
OUTBOX_HEADER = "X-Outbox-Waiting"
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


def error_body(error: e.PosError) -> dict[str, object]:
    return {"error": error.code.value, "message": error.message, **(error.details or {})}


def error_from(body: object, status: int) -> e.PosError:
    """The refusal an error body describes (anything unreadable is reported as such)."""
    if isinstance(body, dict):
        try:
            code = e.ErrorCode(str(body.get("error")))
        except ValueError:
            code = None
        message = body.get("message")
        if code is not None and isinstance(message, str):
            return ERROR_CLASSES[code](message)
    return e.InvalidState(f"The central service answered {status} with no refusal it explains.")
