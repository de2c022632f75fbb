"""Taking value off a card: scope, currency conversion, holds, the replacement strategy."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.card import Card, Change
from posapp.money import Money
from posapp.services import holds, ledger
from posapp.services.admin import current_rate
from posapp.services.context import Actor, Context
from posapp.services.issuing import CardTerms, new_card
from posapp.services.ledger import Conversion, PostedEntry
from posapp.services.settings import Settings
from posapp.services.views import CardView


def to_card_currency(
    session: Session, ctx: Context, amount: Money, card: GiftCard
) -> tuple[Money, Conversion | None]:
    """``amount`` in the card's currency, converted half-even at the current stored rate."""
    if amount.currency == card.currency:
        return amount, None
    rate = current_rate(session, amount.currency, card.currency, ctx.now())
    return amount.convert(rate, card.currency), Conversion(original=amount, rate=rate)


def check_spend(
    session: Session, ctx: Context, actor: Actor, card: GiftCard, amount: Money
) -> tuple[Change, Conversion | None]:
    """Refuse what may not be spent; the change that takes ``amount`` (any currency)."""
    now = ctx.now()
    model = Card(card, now)
    model.check_can_pay(actor.place)
    card_amount, conversion = to_card_currency(session, ctx, amount, card)
    held = holds.pending_total(session, card.id, now)
    return model.spend(card_amount.minor, held=held, place=actor.place), conversion


@dataclass(frozen=True)
class Spent:
    entry: PostedEntry
    amount: Money  # in the card's currency
    new_card: CardView | None  # the replacement strategy's new card, with its full code


def take(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard,
    change: Change,
    settings: Settings,
    *,
    key: str,
    conversion: Conversion | None = None,
    sale_id: uuid.UUID | None = None,
    reference: str | None = None,
) -> Spent:
    """Post the redemption (checked by the card model) and apply the card's strategy."""
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
    new = None
    if card.strategy == "replacement" and card.balance_minor > 0:
        new = replace_card(
            session, ctx, actor, card, settings, key=key, reason="partial redemption"
        )
    return Spent(entry, Money(-change.amount, card.currency), new)


def replace_card(
    session: Session,
    ctx: Context,
    actor: Actor,
    old: GiftCard,
    settings: Settings,
    *,
    key: str,
    reason: str,
) -> CardView:
    """Close ``old`` and move its whole balance to a new random code (transfer out/in)."""
    terms = CardTerms(
        scope=",".join(old.scope_locations) if old.scope == "list" else old.scope,
        strategy=old.strategy,
        recipient_name=old.recipient_name,
        recipient_email=old.recipient_email,
        purchaser_name=old.purchaser_name,
        purchaser_email=old.purchaser_email,
        message=old.message,
    )
    now = ctx.now()
    out = Card(old, now).transfer(held=0)
    new, code = new_card(
        session,
        ctx,
        location_id=old.issuing_location_id,
        currency=old.currency,
        source="replacement",
        settings=settings,
        terms=terms,
        expires_at=old.expires_at,
        product_id=old.product_id,
    )
    amount = old.balance_minor
    # Other open sales' holds on the old code cannot follow it: they are let go.
    holds.release_all(session, old.id, now)
    note = f"{reason}: moved to {new.code_last4}"
    ledger.post(session, ctx, actor, old, out, key=f"{key}/out", note=note)
    arrive = Card(new, now).receive(amount)
    ledger.post(
        session, ctx, actor, new, arrive, key=f"{key}/in", note=f"{reason}: from {old.code_last4}"
    )
    new.initial_balance_minor = amount
    new.activated_at = now
    old.replaced_by = new.id
    old.voided_by = actor.staff_id
    old.voided_at = now
    old.voided_reason = note
    session.flush()
    return CardView.of(new, ledger.location_code(session, new.issuing_location_id), code=code)
