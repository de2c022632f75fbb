"""Admins' back office: batches printed with progress; managers kept out of settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from posapp.services.back_office import batches
from tests.conftest import Store
from tests.ui.conftest import sign_in
from ui.main_window import MainWindow


def test_an_admin_creates_a_batch_prints_it_and_it_is_marked_printed(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sign_in(qtbot, window, "root")
    screen = window.open_page("batches").widget
    window.runner.wait_idle()
    screen.count.setValue(12)
    screen.amount.setText("20")
    screen.create_button.click()
    window.runner.wait_idle()
    window.runner.wait_idle()
    assert screen.list.rowCount() == 1
    screen.list.selectRow(0)
    screen.print_button.click()
    assert window.runner.wait_idle(30_000)
    window.runner.wait_idle()
    batch = batches.list_batches(store.ctx, store.admin)[0]
    assert batch.printed_at is not None
    assert screen.out_file(batch.batch_id).stat().st_size > 1000
    assert "12 cards written" in screen.banner.text()


def test_a_manager_opens_the_card_grid_and_history(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "mia")
    assert window.open_page("cards") is not None
    assert window.open_page("history") is not None
    window.runner.wait_idle()
    assert window.open_page("settings") is None  # admins only
