"""The cashier's counter: selling cards, paying with cards, balance checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.money import Money
from tests.conftest import Store
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog, pay_cash
from ui.main_window import MainWindow


def test_selling_two_cards_for_cash_activates_them_only_when_paid(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    window.runner.wait_idle()
    for amount, who in (("25.00", "Ann"), ("40.00", "Ben")):
        view.amount.setText(amount)
        view.recipient_name.setText(who)
        qtbot.keyClick(view.amount, Qt.Key.Key_Return)
        window.runner.wait_idle()  # the amount is checked by the service before it is added
    assert view.lines.rowCount() == 2
    assert view.total.text() == "Total $65.00"
    tender = pay_cash("100.00")
    sold = on_next_dialog("saleDoneDialog", lambda d: d.accept())
    qtbot.keyClick(view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(sold), timeout=5000)
    assert tender
    codes = [label.text() for label in sold[0].findChildren(type(view.total), "soldCode")]
    assert len(codes) == 2
    assert "Change to give: $35.00" in [w.text() for w in sold[0].findChildren(type(view.total))]
    balances = sorted(edge.balance(store.ctx, store.cashier, c).balance for c in codes)
    assert balances == [Money(2500, "USD"), Money(4000, "USD")]
    assert all(edge.balance(store.ctx, store.cashier, c).status == "active" for c in codes)
    assert view.lines.rowCount() == 0
    assert list((window.deps.config.receipt_folder()).glob("receipt-*.pdf"))


def test_a_sale_paid_by_two_cards_and_cash_for_the_rest(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    first = edge.issue(store.ctx, store.manager, "30.00").card.code
    second = edge.issue(store.ctx, store.manager, "20.00").card.code
    sign_in(qtbot, window, "carl")
    page = window.open_page("pay")
    view, controller = page.widget, page.handler
    view.amount.setText("80.00")
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    for code in (first, second):
        view.code.setText(code)
        qtbot.keyClick(view.code, Qt.Key.Key_Return)
        window.runner.wait_idle()
    assert view.tenders.rowCount() == 2
    assert view.due.text() == "Due $30.00"
    # The cards are held while the sale is open: nothing more to spend elsewhere.
    assert edge.balance(store.ctx, store.cashier, first).available == Money(0, "USD")
    pay_cash("30.00")
    on_next_dialog("saleDoneDialog", lambda d: d.accept())
    qtbot.keyClick(view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: controller.sale is None, timeout=5000)
    window.runner.wait_idle()
    assert view.banner.text().startswith("Sale ") and "paid" in view.banner.text()
    assert edge.balance(store.ctx, store.cashier, first).balance == Money(0, "USD")
    assert edge.balance(store.ctx, store.cashier, second).balance == Money(0, "USD")


def test_cancelling_a_sale_releases_the_cards_holds(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    sign_in(qtbot, window, "carl")
    page = window.open_page("pay")
    view, controller = page.widget, page.handler
    view.amount.setText("10.00")
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)  # opens the sale and applies the card
    window.runner.wait_idle()
    assert view.due.text() == "Due $0.00"
    assert edge.balance(store.ctx, store.cashier, code).available == Money(2000, "USD")
    view.cancel_button.click()
    window.runner.wait_idle()
    assert controller.sale is None
    assert edge.balance(store.ctx, store.cashier, code).available == Money(3000, "USD")


def test_a_balance_check_shows_the_masked_code_balance_status_and_entries(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = edge.issue(store.ctx, store.manager, "42.50").card.code
    sign_in(qtbot, window, "carl")
    page = window.open_page("balance")
    view = page.widget
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert view.balance.text() == "$42.50", view.banner.text()
    assert view.masked.text().endswith(code[-4:]) and "****" in view.masked.text()
    assert view.status.text() == "Active" and view.status.property("state") == "active"
    assert view.entries.rowCount() == 1 and view.entries.item(0, 1).text() == "Issue"
    assert code not in view.masked.text()
