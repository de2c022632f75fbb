"""Undoing sales: void (everything back at once) and refund (all or part, proportionally)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, LedgerEntry, Sale
from posapp.domain.allocation import split_proportionally
from posapp.domain.card import Card
from posapp.domain.errors import InvalidAmount, InvalidInput, InvalidState, NotAllowed
from posapp.domain.lifecycle import Kind, LineKind, SaleState, Status, TenderKind
from posapp.money import Money
from posapp.services.accounting import ledger
from posapp.services.cards import lookup
from posapp.services.cards.care import credit_refund
from posapp.services.checkout import holds
from posapp.services.checkout.sale_parts import (
    card_share,
    card_tenders,
    kept,
    load_sale,
    sale_result,
)
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import SaleResult
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings


def _take_back_card_line(
    session: Session,
    ctx: Context,
    actor: Actor,
    sale: Sale,
    line: Any,
    st: Settings,
    *,
    key: str,
    why: str,
) -> None:
    """A sold card is voided and a reload taken back, if the value is still on the card.

    What is taken back is what the sale put on the card, in the card's currency (a
    reload paid in another currency was converted when it was posted).
    """
    card = lookup.lock_card(session, line.card_id)
    posted = _posted(session, sale, card.id, (Kind.ISSUE, Kind.RELOAD))
    if card.balance_minor < posted or card.status == Status.VOIDED:
        raise InvalidState(
            "The card ending {last4} has been used since: the sale cannot be voided.",
            last4=card.code_last4,
        )
    now = ctx.now()
    model = Card(card, now)
    whole = line.kind == LineKind.GIFT_CARD and card.balance_minor == posted
    change = (
        model.void()
        if whole
        else model.adjust(
            -posted,
            ledger.ceiling(st, card.currency),
            held=holds.pending_total(session, card.id, now),
        )
    )
    ledger.post(
        session,
        ctx,
        actor,
        card,
        change,
        key=key,
        note=why,
        sale_id=sale.id,
        reference=sale.receipt_number,
    )
    if whole:
        # After the entry, which reads the clock itself: no entry is after the void.
        card.voided_by, card.voided_at, card.voided_reason = actor.staff_id, ctx.now(), why


def _posted(session: Session, sale: Sale, card_id: uuid.UUID, kinds: tuple[Kind, ...]) -> int:
    """What the sale's entries of ``kinds`` moved on a card, in the card's currency."""
    total = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount_minor), 0)).where(
            LedgerEntry.sale_id == sale.id,
            LedgerEntry.card_id == card_id,
            LedgerEntry.kind.in_([k.value for k in kinds]),
        )
    )
    return int(total or 0)


def _successor(session: Session, card: GiftCard) -> GiftCard:
    """The card that now holds ``card``'s value: a replacement-strategy card closed by a
    partial redemption or a transfer passed its balance to a new code, and so does a share
    given back to it."""
    seen = {card.id}
    while card.status == Status.VOIDED and card.replaced_by is not None:
        card = lookup.lock_card(session, card.replaced_by)
        if card.id in seen:
            break
        seen.add(card.id)
    return card


def void_sale(
    session: Session, ctx: Context, actor: Actor, cmd: c.VoidSale, key: str
) -> SaleResult:
    """A manager voids a completed sale: cards that paid get their amounts back at once,
    cards it sold are voided (reloads taken back), and cash is returned."""
    why = (cmd.reason or "").strip()
    if not why:
        raise InvalidInput("A reason is required to void a sale.")
    st = settings.current(session, ctx, actor.store_id)
    sale = load_sale(session, actor, cmd.sale_id, lock=True)
    if sale.state != SaleState.COMPLETED or sale.refunded_minor:
        raise InvalidState(
            "Only a completed sale with no refunds can be voided; this one is {sale_state}.",
            sale_state=SaleState(sale.state),
        )
    note = f"sale {sale.receipt_number} voided: {why}"
    for n, line in enumerate(
        sorted((x for x in sale.lines if x.card_id), key=lambda x: str(x.card_id)), 1
    ):
        _take_back_card_line(session, ctx, actor, sale, line, st, key=f"{key}/l{n}", why=note)
    for n, tender in enumerate(sorted(card_tenders(sale), key=lambda t: str(t.card_id)), 1):
        _return_to_card(
            session,
            ctx,
            actor,
            sale,
            tender,
            card_share(tender),
            st,
            f"{key}/t{n}",
            note,
        )
    for tender in sale.tenders:  # cards above, cash and other tenders from the drawer
        tender.refunded_minor = kept(sale, tender)
    sale.state = SaleState.VOIDED.value
    sale.closed_by, sale.closed_reason = actor.staff_id, why
    session.flush()
    return sale_result(session, sale)


def _return_to_card(
    session: Session,
    ctx: Context,
    actor: Actor,
    sale: Sale,
    tender: Any,
    card_minor: int,
    st: Settings,
    key: str,
    note: str,
) -> None:
    card = _successor(session, lookup.lock_card(session, tender.card_id))
    if card.status == Status.VOIDED:
        raise InvalidState(
            "The card ending {last4} was voided since: refund that share another way.",
            last4=card.code_last4,
        )
    credit_refund(
        session,
        ctx,
        actor,
        card,
        Money(card_minor, card.currency),
        st,
        key=key,
        reference=sale.receipt_number,
        sale_id=sale.id,
    )


def _refunded(session: Session, sale: Sale, tender: Any) -> int:
    """What earlier refunds of ``sale`` gave back for ``tender`` (on its card or the card
    that replaced it), in the card's currency."""
    total = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount_minor), 0)).where(
            LedgerEntry.sale_id == sale.id,
            LedgerEntry.kind == Kind.REFUND.value,
            LedgerEntry.card_id.in_(_chain(session, tender.card_id)),
        )
    )
    return int(total or 0)


def _chain(session: Session, card_id: uuid.UUID) -> list[uuid.UUID]:
    """A card and every card that replaced it, in order."""
    ids = [card_id]
    nxt = session.scalar(select(GiftCard.replaced_by).where(GiftCard.id == card_id))
    while nxt is not None and nxt not in ids:
        ids.append(nxt)
        nxt = session.scalar(select(GiftCard.replaced_by).where(GiftCard.id == nxt))
    return ids


def refund_sale(
    session: Session, ctx: Context, actor: Actor, cmd: c.RefundSale, key: str
) -> SaleResult:
    """A manager refunds a completed goods sale, all of it or ``cmd.amount``.

    Each tender gets back its share (proportional for a partial refund, exact
    to the minor unit); gift card shares go back onto their cards, extending
    expiry where due. Sales of gift cards are undone by :func:`void_sale`.
    """
    st = settings.current(session, ctx, actor.store_id)
    sale = load_sale(session, actor, cmd.sale_id, lock=True)
    if sale.state != SaleState.COMPLETED:
        raise InvalidState(
            "This sale is {sale_state}: only completed sales are refunded.",
            sale_state=SaleState(sale.state),
        )
    if any(line.card_id for line in sale.lines):
        raise NotAllowed("A sale of gift cards is undone by voiding it, not by a refund.")
    left = sale.total_minor - sale.refunded_minor
    money = cmd.amount or Money(left, sale.currency)
    if money.currency != sale.currency or money.minor <= 0 or money.minor > left:
        raise InvalidAmount(
            "At most {amount} can be refunded.",
            amount=Money(left, sale.currency).amount_str(),
        )
    remaining = [max(0, kept(sale, t) - t.refunded_minor) for t in sale.tenders]
    shares = split_proportionally(money.minor, remaining)
    note = f"refund of sale {sale.receipt_number}"
    for n, (tender, share) in enumerate(zip(sale.tenders, shares, strict=True), 1):
        if share <= 0:
            continue
        if tender.kind == TenderKind.GIFT_CARD:
            # Each refund gives back the card's share of the sale-currency amount refunded so
            # far, less what earlier refunds gave: the last one takes the remainder, and
            # the shares add up to exactly what the card paid.
            due = card_share(tender) * (tender.refunded_minor + share) // tender.amount_minor
            card_minor = due - _refunded(session, sale, tender)
            if card_minor > 0:  # a share worth less than the card's minor unit waits
                _return_to_card(
                    session, ctx, actor, sale, tender, card_minor, st, f"{key}/{n}", note
                )
        tender.refunded_minor += share
    sale.refunded_minor += money.minor
    if sale.refunded_minor == sale.total_minor:
        sale.state = SaleState.REFUNDED.value
    session.flush()
    return sale_result(session, sale)
