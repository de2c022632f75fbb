"""What a till may do while it cannot reach the central service (strict unless a store allows more).

Always allowed offline: selling cards and reloading them for cash or an external
payment, and finishing a sale whose card holds were taken online and have not lapsed.
With the store's ``offline_redemption`` setting on, a till may also take a card it
has in its cache, within every one of these limits:

* at most ``offline_card_cap`` from one card while offline,
* never more than the card's last known available balance less what this till
  has already taken from it offline,
* at most ``offline_terminal_allowance`` from all cards together,
* only within ``offline_window_hours`` of the till's last successful sync.

Everything else (void, adjust, freeze, transfer, refunds to cards, back-office work)
is refused offline with :class:`~posapp.domain.errors.Offline`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from posapp.central.till_store import CachedCard
from posapp.domain.errors import Offline, Phrase
from posapp.domain.lifecycle import Status
from posapp.money import Money
from posapp.services.command_path import commands as c

#: Hours after its last sync that a till may take cards, when the store says nothing.
DEFAULT_WINDOW_HOURS = 24

#: Commands a till queues offline as they are (no card value is taken by them).
QUEUED_AS_THEY_ARE = (c.SellCards, c.ReloadCard, c.CompleteSale)

_WHAT = {
    c.VoidCard.name: Phrase("Voiding a card"),
    c.VoidSale.name: Phrase("Voiding a sale"),
    c.AdjustCard.name: Phrase("Adjusting a card"),
    c.FreezeCard.name: Phrase("Freezing a card"),
    c.UnfreezeCard.name: Phrase("Unfreezing a card"),
    c.ExtendExpiry.name: Phrase("Extending a card's expiry"),
    c.TransferCard.name: Phrase("Moving a card's balance to a new card"),
    c.RefundCard.name: Phrase("A refund to a card"),
    c.RefundSale.name: Phrase("Refunding a sale"),
    c.IssueCard.name: Phrase("Issuing a card from the back office"),
    c.ActivateCard.name: Phrase("Activating a card from the back office"),
    c.ExpireCards.name: Phrase("Expiring cards"),
}


def refused(command: c.Command) -> Offline:
    return Offline(
        "The till is offline (it cannot reach the central service): {what} needs the "
        "link. Try again when the till is back online.",
        what=_WHAT.get(command.name, Phrase("This operation")),
    )


def not_yet(reason: Phrase) -> Offline:
    return Offline("The till is offline, so this card cannot be taken now: {reason}",
                   reason=reason)


def check_sale(command: c.Command) -> None:
    """Refuse a sale that needs other tenders than cash or an external card payment offline."""
    payment = getattr(command, "payment", None)
    if payment is not None and payment.other:
        raise Offline(
            "The till is offline: only cash and card-terminal payments are taken until the "
            "link is back."
        )
    # The day could pass before the sale reaches the service, which would then refuse it
    # as a date in the past: a paid sale must not be refused on replay for its e-mail.
    if isinstance(command, c.SellCards) and any(
        line.terms.deliver_on is not None for line in command.lines
    ):
        raise Offline(
            "The till is offline: an e-card with a delivery date waits for the link. Sell it "
            "to be e-mailed at once, or try again when the till is back online."
        )


def check_complete(expires: datetime | None, now: datetime) -> None:
    if expires is None:
        raise Offline(
            "The till is offline and this sale's cards were not reserved while it was "
            "online: take another payment, or wait for the link."
        )
    if expires <= now:
        raise Offline(
            "The till is offline and the reservation on this sale's cards has lapsed: take "
            "another payment, or wait for the link."
        )


@dataclass(frozen=True)
class Limits:
    """The store's offline settings as the till last pulled them."""

    enabled: bool
    card_cap: Money | None
    allowance: Money | None
    window: timedelta

    @classmethod
    def of(cls, settings: dict[str, Any], currency: str) -> Limits:
        def amount(name: str) -> Money | None:
            found = settings.get(name, {}).get(currency)
            return Money.parse(found, currency) if found else None

        return cls(
            enabled=bool(settings.get("offline_redemption", False)),
            card_cap=amount("offline_card_cap"),
            allowance=amount("offline_terminal_allowance"),
            window=timedelta(hours=int(settings.get("offline_window_hours",
                                                    DEFAULT_WINDOW_HOURS))),
        )


def check_redemption(
    limits: Limits,
    card: CachedCard | None,
    amount: Money,
    *,
    store: dict[str, Any],
    used: int,
    last_sync: datetime | None,
    now: datetime,
) -> None:
    """Refuse, in a cashier's words, an offline redemption past any limit (see the module)."""
    if not limits.enabled:
        raise Offline(
            "The till is offline (it cannot reach the central service) and this store does "
            "not accept gift cards offline. Take another payment, or wait for the link."
        )
    if last_sync is None or now - last_sync > limits.window:
        raise not_yet(Phrase("it has been offline too long to take cards; wait for the link."))
    if card is None:
        raise not_yet(Phrase("this till does not know the card. Take another payment."))
    if card.currency != amount.currency:
        raise not_yet(Phrase("the card is in {currency}.", currency=card.currency))
    if card.status != "active" or (card.expires_at is not None and card.expires_at <= now):
        raise not_yet(Phrase("the card was {status} when the till last saw it.",
                              status=_status(card.status)))
    if card.scope == "issuing" and card.issuing_store_id != store.get("id"):
        raise not_yet(Phrase("the card can only be used in the store that sold it."))
    if card.scope == "list" and store.get("code") not in card.scope_locations:
        raise not_yet(Phrase("the card cannot be used at this store."))
    if limits.card_cap is None or limits.allowance is None:
        raise not_yet(Phrase("no offline limits are set for {currency}.",
                              currency=amount.currency))
    left = card.available_minor - card.offline_taken_minor
    if amount.minor > left:
        raise not_yet(Phrase("the card had {available} available.",
                              available=Money(max(0, left), card.currency)))
    if card.offline_taken_minor + amount.minor > limits.card_cap.minor:
        room = Money(max(0, limits.card_cap.minor - card.offline_taken_minor), amount.currency)
        raise not_yet(Phrase("at most {room} more may be taken from this card offline.",
                              room=room))
    if used + amount.minor > limits.allowance.minor:
        room = Money(max(0, limits.allowance.minor - used), amount.currency)
        raise not_yet(Phrase("this till may take at most {room} more from cards offline.",
                              room=room))


def _status(value: str) -> Status | str:
    """The cached card's state as the core's word, so the till shows it in its language."""
    return Status(value) if value in Status._value2member_map_ else value


def detail(command: c.Command) -> dict[str, Any]:
    """What a refusal report of ``command`` would name: its amount, card and reference."""
    amount = getattr(command, "amount", None)
    if isinstance(command, c.SellCards):
        lines = [line.amount for line in command.lines]
        amount = sum(lines[1:], lines[0]) if lines else None
    card_id, sale_id = getattr(command, "card_id", None), getattr(command, "sale_id", None)
    return {
        "amount": {"minor": amount.minor, "currency": amount.currency}
        if isinstance(amount, Money) else None,
        "card_id": str(card_id) if card_id else None,
        "sale_id": str(sale_id) if sale_id else None,
        "reference": getattr(command, "reference", None),
    }
