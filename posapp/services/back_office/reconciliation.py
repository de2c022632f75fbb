"""The reconciliation queue: what tills took offline that the central database could not honour.

A till that took a redemption offline replays it as
:class:`~posapp.services.command_path.commands.SettleOfflineRedemption`: in one transaction the
card pays what it still has available (never below zero, never past its state or
scope) and the rest, the shortfall, becomes a queue item naming the sale, card,
cashier, terminal and amounts. An operation refused outright on replay becomes an
item too (:class:`~posapp.services.command_path.commands.ReportOfflineRefusal`). Both run through
the command path with the till's idempotency key, so a replay records them once.
Managers list the queue and resolve each item with a note (audited).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import GiftCard, ReconciliationItem, Sale, Staff, Terminal
from posapp.domain.card import Card
from posapp.domain.errors import InvalidInput, InvalidState, NotAllowed, NotFound, PosError
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import audit
from posapp.services.back_office import offline_limits
from posapp.services.checkout import holds, spending
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings


@dataclass(frozen=True)
class Settled:
    """What a replayed offline operation got: ``taken`` of ``asked``; ``item`` holds the rest."""

    asked: Money | None
    taken: Money | None
    shortfall: Money | None
    item_id: uuid.UUID | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "asked": _text(self.asked),
            "taken": _text(self.taken),
            "shortfall": _text(self.shortfall),
            "currency": self.asked.currency if self.asked else None,
            "item_id": str(self.item_id) if self.item_id else None,
            "reason": self.reason,
        }

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Settled:
        cur = data["currency"]

        def money(name: str) -> Money | None:
            return None if data[name] is None else Money.parse(data[name], cur)

        item = data["item_id"]
        return cls(
            money("asked"),
            money("taken"),
            money("shortfall"),
            uuid.UUID(item) if item else None,
            data["reason"],
        )


def _text(value: Money | None) -> str | None:
    return value.amount_str() if value is not None else None


def _item(
    session: Session,
    ctx: Context,
    actor: Actor,
    *,
    key: str,
    kind: str,
    command: str,
    cashier: str,
    taken_at: datetime,
    asked: Money | None,
    taken_minor: int,
    card_id: uuid.UUID | None,
    reference: str | None,
    reason: str,
    sale_id: uuid.UUID | None = None,
) -> uuid.UUID:
    item = ReconciliationItem(
        id=uuid.uuid4(),
        operation_key=key,
        kind=kind,
        command=command,
        location_id=actor.store_id,
        terminal_id=actor.terminal_id,
        staff_id=actor.staff_id,
        cashier=cashier,
        card_id=card_id,
        sale_id=sale_id,
        reference=reference,
        currency=asked.currency if asked else actor.currency,
        asked_minor=asked.minor if asked else 0,
        taken_minor=taken_minor,
        shortfall_minor=(asked.minor if asked else 0) - taken_minor,
        reason=reason,
        terminal_time=taken_at,
        created_at=ctx.now(),
    )
    session.add(item)
    audit.record(session, ctx, actor, f"reconciliation_{kind}", {"item": str(item.id)},
                 card_id=card_id)
    return item.id


def _take(
    session: Session, ctx: Context, actor: Actor, st: settings.Settings, card: GiftCard,
    cmd: c.SettleOfflineRedemption, key: str, allowed: int,
) -> tuple[int, str]:
    """Take up to ``allowed`` from the locked ``card``: what was taken, and why not all."""
    asked = cmd.amount
    if card.currency != asked.currency:
        return 0, f"The card is in {card.currency}, the offline redemption in {asked.currency}."
    now = ctx.now()
    try:
        model = Card(card, now)
        model.check_can_pay(actor.place)
        held = holds.pending_total(session, card.id, now)
        taken = max(0, min(allowed, model.balance - held))
        if taken:
            change = model.spend(taken, held=held, place=actor.place)
            spending.take(session, ctx, actor, card, change, st, key=key,
                          reference=cmd.reference)
            offline_limits.record(session, now, actor.terminal_id, cmd, taken)
    except PosError as refused:
        return 0, refused.message
    if taken < allowed:
        return taken, (f"The card had only {Money(taken, asked.currency)} available when the "
                       "till's offline redemption reached the service.")
    return taken, ""


def settle(
    session: Session, ctx: Context, actor: Actor, cmd: c.SettleOfflineRedemption, key: str
) -> Settled:
    """Take what the card still has, up to the amount the till took offline; queue the rest."""
    st = settings.current(session, ctx, actor.store_id)
    asked, taken, reason = cmd.amount, 0, ""
    # The card is named by id, not by its code: only what the store allows a till to take
    # offline may be taken this way, so a till's session cannot drain a card it never saw.
    if not st.offline_redemption or actor.terminal_id is None:
        raise NotAllowed("This store does not take gift cards offline.")
    now = ctx.now()
    allowed, reason = offline_limits.room(session, now, actor.terminal_id, st, cmd)
    card = session.scalar(select(GiftCard).where(GiftCard.id == cmd.card_id).with_for_update())
    if card is None:
        reason = "The card does not exist in the central database."
    elif allowed:
        # Outside the store's offline policy nothing is taken: the whole amount is queued.
        taken, shorter = _take(session, ctx, actor, st, card, cmd, key, allowed)
        reason = shorter or reason
    item = None
    if taken < asked.minor:
        item = _item(
            session, ctx, actor, key=key, kind="shortfall", command=cmd.name,
            cashier=cmd.cashier, taken_at=cmd.taken_at, asked=asked, taken_minor=taken,
            card_id=card.id if card else None, reference=cmd.reference, reason=reason,
        )
    got = Money(taken, asked.currency)
    return Settled(asked, got, asked - got, item, reason)


def report_refusal(
    session: Session, ctx: Context, actor: Actor, cmd: c.ReportOfflineRefusal, key: str
) -> Settled:
    """Queue an offline operation the service refused on replay, whole; unless its first send
    had been applied after all, which closing its key finds out."""
    from posapp.services.command_path import bus

    if not bus.close_key(session, ctx, actor, cmd.operation_key, cmd.command):
        applied = "It reached the service after all and was applied once."
        return Settled(cmd.amount, cmd.amount, None, None, applied)
    # Named only when they exist here: an operation refused on replay may have made neither.
    card = session.get(GiftCard, cmd.card_id) if cmd.card_id else None
    sale = session.get(Sale, cmd.sale_id) if cmd.sale_id else None
    item = _item(
        session, ctx, actor, key=key, kind="refused", command=cmd.command, cashier=cmd.cashier,
        taken_at=cmd.taken_at, asked=cmd.amount, taken_minor=0,
        card_id=card.id if card else None, reference=cmd.reference, reason=cmd.reason,
        sale_id=sale.id if sale and sale.location_id == actor.store_id else None,
    )
    return Settled(cmd.amount, None, cmd.amount, item, cmd.reason)


@dataclass(frozen=True)
class ItemView:
    id: uuid.UUID
    kind: str
    command: str
    terminal: str | None
    cashier: str
    card_id: uuid.UUID | None
    receipt_number: str | None
    reference: str | None
    asked: Money
    taken: Money
    shortfall: Money
    reason: str
    terminal_time: datetime | None
    created_at: datetime
    resolved_by: str | None
    resolved_at: datetime | None
    note: str | None
    #: The card as a receipt shows it (its code masked), when the item names a card.
    card_masked: str | None = None

    def to_dict(self) -> dict[str, Any]:
        when = self.terminal_time.isoformat() if self.terminal_time else None
        return {
            "id": str(self.id),
            "kind": self.kind,
            "command": self.command,
            "terminal": self.terminal,
            "cashier": self.cashier,
            "card_id": str(self.card_id) if self.card_id else None,
            "card_masked": self.card_masked,
            "receipt_number": self.receipt_number,
            "reference": self.reference,
            "currency": self.asked.currency,
            "asked": self.asked.amount_str(),
            "taken": self.taken.amount_str(),
            "shortfall": self.shortfall.amount_str(),
            "reason": self.reason,
            "terminal_time": when,
            "created_at": self.created_at.isoformat(),
            "resolved_by": self.resolved_by,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "note": self.note,
        }


def _view(session: Session, item: ReconciliationItem) -> ItemView:
    terminal = session.get(Terminal, item.terminal_id) if item.terminal_id else None
    resolver = session.get(Staff, item.resolved_by) if item.resolved_by else None
    sale = session.get(Sale, item.sale_id) if item.sale_id else None
    card = session.get(GiftCard, item.card_id) if item.card_id else None
    return ItemView(
        item.id, item.kind, item.command, terminal.name if terminal else None, item.cashier,
        item.card_id, sale.receipt_number if sale else None, item.reference,
        Money(item.asked_minor, item.currency),
        Money(item.taken_minor, item.currency), Money(item.shortfall_minor, item.currency),
        item.reason, item.terminal_time, item.created_at,
        resolver.name if resolver else None, item.resolved_at, item.resolution_note,
        codes.mask(card.code_last4, prefix=card.code_prefix or None) if card else None,
    )


def list_items(ctx: Context, actor: Actor, *, open_only: bool = True) -> list[ItemView]:
    """This store's queue, oldest first (only what is not resolved, unless asked)."""
    actor.require(Permission.ADJUST)

    def work(session: Session) -> list[ItemView]:
        query = select(ReconciliationItem).where(
            ReconciliationItem.location_id == actor.store_id
        )
        if open_only:
            query = query.where(ReconciliationItem.resolved_at.is_(None))
        rows = session.scalars(query.order_by(ReconciliationItem.created_at))
        return [_view(session, row) for row in rows]

    return run(ctx, actor, work, readonly=True)


def resolve(ctx: Context, actor: Actor, item_id: str, note: str) -> ItemView:
    """Close an item with a manager's note of what was done about it (audited, once)."""
    actor.require(Permission.ADJUST)
    text = note.strip() if isinstance(note, str) else ""
    if not text or len(text) > 1000 or not text.isprintable():
        raise InvalidInput("Say what was done about it: a note of 1-1000 printable characters.")
    try:
        wanted = uuid.UUID(str(item_id))
    except ValueError:
        raise NotFound("There is no reconciliation item {item!r}.", item=item_id) from None

    def work(session: Session) -> ItemView:
        item = session.scalar(
            select(ReconciliationItem)
            .where(ReconciliationItem.id == wanted,
                   ReconciliationItem.location_id == actor.store_id)
            .with_for_update()
        )
        if item is None:
            raise NotFound(
                "There is no reconciliation item {item!r} at this store.", item=item_id
            )
        if item.resolved_at is not None:
            raise InvalidState("That item was already resolved.")
        item.resolved_by, item.resolved_at, item.resolution_note = actor.staff_id, ctx.now(), text
        audit.record(session, ctx, actor, "reconciliation_resolved",
                     {"item": str(item.id), "note": text}, card_id=item.card_id)
        session.flush()
        return _view(session, item)

    return run(ctx, actor, work)
