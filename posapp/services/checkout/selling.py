"""Selling gift cards at the counter: new e-cards, batch cards activated, reloads.

Value enters a card here only inside a paid sale: the sale's tenders (never
a gift card) must cover every card line before any card becomes usable, and
the whole sale is one transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import CardProduct, SaleLine
from posapp.domain.card import check_ceiling
from posapp.domain.errors import AmountMissing, InvalidAmount, InvalidInput, NotAllowed, NotFound
from posapp.domain.lifecycle import LineKind, Status
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import ledger
from posapp.services.cards import lookup, stock_place
from posapp.services.cards.care import load_value
from posapp.services.cards.issuing import activate_card, new_card
from posapp.services.checkout.sale_parts import CardLine, new_sale, sale_result
from posapp.services.checkout.sales import finish_payment
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.command_path.results import CardView, SaleResult
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings
from posapp.services.delivery import scheduling


def check_denomination(amount: Money, st: Settings, product: CardProduct | None) -> None:
    """The amount is one of the fixed denominations or inside the custom range."""
    cur = amount.currency
    if product is not None:
        fixed = set(product.denominations)
        low, high = product.min_minor, product.max_minor
    else:
        fixed = {m.minor for m in st.fixed_amounts(cur)}
        custom = st.custom_range(cur)
        low, high = (custom[0].minor, custom[1].minor) if custom else (None, None)
    if amount.minor in fixed:
        return
    if low is not None and high is not None and low <= amount.minor <= high:
        return
    if not fixed and low is None:
        raise InvalidAmount(
            "No gift card amounts are set for {cur}: an admin sets denominations, "
            "or custom_min and custom_max, for {cur}.",
            cur=cur,
        )
    offered = ", ".join(Money(m, cur).amount_str() for m in sorted(fixed))
    if low is None or high is None:
        raise InvalidAmount("A gift card is sold for {offered}.", offered=offered)
    low_str, high_str = Money(low, cur).amount_str(), Money(high, cur).amount_str()
    if not fixed:
        raise InvalidAmount(
            "A gift card is sold for no fixed amount or between {low} and {high}.",
            low=low_str, high=high_str,
        )
    raise InvalidAmount(
        "A gift card is sold for {offered} or between {low} and {high}.",
        offered=offered, low=low_str, high=high_str,
    )


def check_amount(
    ctx: Context,
    actor: Actor,
    amount: Money | None,
    *,
    product_sku: str | None = None,
    code: str | None = None,
) -> Money:
    """Check a card amount before it goes into a sale: the same rule :func:`sell` applies.

    With no amount typed, a pre-valued card (``code`` of a batch card with a face value)
    brings its own amount; any other card needs one."""
    actor.require(Permission.SELL)

    def work(session: Session) -> Money:
        st = settings.current(session, ctx, actor.store_id)
        money = amount if amount is not None else _face_value(session, ctx, actor, code, st)
        check_denomination(money, st, _product(session, product_sku, actor.currency))
        check_ceiling(money.minor, ledger.ceiling(st, money.currency))
        return money

    return run(ctx, actor, work)


def _face_value(
    session: Session, ctx: Context, actor: Actor, code: str | None, st: Settings
) -> Money:
    card = lookup.by_code(session, ctx, actor, code, st, lock=False)[0] if code else None
    if card is None or card.face_value_minor is None:
        raise AmountMissing("Enter the amount to put on the card.")
    if card.currency != actor.currency:
        raise InvalidInput(
            "This card is in {currency}, the store sells in {store_currency}.",
            currency=card.currency, store_currency=actor.currency,
        )
    return Money(card.face_value_minor, card.currency)


def _product(session: Session, sku: str | None, currency: str) -> CardProduct | None:
    if sku is None:
        return None
    product = session.scalar(
        select(CardProduct).where(CardProduct.sku == sku, CardProduct.active.is_(True))
    )
    if product is None:
        raise NotFound("There is no gift card product {sku}.", sku=sku)
    if product.currency != currency:
        raise InvalidInput(
            "Product {sku} is sold in {product_currency}, not {currency}.",
            sku=sku, product_currency=product.currency, currency=currency,
        )
    return product


def _sell_line(
    session: Session,
    ctx: Context,
    actor: Actor,
    sale: Any,
    line: CardLine,
    position: int,
    st: Settings,
    *,
    key: str,
    seen: set[Any],
) -> CardView:
    amount = line.amount
    if amount.currency != sale.currency:
        raise InvalidAmount("This sale is in {currency}.", currency=sale.currency)
    product = _product(session, line.product_sku, sale.currency)
    check_denomination(amount, st, product)
    check_ceiling(amount.minor, ledger.ceiling(st, sale.currency))
    if line.code is None:
        line.terms.checked(st, e_card=True)
        card, code = new_card(
            session,
            ctx,
            location_id=actor.store_id,
            currency=sale.currency,
            source="pos",
            settings=st,
            terms=line.terms,
            product_id=product.id if product else None,
        )
    else:
        line.terms.checked(st)
        if line.terms.deliver_on is not None:
            raise InvalidInput(
                "Only a new e-card is e-mailed: a card in hand has no delivery date."
            )
        card, code = lookup.by_code(session, ctx, actor, line.code, st)
        if card.id in seen:
            raise InvalidInput("The same card is twice in this sale.")
    if card.status == Status.INACTIVE:
        stock_place.check_sellable(session, ctx, actor, card)
        activate_card(
            session,
            ctx,
            actor,
            card,
            amount,
            st,
            key=key,
            source="pos",
            sale_id=sale.id,
            reference=sale.receipt_number,
            terms=line.terms,
        )
        kind = LineKind.GIFT_CARD
        if line.code is None:
            scheduling.schedule(session, ctx, actor, card, line.terms.deliver_on, st, reason="sale")
    else:
        load_value(session, ctx, actor, card, amount, st, key=key, source="pos", sale_id=sale.id)
        kind = LineKind.RELOAD
    seen.add(card.id)
    sale.lines.append(
        SaleLine(
            position=position,
            kind=kind.value,
            description="Gift card" if kind is LineKind.GIFT_CARD else "Gift card reload",
            product_id=product.id if product else None,
            card_id=card.id,
            quantity=1,
            unit_price_minor=amount.minor,
            amount_minor=amount.minor,
        )
    )
    return lookup.view(session, card, code=code)


def sell(session: Session, ctx: Context, actor: Actor, cmd: c.SellCards, key: str) -> SaleResult:
    """Sell, activate or reload cards, paid in full by the allowed tenders, in one go.

    Each card is usable only once the sale is complete; the result carries
    each sold card with its full code (for the gift receipt).
    """
    if not cmd.lines:
        raise InvalidInput("A gift card sale needs at least one card.")
    st = settings.current(session, ctx, actor.store_id)
    if not st.enabled:
        raise NotAllowed("Gift cards are switched off in this store.")
    sale = new_sale(session, ctx, actor, cmd.reference)
    seen: set[Any] = set()
    cards = [
        _sell_line(session, ctx, actor, sale, line, n, st, key=f"{key}/{n}", seen=seen)
        for n, line in enumerate(cmd.lines, start=1)
    ]
    sale.total_minor = sum(line.amount_minor for line in sale.lines)
    finish_payment(
        session,
        ctx,
        actor,
        sale,
        cmd.payment,
        st,
        key=key,
        allowed_methods=list(st.gift_card_payment_methods),
    )
    return sale_result(session, sale, tuple(cards))
