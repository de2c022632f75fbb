"""A manager's action on many cards at once (freeze, unfreeze, void, resend the e-mail,
extend the expiry).

The bulk action is one audited back-office action (one ``bulk_action`` event naming the
action, the number of cards and the filter or list they came from), but each card is
changed by its own command through :func:`posapp.services.command_path.bus.dispatch`, in
its own unit of work, so every rule that guards a single card guards each of them. Each
card's command carries the idempotency key ``bulk/<bulk id>/<card id>``: running the same
bulk action again (after a crash, a cancel, or by mistake) changes no card twice. A card
the rules refuse is listed with its masked code and the reason; the others go ahead.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from posapp.domain.errors import CardNotFound, InvalidInput, Phrase, PosError
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.cards import queries
from posapp.services.cards.care import require_text
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context

#: Called with (cards handled, cards in all); returning False stops before the next card.
Progress = Callable[[int, int], bool | None]

MAX_CARDS = 100_000


class Action(StrEnum):
    FREEZE = "freeze"
    UNFREEZE = "unfreeze"
    VOID = "void"
    RESEND = "resend"
    EXTEND = "extend"


_PERMISSION = {
    Action.FREEZE: Permission.FREEZE,
    Action.UNFREEZE: Permission.FREEZE,
    Action.VOID: Permission.VOID,
    Action.RESEND: Permission.REPRINT,
    Action.EXTEND: Permission.EXTEND_EXPIRY,
}
_NEEDS_REASON = {Action.FREEZE, Action.VOID}


def action_of(text: str) -> Action:
    try:
        return Action(text.strip().lower())
    except ValueError as exc:
        raise InvalidInput(
            "Unknown bulk action {action!r}; use one of {options}.",
            action=text, options=", ".join(a.value for a in Action),
        ) from exc


@dataclass(frozen=True)
class Refusal:
    """A card the rules refused, by its masked code, and the refusal (the app translates it)."""

    card_id: uuid.UUID
    masked_code: str
    error: PosError

    @property
    def code(self) -> str:
        return self.error.code.value

    @property
    def reason(self) -> str:
        return self.error.message

    def to_dict(self) -> dict[str, Any]:
        return {"card_id": str(self.card_id), "masked_code": self.masked_code,
                "code": self.code, "reason": self.reason}


@dataclass(frozen=True)
class BulkResult:
    bulk_id: str
    action: Action
    total: int
    done: int
    refused: list[Refusal] = field(default_factory=list)
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "bulk_id": self.bulk_id, "action": self.action.value, "total": self.total,
            "done": self.done, "refused": [r.to_dict() for r in self.refused],
            "cancelled": self.cancelled,
        }


def _command(
    action: Action, card_id: uuid.UUID, reason: str | None, until: date | None, key: str
) -> c.Command:
    ref = CardRef(card_id=card_id)
    if action is Action.FREEZE:
        return c.FreezeCard(ref, reason or "", key)
    if action is Action.UNFREEZE:
        return c.UnfreezeCard(ref, key)
    if action is Action.VOID:
        return c.VoidCard(ref, reason or "", key)
    if action is Action.EXTEND:
        assert until is not None  # run_bulk refuses an extension without a date
        return c.ExtendExpiry(ref, until, key)
    return c.ResendEmail(ref, key=key)


def check_bulk_id(text: str) -> str:
    """A bulk action's id: a UUID (the app and the CLI make one; a re-run names it)."""
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError as exc:
        raise InvalidInput("{text!r} is not a bulk action id (a UUID).", text=text) from exc


def run_bulk(
    ctx: Context,
    actor: Actor,
    action: Action,
    card_ids: Sequence[uuid.UUID],
    *,
    reason: str | None = None,
    until: date | None = None,
    bulk_id: str | None = None,
    source: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> BulkResult:
    """Apply ``action`` to each of ``card_ids``, one command (one unit of work) per card.

    ``until`` is the last day the cards are usable, for an extension (and only for one).
    ``source`` says where the cards came from (the filter, or a file of ids), for the
    audit event. A cancel through ``progress`` leaves the cards done so far done and the
    rest untouched; running again with the same ``bulk_id`` finishes the rest.
    """
    actor.require(Permission.LIST_CARDS)
    actor.require(_PERMISSION[action])
    why = require_text(reason, Phrase("reason")) if action in _NEEDS_REASON else None
    if (until is not None) != (action is Action.EXTEND):
        raise InvalidInput("A new expiry date goes with an extension, and only with one.")
    ident = check_bulk_id(bulk_id) if bulk_id else str(uuid.uuid4())
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        raise InvalidInput("No cards are selected.")
    if len(ids) > MAX_CARDS:
        raise InvalidInput("A bulk action takes {most:,} cards at most.", most=MAX_CARDS)
    masks = queries.masked_codes(ctx, actor, ids)
    audit.record_apart(ctx, actor, "bulk_action", {
        "bulk_id": ident, "action": action.value, "count": len(ids),
        "reason": why, "source": source or {},
        **({"until": until.isoformat()} if until else {}),
    })
    done = 0
    refused: list[Refusal] = []
    for n, card_id in enumerate(ids):
        if progress is not None and progress(n, len(ids)) is False:
            return BulkResult(ident, action, len(ids), done, refused, cancelled=True)
        if card_id not in masks:
            # Not dispatched: a look-up that finds nothing counts against the terminal.
            refused.append(Refusal(card_id, "?", CardNotFound("There is no such card.")))
            continue
        key = f"bulk/{ident}/{card_id}"
        try:
            bus.dispatch(ctx, actor, _command(action, card_id, why, until, key))
        except PosError as exc:
            refused.append(Refusal(card_id, masks[card_id], exc))
            continue
        done += 1
    if progress is not None:
        progress(len(ids), len(ids))
    return BulkResult(ident, action, len(ids), done, refused)
