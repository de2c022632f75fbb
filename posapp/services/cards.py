"""Card care: issue, activate, redeem, reload, refund, adjust, freeze, void, transfer.

Every function here checks the actor's permission first, runs as one
transaction holding the card row, and refuses with a named
:class:`~posapp.domain.errors.PosError` having changed nothing. Those that
change a balance take an idempotency ``key``: the same key and arguments
applied twice have one effect and return the first result.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.card import Card
from posapp.domain.roles import Permission
from posapp.money import Money, check_currency
from posapp.services import audit, holds, ledger, settings
from posapp.services.card_ops import (
    activate_card,
    code_fingerprint,
    credit_refund,
    load_value,
    on_card,
    parse_amount,
    replay_card,
    require_text,
    reveal,
    view,
)
from posapp.services.context import Actor, Context
from posapp.services.execution import run, run_once
from posapp.services.issuing import CardTerms, new_card
from posapp.services.settings import Settings
from posapp.services.spending import check_spend, replace_card, take, to_card_currency
from posapp.services.views import CardResult, CardView, Redemption


def issue(
    ctx: Context,
    actor: Actor,
    amount: str | Money,
    *,
    currency: str | None = None,
    terms: CardTerms | None = None,
    code: str | None = None,
    reference: str | None = None,
    key: str | None = None,
) -> CardResult:
    """A manager issues an active card from the back office (source ``backoffice``).

    ``code`` imports an existing code (our format with a valid check symbol,
    or 6-40 of A-Z0-9); otherwise a random code is made. The result carries
    the full code, shown this once.
    """
    actor.require(Permission.ISSUE)
    terms = terms or CardTerms()
    cur = check_currency(currency or actor.currency)
    money = parse_amount(amount, cur)

    def work(session: Session, op_key: str) -> CardResult:
        st = settings.current(session, ctx, actor.store_id)
        terms.checked(st)
        given = ledger.normalize(code, st) if code else None
        card, full = new_card(
            session,
            ctx,
            location_id=actor.store_id,
            currency=cur,
            source="backoffice",
            settings=st,
            terms=terms,
            code=given,
        )
        entry = activate_card(
            session,
            ctx,
            actor,
            card,
            money,
            st,
            key=op_key,
            source="backoffice",
            reference=reference,
            terms=terms,
        )
        return CardResult(view(session, card, code=full), entry.id)

    request = {"amount": str(money), "terms": repr(terms), "reference": reference}
    if code:
        request["code"] = code_fingerprint(ctx, code)
    return run_once(
        ctx, actor, kind="issue", key=key, request=request, work=work, replay=replay_card(ctx)
    )


def activate(
    ctx: Context,
    actor: Actor,
    code: str | uuid.UUID,
    amount: str | Money,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> CardResult:
    """A manager activates a batch card without a sale (back office, source recorded)."""
    actor.require(Permission.ACTIVATE)
    money = parse_amount(amount, actor.currency)

    def work(session: Session, card: GiftCard, st: Settings, op_key: str) -> CardResult:
        entry = activate_card(
            session,
            ctx,
            actor,
            card,
            money,
            st,
            key=op_key,
            source="backoffice",
            reference=reference,
        )
        full = ctx.keys.decrypt(card.code_encrypted, card.code_hash)
        return CardResult(view(session, card, code=full), entry.id)

    request = {"amount": str(money), "reference": reference}
    return on_card(ctx, actor, "activate", code, key, request, work)


def redeem(
    ctx: Context,
    actor: Actor,
    code: str | uuid.UUID,
    amount: str | Money,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> Redemption:
    """Take ``amount`` (in the store's currency) off an active card.

    Refused unless the card is active, unexpired, usable here and has that
    much available (balance less holds). Under the replacement strategy a
    partial redemption closes the code and returns a new card with the rest.
    """
    actor.require(Permission.REDEEM)
    money = parse_amount(amount, actor.currency)

    def work(session: Session, op_key: str) -> Redemption:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = ledger.find_card(session, ctx, actor, code, st)
        change, conversion = check_spend(session, ctx, actor, card, money)
        spent = take(
            session,
            ctx,
            actor,
            card,
            change,
            st,
            key=op_key,
            conversion=conversion,
            reference=reference,
        )
        return Redemption(view(session, card), spent.amount, spent.entry.id, spent.new_card)

    def replay(session: Session, stored: dict[str, Any]) -> Redemption:
        result = Redemption.from_record(stored)
        if result.new_card is not None:
            result = replace(result, new_card=reveal(session, ctx, result.new_card))
        return result

    request = {"code": code_fingerprint(ctx, code), "amount": str(money), "reference": reference}
    return run_once(ctx, actor, kind="redeem", key=key, request=request, work=work, replay=replay)


def reload(
    ctx: Context,
    actor: Actor,
    code: str | uuid.UUID,
    amount: str | Money,
    *,
    key: str | None = None,
) -> CardResult:
    """A manager adds value to a card from the back office (no sale; source recorded)."""
    actor.require(Permission.RELOAD)
    money = parse_amount(amount, actor.currency)

    def work(session: Session, card: GiftCard, st: Settings, op_key: str) -> CardResult:
        entry = load_value(session, ctx, actor, card, money, st, key=op_key, source="backoffice")
        return CardResult(view(session, card), entry.id)

    return on_card(ctx, actor, "reload", code, key, {"amount": str(money)}, work)


def refund(
    ctx: Context,
    actor: Actor,
    code: str | uuid.UUID,
    amount: str | Money,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> CardResult:
    """A manager refunds value to a card (re-activating a depleted or expired one)."""
    actor.require(Permission.REFUND)
    money = parse_amount(amount, actor.currency)

    def work(session: Session, card: GiftCard, st: Settings, op_key: str) -> CardResult:
        card_amount, _ = to_card_currency(session, ctx, money, card)
        entry = credit_refund(
            session, ctx, actor, card, card_amount, st, key=op_key, reference=reference
        )
        return CardResult(view(session, card), entry.id)

    request = {"amount": str(money), "reference": reference}
    return on_card(ctx, actor, "refund", code, key, request, work)


def adjust(
    ctx: Context,
    actor: Actor,
    code: str | uuid.UUID,
    amount: str | Money,
    note: str,
    *,
    key: str | None = None,
) -> CardResult:
    """A manager corrects a balance up or down, with a note saying why."""
    actor.require(Permission.ADJUST)
    money = parse_amount(amount, actor.currency, signed=True)
    why = require_text(note, "note")

    def work(session: Session, card: GiftCard, st: Settings, op_key: str) -> CardResult:
        now = ctx.now()
        card_amount, conversion = to_card_currency(session, ctx, money, card)
        change = Card(card, now).adjust(
            card_amount.minor,
            ledger.ceiling(st, card.currency),
            held=holds.pending_total(session, card.id, now),
        )
        entry = ledger.post(
            session, ctx, actor, card, change, key=op_key, note=why, conversion=conversion
        )
        return CardResult(view(session, card), entry.id)

    return on_card(ctx, actor, "adjust", code, key, {"amount": str(money), "note": why}, work)


def freeze(ctx: Context, actor: Actor, code: str | uuid.UUID, reason: str) -> CardView:
    """A manager freezes a card (e.g. reported lost): it cannot pay until unfrozen."""
    actor.require(Permission.FREEZE)
    why = require_text(reason, "reason")

    def work(session: Session) -> CardView:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = ledger.find_card(session, ctx, actor, code, st)
        ledger.move(session, card, Card(card, ctx.now()).freeze())
        card.frozen_by, card.frozen_at, card.frozen_reason = actor.staff_id, ctx.now(), why
        audit.record(session, ctx, actor, "card_frozen", {"reason": why}, card_id=card.id)
        return view(session, card)

    return run(ctx, actor, work)


def unfreeze(ctx: Context, actor: Actor, code: str | uuid.UUID) -> CardView:
    """A manager lifts a freeze; the card is active, depleted or expired as its state says."""
    actor.require(Permission.FREEZE)

    def work(session: Session) -> CardView:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = ledger.find_card(session, ctx, actor, code, st)
        ledger.move(session, card, Card(card, ctx.now()).unfreeze())
        audit.record(session, ctx, actor, "card_unfrozen", {}, card_id=card.id)
        return view(session, card)

    return run(ctx, actor, work)


def void(
    ctx: Context, actor: Actor, code: str | uuid.UUID, reason: str, *, key: str | None = None
) -> CardResult:
    """A manager voids a card for good: its balance goes to zero with a ``void`` entry."""
    actor.require(Permission.VOID)
    why = require_text(reason, "reason")

    def work(session: Session, card: GiftCard, st: Settings, op_key: str) -> CardResult:
        now = ctx.now()
        entry = ledger.post(session, ctx, actor, card, Card(card, now).void(), key=op_key, note=why)
        holds.release_all(session, card.id, now)
        card.voided_by, card.voided_at, card.voided_reason = actor.staff_id, now, why
        return CardResult(view(session, card), entry.id)

    return on_card(ctx, actor, "void", code, key, {"reason": why}, work)


def transfer(
    ctx: Context, actor: Actor, code: str | uuid.UUID, *, key: str | None = None
) -> CardResult:
    """A manager moves a (lost) card's whole balance to a new code; the old one is closed."""
    actor.require(Permission.TRANSFER)

    def work(session: Session, card: GiftCard, st: Settings, op_key: str) -> CardResult:
        now = ctx.now()
        Card(card, now).transfer(held=holds.pending_total(session, card.id, now))
        new = replace_card(session, ctx, actor, card, st, key=op_key, reason="transfer")
        audit.record(session, ctx, actor, "card_transferred", {"to": new.last4}, card_id=card.id)
        return CardResult(new, None)

    return on_card(ctx, actor, "transfer", code, key, {}, work)
