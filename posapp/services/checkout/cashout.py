"""Cash-out: a card's small remainder paid out of the drawer where the law requires it.

A store sets ``cashout_threshold`` per currency (0: off). A remainder under it is paid
out on request: one ``cashout`` entry takes the card to zero, and the till opens the
drawer and prints a slip. Above ``cashout_manager_over`` a manager approves (their
authority on the cashier's till, audited as a manager override). The cash comes out of
the store's drawer, so only a card in the store's own currency is paid out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from posapp.domain.card import Card
from posapp.domain.errors import CurrencyMismatch, PermissionDenied
from posapp.domain.roles import Permission, allows
from posapp.money import Money
from posapp.services.accounting import ledger
from posapp.services.cards import lookup
from posapp.services.checkout import holds
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from posapp.services.configuration import settings


@dataclass(frozen=True)
class CashedOut:
    """The card after the cash-out, the cash handed over and the entry that took it off."""

    card: CardView
    paid: Money
    entry_id: uuid.UUID

    def to_dict(self) -> dict[str, Any]:
        return {"card": self.card.to_dict(), "paid": self.paid.amount_str(),
                "currency": self.paid.currency, "entry_id": str(self.entry_id)}

    def to_record(self) -> dict[str, Any]:
        return {"card": self.card.to_record(), "paid": self.paid.minor,
                "entry_id": str(self.entry_id)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CashedOut:
        """What :meth:`to_dict` wrote (a till reads the service's answer)."""
        card = CardView.from_dict(data["card"])
        return cls(card, Money.parse(data["paid"], data["currency"]),
                   uuid.UUID(data["entry_id"]))

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> CashedOut:
        card = CardView.from_dict(data["card"])
        return cls(card, Money(int(data["paid"]), card.currency), uuid.UUID(data["entry_id"]))


@dataclass(frozen=True)
class Offer:
    """A card the till may pay out now; ``needs_manager`` when above the manager amount."""

    paid: Money
    needs_manager: bool


def offer(ctx: Context, actor: Actor, card: CardView) -> Offer | None:
    """Whether the till offers cash-out for ``card`` as just looked up (None: it does not).

    This only decides whether the button is shown: :func:`cash_out` checks every rule
    again on the locked card."""
    st = ctx.db.run(lambda s: settings.current(s, ctx, actor.store_id), readonly=True)
    return offer_under(st, actor, card)


def offer_under(st: settings.Settings, actor: Actor, card: CardView) -> Offer | None:
    """:func:`offer` under the store's settings ``st`` (a till in central mode has a copy)."""
    threshold, manager_over = st.cashout_limits(card.currency)
    balance = card.balance.minor
    if (card.status != "active" or card.currency != actor.currency
            or not 0 < balance < threshold
            or (card.available is not None and card.available != card.balance)):
        return None
    return Offer(card.balance, bool(manager_over) and balance > manager_over)


def cash_out(session: Session, ctx: Context, actor: Actor, cmd: c.CashOut, key: str) -> CashedOut:
    st = settings.current(session, ctx, actor.store_id)
    card, _ = lookup.card(session, ctx, actor, cmd.card, st)
    if card.currency != actor.currency:
        raise CurrencyMismatch(
            "This card is in {card_currency}; the drawer pays out {currency} only.",
            card_currency=card.currency, currency=actor.currency,
        )
    threshold, manager_over = st.cashout_limits(card.currency)
    now = ctx.now()
    change = Card(card, now).cashout(
        threshold, held=holds.pending_total(session, card.id, now), place=actor.place
    )
    paid = Money(-change.amount, card.currency)
    if manager_over and paid.minor > manager_over and not allows(
        actor.role, Permission.CASH_OUT_OVER_LIMIT
    ):
        raise PermissionDenied(
            "A cash-out above {limit} needs a manager's approval.",
            limit=Money(manager_over, card.currency),
        )
    entry = ledger.post(session, ctx, actor, card, change, key=key, note="cash-out")
    return CashedOut(lookup.view(session, card), paid, entry.id)
