"""The counter's sale commands built from what the cashier typed, for any way of running them.

A till on the chain's database dispatches these commands itself (:mod:`posapp.edge`);
a till in central mode sends the very same commands to the service
(:class:`posapp.central.till.Till`). Only the reading of a card code differs, so it is
given: on the database it counts a malformed code as a failed look-up of the terminal,
in central mode the service counts the look-ups it makes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from posapp.domain.errors import InvalidAmount, InvalidInput
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import commands as c

Amount = str | Money
#: How many of a card's latest ledger entries the counter's balance check shows.
COUNTER_ENTRIES = 8
#: Reads a typed or scanned code into its canonical text (or refuses it).
ReadCode = Callable[[str], str]


def amount(text: Amount, currency: str, *, signed: bool = False) -> Money:
    """A positive amount (or, when ``signed``, a non-zero one) from text or Money."""
    if isinstance(text, Money):
        if text.minor == 0 or (text.minor < 0 and not signed):
            raise InvalidAmount("The amount must be above zero.")
        return text
    return Money.parse(text, currency, allow_negative=signed)


def delivery_date(text: str | date | None) -> date | None:
    """A delivery day as typed: ``YYYY-MM-DD`` (empty: none, the e-mail goes at once)."""
    if text is None or isinstance(text, date):
        return text
    value = text.strip()
    if not value:
        return None
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            "{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-24.", text=text[:40]
        ) from None


def sale_id(text: str | uuid.UUID) -> uuid.UUID:
    if isinstance(text, uuid.UUID):
        return text
    try:
        return uuid.UUID(str(text).strip())
    except ValueError as exc:
        raise InvalidInput("{text!r} is not a sale id.", text=text) from exc


def payment(given: Payment | None, currency: str) -> Payment:
    """Tenders with their amounts parsed (text from a form or the command line)."""
    if given is None:
        return Payment()

    def money(value: Amount | None) -> Money | None:
        if isinstance(value, str):
            return Money.parse(value, currency)
        return value

    other = {k: money(v) for k, v in given.other.items()}
    return Payment(
        cash=money(given.cash),
        external=money(given.external),
        other={k: v for k, v in other.items() if v is not None},
    )


def goods(lines: Sequence[GoodsLine], currency: str) -> tuple[GoodsLine, ...]:
    return tuple(replace(line, price=amount(line.price, currency)) for line in lines)


def card_lines(read: ReadCode, currency: str, lines: Sequence[CardLine]) -> tuple[CardLine, ...]:
    return tuple(
        replace(line, amount=amount(line.amount, currency),
                code=read(line.code) if line.code else None)
        for line in lines
    )


def sell(
    read: ReadCode, currency: str, lines: Sequence[CardLine], given: Payment, *,
    reference: str | None = None, key: str | None = None,
) -> c.SellCards:
    return c.SellCards(card_lines(read, currency, lines), payment(given, currency), reference,
                       key)


def open_sale(
    currency: str, lines: Sequence[GoodsLine], *, reference: str | None = None
) -> c.OpenSale:
    return c.OpenSale(goods(lines, currency), reference)


def apply_card(read: ReadCode, sale: str | uuid.UUID, code: str) -> c.ApplyCard:
    return c.ApplyCard(sale_id(sale), read(code))


def remove_card(sale: str | uuid.UUID, card_id: uuid.UUID) -> c.RemoveCard:
    return c.RemoveCard(sale_id(sale), card_id)


def complete_sale(
    currency: str, sale: str | uuid.UUID, given: Payment | None = None, *,
    key: str | None = None,
) -> c.CompleteSale:
    return c.CompleteSale(sale_id(sale), payment(given, currency), key)


def cancel_sale(sale: str | uuid.UUID) -> c.CancelSale:
    return c.CancelSale(sale_id(sale))


def void_sale(sale: str | uuid.UUID, reason: str, *, key: str | None = None) -> c.VoidSale:
    return c.VoidSale(sale_id(sale), reason, key)


def refund_sale(
    currency: str, sale: str | uuid.UUID, value: Amount | None = None, *,
    key: str | None = None,
) -> c.RefundSale:
    money = None if value is None else amount(value, currency)
    return c.RefundSale(sale_id(sale), money, key)


def redeem(currency: str, card: CardRef, value: Amount, *, reference: str | None = None,
           key: str | None = None) -> c.RedeemCard:
    return c.RedeemCard(card, amount(value, currency), reference, key)


def reload(currency: str, card: CardRef, value: Amount, *,
           key: str | None = None) -> c.ReloadCard:
    return c.ReloadCard(card, amount(value, currency), key)


# A manager's care of one card: by its id (the look-up found it first) or its code ------
CardCare = (c.AdjustCard | c.FreezeCard | c.UnfreezeCard | c.VoidCard | c.TransferCard
            | c.ExtendExpiry)


def adjust(currency: str, card: CardRef, value: Amount, note: str, *,
           key: str | None = None) -> c.AdjustCard:
    return c.AdjustCard(card, amount(value, currency, signed=True), note, key)


def freeze(card: CardRef, reason: str) -> c.FreezeCard:
    return c.FreezeCard(card, reason)


def unfreeze(card: CardRef) -> c.UnfreezeCard:
    return c.UnfreezeCard(card)


def void(card: CardRef, reason: str, *, key: str | None = None) -> c.VoidCard:
    return c.VoidCard(card, reason, key)


def transfer(card: CardRef, *, key: str | None = None) -> c.TransferCard:
    return c.TransferCard(card, key)
