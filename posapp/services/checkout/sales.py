"""Sales paid with gift cards: open, scan cards (holds), complete with other tenders, cancel.

The one-shot :func:`pay` (the CLI's ``sale pay``) runs the same steps in a
single transaction. Each card applies ``min(available, due)``; when cards
cover the total the sale completes with no other tender; cash may give
change, other tenders may not exceed what is due.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import Hold, Sale, SaleLine, SaleTender
from posapp.domain.card import Card, payable_goods
from posapp.domain.errors import (
    AlreadyInSale,
    InvalidAmount,
    InvalidInput,
    InvalidState,
    NotAllowed,
    NotFound,
    PaymentShort,
)
from posapp.domain.lifecycle import LineKind, SaleState, TenderKind
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import ledger
from posapp.services.back_office.admin import current_rate
from posapp.services.cards import lookup
from posapp.services.checkout import holds
from posapp.services.checkout.sale_parts import (
    GoodsLine,
    Payment,
    card_tenders,
    load_sale,
    new_sale,
    paid_by_cards,
    receipt_spellings,
    sale_result,
    tender_card,
)
from posapp.services.checkout.spending import (
    allowed_categories,
    check_spend,
    take,
    to_card_currency,
)
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.command_path.results import CardView, SaleResult
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings


def _add_goods(session: Session, sale: Sale, lines: Sequence[GoodsLine]) -> None:
    if not lines:
        raise InvalidInput("A sale needs at least one line.")
    for position, line in enumerate(lines, start=1):
        price = line.price
        if price.currency != sale.currency or price.minor <= 0:
            raise InvalidAmount(
                "A line's price must be above zero in {currency}.",
                currency=sale.currency,
            )
        if not 1 <= line.quantity <= 9999:
            raise InvalidInput("Quantity is 1 to 9999.")
        if not line.description.strip():
            raise InvalidInput("A line needs a description.")
        sale.lines.append(
            SaleLine(
                position=position,
                kind=LineKind.GOODS.value,
                description=line.description.strip()[:200],
                category=line.category,
                quantity=line.quantity,
                unit_price_minor=price.minor,
                amount_minor=price.minor * line.quantity,
            )
        )
    sale.total_minor = sum(line.amount_minor for line in sale.lines)
    session.flush()


def _apply_card(
    session: Session, ctx: Context, actor: Actor, sale: Sale, code: str, st: Settings
) -> None:
    """Hold ``min(available, due)`` of the card for the sale (only the goods it may pay)."""
    if not st.usable_for_payment:
        raise NotAllowed("Gift cards are not accepted as payment in this store.")
    if any(line.kind != LineKind.GOODS for line in sale.lines):
        raise NotAllowed("A gift card cannot pay for a gift card.")
    card, _ = lookup.by_code(session, ctx, actor, code, st)
    if any(t.card_id == card.id for t in sale.tenders):
        raise AlreadyInSale("This card is already in the sale.")
    now = ctx.now()
    model = Card(card, now)
    model.check_can_pay(actor.place)
    due = Money(sale.total_minor - paid_by_cards(sale), sale.currency)
    if due.minor <= 0:
        raise InvalidState("Nothing is left to pay.")
    goods = [(line.category, line.amount_minor) for line in sale.lines]
    payable = payable_goods(allowed_categories(session, card), goods)
    if payable is not None:
        # A restricted card covers only its categories' goods, and never what cards paid.
        cap = payable - paid_by_cards(sale)
        if cap <= 0:
            raise NotAllowed("The goods this card may pay for are paid already.")
        due = due.min(Money(cap, sale.currency))
    held = holds.pending_total(session, card.id, now)
    available = Money(card.balance_minor - held, card.currency)
    if available.minor <= 0:
        model.spend(1, held=held, place=actor.place)  # raises: says why the card cannot pay
    wanted, _ = to_card_currency(session, ctx, due, card)
    card_amount = wanted.min(available) if wanted.currency == available.currency else available
    applied = (
        due if card_amount == wanted else _back_to_sale_currency(session, ctx, card_amount, due)
    )
    change, _ = check_spend(session, ctx, actor, card, applied)
    hold = holds.place(session, ctx, card, Money(-change.amount, card.currency), sale, st)
    # What the card has available changed: a new version, so that a redemption that read the
    # card before and writes it after (checking the version it read) finds it moved.
    ledger.touch(session, card)
    sale.tenders.append(
        SaleTender(
            position=len(sale.tenders) + 1,
            kind=TenderKind.GIFT_CARD.value,
            amount_minor=applied.minor,
            card_id=card.id,
            hold_id=hold.id,
            card_amount_minor=-change.amount,
        )
    )
    session.flush()


def _back_to_sale_currency(session: Session, ctx: Context, card_amount: Money, due: Money) -> Money:
    """What a partial card amount is worth in the sale's currency (never more than due)."""
    if card_amount.currency == due.currency:
        return card_amount
    rate = current_rate(session, card_amount.currency, due.currency, ctx.now())
    worth = card_amount.convert(rate, due.currency)
    return worth.min(due)


def finish_payment(
    session: Session,
    ctx: Context,
    actor: Actor,
    sale: Sale,
    payment: Payment,
    st: Settings,
    *,
    key: str,
    allowed_methods: list[str],
) -> tuple[CardView, ...]:
    """Capture the card holds, take the other tenders, complete the sale."""
    rest = sale.total_minor - paid_by_cards(sale)
    given = payment.amounts(sale.currency)
    for method, _ in given:
        if method not in allowed_methods:
            raise NotAllowed("{method} is not accepted for this sale.", method=method)
    if given and rest <= 0:
        raise InvalidAmount("The gift cards already cover the total: take no other payment.")
    change = 0
    position = len(sale.tenders)
    for method, money in sorted(given, key=lambda g: g[0] == "cash"):
        if method == "cash":
            change = max(0, money.minor - rest)
            rest -= money.minor - change
        else:
            if money.minor > rest:
                raise InvalidAmount("The {method} payment is more than is due.", method=method)
            rest -= money.minor
        position += 1
        sale.tenders.append(
            SaleTender(
                position=position,
                kind=method if method in (TenderKind.CASH, TenderKind.EXTERNAL) else "other",
                method=method,
                amount_minor=money.minor,
            )
        )
    if rest > 0:
        still = Money(rest, sale.currency).amount_str()
        raise PaymentShort(
            "{amount} {currency} is still due.",
            amount=still, currency=sale.currency,
        )
    now = ctx.now()
    new_cards: list[CardView] = []
    tenders = sorted(card_tenders(sale), key=lambda t: str(t.card_id))
    for n, tender in enumerate(tenders, start=1):
        assert tender.card_id is not None  # a gift card tender names its card
        card = lookup.lock_card(session, tender.card_id)
        hold = session.get(Hold, tender.hold_id)
        assert hold is not None
        holds.capture(session, hold, now)
        # The card may have been frozen, voided, or have expired since it was scanned.
        spend = Card(card, now).spend(
            hold.amount_minor,
            held=holds.pending_total(session, card.id, now),
            place=actor.place,
        )
        spent = take(
            session,
            ctx,
            actor,
            card,
            spend,
            st,
            key=f"{key}/{n}",
            sale_id=sale.id,
            reference=sale.receipt_number,
        )
        if spent.new_card is not None:
            new_cards.append(spent.new_card)
    sale.change_minor = change
    sale.state = SaleState.COMPLETED.value
    sale.completed_at = now
    session.flush()
    used = tuple(lookup.view(session, tender_card(session, t)) for t in card_tenders(sale))
    return used + tuple(new_cards)


def pay(session: Session, ctx: Context, actor: Actor, cmd: c.PaySale, key: str) -> SaleResult:
    """Take payment for goods worth ``cmd.total`` with gift cards and other tenders, in one go."""
    st = settings.current(session, ctx, actor.store_id)
    sale = new_sale(session, ctx, actor, cmd.reference)
    _add_goods(session, sale, cmd.lines or (GoodsLine("Goods", cmd.total),))
    if sale.total_minor != cmd.total.minor or sale.currency != cmd.total.currency:
        raise InvalidAmount("The lines do not add up to the total.")
    for code in cmd.codes:
        if sale.total_minor - paid_by_cards(sale) > 0:
            _apply_card(session, ctx, actor, sale, code, st)
    cards = finish_payment(
        session,
        ctx,
        actor,
        sale,
        cmd.payment,
        st,
        key=key,
        allowed_methods=list(st.payment_methods),
    )
    return sale_result(session, sale, cards)


def open_sale(
    session: Session, ctx: Context, actor: Actor, cmd: c.OpenSale, key: str
) -> SaleResult:
    """Start a sale of goods; cards scanned into it are held until it completes or is cancelled."""
    sale = new_sale(session, ctx, actor, cmd.reference)
    _add_goods(session, sale, cmd.lines)
    return sale_result(session, sale)


def _open(session: Session, actor: Actor, sale_id: uuid.UUID) -> Sale:
    sale = load_sale(session, actor, sale_id, lock=True)
    if sale.state != SaleState.OPEN:
        raise InvalidState("This sale is {sale_state}.", sale_state=SaleState(sale.state))
    return sale


def apply_card(
    session: Session, ctx: Context, actor: Actor, cmd: c.ApplyCard, key: str
) -> SaleResult:
    """Scan a card into an open sale: it holds ``min(available, due)`` until the sale ends."""
    st = settings.current(session, ctx, actor.store_id)
    sale = _open(session, actor, cmd.sale_id)
    _apply_card(session, ctx, actor, sale, cmd.code, st)
    return sale_result(session, sale)


def remove_card(
    session: Session, ctx: Context, actor: Actor, cmd: c.RemoveCard, key: str
) -> SaleResult:
    """Take a card back out of an open sale, releasing its hold."""
    sale = _open(session, actor, cmd.sale_id)
    tender = next((t for t in card_tenders(sale) if t.card_id == cmd.card_id), None)
    if tender is None:
        raise InvalidState("That card is not in this sale.")
    hold = session.get(Hold, tender.hold_id)
    assert hold is not None
    holds.release(session, hold, ctx.now())
    sale.tenders.remove(tender)
    for position, t in enumerate(sale.tenders, start=1):
        t.position = position
    session.flush()
    return sale_result(session, sale)


def complete_sale(
    session: Session, ctx: Context, actor: Actor, cmd: c.CompleteSale, key: str
) -> SaleResult:
    """Finish an open sale: capture its card holds and take the other tenders for the rest."""
    st = settings.current(session, ctx, actor.store_id)
    sale = _open(session, actor, cmd.sale_id)
    cards = finish_payment(
        session,
        ctx,
        actor,
        sale,
        cmd.payment,
        st,
        key=key,
        allowed_methods=list(st.payment_methods),
    )
    return sale_result(session, sale, cards)


def cancel_sale(
    session: Session, ctx: Context, actor: Actor, cmd: c.CancelSale, key: str
) -> SaleResult:
    """Abandon an open sale: every hold is released and nothing is charged."""
    sale = _open(session, actor, cmd.sale_id)
    for hold in holds.pending_for_sale(session, sale.id):
        holds.release(session, hold, ctx.now())
    sale.state = SaleState.VOIDED.value
    sale.closed_by, sale.closed_reason = actor.staff_id, "cancelled before payment"
    session.flush()
    return sale_result(session, sale)


def get_sale(ctx: Context, actor: Actor, sale_id: uuid.UUID) -> SaleResult:
    actor.require(Permission.PAY)
    return run(
        ctx,
        actor,
        lambda s: sale_result(s, load_sale(s, actor, sale_id, lock=False)),
        readonly=True,
    )


def last_sale(ctx: Context, actor: Actor) -> SaleResult:
    """The most recent completed sale of this terminal (for "void the last sale")."""
    actor.require(Permission.PAY)

    def work(session: Session) -> SaleResult:
        sale = session.scalar(
            select(Sale)
            .where(Sale.terminal_id == actor.terminal_id, Sale.state != SaleState.OPEN.value)
            .order_by(Sale.created_at.desc())
            .limit(1)
        )
        if sale is None:
            raise NotFound("This terminal has no sale yet.")
        return sale_result(session, sale)

    return run(ctx, actor, work, readonly=True)


def find_sale(ctx: Context, actor: Actor, receipt_number: str) -> SaleResult:
    """A sale of this store by its receipt number (as printed)."""
    actor.require(Permission.PAY)

    def work(session: Session) -> SaleResult:
        sale = session.scalar(
            select(Sale).where(
                Sale.location_id == actor.store_id,
                Sale.receipt_number.in_(receipt_spellings(session, actor, receipt_number)),
            )
        )
        if sale is None:
            raise NotFound(
                "No sale has the receipt number {receipt_number}.",
                receipt_number=receipt_number,
            )
        return sale_result(session, sale)

    return run(ctx, actor, work, readonly=True)
