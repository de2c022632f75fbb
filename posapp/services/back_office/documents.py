"""Plain data for printing: card faces, receipts, balance slips, end-of-day reports.

Printers never read the database: these functions gather what they print.
Full codes leave here only for a card's own face and for gift receipts, and
reading them back (a reprint) needs a manager and is audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import GiftCard, Location, Staff, Terminal
from posapp.documents import (
    BalanceSlip,
    CardFace,
    CashOutSlip,
    EndOfDayReport,
    GiftReceipt,
    Receipt,
    ReceiptLine,
    ReceiptTender,
    StoreInfo,
    TerminalTotals,
)
from posapp.domain.lifecycle import LineKind, SaleState, TenderKind
from posapp.domain.roles import Permission, allows
from posapp.money import Money
from posapp.services.accounting import audit, reports
from posapp.services.back_office.batches import BatchView, batch_cards
from posapp.services.cards import lookup, queries
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.cashout import CashedOut
from posapp.services.checkout.sale_parts import load_sale
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.delivery import scheduling


def store_info(session: Session, location_id: uuid.UUID | None) -> StoreInfo:
    st = settings.load(session, location_id)
    loc = session.get(Location, location_id) if location_id else None
    return StoreInfo(
        name=loc.name if loc else "GiftPOS",
        code=loc.code if loc else "",
        locale=loc.locale if loc else "en_US",
        balance_url=st.balance_url or None,
        terms=st.terms,
        timezone=loc.timezone if loc else "UTC",
    )


def _face(
    code: str,
    prefix: str,
    store: StoreInfo,
    face_value: Money | None,
    *,
    expires_at: datetime | None = None,
    batch_id: uuid.UUID | None = None,
    serial: int | None = None,
) -> CardFace:
    return CardFace(
        code=code,
        display_code=codes.display(code, prefix),
        masked_code=codes.mask_code(code, prefix),
        face_value=face_value,
        store=store,
        expires_at=expires_at,
        batch_id=str(batch_id) if batch_id else None,
        serial=serial,
    )


def card_face(ctx: Context, actor: Actor, ref: CardRef) -> CardFace:
    """A manager reprints one card: its face with the full code (audited)."""
    actor.require(Permission.REPRINT)

    def work(session: Session) -> CardFace:
        st = settings.current(session, ctx, actor.store_id)
        card, full = lookup.card(session, ctx, actor, ref, st, lock=False)
        audit.record(session, ctx, actor, "card_reprinted", {}, card_id=card.id)
        store = store_info(session, card.issuing_location_id)
        value = card.face_value_minor or card.initial_balance_minor
        return _face(
            full,
            card.code_prefix or "",  # the prefix it was made with, whatever is in force now
            store,
            Money(value, card.currency) if value else None,
            expires_at=card.expires_at,
            batch_id=card.batch_id,
            serial=card.batch_serial,
        )

    return run(ctx, actor, work)


def batch_faces(
    ctx: Context, actor: Actor, batch_id: uuid.UUID | str
) -> tuple[BatchView, Iterator[CardFace]]:
    """Every card face of a batch, in serial order, produced page by page."""
    view, cards = batch_cards(ctx, actor, batch_id)
    store, prefix = ctx.db.run(
        lambda s: (
            store_info(s, actor.location_id),
            settings.current(s, ctx, actor.location_id).code_prefix,
        ),
        readonly=True,
    )

    def faces() -> Iterator[CardFace]:
        for card in cards:
            yield _face(
                card.code,
                prefix,
                store,
                card.face_value,
                batch_id=view.batch_id,
                serial=card.serial,
            )

    return view, faces()


def receipt(
    ctx: Context,
    actor: Actor,
    sale_id: uuid.UUID,
    *,
    gift_codes: dict[uuid.UUID, str] | None = None,
) -> Receipt:
    """A sale's receipt. Gift receipts (full codes) come from ``gift_codes`` right after
    the sale; on a later reprint only a manager gets them, decrypted and audited."""
    actor.require(Permission.PRINT_RECEIPT)
    reveal = gift_codes is None and allows(actor.role, Permission.REPRINT)

    def work(session: Session) -> Receipt:
        sale = load_sale(session, actor, sale_id, lock=False)
        store = store_info(session, sale.location_id)
        cur = sale.currency
        staff = session.get(Staff, sale.staff_id)
        terminal = session.get(Terminal, sale.terminal_id)
        lines = tuple(
            ReceiptLine(
                ln.description,
                ln.quantity,
                Money(ln.unit_price_minor, cur),
                Money(ln.amount_minor, cur),
            )
            for ln in sale.lines
        )
        tenders = []
        for t in sale.tenders:
            card = session.get(GiftCard, t.card_id) if t.card_id else None
            tenders.append(
                ReceiptTender(
                    kind=t.kind if t.kind != "other" else (t.method or "other"),
                    amount=Money(t.amount_minor, cur),
                    masked_code=codes.mask(card.code_last4, prefix=card.code_prefix or None)
                    if card
                    else None,
                    remaining_balance=Money(card.balance_minor, card.currency) if card else None,
                )
            )
        def gift(card: GiftCard, amount: Money) -> GiftReceipt | None:
            code = (gift_codes or {}).get(card.id)
            if code is None and reveal:
                code = ctx.keys.decrypt(card.code_encrypted, card.code_hash)
                audit.record(session, ctx, actor, "gift_receipt_reprinted", {}, card_id=card.id)
            if code is None:
                return None
            prefix = card.code_prefix or ""
            mail = scheduling.latest(session, card.id)
            return GiftReceipt(
                code=code,
                display_code=codes.display(code, prefix),
                masked_code=codes.mask(card.code_last4, prefix=prefix or None),
                amount=amount,
                recipient_name=card.recipient_name,
                message=card.message,
                expires_at=card.expires_at,
                email_to=mail.recipient_email if mail else None,
                email_at=scheduling.when_local(session, mail) if mail else None,
            )

        gifts = [gift(card, Money(ln.amount_minor, cur)) for ln in sale.lines
                 if ln.kind == LineKind.GIFT_CARD and (card := session.get(GiftCard, ln.card_id))]
        # A replacement-strategy card that paid part of the sale was closed and its rest
        # moved to a new code: the customer leaves with that code on the receipt.
        paid_with = (session.get(GiftCard, t.card_id) for t in sale.tenders if t.card_id)
        successors = (session.get(GiftCard, card.replaced_by) for card in paid_with
                      if card and card.strategy == "replacement" and card.replaced_by)
        new_cards = [gift(card, Money(card.initial_balance_minor, card.currency))
                     for card in successors if card is not None]
        return Receipt(
            store=store,
            receipt_number=sale.receipt_number,
            sale_id=str(sale.id),
            created_at=sale.completed_at or sale.created_at,
            cashier=staff.name if staff else "",
            terminal=terminal.name if terminal else "",
            lines=lines,
            tenders=tuple(tenders),
            total=Money(sale.total_minor, cur),
            change=Money(sale.change_minor, cur),
            state=sale.state,
            open_drawer=any(t.kind == TenderKind.CASH for t in sale.tenders)
            and sale.state == SaleState.COMPLETED,
            gift_receipts=tuple(g for g in gifts if g is not None),
            new_cards=tuple(g for g in new_cards if g is not None),
        )

    return run(ctx, actor, work)


def balance_slip(ctx: Context, actor: Actor, ref: CardRef) -> BalanceSlip:
    card = queries.balance(ctx, actor, ref)
    store = ctx.db.run(lambda s: store_info(s, actor.location_id), readonly=True)
    return BalanceSlip(
        store, card.masked_code, card.balance, card.status, card.expires_at, ctx.now()
    )


def cashout_slip(ctx: Context, actor: Actor, done: CashedOut) -> CashOutSlip:
    """The slip a cash-out prints; printing it kicks the drawer open."""
    store = ctx.db.run(lambda s: store_info(s, actor.location_id), readonly=True)
    return CashOutSlip(store, done.card.masked_code, done.paid, actor.staff_name,
                       actor.terminal_name, ctx.now())


def end_of_day_report(ctx: Context, actor: Actor, day: datetime) -> EndOfDayReport:
    rows = reports.end_of_day(ctx, actor, day)
    store = ctx.db.run(lambda s: store_info(s, actor.location_id), readonly=True)
    return EndOfDayReport(
        store=store,
        business_day=day.date().isoformat(),
        printed_at=ctx.now(),
        terminals=tuple(
            TerminalTotals(
                r.terminal,
                r.sales,
                r.cards_sold,
                r.card_payments,
                r.cash,
                r.external,
                r.voided,
                r.refunded,
                r.cashed_out,
            )
            for r in rows
        ),
    )
