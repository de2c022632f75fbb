"""Receipts as lines of text: what a slip says, independent of how it is printed.

Every document becomes a :class:`PrintJob` of slips (one paper cut each) made of
text lines no wider than the printer's columns and centred QR codes. The
ESC/POS and PDF printers both render these jobs, so a thermal receipt and its
PDF twin always carry the same words: labels in the store's language
(:mod:`printers.messages`), money and dates formatted by Babel for its locale.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from babel.dates import format_date, format_datetime

from posapp.documents import (
    BalanceSlip,
    CashOutSlip,
    EndOfDayReport,
    GiftReceipt,
    Receipt,
    ReceiptTender,
    StoreInfo,
    TerminalTotals,
)
from posapp.domain.errors import InvalidInput
from posapp.money import Money
from posapp.symbols import qr_payload
from printers.messages import text as _

#: Columns of font A on 58 mm (384 dots) and 80 mm (576 dots) paper.
COLUMNS = {58: 32, 80: 48}
Align = Literal["left", "center", "right"]
Document = Receipt | BalanceSlip | EndOfDayReport | GiftReceipt | CashOutSlip

_TENDER_LABELS = {"gift_card": "Gift card", "cash": "Cash", "external": "Card"}
_STATE_BANNERS = {"voided": "*** VOIDED ***", "refunded": "*** REFUNDED ***"}


@dataclass(frozen=True)
class Text:
    """One printed line; ``tall`` doubles the height only, so the column count holds."""

    text: str
    align: Align = "left"
    bold: bool = False
    tall: bool = False


@dataclass(frozen=True)
class Qr:
    payload: str


Block = Text | Qr


@dataclass(frozen=True)
class Slip:
    """Paper between two cuts."""

    blocks: tuple[Block, ...]

    def lines(self) -> list[str]:
        return [block.text for block in self.blocks if isinstance(block, Text)]


@dataclass(frozen=True)
class PrintJob:
    columns: int
    slips: tuple[Slip, ...]
    open_drawer: bool = False


def columns_for(width_mm: int) -> int:
    if width_mm not in COLUMNS:
        raise InvalidInput(f"Receipt paper must be 58 or 80 mm wide, not {width_mm} mm.")
    return COLUMNS[width_mm]


def layout_document(doc: Document, width_mm: int = 80, *,
                    store: StoreInfo | None = None, full_codes: bool = True) -> PrintJob:
    """Lay ``doc`` out for ``width_mm`` paper; no line is wider than its columns.

    A sale receipt is followed by one slip per gift receipt and replacement
    card it carries. A bare :class:`GiftReceipt` needs the ``store`` it was sold in.
    Without ``full_codes`` (a copy that is kept, not handed over) gift slips show
    the masked code and no QR.
    """
    cols = columns_for(width_mm)
    w = _Writer(cols)
    if isinstance(doc, Receipt):
        slips = [_sale(w, doc)]
        slips += [_gift(w, g, doc.store, _(doc.store.locale, "GIFT CARD"), full_codes)
                  for g in doc.gift_receipts]
        slips += [_gift(w, g, doc.store, _(doc.store.locale, "YOUR NEW GIFT CARD"), full_codes)
                  for g in doc.new_cards]
        return PrintJob(cols, tuple(slips), open_drawer=doc.open_drawer)
    if isinstance(doc, GiftReceipt):
        if store is None:
            raise InvalidInput("A gift receipt needs the store it was sold in.")
        return PrintJob(cols, (_gift(w, doc, store, _(store.locale, "GIFT CARD"), full_codes),))
    if isinstance(doc, BalanceSlip):
        return PrintJob(cols, (_balance(w, doc),))
    if isinstance(doc, EndOfDayReport):
        return PrintJob(cols, (_end_of_day(w, doc),))
    if isinstance(doc, CashOutSlip):
        return PrintJob(cols, (_cashout(w, doc),), open_drawer=doc.open_drawer)
    raise InvalidInput(f"Cannot print a {type(doc).__name__}.")


class _Writer:
    """Builds wrapped, column-bounded lines."""

    def __init__(self, columns: int) -> None:
        self.columns = columns

    def wrap(self, text: str, align: Align = "left", *, bold: bool = False,
             tall: bool = False, indent: str = "") -> list[Text]:
        lines = textwrap.wrap(text, self.columns, subsequent_indent=indent,
                              break_on_hyphens=False) or [""]
        return [Text(line, align, bold, tall) for line in lines]

    def pair(self, left: str, right: str, *, bold: bool = False, tall: bool = False,
             indent: str = "") -> list[Text]:
        """``left`` and ``right`` on one line, or ``right`` on its own line when both don't fit."""
        if len(left) + 1 + len(right) <= self.columns:
            gap = self.columns - len(left) - len(right)
            return [Text(left + " " * gap + right, bold=bold, tall=tall)]
        head = self.wrap(left, bold=bold, tall=tall, indent=indent)
        return head + [Text(line, "right", bold, tall) for line in
                       textwrap.wrap(right, self.columns, break_on_hyphens=False)]

    def rule(self, char: str = "-") -> list[Text]:
        return [Text(char * self.columns)]

    def header(self, store: StoreInfo, title: str) -> list[Text]:
        lines = self.wrap(store.name, "center", bold=True, tall=True)
        for address in store.address_lines:
            lines += self.wrap(address, "center")
        return lines + [Text("")] + self.wrap(title, "center", bold=True) + self.rule()


def money(amount: Money, locale: str) -> str:
    # Babel separates symbol and digits with no-break spaces, which code pages lack.
    return amount.format(locale).replace("\u00a0", " ").replace("\u202f", " ")


def when(moment: datetime, locale: str) -> str:
    return format_datetime(moment, "short", locale=locale).replace("\u202f", " ")


def _sale(w: _Writer, r: Receipt) -> Slip:
    loc = r.store.locale
    title = _(loc, "REFUND" if r.state == "refunded" else "SALE")
    out = w.header(r.store, title)
    if r.state in _STATE_BANNERS:
        out += w.wrap(_(loc, _STATE_BANNERS[r.state]), "center", bold=True, tall=True)
    out += w.pair(_(loc, "Receipt"), r.receipt_number)
    out += w.pair(_(loc, "Date"), when(r.created_at, loc))
    out += w.pair(_(loc, "Cashier"), r.cashier)
    out += w.pair(_(loc, "Till"), r.terminal)
    out += w.rule()
    for line in r.lines:
        out += w.wrap(line.description)
        out += w.pair(f"  {line.quantity} x {money(line.unit_price, loc)}",
                      money(line.amount, loc))
    out += w.rule()
    out += w.pair(_(loc, "TOTAL"), money(r.total, loc), bold=True, tall=True)
    for tender in r.tenders:
        out += _tender(w, tender, loc)
    if r.change or any(t.kind == "cash" for t in r.tenders):
        out += w.pair(_(loc, "Change"), money(r.change, loc), bold=True)
    out += w.rule()
    if r.new_cards:
        out += w.wrap(_(loc, "Your remaining balance moved to a new card code: see the next "
                          "slip."))
    out += w.wrap(_(loc, "Keep this receipt. Gift card balances are shown with masked codes."),
                  "center")
    return Slip(tuple(out))


def _tender(w: _Writer, tender: ReceiptTender, loc: str) -> list[Text]:
    label = (_(loc, _TENDER_LABELS[tender.kind]) if tender.kind in _TENDER_LABELS
             else tender.kind.replace("_", " ").capitalize())
    out = w.pair(label, money(tender.amount, loc))
    if tender.masked_code:
        out += w.wrap(f"  {tender.masked_code}", indent="  ")
    if tender.remaining_balance is not None:
        out += w.pair("  " + _(loc, "Balance left"), money(tender.remaining_balance, loc),
                      indent="  ")
    return out


def _gift(w: _Writer, g: GiftReceipt, store: StoreInfo, title: str, full_code: bool) -> Slip:
    loc = store.locale
    out = w.header(store, title)
    out += w.wrap(money(g.amount, loc), "center", bold=True, tall=True)
    if g.recipient_name:
        out += w.wrap(_(loc, "For {name}", name=g.recipient_name), "center")
    if g.message:
        out += [Text("")] + w.wrap(f'"{g.message}"', "center")
    out += [Text("")] + w.wrap(_(loc, "Your gift card code"), "center")
    if not full_code:
        out += w.wrap(g.masked_code, "center", bold=True)
        out += w.wrap(_(loc, "The full code was handed over at the till and is not kept here."),
                      "center")
    else:
        out += w.wrap(g.display_code, "center", bold=True)
    blocks: list[Block] = [*out, Qr(qr_payload(g.code, store))] if full_code else list(out)
    if g.expires_at is not None:
        blocks += w.wrap(_(loc, "Valid until {date}",
                           date=format_date(store.last_day(g.expires_at), "medium",
                                            locale=loc)), "center")
    if g.email_to and g.email_at is None:
        blocks += w.wrap(_(loc, "E-mailed to {address} now.", address=g.email_to), "center")
    elif g.email_to and g.email_at is not None:
        blocks += w.wrap(_(loc, "To be e-mailed to {address} on {when}.", address=g.email_to,
                           when=format_datetime(g.email_at, "medium", locale=loc)), "center")
    help_text = (_(loc, "Check the balance at {url}", url=store.balance_url)
                 if store.balance_url
                 else _(loc, "Check the balance at any {store} till.", store=store.name))
    blocks += w.rule() + w.wrap(_(loc, store.terms)) + w.wrap(help_text)
    return Slip(tuple(blocks))


def _balance(w: _Writer, b: BalanceSlip) -> Slip:
    loc = b.store.locale
    out = w.header(b.store, _(loc, "GIFT CARD BALANCE"))
    out += w.wrap(b.masked_code, "center")
    out += w.wrap(money(b.balance, loc), "center", bold=True, tall=True)
    out += w.pair(_(loc, "Status"), _(loc, b.status.replace("_", " ").capitalize()))
    if b.expires_at is not None:
        out += w.pair(_(loc, "Valid until"),
                      format_date(b.store.last_day(b.expires_at), "medium", locale=loc))
    out += w.pair(_(loc, "Printed"), when(b.printed_at, loc))
    return Slip(tuple(out))


def _cashout(w: _Writer, c: CashOutSlip) -> Slip:
    loc = c.store.locale
    out = w.header(c.store, _(loc, "CASH-OUT"))
    out += w.wrap(c.masked_code, "center")
    out += w.pair(_(loc, "Paid in cash"), money(c.paid, loc), bold=True, tall=True)
    out += w.pair(_(loc, "Balance now"), money(Money.zero(c.paid.currency), loc))
    out += w.pair(_(loc, "Cashier"), c.cashier)
    out += w.pair(_(loc, "Till"), c.terminal)
    out += w.pair(_(loc, "Printed"), when(c.printed_at, loc))
    out += w.rule() + w.wrap(_(loc, "The card's remainder was paid out in cash."), "center")
    return Slip(tuple(out))


def _end_of_day(w: _Writer, report: EndOfDayReport) -> Slip:
    loc = report.store.locale
    out = w.header(report.store, _(loc, "END OF DAY"))
    out += w.pair(_(loc, "Business day"), report.business_day)
    out += w.pair(_(loc, "Printed"), when(report.printed_at, loc))
    for totals in report.terminals:
        out += w.rule() + w.wrap(_(loc, "Till {name}", name=totals.terminal), bold=True)
        out += _totals(w, totals, loc)
    if len(report.terminals) > 1:
        out += w.rule("=") + w.wrap(_(loc, "All tills"), bold=True)
        out += _totals(w, _sum(report.terminals), loc)
    if not report.terminals:
        out += w.rule() + w.wrap(_(loc, "No sales on this day."), "center")
    return Slip(tuple(out))


def _totals(w: _Writer, t: TerminalTotals, loc: str) -> list[Text]:
    return (w.pair(_(loc, "Sales"), str(t.sales_count))
            + w.pair(_(loc, "Gift cards sold"), money(t.cards_sold, loc))
            + w.pair(_(loc, "Gift card redemptions"), money(t.gift_card_redemptions, loc))
            + w.pair(_(loc, "Cash"), money(t.cash, loc))
            + w.pair(_(loc, "Card / external"), money(t.external, loc))
            + w.pair(_(loc, "Voided sales"), str(t.voids))
            + w.pair(_(loc, "Refunds"), money(t.refunds, loc))
            + (w.pair(_(loc, "Cash-outs"), money(t.cashed_out, loc)) if t.cashed_out else []))


def _sum(terminals: tuple[TerminalTotals, ...]) -> TerminalTotals:
    first, *rest = terminals
    total = first
    for t in rest:
        total = TerminalTotals(
            "all", total.sales_count + t.sales_count, total.cards_sold + t.cards_sold,
            total.gift_card_redemptions + t.gift_card_redemptions, total.cash + t.cash,
            total.external + t.external, total.voids + t.voids, total.refunds + t.refunds,
            _add(total.cashed_out, t.cashed_out))
    return total


def _add(a: Money | None, b: Money | None) -> Money | None:
    return b if a is None else a if b is None else a + b
