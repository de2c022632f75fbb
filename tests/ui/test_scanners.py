"""Scanners at the counter: keyboard-wedge scans told from typing, and a serial scanner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from posapp import edge
from tests.conftest import Store
from tests.devices.pty_cable import PtyCable
from tests.ui.conftest import KeyClock, sign_in
from ui.main_window import MainWindow
from ui.terminal_config import ScannerConfig

SCANNER_PACE = 0.008  # seconds between a wedge scanner's keys
HUMAN_PACE = 0.15
_SPECIAL = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def keyboard_types(text: str) -> None:
    """Types ``text`` into whatever has focus as a keyboard (or wedge scanner) does: Shift
    pressed and released around each upper-case letter, each key pressed and released."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        if ch in _SPECIAL:
            QTest.keyClick(target, _SPECIAL[ch])
        elif ch.isupper():
            QTest.keyClick(target, ch, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(target, ch)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget)
    QTest.keyClick(target, key, modifier)


def test_an_upper_case_scan_with_shift_is_taken_wherever_the_focus_is(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    code = edge.issue(store.ctx, store.manager, "15.00").card.code
    assert code.isupper()
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    key_clock.step = SCANNER_PACE
    keyboard_types(code + "\r")
    assert view.code.text() == code  # routed to the sale as the card to sell or reload
    assert view.recipient_name.text() == ""  # not a letter of it was typed into the field


def test_a_scan_with_focus_on_the_pay_table_pays_with_the_card(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    code = edge.issue(store.ctx, store.manager, "15.00").card.code
    sign_in(qtbot, window, "carl")
    pay = window.open_page("pay")
    view = pay.widget
    view.amount.setText("10.00")
    view.start_button.click()
    window.runner.wait_idle()
    view.tenders.setFocus()
    key_clock.step = SCANNER_PACE
    keyboard_types(code + "\r")
    window.runner.wait_idle()
    assert pay.handler.sale is not None and pay.handler.sale.due.minor == 0
    assert [t.amount.minor for t in pay.handler.sale.tenders] == [1000]


def test_slow_human_typing_stays_typing(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    keyboard_types("Alice Martin")
    qtbot.waitUntil(lambda: view.recipient_name.text() == "Alice Martin", timeout=2000)
    assert view.code.text() == ""


def test_editing_keys_reach_the_field_at_once_and_in_order(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    keyboard_types("Tomm")
    press(Qt.Key.Key_Backspace)
    assert view.recipient_name.text() == "Tom"  # held letters first, then the Backspace
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Delete)
    assert view.recipient_name.text() == "om"
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.recipient_name


def test_keys_held_when_the_user_clicks_elsewhere_stay_where_they_were_typed(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    keyboard_types("tom")
    qtbot.mouseClick(view.recipient_email, Qt.MouseButton.LeftButton)
    keyboard_types("x")
    qtbot.waitUntil(lambda: view.recipient_email.text() == "x", timeout=2000)
    assert view.recipient_name.text() == "tom"


def test_switch_user_works_while_a_text_field_has_focus(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    keyboard_types("Tom")
    press(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.actor is None, timeout=2000)  # an animated click
    assert window.root.currentWidget() is window.login_view
    assert view.recipient_name.text() == "Tom"  # Ctrl+U did not clear the field


def test_saved_scanner_settings_change_what_is_a_scan_at_once(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    code = edge.issue(store.ctx, store.manager, "15.00").card.code
    sign_in(qtbot, window, "carl")
    view = window.open_page("balance").widget
    window.deps.config.scanner = ScannerConfig(wedge_suffix="\t")
    window.events.terminal_changed.emit()
    view.code.setFocus()
    key_clock.step = SCANNER_PACE
    keyboard_types(code + "\r")  # Enter no longer ends a scan: typing, delivered as typed
    window.runner.wait_idle()
    assert view.code.text() == ""  # the field's own Enter looked the code up and cleared it
    view.code.clear()
    window.page("balance").handler.back_out()
    view.code.setFocus()
    keyboard_types(code + "\t")
    window.runner.wait_idle()
    assert view.balance.text() == "$15.00"


def test_a_wedge_scan_on_another_page_goes_to_the_balance_check(
    qtbot: QtBot, window: MainWindow, store: Store, key_clock: KeyClock
) -> None:
    code = edge.issue(store.ctx, store.manager, "15.00").card.code
    sign_in(qtbot, window, "mia")
    window.open_page("returns").widget.receipt.setFocus()
    key_clock.step = SCANNER_PACE
    keyboard_types(code + "\r")
    window.runner.wait_idle()
    assert window.current_page().key == "balance"
    assert window.page("balance").widget.balance.text() == "$15.00"


def test_a_scan_that_is_no_card_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("balance").widget
    view.code.setFocus()
    key_clock.step = SCANNER_PACE
    keyboard_types("HTTPS://EXAMPLE.COM/MENU?X=1\r")
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


def test_a_persons_keys_handled_late_and_all_at_once_stay_typing(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    """The window system stamps each key with when it was typed; a busy app that handles a
    person's keys in one burst must still see a person's pace, not a scan."""
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    view.recipient_name.setFocus()
    key_clock.step = 0.0001  # handled all at once
    stamp = 5_000_000
    for ch in "Alice12\r":
        stamp += 150
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(stamp)
            QApplication.sendEvent(view.recipient_name, event)
    key_clock.step = HUMAN_PACE  # then time goes on
    qtbot.wait(100)
    assert view.recipient_name.text() == "Alice12"
    assert window.scan_banner.text() == "" and view.banner.text() == ""


def test_keys_typed_just_before_a_shortcut_are_in_the_field_when_it_acts(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    sign_in(qtbot, window, "carl")
    view = window.open_page("pay").widget
    view.code.setFocus()
    key_clock.step = SCANNER_PACE  # a quick typist: the letters are still held...
    keyboard_types("ab")
    press(Qt.Key.Key_Escape)  # ...when Esc (a shortcut) clears the field
    qtbot.wait(100)
    assert view.code.text() == ""
