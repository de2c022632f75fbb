"""Voiding and refunding sales: managers may, cashiers need a manager's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.money import Money
from posapp.services.checkout import sales
from posapp.services.checkout.sale_parts import Payment
from tests.conftest import PINS, Store
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog
from ui.dialogs.override_dialog import OverrideDialog
from ui.main_window import MainWindow


def _approve(
    name: str, seen_messages: list[str], *, pin: str | None = None, offered: list[str] | None = None
) -> list[QDialog]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, OverrideDialog)
        if offered is not None:
            offered.extend(dialog.names.itemText(i) for i in range(dialog.names.count()))
        dialog.names.setCurrentText(name)
        dialog.pin_pad.field.setText(pin or PINS[name])
        dialog.pin_pad.submitted.emit(pin or PINS[name])

        def after() -> None:
            if dialog.isVisible():  # refused: note what it said, then give up
                seen_messages.append(dialog.banner.text())
                dialog.reject()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(1500, dialog, after)  # dropped if the dialog is gone by then

    return on_next_dialog("overrideDialog", act)


def _reason(text: str) -> list[QDialog]:
    def act(dialog: QDialog) -> None:
        dialog.text.setText(text)
        dialog.accept()

    return on_next_dialog("reasonDialog", act)


def _paid_sale(store: Store) -> tuple[str, str]:
    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    sale = edge.pay(store.ctx, store.cashier, "30.00", codes=[code], payment=Payment())
    return code, sale.receipt_number


def test_a_cashier_voids_the_last_sale_with_a_managers_override(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code, number = _paid_sale(store)
    sign_in(qtbot, window, "carl")
    view = window.open_page("returns").widget
    approved = _approve("mia", [])
    reason = _reason("customer changed their mind")
    qtbot.keyClick(view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "voided" in view.banner.text(), timeout=8000)
    assert approved and reason
    assert edge.balance(store.ctx, store.cashier, code).balance == Money(5000, "USD")
    assert window.session.actor.staff_name == "carl"  # still the cashier's screen
    assert number in view.summary.text()


def test_only_managers_may_approve_a_void_and_a_cashiers_pin_changes_nothing(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code, _ = _paid_sale(store)
    sign_in(qtbot, window, "carl")
    view = window.open_page("returns").widget
    messages: list[str] = []
    offered: list[str] = []
    _approve("mia", messages, pin=PINS["carl"], offered=offered)
    qtbot.keyClick(view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(messages), timeout=8000)
    assert "carl" not in offered and "mia" in offered
    assert messages[0].startswith("Wrong name or PIN.")
    assert edge.balance(store.ctx, store.cashier, code).balance == Money(2000, "USD")
    assert sales.last_sale(store.ctx, store.cashier).state == "completed"


def test_a_manager_refunds_part_of_a_sale_without_an_override(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code, number = _paid_sale(store)
    sign_in(qtbot, window, "mia")
    view = window.open_page("returns").widget
    view.receipt.setText(number)
    qtbot.keyClick(view.receipt, Qt.Key.Key_Return)
    window.runner.wait_idle()
    view.refund_amount.setText("10.00")
    view.refund_button.click()
    window.runner.wait_idle()
    assert edge.balance(store.ctx, store.cashier, code).balance == Money(3000, "USD")


def _load_sale(qtbot: QtBot, window: MainWindow, number: str):  # type: ignore[no-untyped-def]
    view = window.open_page("returns").widget
    view.receipt.setText(number)
    qtbot.keyClick(view.receipt, Qt.Key.Key_Return)
    window.runner.wait_idle()
    return view


def test_voiding_a_card_and_cash_sale_says_what_the_drawer_hands_back(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = edge.issue(store.ctx, store.manager, "25.00").card.code
    sale = edge.pay(store.ctx, store.cashier, "60.00", codes=[code],
                     payment=Payment(cash="40.00"))
    assert sale.change == Money(500, "USD")
    sign_in(qtbot, window, "mia")
    view = _load_sale(qtbot, window, sale.receipt_number)
    _reason("wrong amount")
    view.void_button.click()
    qtbot.waitUntil(lambda: "voided" in view.banner.text(), timeout=8000)
    assert "Hand back: Cash $35.00." in view.banner.text()
    rows = {view.tenders.item(r, 0).text(): r for r in range(view.tenders.rowCount())}
    assert view.tenders.item(rows["Cash"], 1).text() == "$40.00"  # what was given
    assert view.tenders.item(rows["Cash"], 2).text() == "$35.00"  # what went back
    assert edge.balance(store.ctx, store.cashier, code).balance == Money(2500, "USD")


def test_a_partial_refund_says_part_is_refunded_and_the_cash_to_hand_back(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sale = edge.pay(store.ctx, store.cashier, "30.00", payment=Payment(cash="50.00"))
    sign_in(qtbot, window, "mia")
    view = _load_sale(qtbot, window, sale.receipt_number)
    view.refund_amount.setText("10.00")
    view.refund_button.click()
    qtbot.waitUntil(lambda: "refunded" in view.banner.text(), timeout=8000)
    assert "completed" not in view.banner.text()
    assert view.banner.text() == (
        f"Part of sale {sale.receipt_number} is refunded. Hand back: Cash $10.00."
    )
    view.refund_button.click()  # the rest
    qtbot.waitUntil(lambda: "in full" in view.banner.text(), timeout=8000)
    assert view.banner.text().endswith("Hand back: Cash $20.00.")
