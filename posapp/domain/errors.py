"""The one exception hierarchy of GiftPOS.

Every refusal is a :class:`PosError` subclass with a stable machine ``code``
(see docs/architecture.md). The CLI prints the code in its JSON output and maps the category
to an exit status; the UI maps the code to a message in the user's words.
A rejected operation changes nothing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    INVALID_AMOUNT = "invalid_amount"
    INVALID_CODE = "invalid_code"
    CARD_NOT_FOUND = "card_not_found"
    CARD_INACTIVE = "card_inactive"
    CARD_EXPIRED = "card_expired"
    CARD_FROZEN = "card_frozen"
    CARD_VOIDED = "card_voided"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    WRONG_LOCATION = "wrong_location"
    CURRENCY_MISMATCH = "currency_mismatch"
    INVALID_STATE = "invalid_state"
    PERMISSION_DENIED = "permission_denied"
    AUTH_FAILED = "auth_failed"
    RATE_LIMITED = "rate_limited"
    NOT_ALLOWED = "not_allowed"
    CONFLICT = "conflict"
    NOT_FOUND = "not_found"
    INVALID_INPUT = "invalid_input"
    DEVICE_ERROR = "device_error"
    KEY_FILE = "key_file"
    BUSY = "busy"


class PosError(Exception):
    """Base of every expected refusal. ``code`` is stable; ``message`` is for people.

    A refusal is raised with a literal English ``template`` whose ``{name}`` placeholders
    are filled from ``params``: ``message`` is the filled English sentence (the CLI prints
    it), while the app translates ``template`` and fills it in the terminal's language.
    A template is always a literal at the raise site, so that ``scripts/error_templates.py``
    can collect every one of them for the translators. A literal brace is written ``{{``
    in a template with params; a template without params is shown as written.
    """

    code: ErrorCode = ErrorCode.INVALID_INPUT
    #: True for refusals about who is asking (CLI exit status 4), False for domain rules (3).
    is_auth: bool = False

    def __init__(self, template: str, **params: object) -> None:
        # Without params the template is the sentence as written: a sentence the app has
        # already put together (with what was typed in it) may hold any brace.
        message = template.format(**params) if params else template
        super().__init__(message)
        self.message = message
        self.template = template
        self.params: dict[str, object] = params

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied or pickled as it is: calling the class again with the message would read
        # a brace in a value (a mistyped "{") as a placeholder, and a subclass may take
        # other arguments.
        return _restore, (type(self), self.args), self.__dict__

    @property
    def details(self) -> dict[str, Any] | None:
        """What the refusal found, for callers that show more than the message."""
        return None


def _restore(cls: type[PosError], args: tuple[Any, ...]) -> PosError:
    error = cls.__new__(cls)
    error.args = args
    return error


class InvalidAmount(PosError):
    code = ErrorCode.INVALID_AMOUNT


class InvalidCode(PosError):
    code = ErrorCode.INVALID_CODE


class CardNotFound(PosError):
    code = ErrorCode.CARD_NOT_FOUND


class InsufficientFunds(PosError):
    code = ErrorCode.INSUFFICIENT_FUNDS


class PaymentShort(InsufficientFunds):
    """The other tenders (cash, card terminal) do not cover what the cards leave due."""


class AmountMissing(InvalidAmount):
    """No amount was given where one is needed."""


class WrongLocation(PosError):
    code = ErrorCode.WRONG_LOCATION


class CurrencyMismatch(PosError):
    code = ErrorCode.CURRENCY_MISMATCH


class InvalidState(PosError):
    code = ErrorCode.INVALID_STATE


class AlreadyInSale(InvalidState):
    """The card is already a tender of this sale."""


class CardInactive(InvalidState):
    """The card's state refuses the operation: not activated yet."""

    code = ErrorCode.CARD_INACTIVE


class CardExpired(InvalidState):
    code = ErrorCode.CARD_EXPIRED


class CardFrozen(InvalidState):
    code = ErrorCode.CARD_FROZEN


class CardVoided(InvalidState):
    code = ErrorCode.CARD_VOIDED


class CardDepleted(InsufficientFunds, InvalidState):
    """A depleted card asked to pay: a state refusal reported as insufficient funds."""

    code = ErrorCode.INSUFFICIENT_FUNDS


class NotAllowed(PosError):
    code = ErrorCode.NOT_ALLOWED


class Offline(NotAllowed):
    """The till works without the central service and may not do this until it is back.

    Raised by the till itself, never sent by the service; its code is ``not_allowed``, so
    every screen and the CLI already show it as a rule that refused.
    """


class Conflict(PosError):
    code = ErrorCode.CONFLICT


class NotFound(PosError):
    """Something other than a card (sale, batch, location, staff member) does not exist."""

    code = ErrorCode.NOT_FOUND


class InvalidInput(PosError):
    """A malformed argument, setting, file or scan that is not an amount or a code."""

    code = ErrorCode.INVALID_INPUT


class DeviceError(PosError):
    """A printer or scanner could not be reached or refused the job."""

    code = ErrorCode.DEVICE_ERROR


class KeyFileError(PosError):
    """The key file is missing, damaged, readable by others, or not this database's."""

    code = ErrorCode.KEY_FILE


class Busy(PosError):
    """The database stayed locked by other work longer than a till waits; nothing was
    done, and the same operation may simply be tried again."""

    code = ErrorCode.BUSY


class PermissionDenied(PosError):
    code = ErrorCode.PERMISSION_DENIED
    is_auth = True


class AuthFailed(PosError):
    code = ErrorCode.AUTH_FAILED
    is_auth = True


class RateLimited(PosError):
    code = ErrorCode.RATE_LIMITED
    is_auth = True


class Phrase:
    """A part of a refusal chosen at run time (a reason, a clause), passed as a param.

    It is a literal template with params like the refusal itself: formatted, it reads as
    English; the app translates it as it translates the sentence around it."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"
