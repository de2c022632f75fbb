"""Making cards: new codes and their stored forms, terms, expiry and scope, the first
value a card receives, and a new card that replaces an old one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import CardProduct, GiftCard
from posapp.domain.card import Card
from posapp.domain.errors import Conflict, InvalidAmount, InvalidInput
from posapp.domain.lifecycle import Status
from posapp.money import Money
from posapp.services.accounting import ledger
from posapp.services.accounting.ledger import PostedEntry
from posapp.services.checkout import holds
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration.setting_values import breaks_lines, email_address
from posapp.services.configuration.settings import Settings
from posapp.services.configuration.store_codes import parse_scope

MAX_MESSAGE = 500


@dataclass(frozen=True)
class CardTerms:
    """Who a card is for and where and how long it can be used; checked on creation."""

    expires_days: int | None = None  # None: the product's or the store's default
    scope: str | None = None  # all / issuing / L1,L2; None: the store's default
    strategy: str | None = None  # balance / replacement
    recipient_name: str | None = None
    recipient_email: str | None = None
    purchaser_name: str | None = None
    purchaser_email: str | None = None
    message: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    #: The day an e-card is e-mailed (the store's time zone); None: at once.
    deliver_on: date | None = None

    def checked(self, settings: Settings, *, e_card: bool = False) -> CardTerms:
        """Refuse bad e-mails, over-long or disallowed messages, unknown strategies."""
        for email in (self.recipient_email, self.purchaser_email):
            if email and email_address(email) != email:
                raise InvalidInput("{email!r} is not an e-mail address.", email=email)
        for name in (self.recipient_name, self.purchaser_name):
            # Names go into the e-mail's headers: a line break would add headers of its own.
            if name and breaks_lines(name):
                raise InvalidInput("A name cannot hold line breaks or control characters.")
        if e_card and settings.require_recipient_email and not self.recipient_email:
            raise InvalidInput("This store needs the recipient's e-mail for an e-card.")
        if self.deliver_on is not None:
            if not self.recipient_email:
                raise InvalidInput("A delivery date needs the recipient's e-mail.")
            if not settings.email_delivery_date:
                raise InvalidInput("This store sends e-cards at once: it offers no delivery date.")
        if self.message:
            if not settings.allow_message:
                raise InvalidInput("This store does not allow a message on gift cards.")
            if len(self.message) > MAX_MESSAGE:
                raise InvalidInput(
                    "A message is at most {max_message} characters.",
                    max_message=MAX_MESSAGE,
                )
        if self.strategy not in (None, "balance", "replacement"):
            raise InvalidInput("Strategy is balance or replacement.")
        if self.expires_days is not None and not 0 <= self.expires_days <= 36500:
            raise InvalidInput("Expiry is 0 (never) to 36500 days.")
        if self.scope is not None:
            parse_scope(self.scope)
        return self


def expiry(
    now: datetime, terms: CardTerms, settings: Settings, product_days: int | None = None
) -> datetime | None:
    """When a card activated ``now`` expires: the terms' days, else the product's, else
    the store's default; 0 days means never."""
    days = terms.expires_days
    if days is None:
        days = product_days if product_days else settings.default_lifetime_days
    return now + timedelta(days=days) if days > 0 else None


def new_card(
    session: Session,
    ctx: Context,
    *,
    location_id: uuid.UUID,
    currency: str,
    source: str,
    settings: Settings,
    terms: CardTerms = CardTerms(),
    code: str | None = None,
    expires_at: datetime | None = None,
    product_id: uuid.UUID | None = None,
) -> tuple[GiftCard, str]:
    """A new inactive card row (zero balance) and its full code: generated, or ``code`` as
    given. The card model activates it when value arrives."""
    if code is None:
        code = codes.generate(settings.code_prefix, settings.code_length)
    code_hash = ctx.keys.lookup_hash(code)
    if session.scalar(select(GiftCard.id).where(GiftCard.code_hash == code_hash)) is not None:
        raise Conflict("A card with the code ending {last4} already exists.", last4=code[-4:])
    card = GiftCard(
        **card_values(
            code,
            code_hash,
            ctx.keys.encrypt(code, code_hash),
            location_id=location_id,
            currency=currency,
            source=source,
            settings=settings,
            terms=terms,
            now=ctx.now(),
            expires_at=expires_at,
            product_id=product_id,
        )
    )
    session.add(card)
    session.flush()
    return card, code


def card_values(
    code: str,
    code_hash: str,
    code_encrypted: bytes,
    *,
    location_id: uuid.UUID,
    currency: str,
    source: str,
    settings: Settings,
    terms: CardTerms,
    now: datetime,
    expires_at: datetime | None = None,
    product_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """The columns of a new inactive card (an import inserts many at once as plain rows):
    its code stored only as ``code_hash`` and ``code_encrypted``, its scope and strategy
    the terms' or the store's."""
    prefix = settings.code_prefix
    scope_kind, scope_list = parse_scope(terms.scope or settings.scope_default)
    known = prefix if code.startswith(prefix) else ""
    return dict(
        id=uuid.uuid4(),
        code_hash=code_hash,
        code_last4=codes.visible_tail(code, known),
        code_prefix=known,
        code_encrypted=code_encrypted,
        product_id=product_id,
        currency=currency,
        initial_balance_minor=0,
        balance_minor=0,
        status=Status.INACTIVE.value,
        issuing_location_id=location_id,
        scope=scope_kind,
        scope_locations=scope_list,
        strategy=terms.strategy or settings.strategy_default,
        created_at=now,
        activated_at=None,
        expires_at=expires_at,
        purchaser_name=terms.purchaser_name,
        purchaser_email=terms.purchaser_email,
        recipient_name=terms.recipient_name,
        recipient_email=terms.recipient_email,
        message=terms.message,
        source=source,
        version=1,
        last_seq=0,
        change_seq=0,
        chain_head=None,
    )


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
        raise InvalidAmount("This card is in {currency}.", currency=card.currency)
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


def replace_card(
    session: Session,
    ctx: Context,
    actor: Actor,
    old: GiftCard,
    settings: Settings,
    *,
    key: str,
    reason: str,
) -> tuple[GiftCard, str]:
    """Close ``old`` and move its whole balance to a new random code (transfer out/in);
    the new card and its full code."""
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
    old.voided_at = ctx.now()  # after the entries, which read the clock themselves
    old.voided_reason = note
    session.flush()
    return new, code
