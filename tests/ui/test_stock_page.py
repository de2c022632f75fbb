"""The Stock page driven as a manager drives it, over a real SQLite database: a printed
batch shipped from the stock room, received at the store, counted there by scanning and
sold at its counter; a card marked lost by a scan; refusals shown in the page's words."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from posapp import edge, edge_admin
from posapp.money import Money
from posapp.services.back_office import batches, stock
from tests.conftest import Store
from tests.ui.conftest import KeyClock, show_window, sign_in
from tests.ui.dialogs import on_next_dialog, pay_cash
from ui.main_window import MainWindow
from ui.manager.stock_count import StockCountScreen
from ui.manager.stock_screen import StockScreen
from ui.terminal_config import TerminalConfig


def codes_of(store: Store, batch_id: uuid.UUID) -> list[str]:
    return [str(card.code) for card in batches.batch_cards(store.ctx, store.admin, batch_id)[1]]


def printed_batch(store: Store, count: int, amount: str | None = None) -> uuid.UUID:
    batch = edge_admin.create_batch(store.ctx, store.admin, count, amount=amount)
    edge_admin.mark_printed(store.ctx, store.admin, batch.batch_id)
    return batch.batch_id


def rows(grid: QTableWidget) -> list[list[str]]:
    return [[grid.item(r, c).text() for c in range(grid.columnCount())]
            for r in range(grid.rowCount())]


def report(page: StockScreen) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in rows(page.report)}


def answer_yes(name: str) -> list[QDialog]:
    return on_next_dialog(
        name, lambda box: box.button(QMessageBox.StandardButton.Yes).click())


def stock_page(qtbot: QtBot, win: MainWindow, who: str = "mia") -> StockScreen:
    sign_in(qtbot, win, who)
    page = win.open_page("stock")
    assert page is not None and isinstance(page.widget, StockScreen)
    win.runner.wait_idle()
    return page.widget


@pytest.fixture
def harbour(qtbot: QtBot, store: Store, key_clock: KeyClock, tmp_path: Path
            ) -> Iterator[MainWindow]:
    """A second till, T2, at store S2 (Harbour)."""
    edge_admin.add_location(store.ctx, store.admin, "S2", "Harbour", "USD")
    store.add_terminal("T2", "S2")
    config = TerminalConfig(terminal_name="T2", location_code="S2",
                            receipt_dir=str(tmp_path / "receipts-t2"))
    win = show_window(qtbot, store, config, key_clock)
    yield win
    win.close()


def test_a_batch_is_shipped_received_counted_and_sold_at_the_store(
    qtbot: QtBot, window: MainWindow, harbour: MainWindow, store: Store
) -> None:
    batch = printed_batch(store, 3, "25.00")
    edge_admin.create_batch(store.ctx, store.admin, 2)  # not printed: not offered
    codes = codes_of(store, batch)

    page = stock_page(qtbot, window)
    assert report(page) == {"S1": ["5", "0", "0", "0", "0", "0"]}
    ship = page.ship
    assert rows(ship.batches) == [[str(batch)[:8], "S1", "3", "$25.00", rows(ship.batches)[0][4]]]
    ship.store.setCurrentIndex(ship.store.findData("S2"))
    assert ship.plan.text() == (
        f"3 cards of batch {str(batch)[:8]} will go from the stock room of S1 to S2.")
    confirmed = answer_yes("stockShipConfirm")
    ship.ship_button.click()
    window.runner.wait_idle()
    assert confirmed
    assert page.banner.text().startswith(f"Shipped 3 cards of batch {str(batch)[:8]} to S2")
    assert report(page) == {"S1": ["2", "0", "0", "0", "0", "0"],
                            "S2": ["0", "3", "0", "0", "0", "0"]}
    assert ship.batches.rowCount() == 0  # nothing of it left in the stock room

    there = stock_page(qtbot, harbour)
    there.tabs.setCurrentWidget(there.receive)
    receive = there.receive
    assert receive.title.text() == "On their way to S2"
    assert [row[:2] for row in rows(receive.coming)] == [[str(batch)[:8], "3"]]
    confirmed = answer_yes("stockReceiveConfirm")
    receive.receive_button.click()
    harbour.runner.wait_idle()
    assert confirmed
    assert there.banner.text() == f"Received 3 cards of batch {str(batch)[:8]} at S2 (0 missing)."
    assert receive.coming.rowCount() == 0
    [receipt] = rows(receive.received)
    assert receipt[:4] == [str(batch)[:8], "3", "0", "mia"]
    assert receipt[4] == store.ctx.now().astimezone().strftime("%Y-%m-%d %H:%M")
    assert report(there)["S2"] == ["0", "0", "3", "0", "0", "0"]

    count_page = harbour.open_page("stock_count")
    assert count_page is not None and isinstance(count_page.widget, StockCountScreen)
    count = count_page.widget
    for code in codes:
        count.scan.setText(code)
        count.scan.returnPressed.emit()
    count.count_button.click()
    harbour.runner.wait_idle()
    assert count.summary.text() == "3 cards expected here, 3 scanned, 0 scanned codes are no card."
    assert count.missing.count() == 0 and count.unexpected.count() == 0

    harbour.switch_user()
    sign_in(qtbot, harbour, "carl")
    sell = harbour.open_page("sell")
    assert sell is not None and sell.handler is not None
    harbour.runner.wait_idle()
    assert sell.take_scan(codes[0])  # the card's own face value, $25.00
    harbour.runner.wait_idle()
    assert sell.widget.total.text() == "Total $25.00"
    tender = pay_cash("25.00")
    sold = on_next_dialog("saleDoneDialog", lambda d: d.accept())
    sell.widget.pay_button.click()
    qtbot.waitUntil(lambda: bool(sold), timeout=5000)
    assert tender
    card = edge.balance(store.ctx, store.cashier, codes[0])
    assert (card.status, card.balance) == ("active", Money(2500, "USD"))
    lines = {(x.store, x.state): x.cards for x in stock.report(store.ctx, store.manager)}
    assert lines == {("S1", "stock_room"): 2, ("S2", "at_store"): 2, ("S2", "sold"): 1}


def test_a_scanned_card_is_marked_lost_and_a_sold_one_is_listed_with_why(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    batch = printed_batch(store, 3)
    codes = codes_of(store, batch)
    edge.activate(store.ctx, store.manager, codes[2], "10.00")  # sold: no longer stock
    page = stock_page(qtbot, window)
    page.tabs.setCurrentWidget(page.mark)
    mark = page.mark
    assert mark.scan.hasFocus()

    key_clock.step = 0.01  # a scanner's pace: the window's wedge filter takes the code
    qtbot.keyClicks(mark.scan, codes[0])
    qtbot.keyClick(mark.scan, Qt.Key.Key_Return)
    qtbot.keyClicks(mark.scan, codes[2].lower())
    qtbot.keyClick(mark.scan, Qt.Key.Key_Return)
    key_clock.step = 0.15
    assert mark.codes == [codes[0], codes[2]]
    shown = [mark.cards.item(i).text() for i in range(mark.cards.count())]
    assert [s[-4:] for s in shown] == [codes[0][-4:], codes[2][-4:]]
    assert all(code not in "".join(shown) for code in codes)
    assert not mark.mark_button.isEnabled()  # no reason yet

    mark.lost.setChecked(True)
    qtbot.keyClicks(mark.reason, "fell behind the counter")
    confirmed = answer_yes("stockMarkConfirm")
    mark.mark_button.click()
    window.runner.wait_idle()
    assert confirmed
    assert page.banner.text() == "Marked: 1. Not marked: 1 (listed with the reason)."
    assert mark.refused.count() == 1
    assert mark.refused.item(0).text().endswith(f"Card GC-****-****-****-{codes[2][-4:]} is "
                                                "not unsold stock.")
    assert mark.codes == [codes[2]]
    assert report(page)["S1"] == ["1", "0", "0", "1", "0", "1"]
    assert rows(page.ship.batches)[0][2] == "1"  # the Ship list read again: one card left


def test_cards_scanned_as_missing_are_lost_with_the_receipt(
    qtbot: QtBot, harbour: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    batch, stray = printed_batch(store, 4), printed_batch(store, 1)
    edge_admin.ship_batch(store.ctx, store.manager, str(batch), "S2")
    codes, elsewhere = codes_of(store, batch), codes_of(store, stray)[0]
    page = stock_page(qtbot, harbour)
    page.tabs.setCurrentWidget(page.receive)
    receive = page.receive
    assert receive.missing_scan.hasFocus()

    key_clock.step = 0.01  # a scanner's pace: the window's wedge filter takes the code
    qtbot.keyClicks(receive.missing_scan, elsewhere)
    qtbot.keyClick(receive.missing_scan, Qt.Key.Key_Return)
    key_clock.step = 0.15
    assert receive.missing == [elsewhere]
    answer_yes("stockReceiveConfirm")
    receive.receive_button.click()
    harbour.runner.wait_idle()
    assert page.banner.property("errorCode") == "invalid_input"  # not one of this batch's
    assert receive.coming.rowCount() == 1 and report(page)["S2"][1] == "4"

    receive.back_out()
    assert receive.missing == [] and receive.missing_list.text() == ""
    assert receive.handle_scan(codes[3])
    assert receive.missing_list.text() == f"Did not arrive: GC-****-****-****-{codes[3][-4:]}"
    answer_yes("stockReceiveConfirm")
    receive.receive_button.click()
    harbour.runner.wait_idle()
    assert page.banner.text() == f"Received 3 cards of batch {str(batch)[:8]} at S2 (1 missing)."
    assert rows(receive.received)[0][:4] == [str(batch)[:8], "3", "1", "mia"]
    assert receive.missing == []
    assert report(page)["S2"] == ["0", "0", "3", "0", "0", "1"]


def test_refusals_are_shown_in_the_banner_and_change_nothing(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    batch = printed_batch(store, 2)
    page = stock_page(qtbot, window)
    edge_admin.add_location(store.ctx, store.admin, "S2", "Harbour", "USD")
    page.reload()  # S2 appears among the stores
    window.runner.wait_idle()
    ship = page.ship
    ship.store.setCurrentIndex(ship.store.findData("S2"))
    # Shipped meanwhile from another till: this page's list is out of date.
    edge_admin.ship_batch(store.ctx, store.manager, str(batch), "S2")
    answer_yes("stockShipConfirm")
    ship.ship_button.click()
    window.runner.wait_idle()
    assert page.banner.property("errorCode") == "invalid_state"
    assert "No card of this batch is in the stock room." in page.banner.text()
    assert ship.batches.rowCount() == 0  # the list read again: nothing left to ship

    mark = page.mark
    mark.handle_scan("GC-NOT-A-CÄRD")
    assert page.banner.property("errorCode") == "invalid_code"
    assert mark.codes == []
    mark.handle_scan("GC" + "0" * 14)
    mark.reason.setText("water damage")
    answer_yes("stockMarkConfirm")
    mark.mark_button.click()
    window.runner.wait_idle()
    assert page.banner.property("errorCode") == "not_found"
    assert mark.refused.count() == 1
    lines = {(x.store, x.state): x.cards for x in stock.report(store.ctx, store.manager)}
    assert lines == {("S2", "in_transit"): 2}


def test_a_cashier_is_not_offered_the_stock_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "carl")
    assert window.open_page("stock") is None
    assert not window.nav.button(window.pages.index(window.page("stock"))).isVisible()
    assert window.page("stock").widget is None  # never built for a cashier


def test_the_next_person_does_not_inherit_the_cards_scanned(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = codes_of(store, printed_batch(store, 1))[0]
    page = stock_page(qtbot, window)
    assert page.handle_scan(code) and page.mark.codes == [code]
    page.handle_scan("not a card!")
    assert page.banner.isVisibleTo(page)  # the refusal of that scan

    window.switch_user()
    sign_in(qtbot, window, "carl")  # the page is rebuilt for nobody: hidden from a cashier
    window.switch_user()
    root = stock_page(qtbot, window, "root")
    assert root is page and page.mark.codes == [] and page.mark.cards.count() == 0
    assert not page.banner.isVisibleTo(page)
