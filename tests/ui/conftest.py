"""GUI fixtures: a real SQLite store made by the services, and the main window over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.services.command_path.context import Context
from tests.conftest import PINS, Clock, Store, open_store
from ui.app import make_application
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig


class KeyClock:
    """The wedge filter's clock. Each reading moves it on by ``step`` seconds: a person's
    pace (0.15 s a key) by default; a test sets a scanner's pace (0.01 s) to scan."""

    def __init__(self, step: float = 0.15) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def store(sqlite_template: Path, tmp_path: Path) -> Iterator[Store]:
    target = tmp_path / "giftpos.sqlite3"
    shutil.copy(sqlite_template, target)
    clock = Clock()
    ctx = Context(Database(f"sqlite:///{target}"), KeyRing.generate(), clock)
    yield open_store(ctx, clock)
    ctx.close()


@pytest.fixture
def key_clock() -> KeyClock:
    return KeyClock()


@pytest.fixture
def window(qtbot: QtBot, store: Store, key_clock: KeyClock, tmp_path: Path) -> MainWindow:
    make_application([], "en")  # the style sheet, as in the app; English whatever the machine
    config = TerminalConfig(terminal_name="T1", receipt_dir=str(tmp_path / "receipts"))
    win = show_window(qtbot, store, config, key_clock)
    yield win
    win.close()


def show_window(qtbot: QtBot, store: Store, config: TerminalConfig,
                clock: KeyClock) -> MainWindow:
    """The main window of a till of ``store`` with ``config``, shown at 1280x800, its first
    work done (the caller closes it)."""
    win = MainWindow(store.ctx, config, clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.runner.wait_idle()
    return win


def sign_in(qtbot: QtBot, win: MainWindow, name: str, pin: str | None = None) -> None:
    """Pick ``name`` and type the PIN on the keyboard, as a cashier would."""
    view = win.login_view
    qtbot.waitUntil(lambda: view.names.count() > 0)
    view.names.setCurrentItem(view.names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    qtbot.keyClicks(view.pin_pad.field, pin or PINS[name])
    qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
    win.runner.wait_idle()
