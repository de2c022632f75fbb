"""Cash-out at the balance page: the button shows only for a card that qualifies; above
the manager amount a cashier needs a manager's PIN; the slip goes to the printer and
kicks the drawer open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from posapp import edge, edge_admin
from posapp.money import Money
from tests.conftest import Store
from tests.ui.conftest import KeyClock, show_window, sign_in
from tests.ui.test_returns import _approve
from ui.app import make_application
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

KICK_PIN_2 = b"\x1b@\x1bp\x0022"


@pytest.fixture
def device(tmp_path: Path) -> Path:
    return tmp_path / "lp0"


@pytest.fixture
def till(qtbot: QtBot, store: Store, key_clock: KeyClock, device: Path) -> Iterator[MainWindow]:
    """The main window of a till whose receipt printer is a device file."""
    make_application([], "en")
    config = TerminalConfig(terminal_name="T1", receipt_dir=str(device.parent / "receipts"),
                            printer={"kind": "file", "target": str(device)})
    win = show_window(qtbot, store, config, key_clock)
    yield win
    win.close()


def card_left(store: Store, left: str) -> str:
    code = edge.issue(store.ctx, store.manager, "20.00").card.code
    assert code is not None
    spent = Money(2000, "USD") - Money.parse(left, "USD")
    edge.redeem(store.ctx, store.cashier, code, spent.amount_str())
    return code


def check(qtbot: QtBot, win: MainWindow, code: str) -> object:
    view = win.open_page("balance").widget
    view.code.setText(code)
    view.check_button.click()
    qtbot.waitUntil(lambda: view.masked.text() != "—", timeout=8000)
    win.runner.wait_idle()
    return view


def test_the_button_shows_only_when_the_remainder_qualifies_and_pays_it_out(
    qtbot: QtBot, till: MainWindow, store: Store, device: Path
) -> None:
    edge_admin.set_setting(store.ctx, store.admin, "cashout_threshold", "10.00")
    small, large = card_left(store, "4.00"), card_left(store, "12.00")
    sign_in(qtbot, till, "carl")
    view = check(qtbot, till, large)
    assert not view.cashout_button.isVisible()  # type: ignore[attr-defined]
    view = check(qtbot, till, small)
    assert view.cashout_button.isVisible()  # type: ignore[attr-defined]
    view.cashout_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Paid out" in view.banner.text(), timeout=8000)  # type: ignore
    assert edge.balance(store.ctx, store.manager, small).balance == Money(0, "USD")
    assert device.read_bytes().startswith(KICK_PIN_2)
    assert not view.cashout_button.isVisible()  # type: ignore[attr-defined]


def test_over_the_manager_amount_a_manager_approves_on_the_cashiers_till(
    qtbot: QtBot, till: MainWindow, store: Store
) -> None:
    edge_admin.set_setting(store.ctx, store.admin, "cashout_threshold", "10.00")
    edge_admin.set_setting(store.ctx, store.admin, "cashout_manager_over", "2.00")
    code = card_left(store, "6.00")
    sign_in(qtbot, till, "carl")
    view = check(qtbot, till, code)
    approved = _approve("mia", [])
    view.cashout_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Paid out" in view.banner.text(), timeout=8000)  # type: ignore
    assert approved
    entries = edge.history(store.ctx, store.manager, code)
    assert (entries[-1].kind, entries[-1].staff) == ("cashout", "mia")
    assert till.session.actor.staff_name == "carl"
