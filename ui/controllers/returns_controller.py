"""Refunds and voids of completed sales: a manager's, or a cashier's with an override."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidgetItem

from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.command_path.commands import RefundSale, VoidSale
from posapp.services.command_path.results import SaleResult
from ui.deps import Deps
from ui.dialogs.override_dialog import authority_for
from ui.dialogs.reason_dialog import ReasonDialog
from ui.models.status import sale_state_label, tender_label
from ui.printing import print_receipt
from ui.views.returns_view import ReturnsView


class ReturnsController(QObject):
    def __init__(self, view: ReturnsView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self.sale: SaleResult | None = None
        self._connect_callbacks()
        self._show()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.find_button.clicked.connect(self.find)
        v.receipt.returnPressed.connect(self.find)
        v.last_button.clicked.connect(self.last)
        v.refund_button.clicked.connect(self.refund)
        v.void_button.clicked.connect(self.void)
        v.reprint_button.clicked.connect(self.reprint)

    def focus_input(self) -> None:
        self.view.receipt.setFocus()

    def back_out(self) -> None:
        self.sale = None
        self.view.receipt.clear()
        self.view.refund_amount.clear()
        self.view.banner.clear_message()
        self._show()

    def find(self) -> None:
        number = self.view.receipt.text().strip()
        if number:
            self._load(lambda counter, actor: counter.find_sale(actor, number))

    def last(self) -> None:
        self._load(lambda counter, actor: counter.last_sale(actor))

    def void(self) -> None:
        """Void the chosen sale, or the last one; a manager approves if the role can't."""
        if self.sale is None:
            self._load(lambda counter, actor: counter.last_sale(actor), then=self.void)
            return
        key = str(uuid.uuid4())  # one void, which a manager's approval is for
        actor = authority_for(self.view, self._deps, Permission.VOID_SALE,
                              command=VoidSale.name, key=key)
        if actor is None:
            return
        reason = ReasonDialog.ask(self.view, self.tr("Void sale"),
                                  self.tr("Why is sale %1 voided?").replace(
                                      "%1", self.sale.receipt_number))
        if reason is None:
            return
        sale_id = self.sale.sale_id
        self._change(lambda counter: counter.void_sale(actor, sale_id, reason, key=key))

    def refund(self) -> None:
        if self.sale is None:
            return
        key = str(uuid.uuid4())  # one refund, which a manager's approval is for
        actor = authority_for(self.view, self._deps, Permission.REFUND_SALE,
                              command=RefundSale.name, key=key)
        if actor is None:
            return
        amount = self.view.refund_amount.text().strip() or None
        sale_id = self.sale.sale_id
        self._change(lambda counter: counter.refund_sale(actor, sale_id, amount, key=key))

    def reprint(self) -> None:
        if self.sale is None:
            return
        deps, sale = self._deps, self.sale
        actor = deps.actor()
        deps.runner.run(
            lambda: print_receipt(deps.counter, actor, deps.config, sale),
            lambda where: self.view.banner.show_info(
                self.tr("Receipt printed: %1").replace("%1", where)),
            self.view.banner.show_failure,
        )

    # plumbing -------------------------------------------------------------------
    def _load(self, query: Callable[..., SaleResult],
              then: Callable[[], None] | None = None) -> None:
        deps = self._deps
        actor = deps.actor()

        def loaded(sale: SaleResult) -> None:
            self.sale = sale
            self.view.banner.clear_message()
            self._show()
            if then is not None:
                then()

        deps.runner.run(lambda: query(deps.counter, actor), loaded,
                        self.view.banner.show_failure)

    def _change(self, step: Callable[..., SaleResult]) -> None:
        deps = self._deps

        before = self.sale

        def changed(sale: SaleResult) -> None:
            self.sale = sale
            deps.events.cards_changed.emit()
            deps.events.sales_changed.emit()
            self.view.refund_amount.clear()
            self.view.banner.show_info(self._outcome(before, sale))
            self._show()

        deps.runner.run(lambda: step(deps.counter), changed, self.view.banner.show_failure)

    def _outcome(self, before: SaleResult | None, after: SaleResult) -> str:
        """What happened, and what the drawer pays back: cash given less the change."""
        locale = self._deps.actor().locale
        drawer = [f"{tender_label(kind)} {amount.format(locale)}"
                  for kind, amount in _given_back(before, after)]
        if after.state == "voided":
            text = self.tr("Sale %1 is voided.")
        elif after.state == "refunded":
            text = self.tr("Sale %1 is refunded in full.")
        else:
            text = self.tr("Part of sale %1 is refunded.")
        text = text.replace("%1", after.receipt_number)
        if drawer:
            text += " " + self.tr("Hand back: %1.").replace("%1", ", ".join(drawer))
        return text

    def _show(self) -> None:
        v, sale = self.view, self.sale
        locale = self._deps.actor().locale if sale else "en_US"
        if sale is None:
            v.summary.setText(self.tr("No sale chosen: type a receipt number or take the last."))
        else:
            v.summary.setText(self.tr("Sale %1 — %2 — total %3").replace(
                "%1", sale.receipt_number).replace("%2", sale_state_label(sale.state)).replace(
                "%3", sale.total.format(locale)))
        tenders = sale.tenders if sale else ()
        v.tenders.setRowCount(len(tenders))
        for row, tender in enumerate(tenders):
            returned = tender.returned.format(locale) if tender.returned else ""
            for col, text in enumerate((tender.masked_code or tender_label(tender.type),
                                        tender.amount.format(locale), returned)):
                v.tenders.setItem(row, col, QTableWidgetItem(text))
        completed = sale is not None and sale.state == "completed"
        v.refund_button.setEnabled(completed)
        v.reprint_button.setEnabled(sale is not None)
        v.receipt.setFocus()


def _given_back(before: SaleResult | None, after: SaleResult) -> list[tuple[str, Money]]:
    """What each cash or other tender gave back in this step (card shares go onto cards)."""
    same = before is not None and before.sale_id == after.sale_id
    earlier = [t.returned for t in before.tenders] if before is not None and same else []
    out = []
    for n, tender in enumerate(after.tenders):
        if tender.card_id is not None or not tender.returned:
            continue
        previous = earlier[n] if n < len(earlier) else None
        amount = tender.returned - previous if previous is not None else tender.returned
        if amount:
            out.append((tender.type, amount))
    return out
