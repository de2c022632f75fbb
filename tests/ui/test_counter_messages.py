"""Messages that say what happened, and batch cards that bring their own value."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from posapp import edge, edge_admin
from posapp.domain.errors import PaymentShort
from posapp.money import Money
from posapp.services.back_office import documents
from posapp.services.cards import queries
from tests.conftest import Store
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog
from ui.dialogs.tender_dialog import TenderDialog
from ui.main_window import MainWindow


def _batch_card(store: Store, amount: str | None) -> str:
    batch = edge_admin.create_batch(store.ctx, store.admin, 1, amount=amount)
    _, faces = documents.batch_faces(store.ctx, store.admin, batch.batch_id)
    return next(faces).code


def _open_pay_sale(qtbot: QtBot, window: MainWindow, due: str, code: str):  # type: ignore[no-untyped-def]
    page = window.open_page("pay")
    page.widget.amount.setText(due)
    qtbot.keyClick(page.widget.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    page.widget.code.setText(code)
    qtbot.keyClick(page.widget.code, Qt.Key.Key_Return)
    window.runner.wait_idle()
    return page


def test_cash_short_of_what_is_due_says_so_not_that_the_card_is_short(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = edge.issue(store.ctx, store.manager, "20.00").card.code
    sign_in(qtbot, window, "carl")
    page = _open_pay_sale(qtbot, window, "50.00", code)

    def short(dialog: QDialog) -> None:
        assert isinstance(dialog, TenderDialog)
        dialog.amount.setText("10.00")
        dialog._accept()

    on_next_dialog("tenderDialog", short)
    page.widget.finish_button.click()
    window.runner.wait_idle()
    text = page.widget.banner.text()
    assert text.startswith("The payment doesn't cover what is due."), text
    assert "balance on the card" not in text
    assert page.handler.sale is not None  # still open, to pay again


def test_a_card_already_in_the_sale_says_so(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = edge.issue(store.ctx, store.manager, "20.00").card.code
    sign_in(qtbot, window, "carl")
    page = _open_pay_sale(qtbot, window, "50.00", code)
    page.widget.code.setText(code)
    qtbot.keyClick(page.widget.code, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert page.widget.banner.text().startswith("This card is already in the sale.")
    assert "right now" not in page.widget.banner.text()
    assert page.widget.tenders.rowCount() == 1


def test_a_pre_valued_batch_card_is_sold_for_its_value_without_asking(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = _batch_card(store, "20.00")
    sign_in(qtbot, window, "carl")
    page = window.open_page("sell")
    window.runner.wait_idle()
    assert page.handler.handle_scan(code)
    window.runner.wait_idle()
    assert page.widget.lines.rowCount() == 1
    assert page.widget.lines.item(0, 2).text() == "$20.00"
    assert page.widget.total.text() == "Total $20.00"
    assert not page.widget.banner.isVisible()


def test_a_batch_card_with_no_value_asks_for_its_amount_in_words(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = _batch_card(store, None)
    sign_in(qtbot, window, "carl")
    page = window.open_page("sell")
    window.runner.wait_idle()
    page.handler.handle_scan(code)
    window.runner.wait_idle()
    view = page.widget
    assert view.lines.rowCount() == 0
    assert view.banner.text() == "Enter the amount for this card."
    assert view.amount.hasFocus() and view.code.text() == code
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)  # nothing typed yet
    window.runner.wait_idle()
    assert view.banner.text().startswith("Enter an amount."), view.banner.text()
    assert "''" not in view.banner.text()
    view.amount.setText("25.00")
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert view.lines.rowCount() == 1
    assert queries.count_cards(store.ctx, store.manager) == 1
    assert Money.parse("25.00", "USD").format("en_US") == view.lines.item(0, 2).text()


def test_a_wrong_pin_is_said_once(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    sign_in(qtbot, window, "carl", "0000")
    assert window.login_view.banner.text() == "Wrong name or PIN. Try again."


def _places(window: MainWindow, page: QWidget) -> dict[str, QRect]:
    return {
        f"{type(w).__name__}:{w.text()}": QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        for w in page.findChildren(QPushButton) if w.isVisible()
    }


def test_a_message_does_not_move_the_buttons(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sign_in(qtbot, window, "carl")
    for name in ("pay", "sell", "balance", "returns"):
        view = window.open_page(name).widget
        qtbot.wait(10)
        before = _places(window, view)
        view.banner.show_error(PaymentShort("12.00 USD is still due."))
        qtbot.wait(10)
        assert _places(window, view) == before, name
        view.banner.clear_message()
        qtbot.wait(10)
        assert _places(window, view) == before, name
