"""Signing in, locking and switching user, and what each role sees."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import Store
from tests.ui.conftest import sign_in
from ui.main_window import MainWindow


def test_a_cashier_signs_in_with_the_keyboard_and_sees_only_counter_pages(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assert window.root.currentWidget() is window.login_view
    sign_in(qtbot, window, "carl")
    assert window.root.currentWidget() is window.workspace
    assert window.session.actor is not None and window.session.actor.staff_name == "carl"
    visible = {p.key for i, p in enumerate(window.pages) if window.nav.button(i).isVisibleTo(
        window)}
    assert visible == {"sell", "pay", "balance", "returns"}
    assert "carl" in window.status.user.text()
    assert "S1" in window.status.location.text() and "T1" in window.status.terminal.text()
    assert window.open_page("cards") is None  # hidden and refused


def test_a_wrong_pin_is_refused_in_words_and_nobody_is_signed_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "carl", "9999")
    assert window.session.actor is None
    assert window.login_view.banner.text().startswith("Wrong name or PIN.")
    assert window.login_view.pin_pad.field.text() == ""


def test_locking_returns_to_the_pin_pad_and_switch_user_signs_in_someone_else(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "carl")
    window.lock_button.click()
    assert window.root.currentWidget() is window.login_view
    assert "locked" in window.status.user.text()
    window.runner.wait_idle()
    assert window.login_view.names.currentItem().text() == "carl"
    sign_in(qtbot, window, "mia")
    visible = {p.key for i, p in enumerate(window.pages) if window.nav.button(i).isVisibleTo(
        window)}
    assert {"cards", "history"} <= visible and "settings" not in visible


def test_inactivity_locks_the_terminal(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "carl")
    window.session._idle.setInterval(50)
    window.session._idle.start()
    qtbot.waitUntil(lambda: window.session.actor is None, timeout=2000)
    assert window.root.currentWidget() is window.login_view


def test_each_person_starts_on_their_roles_home_page_not_the_last_persons(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "root")
    assert window.current_page().key == "batches"
    window.open_page("terminal")
    window.switch_button.click()
    sign_in(qtbot, window, "carl")
    assert window.current_page().key == "sell"  # not the admin's terminal screen
    assert window.page_stack.currentWidget() is window.page("sell").frame
    window.open_page("returns")
    window.lock_button.click()
    sign_in(qtbot, window, "carl")
    assert window.current_page().key == "returns"  # the same person, back where they were
    window.lock_button.click()
    sign_in(qtbot, window, "mia")
    assert window.current_page().key == "cards"
    window.lock_button.click()
    sign_in(qtbot, window, "root")
    assert window.current_page().key == "batches"
