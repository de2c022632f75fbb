"""The stock count page: scanned cards against the store's stock, missing and unexpected
cards listed masked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from posapp import edge_admin
from posapp.services.back_office import batches
from tests.conftest import Store
from tests.ui.conftest import sign_in
from ui.main_window import MainWindow


def test_a_manager_scans_the_cards_on_hand_and_sees_what_is_missing_and_unexpected(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    here = edge_admin.create_batch(store.ctx, store.admin, 3)
    there = edge_admin.create_batch(store.ctx, store.admin, 1)
    edge_admin.add_location(store.ctx, store.admin, "S9", "Harbour", "USD")
    edge_admin.mark_printed(store.ctx, store.admin, there.batch_id)
    edge_admin.ship_batch(store.ctx, store.manager, str(there.batch_id), "S9")
    codes = [c.code for c in batches.batch_cards(store.ctx, store.admin, here.batch_id)[1]]
    away = [c.code for c in batches.batch_cards(store.ctx, store.admin, there.batch_id)[1]]
    sign_in(qtbot, window, "mia")
    page = window.open_page("stock_count").widget
    for code in (codes[0], codes[1], away[0]):
        page.scan.setText(code)
        page.scan.returnPressed.emit()
    assert page.scanned.text() == "Scanned: 3"
    page.count_button.click()
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=8000)
    assert page.missing.count() == 1 and page.missing.item(0).text().endswith(codes[2][-4:])
    assert page.unexpected.count() == 1 and "in transit" in page.unexpected.item(0).text()
    shown = page.missing.item(0).text() + page.unexpected.item(0).text()
    assert all(code not in shown for code in codes + away)
