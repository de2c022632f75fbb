"""A sale of goods paid with gift cards: each scan holds ``min(available, due)`` at once."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidgetItem

from posapp.domain.errors import PosError
from posapp.money import Money
from posapp.services.checkout.sale_parts import GoodsLine, Payment
from posapp.services.command_path.results import SaleResult
from posapp.services.configuration.settings import Settings
from ui.counter.port import Counter, Queued
from ui.deps import Deps
from ui.dialogs.sale_done_dialog import SaleDoneDialog
from ui.dialogs.tender_dialog import TenderDialog
from ui.printing import SaleDone, print_sale
from ui.views.pay_view import PayView


class PayController(QObject):
    def __init__(self, view: PayView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self.sale: SaleResult | None = None
        self._settings = Settings()
        self._key = str(uuid.uuid4())
        self._last_message = ""
        self._connect_callbacks()
        self._show()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.start_button.clicked.connect(self.start)
        v.amount.returnPressed.connect(self.start)
        v.apply_button.clicked.connect(lambda: self.apply(v.code.text()))
        v.code.returnPressed.connect(lambda: self.apply(v.code.text()))
        v.remove_button.clicked.connect(self.remove_card)
        v.finish_button.clicked.connect(self.finish)
        v.cancel_button.clicked.connect(self.cancel)
        self._deps.events.settings_changed.connect(self.reload)

    def reload(self) -> None:
        deps = self._deps
        actor, counter = deps.actor(), deps.counter
        deps.runner.run(lambda: counter.settings(actor),
                        self._set_settings, self.view.banner.show_failure)

    def _set_settings(self, values: Settings) -> None:
        self._settings = values

    def handle_scan(self, code: str) -> bool:
        self.apply(code)
        return True

    def focus_input(self) -> None:
        (self.view.code if self.sale else self.view.amount).setFocus()

    def back_out(self) -> None:
        """Esc: clear what is being typed; the open sale stays until cancelled."""
        self.view.code.clear()
        self.view.banner.clear_message()
        (self.view.code if self.sale else self.view.amount).setFocus()

    # steps ----------------------------------------------------------------------
    def _due_amount(self) -> Money | None:
        try:
            return Money.parse(self.view.amount.text(), self._deps.actor().currency)
        except PosError as error:
            self.view.banner.show_error(error)
            self.view.amount.setFocus()
            return None

    def start(self) -> None:
        if self.sale is not None:
            self.view.code.setFocus()
            return
        amount = self._due_amount()
        if amount is not None:
            line = GoodsLine(self.tr("Goods"), amount)
            self._run(lambda counter, actor: counter.open_sale(actor, [line]))

    def apply(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        sale = self.sale
        amount = None if sale else self._due_amount()
        if sale is None and amount is None:
            return
        line = GoodsLine(self.tr("Goods"), amount) if amount else None

        def work(counter: Counter, actor: Any) -> SaleResult:
            opened = sale or counter.open_sale(actor, [line])
            return counter.apply_card(actor, opened.sale_id, code)

        self._run(work, cards=True)

    def remove_card(self) -> None:
        row = self.view.tenders.currentRow()
        if self.sale is None or not 0 <= row < len(self.sale.tenders):
            return
        card_id = self.sale.tenders[row].card_id
        sale_id = self.sale.sale_id
        if card_id is not None:
            self._run(lambda counter, actor: counter.remove_card(actor, sale_id, card_id),
                      cards=True)

    def cancel(self) -> None:
        if self.sale is None:
            return
        sale_id = self.sale.sale_id
        self._run(lambda counter, actor: counter.cancel_sale(actor, sale_id), cards=True,
                  closes=True)

    def finish(self) -> None:
        if self.sale is None:
            return
        payment = Payment()
        if self.sale.due.minor > 0:
            methods = list(self._settings.payment_methods)
            chosen = TenderDialog.ask(self.view, self.sale.due, methods,
                                      self._deps.actor().locale)
            if chosen is None:
                return
            payment = chosen
        deps, sale_id, key = self._deps, self.sale.sale_id, self._key

        def work(counter: Counter, actor: Any) -> SaleDone | Queued:
            done = counter.complete_sale(actor, sale_id, payment, key=key)
            if isinstance(done, Queued):
                return done
            return print_sale(counter, actor, deps.config, done)

        self._run(work, cards=True, closes=True)

    # plumbing -------------------------------------------------------------------
    def _run(self, step: Any, *, cards: bool = False, closes: bool = False) -> None:
        deps = self._deps
        actor = deps.actor()
        self.view.setEnabled(False)

        def done(outcome: SaleResult | SaleDone | Queued) -> None:
            self.view.setEnabled(True)
            self.view.code.clear()
            self.view.banner.clear_message()
            if cards:
                deps.events.cards_changed.emit()
            if closes:
                deps.events.sales_changed.emit()
                self._closed(outcome)
            else:
                assert isinstance(outcome, SaleResult)
                self.sale = outcome
            self._show()
            if isinstance(outcome, SaleDone):
                SaleDoneDialog.ask(self.view, outcome, deps)
                self.focus_input()

        deps.runner.run(lambda: step(deps.counter, actor), done, self._refused)

    def _closed(self, outcome: SaleResult | SaleDone | Queued) -> None:
        if isinstance(outcome, Queued):
            text = self.tr("The till is offline: the sale is finished with the cards it "
                           "holds and goes to the central service when the link is back.")
        elif isinstance(outcome, SaleDone):
            text = self.tr("Sale %1 paid.").replace("%1", outcome.result.receipt_number)
        else:
            text = self.tr("Sale %1 cancelled; the cards' holds are released.").replace(
                "%1", outcome.receipt_number)
        self.sale = None
        self._key = str(uuid.uuid4())
        self.view.amount.clear()
        self._last_message = text

    def _refused(self, error: BaseException) -> None:
        self.view.setEnabled(True)
        self.view.banner.show_failure(error)
        self.view.code.selectAll()
        (self.view.code if self.sale else self.view.amount).setFocus()

    def _show(self) -> None:
        v, sale = self.view, self.sale
        locale = self._deps.actor().locale if sale else "en_US"
        tenders = sale.tenders if sale else ()
        v.tenders.setRowCount(len(tenders))
        for row, tender in enumerate(tenders):
            left = (tender.remaining_balance.format(locale)
                    if tender.remaining_balance is not None else "")
            cells = (tender.masked_code or tender.type, tender.amount.format(locale), left)
            for col, text in enumerate(cells):
                v.tenders.setItem(row, col, QTableWidgetItem(text))
        v.amount.setEnabled(sale is None)
        v.start_button.setEnabled(sale is None)
        for button in (v.finish_button, v.cancel_button, v.remove_button):
            button.setEnabled(sale is not None)
        v.total.setText(self.tr("Total %1").replace("%1", sale.total.format(locale))
                        if sale else "")
        v.due.setText(self.tr("Due %1").replace("%1", sale.due.format(locale)) if sale else "")
        if sale is None and self._last_message:
            v.banner.show_info(self._last_message)
            self._last_message = ""
        (v.code if sale else v.amount).setFocus()
