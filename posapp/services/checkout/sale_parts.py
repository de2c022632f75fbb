"""Building blocks of a sale: lines, tenders, receipt numbers, and the sale's view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.codes import mask
from posapp.db.models import GiftCard, Sale, SaleTender, Terminal
from posapp.domain.errors import InvalidInput, InvalidState, NotAllowed, NotFound
from posapp.domain.lifecycle import SaleState, TenderKind
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView, SaleResult, TenderView


@dataclass(frozen=True)
class GoodsLine:
    """Something the store sells that is not a gift card."""

    description: str
    price: Money
    quantity: int = 1
    category: str | None = None


@dataclass(frozen=True)
class CardLine:
    """A gift card sold in a sale: a new e-card (no code), a batch card to activate, or a reload."""

    amount: Money
    code: str | None = None
    terms: CardTerms = field(default_factory=CardTerms)
    product_sku: str | None = None


@dataclass(frozen=True)
class Payment:
    """Tenders other than gift cards: cash (may give change), external card, other methods."""

    cash: Money | None = None
    external: Money | None = None
    other: dict[str, Money] = field(default_factory=dict)

    def amounts(self, currency: str) -> list[tuple[str, Money]]:
        """Each tender given, as (method, positive amount); refuses bad amounts."""
        out: list[tuple[str, Money]] = []
        for method, value in (
            ("cash", self.cash),
            ("external", self.external),
            *self.other.items(),
        ):
            if value is None:
                continue
            if value.currency != currency or value.minor <= 0:
                raise InvalidInput(
                    "The {method} amount must be above zero in {currency}.",
                    method=method, currency=currency,
                )
            out.append((method, value))
        return out


def next_receipt_number(session: Session, actor: Actor) -> str:
    """``STORE-TERMINAL-000123``: sequential per terminal, whose row is locked to count."""
    session.scalar(select(Terminal).where(Terminal.id == actor.terminal_id).with_for_update())
    count = session.scalar(
        select(func.count()).select_from(Sale).where(Sale.terminal_id == actor.terminal_id)
    )
    return f"{actor.location_code}-{actor.terminal_name}-{int(count or 0) + 1:06d}"


def receipt_spellings(session: Session, actor: Actor, typed: str) -> list[str]:
    """The stored receipt numbers that ``typed`` may mean, matched without regard to case.

    A number keeps its terminal's name as spelt (``DEMO-vm-000002``) while a person or a
    scanner may change its case; spelling it out for each terminal of the store keeps the
    look-up an exact match on the indexed column."""
    text = typed.strip()
    names = session.scalars(select(Terminal.name).where(Terminal.location_id == actor.store_id))
    sequence = text.rpartition("-")[2]
    spelt = (f"{actor.location_code}-{name}-{sequence}" for name in names)
    return sorted({text, text.upper(), *(n for n in spelt if n.casefold() == text.casefold())})


def new_sale(session: Session, ctx: Context, actor: Actor, reference: str | None) -> Sale:
    if actor.terminal_id is None:
        raise InvalidInput("Sales are made at a terminal of a store.")
    sale = Sale(
        terminal_id=actor.terminal_id,
        location_id=actor.store_id,
        staff_id=actor.staff_id,
        receipt_number=next_receipt_number(session, actor),
        currency=actor.currency,
        total_minor=0,
        change_minor=0,
        refunded_minor=0,
        state=SaleState.OPEN.value,
        reference=reference,
        created_at=ctx.now(),
    )
    session.add(sale)
    session.flush()
    return sale


def load_sale(session: Session, actor: Actor, sale_id: uuid.UUID, *, lock: bool) -> Sale:
    query = select(Sale).where(Sale.id == sale_id)
    sale = session.scalar(query.with_for_update() if lock else query)
    if sale is None:
        raise NotFound("There is no such sale.")
    if sale.location_id != actor.location_id:
        raise NotAllowed("That sale belongs to another store.")
    return sale


def card_tenders(sale: Sale) -> list[SaleTender]:
    return [t for t in sale.tenders if t.kind == TenderKind.GIFT_CARD]


def tender_card(session: Session, tender: SaleTender) -> GiftCard:
    """The card a gift card tender was paid with."""
    card = session.get(GiftCard, tender.card_id) if tender.card_id else None
    if card is None:
        raise InvalidState("A card of this sale no longer exists.")
    return card


def card_share(tender: SaleTender) -> int:
    """What a gift card tender took off its card, in the card's currency."""
    if tender.card_amount_minor is None:
        raise InvalidState("This tender was not paid with a gift card.")
    return tender.card_amount_minor


def _left_on(card: GiftCard, tender: SaleTender, sale: Sale) -> int:
    """What the card keeps after this tender: while the sale is open its share is only held."""
    held = tender.card_amount_minor or 0 if sale.state == "open" else 0
    return card.balance_minor - held


def kept(sale: Sale, tender: SaleTender) -> int:
    """What a tender left with the store: cash given less the change handed back."""
    return tender.amount_minor - (sale.change_minor if tender.kind == TenderKind.CASH else 0)


def paid_by_cards(sale: Sale) -> int:
    return sum(t.amount_minor for t in card_tenders(sale))


def sale_result(session: Session, sale: Sale, cards: tuple[CardView, ...] = ()) -> SaleResult:
    """The sale as the CLI and UI see it; ``due`` is what is still to pay."""
    cur = sale.currency
    tenders = []
    for t in sale.tenders:
        card = session.get(GiftCard, t.card_id) if t.card_id else None
        tenders.append(
            TenderView(
                type=t.kind if t.kind != TenderKind.OTHER else (t.method or "other"),
                amount=Money(t.amount_minor, cur),
                masked_code=mask(card.code_last4, prefix=card.code_prefix or None)
                if card
                else None,
                card_id=card.id if card else None,
                remaining_balance=Money(_left_on(card, t, sale), card.currency) if card else None,
                returned=Money(t.refunded_minor, cur),
            )
        )
    paid = sum(t.amount_minor for t in sale.tenders) - sale.change_minor
    due = max(0, sale.total_minor - paid)
    return SaleResult(
        sale_id=sale.id,
        receipt_number=sale.receipt_number,
        state=sale.state,
        total=Money(sale.total_minor, cur),
        tenders=tuple(tenders),
        due=Money(due, cur),
        change=Money(sale.change_minor, cur),
        cards=cards,
    )
