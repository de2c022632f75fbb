"""Every error code reaches the person at the counter in words, and changes nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp import codes, edge, edge_admin
from posapp.codes import KeyRing
from posapp.domain.errors import ErrorCode, PosError
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.back_office import documents
from posapp.services.cards import queries
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.security import staff
from tests.conftest import PINS, Store
from tests.ui.conftest import sign_in
from ui import app
from ui.dialogs.override_dialog import OverrideDialog
from ui.dialogs.setup_dialog import SetupDialog
from ui.errors import _MESSAGES
from ui.main_window import MainWindow


def _pay_with(qtbot: QtBot, win: MainWindow, code: str, due: str = "10.00") -> str:
    view = win.open_page("pay").widget
    view.amount.setText(due)
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    win.runner.wait_idle()
    assert win.page("pay").handler.sale is None  # nothing was opened or held
    assert view.code.hasFocus() or view.amount.hasFocus()
    return view.banner.text()


def _balance_of(qtbot: QtBot, win: MainWindow, code: str) -> str:
    view = win.open_page("balance").widget
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    win.runner.wait_idle()
    assert view.balance.text() == "—"
    return view.banner.text()


def _sell(qtbot: QtBot, win: MainWindow, amount: str, payment: Payment, **terms: str) -> str:
    page = win.open_page("sell")
    win.runner.wait_idle()
    page.widget.amount.setText(amount)
    for field, text in terms.items():
        getattr(page.widget, field).setText(text)
    page.handler.add_line()
    win.runner.wait_idle()
    if page.widget.banner.isVisible():
        return page.widget.banner.text()
    page.handler.sell(payment)
    win.runner.wait_idle()
    assert page.widget.lines.rowCount() == 1  # the sale is kept to try again
    return page.widget.banner.text()


def _issued(store: Store, amount: str = "30.00", **terms: object) -> str:
    return edge.issue(store.ctx, store.manager, amount, terms=CardTerms(**terms)).card.code


def case_invalid_amount(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    return _sell(qtbot, win, "12.345", Payment(cash="1"))


def case_invalid_code(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = codes.generate()
    broken = code[:-1] + ("0" if code[-1] != "0" else "1")
    return _balance_of(qtbot, win, broken)


def case_card_not_found(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    return _balance_of(qtbot, win, codes.generate())


def case_card_inactive(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    batch = edge_admin.create_batch(store.ctx, store.admin, 1, amount="20")
    _, faces = documents.batch_faces(store.ctx, store.admin, batch.batch_id)
    return _pay_with(qtbot, win, next(faces).code)


def case_card_expired(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = _issued(store, expires_days=1)
    store.clock.advance(days=2)
    return _pay_with(qtbot, win, code)


def case_card_frozen(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = _issued(store)
    edge.freeze(store.ctx, store.manager, code, "lost")
    return _pay_with(qtbot, win, code)


def case_card_voided(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = _issued(store)
    edge.void(store.ctx, store.manager, code, "fraud")
    return _pay_with(qtbot, win, code)


def case_insufficient_funds(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = _issued(store, "5.00")
    other = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Goods", "50.00")])
    edge.apply_card(store.ctx, store.cashier, other.sale_id, code)  # holds all of it
    return _pay_with(qtbot, win, code)


def case_wrong_location(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    edge_admin.add_location(store.ctx, store.admin, "S2", "Uptown", "USD")
    store.add_terminal("T1", "S2")
    there = store.sign_in("mia", location="S2")
    code = edge.issue(store.ctx, there, "30.00", terms=CardTerms(scope="issuing")).card.code
    return _pay_with(qtbot, win, code)


def case_currency_mismatch(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    edge_admin.add_location(store.ctx, store.admin, "EU", "Paris", "EUR", "fr_FR")
    store.add_terminal("T1", "EU")
    there = store.sign_in("mia", location="EU")
    code = edge.issue(store.ctx, there, "30.00", terms=CardTerms(scope="all")).card.code
    return _pay_with(qtbot, win, code)


def case_invalid_state(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = _issued(store)
    page = win.open_page("pay")
    page.widget.amount.setText("10.00")
    page.handler.start()
    win.runner.wait_idle()
    edge.cancel_sale(store.ctx, store.cashier, page.handler.sale.sale_id)  # elsewhere
    page.handler.apply(code)
    win.runner.wait_idle()
    assert edge.balance(store.ctx, store.cashier, code).available == Money(3000, "USD")
    return page.widget.banner.text()


def case_permission_denied(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    # An admin-only action approved by a manager: the service refuses the override.
    dialog = OverrideDialog(win.deps, Permission.MANAGE_SETTINGS, win)
    win.runner.wait_idle()
    names = [dialog.names.itemText(i) for i in range(dialog.names.count())]
    assert "carl" not in names and "mia" in names
    dialog.names.setCurrentText("mia")
    dialog.pin_pad.submitted.emit(PINS["mia"])
    win.runner.wait_idle()
    assert dialog.approved is None
    return dialog.banner.text()


def case_auth_failed(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    win.session.lock()
    sign_in(qtbot, win, "carl", "0000")
    return win.login_view.banner.text()


def case_rate_limited(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    win.session.lock()
    for _ in range(3):
        sign_in(qtbot, win, "carl", "0000")
    sign_in(qtbot, win, "carl")  # even the right PIN
    assert win.session.actor is None
    return win.login_view.banner.text()


def case_not_allowed(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    edge_admin.set_setting(store.ctx, store.admin, "enabled", "false")
    return _sell(qtbot, win, "25.00", Payment(cash="25.00"))


def case_conflict(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    dialog = SetupDialog(store.ctx, "T1", win)
    dialog.pin.setText("444444")
    dialog.create_button.click()
    dialog._runner.wait_idle()
    assert staff_count(store) == 3
    return dialog.banner.text()


def staff_count(store: Store) -> int:
    return len(staff.sign_in_names(store.ctx))


def case_not_found(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    view = win.open_page("returns").widget
    view.receipt.setText("NO-SUCH-RECEIPT")
    qtbot.keyClick(view.receipt, Qt.Key.Key_Return)
    win.runner.wait_idle()
    return view.banner.text()


def case_invalid_input(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    return _sell(qtbot, win, "25.00", Payment(cash="25.00"), recipient_email="not-an-address")


def case_device_error(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    sold = edge.sell(store.ctx, store.cashier, [CardLine("25.00")], Payment(cash="25.00"))
    win.deps.config.printer = {"kind": "network", "target": "127.0.0.1:9", "timeout": 1.0}
    page = win.open_page("returns")
    page.widget.receipt.setText(sold.receipt_number)
    page.handler.find()
    win.runner.wait_idle()
    page.handler.reprint()
    win.runner.wait_idle(15_000)
    return page.widget.banner.text()


def case_key_file(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    """The app refuses to start with a key file that is not this database's."""
    with tempfile.TemporaryDirectory() as where:
        other = Path(where) / "keys.json"
        other.write_text(KeyRing.generate().to_json())
        other.chmod(0o600)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("POSAPP_KEY_FILE", str(other))
            with pytest.raises(PosError) as refused:
                app.open_context(app.Options(db_url=store.ctx.db.url), None)
    box = app.refusal_box(refused.value)
    assert "not the key this database" in box.informativeText()
    return box.text()


def case_busy(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    """Another process holds SQLite's write lock for longer than a till waits."""
    from posapp.db import engine

    saved = engine.BUSY_TIMEOUT_MS
    engine.BUSY_TIMEOUT_MS = 300
    store.ctx.db.engine.dispose()  # new connections wait only that long
    blocker = sqlite3.connect(store.ctx.db.url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        return _sell(qtbot, win, "25.00", Payment(cash="25.00"))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        engine.BUSY_TIMEOUT_MS = saved
        store.ctx.db.engine.dispose()


CASES: dict[ErrorCode, Callable[[QtBot, MainWindow, Store], str]] = {
    code: globals()[f"case_{code.value}"] for code in ErrorCode
}


@pytest.mark.parametrize("code", list(ErrorCode), ids=[c.value for c in ErrorCode])
def test_the_error_is_shown_in_the_users_words(
    qtbot: QtBot, window: MainWindow, store: Store, code: ErrorCode
) -> None:
    sign_in(qtbot, window, "carl")
    before = queries.count_cards(store.ctx, store.manager)
    shown = CASES[code](qtbot, window, store)
    assert shown.startswith(_MESSAGES[code]), shown
    if code not in (ErrorCode.CARD_INACTIVE, ErrorCode.CARD_EXPIRED, ErrorCode.CARD_FROZEN,
                    ErrorCode.CARD_VOIDED, ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.WRONG_LOCATION,
                    ErrorCode.CURRENCY_MISMATCH, ErrorCode.INVALID_STATE, ErrorCode.DEVICE_ERROR):
        assert queries.count_cards(store.ctx, store.manager) == before  # no card was made
