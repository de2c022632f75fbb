"""Taking value off a card: a redemption, currency conversion, holds, and the
replacement strategy's new card."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from posapp.db.lazy_session import require_transaction
from posapp.db.models import CardProduct, GiftCard
from posapp.domain.card import Card, Change, payable_goods
from posapp.money import Money
from posapp.services.accounting import ledger
from posapp.services.accounting.ledger import Conversion, PostedEntry
from posapp.services.back_office.admin import current_rate
from posapp.services.cards import lookup
from posapp.services.cards.issuing import replace_card
from posapp.services.cards.rows import CardRow
from posapp.services.checkout import holds
from posapp.services.command_path import commands
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView, Redemption
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings


def to_card_currency(
    session: Session, ctx: Context, amount: Money, card: GiftCard | CardRow
) -> tuple[Money, Conversion | None]:
    """``amount`` in the card's currency, converted half-even at the current stored rate."""
    if amount.currency == card.currency:
        return amount, None
    rate = current_rate(session, amount.currency, card.currency, ctx.now())
    return amount.convert(rate, card.currency), Conversion(original=amount, rate=rate)


def check_spend(
    session: Session, ctx: Context, actor: Actor, card: GiftCard | CardRow, amount: Money
) -> tuple[Change, Conversion | None]:
    """Refuse what may not be spent; the change that takes ``amount`` (any currency).

    A plain card row's holds are read by its write, one round trip fewer, and
    :func:`take` refuses then what they do not leave available.
    """
    now = ctx.now()
    model = Card(card, now)
    model.check_can_pay(actor.place)
    card_amount, conversion = to_card_currency(session, ctx, amount, card)
    held = 0 if isinstance(card, CardRow) else holds.pending_total(session, card.id, now)
    return model.spend(card_amount.minor, held=held, place=actor.place), conversion


def allowed_categories(session: Session, card: GiftCard | CardRow) -> list[str]:
    """The goods categories the card's product restricts it to (empty: all goods)."""
    if isinstance(card, CardRow):
        return card.allowed_categories or []
    product = session.get(CardProduct, card.product_id) if card.product_id else None
    return product.allowed_categories if product else []


@dataclass(frozen=True)
class Spent:
    entry: PostedEntry
    amount: Money  # in the card's currency
    new_card: CardView | None  # the replacement strategy's new card, with its full code


def take(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard | CardRow,
    change: Change,
    st: Settings,
    *,
    key: str,
    conversion: Conversion | None = None,
    sale_id: uuid.UUID | None = None,
    reference: str | None = None,
) -> Spent:
    """Post the redemption (checked by the card model) and apply the card's strategy."""
    if card.strategy == "replacement":
        require_transaction(session)  # closing the code writes more than the one statement
    entry = ledger.post(
        session,
        ctx,
        actor,
        card,
        change,
        key=key,
        reference=reference,
        sale_id=sale_id,
        conversion=conversion,
    )
    if entry.held:
        # Read by the write (a plain row): refused now, the write is rolled back with it.
        before = entry.balance_after - change.amount
        Card(card, ctx.now()).check_available(before, -change.amount, entry.held)
    new = None
    if card.strategy == "replacement" and card.balance_minor > 0:
        # Closing the code is rare: the card is loaded as an object (already written).
        held = session.get(GiftCard, card.id) if isinstance(card, CardRow) else card
        assert held is not None
        made, code = replace_card(
            session, ctx, actor, held, st, key=key, reason="partial redemption"
        )
        new = lookup.view(session, made, code=code)
    return Spent(entry, Money(-change.amount, card.currency), new)


def redeem(
    session: Session, ctx: Context, actor: Actor, cmd: commands.RedeemCard, key: str
) -> Redemption:
    """Take ``cmd.amount`` (in the store's currency) off an active card.

    Refused unless the card is active, unexpired, usable here and has that
    much available (balance less holds). Under the replacement strategy a
    partial redemption closes the code and returns a new card with the rest.
    """
    st = settings.current(session, ctx, actor.store_id)
    card: GiftCard | CardRow
    if cmd.card.code is not None:
        # The hot path: the card as a plain row, written back by one UPDATE.
        card, _ = lookup.row_by_code(session, ctx, actor, cmd.card.code, st)
    else:
        card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    # A redemption names no goods: a card restricted to some pays only in a sale of them.
    payable_goods(allowed_categories(session, card), [])
    change, conversion = check_spend(session, ctx, actor, card, cmd.amount)
    # Read before the write (cached after): a single-statement unit sends nothing after it.
    lookup.location_code(session, card.issuing_location_id)
    spent = take(
        session,
        ctx,
        actor,
        card,
        change,
        st,
        key=key,
        conversion=conversion,
        reference=cmd.reference,
    )
    shown: GiftCard | CardRow | None = card
    if spent.new_card is not None and isinstance(card, CardRow):
        # The replacement closed the code through the card's object: show that, not the row.
        shown = session.get(GiftCard, card.id)
    assert shown is not None
    return Redemption(lookup.view(session, shown), spent.amount, spent.entry.id, spent.new_card)
