"""The counter on a database this process opens itself: the edge and the bus, in process."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from posapp import edge
from posapp.documents import CashOutSlip, Receipt
from posapp.domain.roles import Permission, Role
from posapp.edge_counter import CardCare
from posapp.money import Money
from posapp.services.back_office import admin, documents, reconciliation
from posapp.services.back_office.products import list_products
from posapp.services.back_office.reconciliation import ItemView
from posapp.services.checkout import cashout, sales
from posapp.services.checkout.cashout import CashedOut, Offer
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import bus
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardResult, CardView, SaleResult
from posapp.services.configuration.settings import Settings
from posapp.services.security import staff
from ui.counter.port import BalanceFound, LinkState, ProductChoice, Queued

if TYPE_CHECKING:
    from ui.terminal_config import TerminalConfig


class LocalCounter:
    central = False

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def names(self) -> list[str]:
        return staff.sign_in_names(self.ctx)

    def sign_in(self, name: str, pin: str, config: TerminalConfig) -> Actor:
        return staff.authenticate(self.ctx, name, pin,
                                  location_code=config.location_code or None,
                                  terminal_name=config.terminal_name, record_login=True)

    def approvers(self, actor: Actor) -> list[str]:
        return staff.sign_in_names(self.ctx, at_least=Role.MANAGER)

    def approve(self, actor: Actor, name: str, pin: str, permission: Permission, *,
                command: str, key: str) -> Actor:
        # In process the approved actor is handed to the one call it is for: nothing to bind.
        return staff.authorize_override(self.ctx, actor, name, pin, permission)

    def settings(self, actor: Actor) -> Settings:
        return admin.effective_settings(self.ctx, actor.location_code or None)

    def products(self, actor: Actor) -> list[ProductChoice]:
        return [ProductChoice(p.sku, p.name, p.currency, p.denominations)
                for p in list_products(self.ctx)]

    def check_amount(self, actor: Actor, text: str, *, product_sku: str | None,
                     code: str | None) -> Money:
        return edge.check_amount(self.ctx, actor, text, product_sku=product_sku, code=code)

    def sell(self, actor: Actor, lines: Sequence[CardLine], payment: Payment, *,
             key: str) -> SaleResult | Queued:
        return edge.sell(self.ctx, actor, lines, payment, key=key)

    def check(self, actor: Actor, code: str, *, last: int) -> BalanceFound:
        found = edge.check(self.ctx, actor, code, last=last)
        return BalanceFound(found.card, found.last_entries)

    def cash_out_offer(self, actor: Actor, found: BalanceFound) -> Offer | None:
        return cashout.offer(self.ctx, actor, found.card)

    def cash_out(self, actor: Actor, code: str, *, key: str) -> CashedOut:
        return edge.cash_out(self.ctx, actor, code, key=key)

    def cashout_slip(self, actor: Actor, done: CashedOut) -> CashOutSlip:
        return documents.cashout_slip(self.ctx, actor, done)

    def card_care(self, actor: Actor, card: str | uuid.UUID, *, last: int) -> BalanceFound:
        found = edge.card_care(self.ctx, actor, card, last=last)
        return BalanceFound(found.card, found.last_entries)

    def change_card(self, actor: Actor, command: CardCare) -> CardView:
        done = bus.dispatch(self.ctx, actor, command)
        return done.card if isinstance(done, CardResult) else done

    def open_sale(self, actor: Actor, lines: Sequence[GoodsLine]) -> SaleResult:
        return edge.open_sale(self.ctx, actor, lines)

    def apply_card(self, actor: Actor, sale_id: uuid.UUID, code: str) -> SaleResult:
        return edge.apply_card(self.ctx, actor, sale_id, code)

    def remove_card(self, actor: Actor, sale_id: uuid.UUID, card_id: uuid.UUID
                    ) -> SaleResult:
        return edge.remove_card(self.ctx, actor, sale_id, card_id)

    def cancel_sale(self, actor: Actor, sale_id: uuid.UUID) -> SaleResult:
        return edge.cancel_sale(self.ctx, actor, sale_id)

    def complete_sale(self, actor: Actor, sale_id: uuid.UUID, payment: Payment, *,
                      key: str) -> SaleResult | Queued:
        return edge.complete_sale(self.ctx, actor, sale_id, payment, key=key)

    def find_sale(self, actor: Actor, receipt_number: str) -> SaleResult:
        return sales.find_sale(self.ctx, actor, receipt_number)

    def last_sale(self, actor: Actor) -> SaleResult:
        return sales.last_sale(self.ctx, actor)

    def void_sale(self, actor: Actor, sale_id: uuid.UUID, reason: str, *,
                  key: str) -> SaleResult:
        return edge.void_sale(self.ctx, actor, sale_id, reason, key=key)

    def refund_sale(self, actor: Actor, sale_id: uuid.UUID, amount: str | None, *,
                    key: str) -> SaleResult:
        return edge.refund_sale(self.ctx, actor, sale_id, amount, key=key)

    def receipt(self, actor: Actor, sale: SaleResult,
                gift_codes: dict[uuid.UUID, str] | None) -> Receipt:
        return documents.receipt(self.ctx, actor, sale.sale_id, gift_codes=gift_codes)

    def queue(self, actor: Actor, *, everything: bool) -> list[ItemView]:
        return reconciliation.list_items(self.ctx, actor, open_only=not everything)

    def resolve(self, actor: Actor, item_id: uuid.UUID, note: str) -> ItemView:
        return reconciliation.resolve(self.ctx, actor, str(item_id), note)

    def link(self) -> LinkState | None:
        return None
