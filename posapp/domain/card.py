"""The gift card model: every rule about what a card may do.

A :class:`Card` wraps anything shaped like a card row (:class:`CardRecord`; the
database row is one, a test's plain object is another) and offers one method per
operation. Each method checks its rules and returns a :class:`Change`: the
ledger kind, the signed amount and the state the card moves to. Nothing is
changed until the change is applied: the ledger posts the amount (it is the
only writer of balances) and :meth:`Change.apply` moves the status, which
nothing outside this module ever sets.

Every (state, operation) pair is either in the transition table
(:mod:`posapp.domain.transitions`) or refused there in words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from posapp.domain.errors import (
    InsufficientFunds,
    InvalidAmount,
    InvalidInput,
    InvalidState,
    NotAllowed,
    WrongLocation,
)
from posapp.domain.lifecycle import Kind, Status
from posapp.domain.transitions import (
    LONGEST_LIFETIME,
    TRANSITIONS,
    Op,
    S,
    effective_status,
    last_day,
    refusal,
    status_for_balance,
)
from posapp.money import Money


def payable_goods(allowed: list[str], lines: list[tuple[str | None, int]]) -> int | None:
    """How much of a sale's goods a card restricted to ``allowed`` categories may pay
    (``lines`` are (category, amount)); None when the card is not restricted."""
    if not allowed:
        return None
    wanted = {c.strip().lower() for c in allowed}
    total = sum(amount for category, amount in lines if (category or "").strip().lower() in wanted)
    if total <= 0:
        raise NotAllowed("This card pays only for: {categories}.", categories=", ".join(allowed))
    return total


def check_ceiling(balance_after: int, ceiling: Money) -> None:
    """The one maximum-value rule: no card holds more than the store's maximum."""
    if balance_after > ceiling.minor:
        raise InvalidAmount(
            "A card may hold at most {amount} {currency}.",
            amount=ceiling.amount_str(), currency=ceiling.currency,
        )


class CardRecord(Protocol):
    """What the model reads and moves: the database row satisfies it."""

    status: str
    balance_minor: int
    currency: str
    expires_at: datetime | None
    scope: str
    scope_locations: list[str]
    issuing_location_id: uuid.UUID
    strategy: str


@dataclass(frozen=True)
class Place:
    """Where a card is presented: the store's id and code."""

    location_id: uuid.UUID | None
    location_code: str


@dataclass(frozen=True)
class Change:
    """What an operation does to a card: post ``amount`` as ``kind``, then be ``after``."""

    op: Op
    kind: Kind | None
    amount: int
    before: Status
    after: Status
    expires_at: datetime | None = None
    extended: bool = False

    def apply(self, record: CardRecord) -> None:
        """Move the card to its new state (the balance is the ledger's to write)."""
        record.status = self.after.value
        if self.extended:
            record.expires_at = self.expires_at


class Card:
    """One card's rules at a moment ``now``."""

    def __init__(self, record: CardRecord, now: datetime) -> None:
        self.record = record
        self.now = now

    @property
    def stored(self) -> Status:
        return Status(self.record.status)

    @property
    def state(self) -> Status:
        return effective_status(self.stored, self.record.expires_at, self.now)

    @property
    def balance(self) -> int:
        return self.record.balance_minor

    def _money(self, minor: int) -> str:
        return f"{Money(max(0, minor), self.record.currency).amount_str()} {self.record.currency}"

    def _require(self, op: Op) -> None:
        """Refuse ``op`` at once when the card's state does not allow it, before any
        amount is looked at: a voided card is voided whatever the amount."""
        if (self.state, op) not in TRANSITIONS:
            raise refusal(self.state, op)

    def _move(
        self,
        op: Op,
        kind: Kind | None,
        amount: int,
        after: Status,
        *,
        expires_at: datetime | None = None,
        extended: bool = False,
    ) -> Change:
        # The expiry job moves cards whose date has passed: it starts from the stored state.
        state = self.stored if op is Op.EXPIRE else self.state
        allowed = TRANSITIONS.get((state, op))
        if allowed is None:
            raise refusal(state, op)
        if after not in allowed:
            raise InvalidState(
                "A {status} card cannot become {new_status} by {op}.",
                status=state, new_status=after, op=op,
            )
        if self.balance + amount < 0:
            raise InsufficientFunds(
                "The card holds only {balance}.",
                balance=self._money(self.balance),
            )
        # A change that keeps the card where it is keeps its stored state: a card past its
        # expiry is moved to expired by the expiry job, with its entry, not by a correction.
        stored = self.stored if after is state else after
        return Change(op, kind, amount, self.stored, stored, expires_at, extended)

    def check_can_pay(self, place: Place) -> None:
        """The one "can this card pay here?" rule: its state allows spending and its scope
        includes ``place``."""
        state = self.state
        if (state, Op.SPEND) not in TRANSITIONS:
            raise refusal(state, Op.SPEND)
        rec = self.record
        if rec.scope == "issuing" and rec.issuing_location_id != place.location_id:
            raise WrongLocation("This card can only be used in the store that sold it.")
        if rec.scope == "list" and place.location_code not in rec.scope_locations:
            raise WrongLocation(
                "This card can be used only in: {stores}.",
                stores=", ".join(rec.scope_locations),
            )

    def spend(self, amount: int, *, held: int, place: Place) -> Change:
        """Take ``amount`` (card currency) off; ``held`` is reserved by other open sales."""
        self.check_can_pay(place)
        if amount <= 0:
            raise InsufficientFunds("That amount is worth nothing in the card's currency.")
        self.check_available(self.balance, amount, held)
        return self._move(Op.SPEND, Kind.REDEEM, -amount, status_for_balance(self.balance - amount))

    def check_available(self, balance: int, amount: int, held: int) -> None:
        """``amount`` may come off ``balance`` only if it leaves what open sales hold
        (``held``) covered. Also asked after a write that read the holds itself."""
        if amount > balance - held:
            raise InsufficientFunds(
                "The card has only {available} available.", available=self._money(balance - held)
            )

    def activate(self, amount: int, ceiling: Money, *, face_value: int | None = None) -> Change:
        self._require(Op.ACTIVATE)
        if self.state is S.INACTIVE:
            if face_value is not None and amount != face_value:
                raise InvalidAmount("This card has a face value: activate it with that amount.")
            self._positive(amount)
            check_ceiling(amount, ceiling)
        return self._move(Op.ACTIVATE, Kind.ISSUE, amount, S.ACTIVE)

    def receive(self, amount: int) -> Change:
        """A new card takes over the balance of the card it replaces (already within the
        maximum value, so not checked again)."""
        self._require(Op.ACTIVATE)
        self._positive(amount)
        return self._move(Op.ACTIVATE, Kind.TRANSFER_IN, amount, S.ACTIVE)

    def load(self, amount: int, ceiling: Money) -> Change:
        self._require(Op.LOAD)
        self._positive(amount)
        change = self._move(Op.LOAD, Kind.RELOAD, amount, S.ACTIVE)
        check_ceiling(self.balance + amount, ceiling)
        return change

    def refund(self, amount: int, ceiling: Money, *, extension: timedelta) -> Change:
        """Give value back; an expired card, or one expiring within ``extension``, has its
        expiry moved to now + extension and is usable again."""
        self._require(Op.REFUND)
        self._positive(amount)
        expires = self.record.expires_at
        extend = bool(extension) and expires is not None and expires < self.now + extension
        new_expiry = self.now + extension if extend else expires
        state = self.state
        if state is S.FROZEN:
            after = S.FROZEN
        elif new_expiry is not None and new_expiry <= self.now:
            after = S.EXPIRED
        else:
            after = S.ACTIVE
        change = self._move(
            Op.REFUND, Kind.REFUND, amount, after, expires_at=new_expiry, extended=extend
        )
        check_ceiling(self.balance + amount, ceiling)
        return change

    def adjust(self, amount: int, ceiling: Money, *, held: int) -> Change:
        """A manager's correction up or down; never below what open sales hold."""
        self._require(Op.ADJUST)
        if amount == 0:
            raise InvalidAmount("The amount must not be zero.")
        state = self.state
        if amount > 0:
            check_ceiling(self.balance + amount, ceiling)
        elif -amount > self.balance:
            raise InsufficientFunds(
                "The card holds only {balance}.",
                balance=self._money(self.balance),
            )
        elif -amount > self.balance - held:
            raise InsufficientFunds(
                "Pending holds of open sales reserve part of this balance: "
                "it cannot go below what they hold."
            )
        kept = state in (S.EXPIRED, S.FROZEN)
        after = state if kept else status_for_balance(self.balance + amount)
        return self._move(Op.ADJUST, Kind.ADJUST, amount, after)

    def freeze(self) -> Change:
        return self._move(Op.FREEZE, None, 0, S.FROZEN)

    def unfreeze(self) -> Change:
        """Back to what the balance says; a card whose date passed while it was frozen is
        expired, with the ``expire`` entry the daily job would have written."""
        after = effective_status(status_for_balance(self.balance), self.record.expires_at, self.now)
        return self._move(Op.UNFREEZE, Kind.EXPIRE if after is S.EXPIRED else None, 0, after)

    def extend(self, until: datetime) -> Change:
        """A manager moves the expiry to ``until``: later than now and than the current
        expiry, within :data:`LONGEST_LIFETIME`; a card that never expires keeps "never".
        An expired card is usable again with its balance; when the expiry job had put it
        out (stored ``expired``, with its ``expire`` entry) a ``reinstate`` entry of amount 0
        says that its balance is owed again."""
        self._require(Op.EXTEND)
        expires = self.record.expires_at
        if expires is None:
            raise InvalidState("This card never expires: there is no expiry to extend.")
        if until <= self.now:
            raise InvalidInput("The new expiry must be in the future.")
        if until <= expires:
            raise InvalidInput(
                "The card already runs until {current}: the new expiry must be later.",
                current=_last_day(expires, until),
            )
        if until > self.now + LONGEST_LIFETIME:
            raise InvalidInput(
                "An expiry can be moved to {latest} at the latest.",
                latest=_last_day(self.now + LONGEST_LIFETIME, until),
            )
        state = self.state
        after = status_for_balance(self.balance) if state is S.EXPIRED else state
        kind = Kind.REINSTATE if self.stored is S.EXPIRED else None
        return self._move(Op.EXTEND, kind, 0, after, expires_at=until, extended=True)

    def void(self) -> Change:
        return self._move(Op.VOID, Kind.VOID, -self.balance, S.VOIDED)

    def expire(self) -> Change:
        """The expiry job's move: only a card whose expiry has passed."""
        expires = self.record.expires_at
        if (self.stored, Op.EXPIRE) in TRANSITIONS and (expires is None or expires > self.now):
            raise InvalidState("This card has not reached its expiry date.")
        return self._move(Op.EXPIRE, Kind.EXPIRE, 0, S.EXPIRED)

    def transfer(self, *, held: int) -> Change:
        """Close the card, moving its whole balance out (to a new card)."""
        self._require(Op.TRANSFER)
        if held and (self.state, Op.TRANSFER) in TRANSITIONS:
            raise InvalidState("An open sale holds part of this card: finish or cancel it first.")
        return self._move(Op.TRANSFER, Kind.TRANSFER_OUT, -self.balance, S.VOIDED)

    def cashout(self, threshold: int, *, held: int, place: Place) -> Change:
        """Pay the whole remainder out in cash: only a remainder under ``threshold`` (card
        currency; 0 means cash-out is off), at a store the card may be used in, and with no
        open sale holding part of it."""
        self._require(Op.CASHOUT)
        self.check_can_pay(place)
        if threshold <= 0:
            raise NotAllowed("Cash-out is off in this store for {currency} cards.",
                             currency=self.record.currency)
        if self.balance >= threshold:
            raise NotAllowed(
                "Only a remainder under {threshold} is paid out in cash; this card holds "
                "{balance}.",
                threshold=self._money(threshold), balance=self._money(self.balance),
            )
        if held:
            raise InvalidState("An open sale holds part of this card: finish or cancel it first.")
        return self._move(Op.CASHOUT, Kind.CASHOUT, -self.balance, S.DEPLETED)

    @staticmethod
    def _positive(amount: int) -> None:
        if amount <= 0:
            raise InvalidAmount("The amount must be above zero.")


def _last_day(expires: datetime, like: datetime) -> str:
    """The last day a card expiring at ``expires`` is usable, in the time zone of ``like``
    (the store's, in which a manager names days)."""
    return last_day(expires, like.tzinfo).isoformat()
