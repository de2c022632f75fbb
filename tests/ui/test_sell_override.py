"""Selling a printed card that is not in this store's stock: the cashier is refused, and a
manager's PIN on the cashier's till approves this one sale, audited in the manager's name."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from posapp import edge, edge_admin
from posapp.services.back_office import batches
from tests.conftest import Store
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog, pay_cash
from tests.ui.test_returns import _approve
from ui.main_window import MainWindow


def card_at_another_store(store: Store) -> str:
    """A printed card shipped to store S9 and received there (on hand at S9, not S1)."""
    made = edge_admin.create_batch(store.ctx, store.admin, 1)
    code = next(iter(batches.batch_cards(store.ctx, store.admin, made.batch_id)[1])).code
    edge_admin.add_location(store.ctx, store.admin, "S9", "Harbour", "USD")
    store.add_terminal("T9", "S9")
    edge_admin.mark_printed(store.ctx, store.admin, str(made.batch_id))
    edge_admin.ship_batch(store.ctx, store.manager, str(made.batch_id), "S9")
    there = store.sign_in("mia", location="S9", terminal="T9")
    edge_admin.receive_batch(store.ctx, there, str(made.batch_id))
    assert code is not None
    return code


def add_card(qtbot: QtBot, win: MainWindow, amount: str, code: str) -> Any:
    view = win.open_page("sell").widget
    win.runner.wait_idle()
    view.amount.setText(amount)
    view.code.setText(code)
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)
    win.runner.wait_idle()
    assert view.lines.rowCount() == 1, view.banner.text()
    return view


def rows(store: Store, sql: str, **params: Any) -> list[Any]:
    return store.ctx.db.run(lambda s: list(s.execute(text(sql), params)), readonly=True)


def test_a_manager_approves_selling_a_card_that_is_at_another_store(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = card_at_another_store(store)
    sign_in(qtbot, window, "carl")
    view = add_card(qtbot, window, "25.00", code)

    # The cashier is refused; the manager's approval is asked, and a wrong PIN is refused.
    said: list[str] = []
    pay_cash("25.00")
    asked = _approve("mia", said, pin="999999")
    view.pay_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    window.runner.wait_idle()
    assert asked and "Wrong name or PIN" in said[0]
    assert "not in this store's stock (at another store)" in view.banner.text()
    assert view.lines.rowCount() == 1 and view.pay_button.isEnabled()
    card = edge.balance(store.ctx, store.manager, code)
    assert card.status == "inactive"

    # With the manager's PIN this one sale goes through, and the cashier stays signed in.
    pay_cash("25.00")
    offered: list[str] = []
    approved = _approve("mia", said, offered=offered)
    done = on_next_dialog("saleDoneDialog", lambda d: d.accept())
    view.pay_button.click()
    qtbot.waitUntil(lambda: view.lines.rowCount() == 0, timeout=10_000)
    window.runner.wait_idle()
    assert approved and done and offered == ["mia", "root"]
    assert "complete" in view.banner.text()
    card = edge.balance(store.ctx, store.manager, code)
    assert (card.status, card.balance.minor) == ("active", 2500)
    assert window.session.actor.staff_name == "carl"
    (where,) = rows(store, "SELECT g.stock_state, l.code FROM gift_cards g JOIN locations l "
                           "ON l.id = g.stock_location_id WHERE g.id = :id", id=card.id.hex)
    assert tuple(where) == ("sold", "S1")
    overrides = rows(store, "SELECT s.name FROM audit_events a JOIN staff s ON s.id = a.staff_id "
                            "WHERE a.kind = 'stock_override' AND a.card_id = :id",
                     id=card.id.hex)
    assert [r[0] for r in overrides] == ["mia"]
    approvals = rows(store, "SELECT detail FROM audit_events WHERE kind = 'manager_override'")
    assert [json.loads(a[0]) for a in approvals] == [
        {"by": "mia", "action": "activate_away_from_stock"}]
