"""Scanners at the counter: keyboard-wedge scans told from typing, and a serial scanner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp import edge
from tests.conftest import Store
from tests.devices.pty_cable import PtyCable
from tests.ui.conftest import KeyClock, sign_in
from ui.main_window import MainWindow

SCANNER_PACE = 0.008  # seconds between a wedge scanner's keys
HUMAN_PACE = 0.15


def test_a_wedge_scan_is_taken_wherever_the_focus_is(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    code = edge.issue(store.ctx, store.manager, "15.00").card.code
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    key_clock.step = SCANNER_PACE
    qtbot.keyClicks(view.recipient_name, code)
    qtbot.keyClick(view.recipient_name, Qt.Key.Key_Return)
    assert view.code.text() == code  # routed to the sale as the card to sell or reload
    assert view.recipient_name.text() == ""  # not a letter of it was typed into the field


def test_slow_human_typing_stays_typing(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    key_clock.step = HUMAN_PACE
    qtbot.keyClicks(view.recipient_name, "Alice Martin")
    qtbot.waitUntil(lambda: view.recipient_name.text() == "Alice Martin", timeout=2000)
    assert view.code.text() == ""


def test_a_wedge_scan_on_another_page_goes_to_the_balance_check(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    code = edge.issue(store.ctx, store.manager, "15.00").card.code
    sign_in(qtbot, window, "mia")
    window.open_page("returns").widget.receipt.setFocus()
    key_clock.step = SCANNER_PACE
    qtbot.keyClicks(window.focusWidget(), code + "\r")
    window.runner.wait_idle()
    assert window.current_page().key == "balance"
    assert window.page("balance").widget.balance.text() == "$15.00"


def test_a_scan_that_is_no_card_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("balance").widget
    key_clock.step = SCANNER_PACE
    qtbot.keyClicks(view.code, "https://example.com/menu?x=1\r")
    window.runner.wait_idle()
    assert view.banner.text().startswith("That is not a valid gift card code.")
    assert view.code.text() == "" and view.balance.text() == "—"


def test_a_serial_scanner_through_a_pty_with_garbage_and_unplugging(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    code = edge.issue(store.ctx, store.manager, "12.00").card.code
    cable = PtyCable(tmp_path)
    cable.plug_in()
    try:
        window.deps.config.scanner.serial_port = str(cable.port)
        sign_in(qtbot, window, "carl")
        view = window.open_page("balance").widget
        window.start_serial()
        status = window.status.scanner
        qtbot.waitUntil(lambda: "connected" in status.text(), timeout=5000)
        assert status.property("state") == "ok"

        cable.send(b"\x00\xfe\x13garbage!!\r\n")
        qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=5000)
        assert view.banner.text().startswith("That is not a valid gift card code.")
        assert view.balance.text() == "—"

        cable.send(b"\x02]C0" + code.encode() + b"\x03\r\n")
        qtbot.waitUntil(lambda: view.balance.text() == "$12.00", timeout=5000)

        cable.unplug()
        qtbot.waitUntil(lambda: "unplugged" in status.text(), timeout=5000)
        assert status.property("state") == "bad"
        cable.plug_in()
        qtbot.waitUntil(lambda: "connected" in status.text(), timeout=10000)
        view.banner.clear_message()
        window.page("balance").handler.back_out()
        cable.send(code.encode() + b"\r")
        qtbot.waitUntil(lambda: view.balance.text() == "$12.00", timeout=5000)
    finally:
        window.close()
        cable.unplug()
