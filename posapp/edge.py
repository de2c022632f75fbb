"""The edge: what a person typed or scanned, parsed once into a command, and run.

The CLI and the app both start here (so they parse the same way): amounts
become :class:`~posapp.money.Money` in the store's currency, codes their
canonical text (a code that is not one is refused and counted as a failed
look-up), ids :class:`uuid.UUID`. The services below never parse text; every
change goes through :func:`posapp.services.command_path.bus.dispatch`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from posapp import edge_counter as sale_commands
from posapp.domain.errors import PermissionDenied
from posapp.domain.roles import Permission, allows
from posapp.edge_counter import Amount, amount, delivery_date
from posapp.edge_counter import sale_id as sale_id  # the CLI reads sale ids here
from posapp.money import Money
from posapp.services.back_office import documents
from posapp.services.cards import queries
from posapp.services.cards.expiry import ExpiryRun
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef, parse_code
from posapp.services.checkout import selling
from posapp.services.checkout.cashout import CashedOut
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import (
    CardResult,
    CardView,
    EntryView,
    Redemption,
    SaleResult,
)
from posapp.services.configuration.setting_values import email_address
from posapp.services.delivery.views import DeliveryView

CardName = str | uuid.UUID


def card(ctx: Context, actor: Actor, name: CardName) -> CardRef:
    """A card named by its id (a manager's card list) or by a typed or scanned code."""
    if isinstance(name, uuid.UUID):
        return CardRef(card_id=name)
    return CardRef(code=parse_code(ctx, actor, name))


def check_amount(
    ctx: Context, actor: Actor, text: str, *, product_sku: str | None = None,
    code: str | None = None,
) -> Money:
    """A card amount typed at the counter, checked by the sale's own rule; with nothing
    typed, a pre-valued card (``code``) brings its face value."""
    money = amount(text, actor.currency) if text.strip() else None
    scanned = parse_code(ctx, actor, code) if code else None
    return selling.check_amount(ctx, actor, money, product_sku=product_sku, code=scanned)


def _reader(ctx: Context, actor: Actor) -> sale_commands.ReadCode:
    return lambda text: parse_code(ctx, actor, text)



def resend_email(
    ctx: Context, actor: Actor, name: CardName, *, to: str | None = None,
    recipient_name: str | None = None, key: str | None = None,
) -> DeliveryView:
    """A manager sends a card's e-mail again, to the same or a corrected address."""
    address = email_address(to) if to is not None else None
    cmd = c.ResendEmail(card(ctx, actor, name), address, recipient_name, key)
    result: DeliveryView = bus.dispatch(ctx, actor, cmd)
    return result


def reschedule_email(
    ctx: Context, actor: Actor, name: CardName, day: str | date | None, *, key: str | None = None
) -> DeliveryView:
    cmd = c.RescheduleEmail(card(ctx, actor, name), delivery_date(day), key)
    result: DeliveryView = bus.dispatch(ctx, actor, cmd)
    return result


def cancel_email(
    ctx: Context, actor: Actor, name: CardName, *, key: str | None = None
) -> DeliveryView:
    result: DeliveryView = bus.dispatch(ctx, actor, c.CancelEmail(card(ctx, actor, name), key))
    return result


def issue(
    ctx: Context,
    actor: Actor,
    value: Amount,
    *,
    currency: str | None = None,
    terms: CardTerms | None = None,
    code: str | None = None,
    reference: str | None = None,
    key: str | None = None,
) -> CardResult:
    cur = (currency or actor.currency).strip().upper()
    given = parse_code(ctx, actor, code) if code else None
    cmd = c.IssueCard(amount(value, cur), terms or CardTerms(), given, reference, key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def activate(
    ctx: Context,
    actor: Actor,
    name: CardName,
    value: Amount,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> CardResult:
    cmd = c.ActivateCard(card(ctx, actor, name), amount(value, actor.currency), reference, key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def redeem(
    ctx: Context,
    actor: Actor,
    name: CardName,
    value: Amount,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> Redemption:
    cmd = sale_commands.redeem(actor.currency, card(ctx, actor, name), value,
                               reference=reference, key=key)
    result: Redemption = bus.dispatch(ctx, actor, cmd)
    return result


def reload(
    ctx: Context, actor: Actor, name: CardName, value: Amount, *, key: str | None = None
) -> CardResult:
    cmd = sale_commands.reload(actor.currency, card(ctx, actor, name), value, key=key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def refund(
    ctx: Context,
    actor: Actor,
    name: CardName,
    value: Amount,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> CardResult:
    cmd = c.RefundCard(card(ctx, actor, name), amount(value, actor.currency), reference, key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def adjust(
    ctx: Context, actor: Actor, name: CardName, value: Amount, note: str, *, key: str | None = None
) -> CardResult:
    cmd = sale_commands.adjust(actor.currency, card(ctx, actor, name), value, note, key=key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def freeze(ctx: Context, actor: Actor, name: CardName, reason: str) -> CardView:
    cmd = sale_commands.freeze(card(ctx, actor, name), reason)
    result: CardView = bus.dispatch(ctx, actor, cmd)
    return result


def unfreeze(ctx: Context, actor: Actor, name: CardName) -> CardView:
    result: CardView = bus.dispatch(ctx, actor, sale_commands.unfreeze(card(ctx, actor, name)))
    return result


def void(
    ctx: Context, actor: Actor, name: CardName, reason: str, *, key: str | None = None
) -> CardResult:
    cmd = sale_commands.void(card(ctx, actor, name), reason, key=key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def transfer(ctx: Context, actor: Actor, name: CardName, *, key: str | None = None) -> CardResult:
    cmd = sale_commands.transfer(card(ctx, actor, name), key=key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result


def cash_out(ctx: Context, actor: Actor, name: CardName, *, key: str | None = None) -> CashedOut:
    result: CashedOut = bus.dispatch(ctx, actor, c.CashOut(card(ctx, actor, name), key))
    return result


def pay(
    ctx: Context,
    actor: Actor,
    total: Amount,
    *,
    codes: Sequence[str] = (),
    payment: Payment | None = None,
    lines: Sequence[GoodsLine] | None = None,
    reference: str | None = None,
    key: str | None = None,
) -> SaleResult:
    cur = actor.currency
    cmd = c.PaySale(
        amount(total, cur),
        tuple(parse_code(ctx, actor, code) for code in codes),
        sale_commands.payment(payment, cur),
        sale_commands.goods(lines or (), cur),
        reference,
        key,
    )
    result: SaleResult = bus.dispatch(ctx, actor, cmd)
    return result


def open_sale(
    ctx: Context, actor: Actor, lines: Sequence[GoodsLine], *, reference: str | None = None
) -> SaleResult:
    return _sale(ctx, actor, sale_commands.open_sale(actor.currency, lines, reference=reference))


def apply_card(ctx: Context, actor: Actor, sale: str | uuid.UUID, code: str) -> SaleResult:
    return _sale(ctx, actor, sale_commands.apply_card(_reader(ctx, actor), sale, code))


def remove_card(
    ctx: Context, actor: Actor, sale: str | uuid.UUID, card_id: uuid.UUID
) -> SaleResult:
    return _sale(ctx, actor, sale_commands.remove_card(sale, card_id))


def complete_sale(
    ctx: Context,
    actor: Actor,
    sale: str | uuid.UUID,
    given: Payment | None = None,
    *,
    key: str | None = None,
) -> SaleResult:
    return _sale(ctx, actor, sale_commands.complete_sale(actor.currency, sale, given, key=key))


def cancel_sale(ctx: Context, actor: Actor, sale: str | uuid.UUID) -> SaleResult:
    return _sale(ctx, actor, sale_commands.cancel_sale(sale))


def sell(
    ctx: Context,
    actor: Actor,
    lines: Sequence[CardLine],
    given: Payment,
    *,
    reference: str | None = None,
    key: str | None = None,
) -> SaleResult:
    cmd = sale_commands.sell(_reader(ctx, actor), actor.currency, lines, given,
                             reference=reference, key=key)
    return _sale(ctx, actor, cmd)


def void_sale(
    ctx: Context, actor: Actor, sale: str | uuid.UUID, reason: str, *, key: str | None = None
) -> SaleResult:
    return _sale(ctx, actor, sale_commands.void_sale(sale, reason, key=key))


def refund_sale(
    ctx: Context,
    actor: Actor,
    sale: str | uuid.UUID,
    value: Amount | None = None,
    *,
    key: str | None = None,
) -> SaleResult:
    return _sale(ctx, actor, sale_commands.refund_sale(actor.currency, sale, value, key=key))


def _sale(ctx: Context, actor: Actor, command: c.Command) -> SaleResult:
    result: SaleResult = bus.dispatch(ctx, actor, command)
    return result


def expire_cards(ctx: Context, actor: Actor, *, now: datetime | None = None) -> ExpiryRun:
    result: ExpiryRun = bus.dispatch(ctx, actor, c.ExpireCards(now))
    return result


def balance(ctx: Context, actor: Actor, name: CardName) -> CardView:
    return queries.balance(ctx, actor, card(ctx, actor, name))


def check(ctx: Context, actor: Actor, code: str, *, last: int = 5) -> queries.BalanceCheck:
    return queries.check(ctx, actor, card(ctx, actor, code), last=last)


def card_care(ctx: Context, actor: Actor, name: CardName, *, last: int) -> queries.BalanceCheck:
    return queries.care(ctx, actor, card(ctx, actor, name), last=last)


def card_history(ctx: Context, actor: Actor, name: CardName, *, last: int
                 ) -> queries.BalanceCheck:
    """A card and its last entries for a till in central mode: a manager's look (card
    care); a cashier's is what the counter's balance check shows, by code and at most
    the last :data:`~posapp.edge_counter.COUNTER_ENTRIES`."""
    if allows(actor.role, Permission.LIST_CARDS) or isinstance(name, uuid.UUID):
        return card_care(ctx, actor, name, last=last)
    if last > sale_commands.COUNTER_ENTRIES:
        raise PermissionDenied(
            "At the counter a card shows its last {count} entries; a manager sees more.",
            count=sale_commands.COUNTER_ENTRIES,
        )
    return check(ctx, actor, name, last=last)


def history(
    ctx: Context, actor: Actor, name: CardName, *, limit: int | None = None
) -> list[EntryView]:
    return queries.history(ctx, actor, card(ctx, actor, name), limit=limit)


def card_face(ctx: Context, actor: Actor, name: CardName) -> documents.CardFace:
    return documents.card_face(ctx, actor, card(ctx, actor, name))
