"""Card care by managers: issue, activate, reload, refund, adjust, freeze, unfreeze, void,
transfer, extend the expiry; and the building blocks that give value to a card (sales use them too).

Each handler gets an already-parsed command inside the unit of work that
:mod:`posapp.services.command_path.bus` opened, finds and locks the card, lets the card
model (:mod:`posapp.domain.card`) check the rule, and has the ledger post the
change. A refusal raises before anything is written.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.card import Card
from posapp.domain.errors import InvalidInput, Phrase
from posapp.domain.lifecycle import Status
from posapp.money import Money, check_currency
from posapp.services.accounting import audit, ledger
from posapp.services.accounting.ledger import PostedEntry
from posapp.services.cards import expiry, lookup, stock_place
from posapp.services.cards.issuing import activate_card, new_card, replace_card
from posapp.services.checkout import holds
from posapp.services.checkout.spending import to_card_currency
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardResult, CardView
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings
from posapp.services.delivery import scheduling


def require_text(text: str | None, what: Phrase) -> str:
    value = (text or "").strip()
    if not value:
        raise InvalidInput("A {what} is required.", what=what)
    if len(value) > 500:
        raise InvalidInput("The {what} is too long (500 characters at most).", what=what)
    return value


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
        extension=timedelta(days=st.refund_extension_days),
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


def issue(session: Session, ctx: Context, actor: Actor, cmd: c.IssueCard, key: str) -> CardResult:
    """A manager issues an active card from the back office (source ``backoffice``).

    ``cmd.code`` imports an existing code (our format with a valid check symbol,
    or 6-40 of A-Z0-9); otherwise a random code is made. The result carries the
    full code, shown this once.
    """
    check_currency(cmd.amount.currency)
    st = settings.current(session, ctx, actor.store_id)
    cmd.terms.checked(st)
    card, full = new_card(
        session,
        ctx,
        location_id=actor.store_id,
        currency=cmd.amount.currency,
        source="backoffice",
        settings=st,
        terms=cmd.terms,
        code=lookup.normalize(cmd.code, st) if cmd.code else None,
    )
    entry = activate_card(
        session,
        ctx,
        actor,
        card,
        cmd.amount,
        st,
        key=key,
        source="backoffice",
        reference=cmd.reference,
        terms=cmd.terms,
    )
    scheduling.schedule(session, ctx, actor, card, cmd.terms.deliver_on, st, reason="issue")
    return CardResult(lookup.view(session, card, code=full), entry.id)


def activate(
    session: Session, ctx: Context, actor: Actor, cmd: c.ActivateCard, key: str
) -> CardResult:
    """A manager activates a batch card without a sale (back office, source recorded)."""
    st = settings.current(session, ctx, actor.store_id)
    card, full = lookup.card(session, ctx, actor, cmd.card, st)
    if card.status == Status.INACTIVE.value:
        stock_place.check_sellable(session, ctx, actor, card)
    entry = activate_card(
        session,
        ctx,
        actor,
        card,
        cmd.amount,
        st,
        key=key,
        source="backoffice",
        reference=cmd.reference,
    )
    return CardResult(lookup.view(session, card, code=full), entry.id)


def reload(session: Session, ctx: Context, actor: Actor, cmd: c.ReloadCard, key: str) -> CardResult:
    """A manager adds value to a card from the back office (no sale; source recorded)."""
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    entry = load_value(session, ctx, actor, card, cmd.amount, st, key=key, source="backoffice")
    return CardResult(lookup.view(session, card), entry.id)


def refund(session: Session, ctx: Context, actor: Actor, cmd: c.RefundCard, key: str) -> CardResult:
    """A manager refunds value to a card (re-activating a depleted or expired one)."""
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    card_amount, _ = to_card_currency(session, ctx, cmd.amount, card)
    entry = credit_refund(
        session, ctx, actor, card, card_amount, st, key=key, reference=cmd.reference
    )
    return CardResult(lookup.view(session, card), entry.id)


def adjust(session: Session, ctx: Context, actor: Actor, cmd: c.AdjustCard, key: str) -> CardResult:
    """A manager corrects a balance up or down, with a note saying why."""
    why = require_text(cmd.note, Phrase("note"))
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    now = ctx.now()
    card_amount, conversion = to_card_currency(session, ctx, cmd.amount, card)
    change = Card(card, now).adjust(
        card_amount.minor,
        ledger.ceiling(st, card.currency),
        held=holds.pending_total(session, card.id, now),
    )
    entry = ledger.post(session, ctx, actor, card, change, key=key, note=why, conversion=conversion)
    return CardResult(lookup.view(session, card), entry.id)


def freeze(session: Session, ctx: Context, actor: Actor, cmd: c.FreezeCard, key: str) -> CardView:
    """A manager freezes a card (e.g. reported lost): it cannot pay until unfrozen."""
    why = require_text(cmd.reason, Phrase("reason"))
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    ledger.move(session, card, Card(card, ctx.now()).freeze())
    card.frozen_by, card.frozen_at, card.frozen_reason = actor.staff_id, ctx.now(), why
    audit.record(session, ctx, actor, "card_frozen", {"reason": why}, card_id=card.id)
    return lookup.view(session, card)


def unfreeze(
    session: Session, ctx: Context, actor: Actor, cmd: c.UnfreezeCard, key: str
) -> CardView:
    """A manager lifts a freeze; the card is active, depleted or expired as its state says."""
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    change = Card(card, ctx.now()).unfreeze()
    if change.kind is None:
        ledger.move(session, card, change)
    else:
        expiry.post_expiry(session, ctx, actor, card, change)
    audit.record(session, ctx, actor, "card_unfrozen", {}, card_id=card.id)
    return lookup.view(session, card)


def void(session: Session, ctx: Context, actor: Actor, cmd: c.VoidCard, key: str) -> CardResult:
    """A manager voids a card for good: its balance goes to zero with a ``void`` entry."""
    why = require_text(cmd.reason, Phrase("reason"))
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    now = ctx.now()
    entry = ledger.post(session, ctx, actor, card, Card(card, now).void(), key=key, note=why)
    holds.release_all(session, card.id, now)
    # Stamped after the entry (which reads the clock itself): no entry is after the void.
    card.voided_by, card.voided_at, card.voided_reason = actor.staff_id, ctx.now(), why
    return CardResult(lookup.view(session, card), entry.id)


def transfer(
    session: Session, ctx: Context, actor: Actor, cmd: c.TransferCard, key: str
) -> CardResult:
    """A manager moves a (lost) card's whole balance to a new code; the old one is closed."""
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    now = ctx.now()
    Card(card, now).transfer(held=holds.pending_total(session, card.id, now))
    new, code = replace_card(session, ctx, actor, card, st, key=key, reason="transfer")
    audit.record(
        session, ctx, actor, "card_transferred", {"to": new.code_last4}, card_id=card.id
    )
    return CardResult(lookup.view(session, new, code=code), None)


def end_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The moment a card usable through ``day`` (in ``zone``) expires: the next midnight.
    The calendar's last day has no next one: it stands for a moment past every allowed
    expiry, which the card model refuses as too far ahead."""
    return datetime.combine(min(day, date.max - timedelta(days=1)) + timedelta(days=1), time(),
                            tzinfo=zone)


def extend_expiry(
    session: Session, ctx: Context, actor: Actor, cmd: c.ExtendExpiry, key: str
) -> CardResult:
    """A manager moves a card's expiry later: it is usable through ``cmd.until`` in the time
    zone of the store that issued it. An expired card is usable again (a ``reinstate``
    entry when the expiry job had put it out); the audit keeps the old and new expiry."""
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    before = card.expires_at
    until = end_of_day(cmd.until, scheduling.store_zone(session, card.issuing_location_id))
    change = Card(card, ctx.now()).extend(until)
    entry_id = None
    if change.kind is None:
        ledger.move(session, card, change)
    else:
        note = f"expiry extended to {cmd.until.isoformat()}"
        entry_id = ledger.post(session, ctx, actor, card, change, key=key, note=note).id
    audit.record(session, ctx, actor, "card_expiry_extended", {
        "from": before.isoformat() if before else None,
        "to": change.expires_at.isoformat() if change.expires_at else None,
        "until": cmd.until.isoformat(), "reinstated": entry_id is not None,
    }, card_id=card.id)
    return CardResult(lookup.view(session, card), entry_id)
