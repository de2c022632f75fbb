"""The card's one transition table: which operation may take a card in which state to
which states, and the words a refusal gives for every other pair.

Every (state, operation) pair is either in :data:`TRANSITIONS` or refused with
:class:`~posapp.domain.errors.InvalidState` (or the more specific refusal that
names the state: inactive, expired, frozen, voided, no balance left). The card
model (:mod:`posapp.domain.card`) moves a card only through this table.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from posapp.domain.errors import (
    CardDepleted,
    CardExpired,
    CardFrozen,
    CardInactive,
    CardVoided,
    InvalidState,
)
from posapp.domain.lifecycle import Status


class Op(StrEnum):
    """The operations a card undergoes."""

    ACTIVATE = "activate"
    SPEND = "spend"
    LOAD = "load"
    REFUND = "refund"
    ADJUST = "adjust"
    FREEZE = "freeze"
    UNFREEZE = "unfreeze"
    VOID = "void"
    EXPIRE = "expire"
    TRANSFER = "transfer"
    CASHOUT = "cashout"
    EXTEND = "extend"


S = Status
#: The furthest a manager may move an expiry from now: the longest lifetime a card can be
#: issued with (a store's default lifetime and a card's own days stop there too).
LONGEST_LIFETIME = timedelta(days=36500)
#: The allowed transitions: (state the card is in, operation) -> states it may end in.
#: A card past its expiry counts as expired here even before the expiry job has run.
TRANSITIONS: dict[tuple[Status, Op], frozenset[Status]] = {
    (S.INACTIVE, Op.ACTIVATE): frozenset({S.ACTIVE}),
    (S.INACTIVE, Op.VOID): frozenset({S.VOIDED}),
    (S.ACTIVE, Op.SPEND): frozenset({S.ACTIVE, S.DEPLETED}),
    (S.ACTIVE, Op.LOAD): frozenset({S.ACTIVE}),
    (S.ACTIVE, Op.REFUND): frozenset({S.ACTIVE}),
    (S.ACTIVE, Op.ADJUST): frozenset({S.ACTIVE, S.DEPLETED}),
    (S.ACTIVE, Op.FREEZE): frozenset({S.FROZEN}),
    (S.ACTIVE, Op.VOID): frozenset({S.VOIDED}),
    (S.ACTIVE, Op.EXPIRE): frozenset({S.EXPIRED}),
    (S.ACTIVE, Op.TRANSFER): frozenset({S.VOIDED}),
    # A small remainder paid out in cash where the law requires it: the card is spent.
    (S.ACTIVE, Op.CASHOUT): frozenset({S.DEPLETED}),
    (S.DEPLETED, Op.LOAD): frozenset({S.ACTIVE}),
    (S.DEPLETED, Op.REFUND): frozenset({S.ACTIVE}),
    (S.DEPLETED, Op.ADJUST): frozenset({S.ACTIVE}),
    (S.DEPLETED, Op.FREEZE): frozenset({S.FROZEN}),
    (S.DEPLETED, Op.VOID): frozenset({S.VOIDED}),
    (S.DEPLETED, Op.EXPIRE): frozenset({S.EXPIRED}),
    # A refund re-activates an expired card when it extends the expiry; without an
    # extension period the value goes back but the card stays expired.
    (S.EXPIRED, Op.REFUND): frozenset({S.ACTIVE, S.EXPIRED}),
    (S.EXPIRED, Op.ADJUST): frozenset({S.EXPIRED}),
    (S.EXPIRED, Op.VOID): frozenset({S.VOIDED}),
    (S.FROZEN, Op.UNFREEZE): frozenset({S.ACTIVE, S.DEPLETED, S.EXPIRED}),
    # Value owed to a frozen card (a refund, a correction) still reaches it; it stays frozen.
    (S.FROZEN, Op.REFUND): frozenset({S.FROZEN}),
    (S.FROZEN, Op.ADJUST): frozenset({S.FROZEN}),
    (S.FROZEN, Op.VOID): frozenset({S.VOIDED}),
    # A card reported lost is frozen first, then its balance moves to a new code.
    (S.FROZEN, Op.TRANSFER): frozenset({S.VOIDED}),
    # A manager's later expiry: the state stays, except that an expired card is usable again
    # (the expiry is independent of a freeze, which stays until it is lifted).
    (S.ACTIVE, Op.EXTEND): frozenset({S.ACTIVE}),
    (S.DEPLETED, Op.EXTEND): frozenset({S.DEPLETED}),
    (S.EXPIRED, Op.EXTEND): frozenset({S.ACTIVE, S.DEPLETED}),
    (S.FROZEN, Op.EXTEND): frozenset({S.FROZEN}),
}

_STATE_REFUSAL: dict[Status, InvalidState] = {
    S.INACTIVE: CardInactive("This card is not activated yet."),
    S.EXPIRED: CardExpired("This card has expired."),
    S.FROZEN: CardFrozen("This card is frozen."),
    S.VOIDED: CardVoided("This card has been voided."),
}

_OTHER_REFUSAL: dict[tuple[Status, Op], InvalidState] = {
    (S.ACTIVE, Op.ACTIVATE): InvalidState("This card is already active."),
    (S.DEPLETED, Op.ACTIVATE): InvalidState("This card is already active."),
    (S.ACTIVE, Op.UNFREEZE): InvalidState("This card is not frozen."),
    (S.DEPLETED, Op.UNFREEZE): InvalidState("This card is not frozen."),
    (S.EXPIRED, Op.UNFREEZE): InvalidState("This card is not frozen."),
    (S.INACTIVE, Op.UNFREEZE): InvalidState("This card is not frozen."),
    (S.FROZEN, Op.FREEZE): InvalidState("This card is already frozen."),
    (S.DEPLETED, Op.SPEND): CardDepleted("This card has no balance left."),
    (S.DEPLETED, Op.TRANSFER): InvalidState("This card has no balance to move to a new card."),
    (S.DEPLETED, Op.CASHOUT): CardDepleted("This card has no balance left."),
}


def refusal(state: Status, op: Op) -> InvalidState:
    """Why ``op`` is refused for a card in ``state`` (a fresh exception to raise)."""
    template = _OTHER_REFUSAL.get((state, op)) or _STATE_REFUSAL.get(state)
    if template is None:
        return InvalidState("A {status} card cannot be given a {op}.", status=state, op=op)
    return type(template)(template.template, **template.params)


def effective_status(status: Status, expires_at: datetime | None, now: datetime) -> Status:
    """An active or depleted card past its expiry is expired even before the expiry job."""
    if status in (S.ACTIVE, S.DEPLETED) and expires_at is not None and expires_at <= now:
        return S.EXPIRED
    return status


def last_day(expires_at: datetime, zone: tzinfo | None = None) -> date:
    """The last day a card that expires at ``expires_at`` may be used, in ``zone`` (local
    time when None): the day that moment falls in, or the one before when it is midnight
    (a card extended "until 31 March" expires as 1 April begins)."""
    return (expires_at.astimezone(zone) - timedelta(microseconds=1)).date()


def status_for_balance(balance_minor: int) -> Status:
    return S.ACTIVE if balance_minor > 0 else S.DEPLETED
