"""The sign-in screen shown before the core has loaded: a PIN typed meanwhile is neither lost
nor checked twice, and everything that is not a plain existing database starts the full way
with the same checks and messages as ever."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.app
from posapp.codes import KeyRing
from posapp.db.sqlite_peek import sqlite_file
from posapp.domain.errors import KeyFileError
from posapp.key_file import check_value, write_key_file
from tests.conftest import PINS, Store
from tests.ui.dialogs import on_next_dialog
from ui.app import Options, make_application, open_context, start_before_core
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig


def _open(qtbot: QtBot, store: Store, key_file: Path, tmp_path: Path) -> MainWindow | None:
    make_application([], "en")
    config = TerminalConfig(terminal_name="T1", receipt_dir=str(tmp_path / "receipts"))
    window = start_before_core(Options(db_url=store.ctx.db.url), config)
    if window is not None:
        qtbot.addWidget(window)
    return window


@pytest.fixture
def key_file(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "keys.json"
    write_key_file(path, store.ctx.keys)
    monkeypatch.setenv("POSAPP_KEY_FILE", str(path))
    return path


def _close(window: MainWindow) -> None:
    window.close()
    if window.ctx is not None:
        window.ctx.close()


def test_digits_typed_before_the_core_has_loaded_are_kept(
    qtbot: QtBot, store: Store, key_file: Path, tmp_path: Path
) -> None:
    window = _open(qtbot, store, key_file, tmp_path)
    assert window is not None and window.isVisible()
    try:
        assert window.ctx is None  # shown first: the core loads after
        view = window.login_view
        assert window.focusWidget() is view.pin_pad.field  # the keyboard types the PIN
        assert [view.names.item(i).text() for i in range(view.names.count())] == [
            "carl", "mia", "root"]
        view.names.setCurrentItem(view.names.findItems("carl", Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClicks(view.pin_pad.field, PINS["carl"][:2])
        qtbot.waitUntil(lambda: window.ctx is not None, timeout=30_000)
        assert view.pin_pad.field.text() == PINS["carl"][:2]
        assert window.focusWidget() is view.pin_pad.field
        assert view.names.currentItem().text() == "carl"
        qtbot.keyClicks(view.pin_pad.field, PINS["carl"][2:])
        qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.session.actor is not None, timeout=30_000)
        assert window.session.actor is not None
        assert window.session.actor.staff_name == "carl"
    finally:
        _close(window)


def test_a_pin_entered_before_the_core_has_loaded_is_checked_once_it_has(
    qtbot: QtBot, store: Store, key_file: Path, tmp_path: Path
) -> None:
    window = _open(qtbot, store, key_file, tmp_path)
    assert window is not None
    try:
        view = window.login_view
        view.names.setCurrentItem(view.names.findItems("mia", Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClicks(view.pin_pad.field, PINS["mia"])
        qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
        assert window.ctx is None and not view.pin_pad.isEnabled()  # held, not dropped
        qtbot.waitUntil(lambda: window.session.actor is not None, timeout=30_000)
        assert window.session.actor is not None
        assert window.session.actor.staff_name == "mia"
        assert view.pin_pad.isEnabled()
    finally:
        _close(window)


def test_a_wrong_pin_held_meanwhile_is_refused_as_ever(
    qtbot: QtBot, store: Store, key_file: Path, tmp_path: Path
) -> None:
    window = _open(qtbot, store, key_file, tmp_path)
    assert window is not None
    try:
        view = window.login_view
        view.names.setCurrentItem(view.names.findItems("mia", Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClicks(view.pin_pad.field, "909090")
        qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.pin_pad.isEnabled(), timeout=30_000)
        assert window.session.actor is None
        assert view.pin_pad.field.text() == ""
        assert view.banner.isVisible()
    finally:
        _close(window)


def test_another_key_file_is_refused_by_the_full_start_with_its_message(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.json"
    write_key_file(other, KeyRing.generate())
    monkeypatch.setenv("POSAPP_KEY_FILE", str(other))
    assert _open(qtbot, store, other, tmp_path) is None
    with pytest.raises(KeyFileError, match="not the key this database was set up with"):
        open_context(Options(db_url=store.ctx.db.url), None)


def test_a_key_check_that_changes_while_the_core_loads_is_refused_as_at_a_full_start(
    qtbot: QtBot, store: Store, key_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loading makes the full start's checks itself: what the glance saw is not trusted."""
    # The app then leaves its event loop with status 1. Here there is none to leave, and
    # Qt would remember the exit and end every later dialog of this test process at once.
    exits: list[int] = []
    monkeypatch.setattr(ui.app, "QCoreApplication", SimpleNamespace(exit=exits.append))
    window = _open(qtbot, store, key_file, tmp_path)
    assert window is not None
    try:
        path = sqlite_file(store.ctx.db.url)
        assert path is not None
        with sqlite3.connect(path) as conn:  # another key's check value, after the glance
            conn.execute("UPDATE key_checks SET check_value = ?",
                         (check_value(KeyRing.generate()),))
        view = window.login_view
        qtbot.keyClicks(view.pin_pad.field, PINS["root"])
        qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
        refusals = on_next_dialog("startRefusal", lambda box: box.done(0))
        qtbot.waitUntil(lambda: bool(refusals), timeout=30_000)
        assert "not the key this database" in refusals[0].informativeText()
        window.runner.wait_idle()
        assert window.ctx is None and window.session.actor is None  # nobody signed in
        assert exits == [1]
    finally:
        _close(window)
