"""Card building blocks shared by the card, sale and return services.

Each works inside the caller's transaction on a card row it already holds
locked, and refuses (raising a PosError) before changing anything.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from posapp.db.models import CardProduct, GiftCard
from posapp.domain.card import Card
from posapp.domain.errors import InvalidAmount, InvalidInput
from posapp.money import Money
from posapp.services import ledger, settings
from posapp.services.context import Actor, Context
from posapp.services.execution import run_once
from posapp.services.issuing import CardTerms, expiry
from posapp.services.ledger import PostedEntry
from posapp.services.settings import Settings
from posapp.services.spending import to_card_currency
from posapp.services.views import CardResult, CardView

CardWork = Callable[[Session, GiftCard, Settings, str], CardResult]


def parse_amount(text: str | Money, currency: str, *, signed: bool = False) -> Money:
    """A positive amount (or, when ``signed``, a non-zero one) from text or Money."""
    if isinstance(text, Money):
        if text.minor == 0 or (text.minor < 0 and not signed):
            raise InvalidAmount("The amount must be above zero.")
        return text
    return Money.parse(text, currency, allow_negative=signed)


def code_fingerprint(ctx: Context, code: str | uuid.UUID) -> str:
    """Identifies a code in an idempotency request without storing it."""
    return ctx.keys.lookup_hash(str(code).strip().upper())


def view(session: Session, card: GiftCard, *, code: str | None = None) -> CardView:
    return CardView.of(card, ledger.location_code(session, card.issuing_location_id), code=code)


def reveal(session: Session, ctx: Context, card_view: CardView) -> CardView:
    """The full code of a card, for a replay of an operation that showed it the first time."""
    card = session.get(GiftCard, card_view.id)
    assert card is not None
    return replace(card_view, code=ctx.keys.decrypt(card.code_encrypted, card.code_hash))


def replay_card(ctx: Context) -> Callable[[Session, dict[str, Any]], CardResult]:
    def replay(session: Session, stored: dict[str, Any]) -> CardResult:
        result = CardResult.from_record(stored)
        if stored["card"].get("code_shown"):
            result = CardResult(reveal(session, ctx, result.card), result.entry_id)
        return result

    return replay


def on_card(
    ctx: Context,
    actor: Actor,
    kind: str,
    code: str | uuid.UUID,
    key: str | None,
    request: dict[str, Any],
    work: CardWork,
) -> CardResult:
    """Find and lock the card by ``code``, then run ``work`` at most once per ``key``."""

    def transaction(session: Session, op_key: str) -> CardResult:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = ledger.find_card(session, ctx, actor, code, st)
        return work(session, card, st, op_key)

    return run_once(
        ctx,
        actor,
        kind=kind,
        key=key,
        request={"code": code_fingerprint(ctx, code), **request},
        work=transaction,
        replay=replay_card(ctx),
    )


def require_text(text: str | None, what: str) -> str:
    value = (text or "").strip()
    if not value:
        raise InvalidInput(f"A {what} is required.")
    if len(value) > 500:
        raise InvalidInput(f"The {what} is too long (500 characters at most).")
    return value


def activate_card(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard,
    amount: Money,
    st: Settings,
    *,
    key: str,
    source: str,
    reference: str | None = None,
    sale_id: uuid.UUID | None = None,
    terms: CardTerms | None = None,
) -> PostedEntry:
    """Give an inactive (batch or new) card its value: its face value if it has one."""
    terms = terms or CardTerms()
    now = ctx.now()
    change = Card(card, now).activate(
        amount.minor, ledger.ceiling(st, card.currency), face_value=card.face_value_minor
    )
    if amount.currency != card.currency:
        raise InvalidAmount(f"This card is in {card.currency}.")
    entry = ledger.post(
        session,
        ctx,
        actor,
        card,
        change,
        key=key,
        reference=reference,
        sale_id=sale_id,
        source=source,
    )
    card.initial_balance_minor = amount.minor
    card.activated_at = now
    product = session.get(CardProduct, card.product_id) if card.product_id else None
    card.expires_at = expiry(now, terms, st, product.lifetime_days if product else None)
    for attr in ("recipient_name", "recipient_email", "message"):
        if getattr(terms, attr):
            setattr(card, attr, getattr(terms, attr))
    return entry


def load_value(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard,
    amount: Money,
    st: Settings,
    *,
    key: str,
    source: str,
    sale_id: uuid.UUID | None = None,
) -> PostedEntry:
    """Reload an active or depleted card, within the maximum card value."""
    card_amount, conversion = to_card_currency(session, ctx, amount, card)
    change = Card(card, ctx.now()).load(card_amount.minor, ledger.ceiling(st, card.currency))
    return ledger.post(
        session,
        ctx,
        actor,
        card,
        change,
        key=key,
        sale_id=sale_id,
        source=source,
        conversion=conversion,
    )


def credit_refund(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard,
    card_amount: Money,
    st: Settings,
    *,
    key: str,
    reference: str | None = None,
    sale_id: uuid.UUID | None = None,
) -> PostedEntry:
    """Give value back to a card; an expired card, or one expiring within the
    extension period, gets its expiry moved to now + extension (recorded in the note)."""
    change = Card(card, ctx.now()).refund(
        card_amount.minor,
        ledger.ceiling(st, card.currency),
        extension=timedelta(days=st["refund_extension_days"]),
    )
    note = None
    if change.extended and change.expires_at is not None:
        note = f"expiry extended to {change.expires_at.date().isoformat()}"
    return ledger.post(
        session,
        ctx,
        actor,
        card,
        change,
        key=key,
        reference=reference,
        note=note,
        sale_id=sale_id,
    )
