"""Selling, activating and reloading cards in one paid sale (``selling.sell``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QTableWidgetItem

from posapp.codes import mask, visible_tail
from posapp.domain.errors import AmountMissing, WrongLocation
from posapp.domain.roles import Permission
from posapp.edge_counter import delivery_date
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path.commands import SellCards
from posapp.services.command_path.context import Actor
from posapp.services.command_path.results import SaleResult
from posapp.services.configuration.settings import Settings
from ui.counter.port import ProductChoice, Queued
from ui.deps import Deps
from ui.dialogs.override_dialog import authority_for
from ui.dialogs.sale_done_dialog import SaleDoneDialog
from ui.dialogs.tender_dialog import TenderDialog
from ui.printing import SaleDone, print_sale
from ui.views.sell_view import SellView


@dataclass(frozen=True)
class _Line:
    card: CardLine
    amount: Money
    shown_code: str
    recipient: str


class SellController(QObject):
    def __init__(self, view: SellView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self._lines: list[_Line] = []
        self._products: list[ProductChoice] = []
        self._settings = Settings()
        self._key = str(uuid.uuid4())  # one idempotency key per sale attempt
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.add_button.clicked.connect(lambda: self.add_line())
        v.amount.returnPressed.connect(self.add_line)
        v.code.returnPressed.connect(self._code_entered)
        v.remove_button.clicked.connect(self.remove_line)
        v.clear_button.clicked.connect(self.clear_sale)
        v.pay_button.clicked.connect(self.take_payment)
        v.product.currentIndexChanged.connect(self._show_denominations)
        self._deps.events.settings_changed.connect(self.reload)

    # scans and Esc --------------------------------------------------------------
    def handle_scan(self, code: str) -> bool:
        """A scanned card goes in at once with the amount typed, or its own face value;
        a card that has neither waits for its amount."""
        self.view.code.setText(code)
        self.add_line(scanned=True)
        return True

    def focus_input(self) -> None:
        self.view.amount.setFocus()

    def back_out(self) -> None:
        """Esc: clear the card being entered, then focus the amount again."""
        for field in (self.view.amount, self.view.code, self.view.recipient_name,
                      self.view.recipient_email, self.view.message, self.view.sender_name,
                      self.view.deliver_on):
            field.clear()
        self.view.banner.clear_message()
        self.view.amount.setFocus()

    # reference data ---------------------------------------------------------------
    def reload(self) -> None:
        deps = self._deps
        actor = deps.actor()
        counter = deps.counter
        deps.runner.run(
            lambda: (counter.products(actor), counter.settings(actor)),
            self._loaded,
            self.view.banner.show_failure,
        )

    def _loaded(self, data: tuple[list[ProductChoice], Settings]) -> None:
        self._products, self._settings = data
        self._show_lines()  # "Total $0.00" in the signed-in store's currency
        currency = self._deps.actor().currency
        self.view.product.blockSignals(True)
        self.view.product.clear()
        self.view.product.addItem(self.tr("Store gift card"), None)
        for product in self._products:
            if product.currency == currency:
                self.view.product.addItem(product.name, product.sku)
        self.view.product.blockSignals(False)
        self._show_denominations()
        self.view.recipient_email.setPlaceholderText(
            self.tr("E-mail (required)") if self._settings.require_recipient_email
            else self.tr("E-mail")
        )
        self.view.message.setEnabled(self._settings.allow_message)
        offered = self._settings.email_delivery_date
        self.view.deliver_on.setVisible(offered)
        self.view.deliver_on_label.setVisible(offered)

    def _show_denominations(self) -> None:
        grid = self.view.denominations
        while grid.count():
            widget = grid.takeAt(0).widget()
            widget.deleteLater()
        actor = self._deps.actor()
        sku = self.view.product.currentData()
        product = next((p for p in self._products if p.sku == sku), None)
        if product is not None:
            amounts = list(product.denominations)
        else:
            amounts = list(self._settings.fixed_amounts(actor.currency))
        for index, money in enumerate(amounts):
            button = QPushButton(money.format(actor.locale), self.view)
            button.setProperty("kind", "denomination")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, m=money: self._pick(m))
            grid.addWidget(button, index // 3, index % 3)  # three a row: fits 1024 px

    def _pick(self, money: Money) -> None:
        self.view.amount.setText(money.amount_str())
        self.view.amount.setFocus()

    # lines ----------------------------------------------------------------------
    def _code_entered(self) -> None:
        self.add_line(scanned=True)

    def add_line(self, scanned: bool = False) -> None:
        """Check the amount with the same rule the sale applies, then add the card line."""
        v, deps = self.view, self._deps
        actor = deps.actor()
        text, sku = v.amount.text(), v.product.currentData()
        code = v.code.text().strip() or None
        day_text = v.deliver_on.text() if v.deliver_on.isVisible() else ""
        typed = CardTerms(
            recipient_name=v.recipient_name.text().strip() or None,
            recipient_email=v.recipient_email.text().strip() or None,
            message=v.message.text().strip() or None,
            purchaser_name=v.sender_name.text().strip() or None,
        )

        def check() -> tuple[Money, CardTerms]:
            terms = replace(typed, deliver_on=delivery_date(day_text))
            money = deps.counter.check_amount(actor, text, product_sku=sku, code=code)
            return money, terms

        def added(checked: tuple[Money, CardTerms]) -> None:
            amount, terms = checked
            line = CardLine(amount, code=code, terms=terms, product_sku=sku)
            typed = code.replace("-", "").upper() if code else ""
            shown = mask(visible_tail(typed), prefix=None) if code else self.tr("New e-card")
            self._lines.append(_Line(line, amount, shown, terms.recipient_name or ""))
            self._show_lines()
            self.back_out()

        def refused(error: BaseException) -> None:
            if scanned and isinstance(error, AmountMissing):
                self.view.banner.show_info(self.tr("Enter the amount for this card."))
            else:
                self.view.banner.show_failure(error)
            self.view.amount.setFocus()

        deps.runner.run(check, added, refused)

    def remove_line(self) -> None:
        row = self.view.lines.currentRow()
        if 0 <= row < len(self._lines):
            del self._lines[row]
            self._show_lines()

    def clear_sale(self) -> None:
        self._lines.clear()
        self._key = str(uuid.uuid4())
        self._show_lines()
        self.back_out()

    def _total(self) -> Money:
        total = Money.zero(self._deps.actor().currency)
        for line in self._lines:
            total = total + line.amount
        return total

    def _show_lines(self) -> None:
        grid = self.view.lines
        locale = self._deps.actor().locale
        grid.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            for col, text in enumerate((line.shown_code, line.recipient,
                                        line.amount.format(locale))):
                grid.setItem(row, col, QTableWidgetItem(text))
        self.view.total.setText(self.tr("Total %1").replace("%1", self._total().format(locale)))
        self.view.pay_button.setEnabled(bool(self._lines))

    # payment --------------------------------------------------------------------
    def take_payment(self) -> None:
        if not self._lines:
            return
        actor = self._deps.actor()
        methods = list(self._settings.gift_card_payment_methods)
        payment = TenderDialog.ask(self.view, self._total(), methods, actor.locale)
        if payment is not None:
            self.sell(payment)

    def sell(self, payment: Payment, approved: Actor | None = None) -> None:
        """Sell the lines; ``approved``: as the manager who approved this one sale."""
        deps = self._deps
        actor = approved or deps.actor()
        lines = [line.card for line in self._lines]
        key = self._key
        self.view.pay_button.setEnabled(False)
        counter = deps.counter

        def work() -> SaleDone | Queued:
            sold = counter.sell(actor, lines, payment, key=key)
            if isinstance(sold, SaleResult):
                return print_sale(counter, actor, deps.config, sold)
            return sold

        deps.runner.run(work, self._sold,
                        lambda error: self._refused(error, payment, approved is None))

    def _sold(self, done: SaleDone | Queued) -> None:
        if isinstance(done, Queued):
            self.clear_sale()
            self.view.banner.show_info(self.tr(
                "The till is offline: the sale is kept and goes to the central service when "
                "the link is back. New cards get their codes then."))
            return
        # E-cards go out now, off the UI thread; the sale never waits for the e-mail.
        self._deps.events.emails_due.emit([card.id for card in done.result.cards])
        self._deps.events.cards_changed.emit()
        self._deps.events.sales_changed.emit()
        self.clear_sale()
        self.view.banner.show_info(self.tr("Sale %1 complete.").replace(
            "%1", done.result.receipt_number))
        SaleDoneDialog.ask(self.view, done, self._deps)

    def _refused(self, error: BaseException, payment: Payment, may_override: bool) -> None:
        self.view.pay_button.setEnabled(True)
        self.view.banner.show_failure(error)
        self.view.amount.setFocus()
        if may_override and isinstance(error, WrongLocation):
            # A printed card that is not on hand here: a manager may approve this one sale
            # (the activation is audited as a stock override in their name).
            approved = authority_for(self.view, self._deps, Permission.ACTIVATE_AWAY_FROM_STOCK,
                                     command=SellCards.name, key=self._key)
            if approved is not None:
                self.sell(payment, approved)
