"""The counter of a till in central mode, against a real service over PostgreSQL: a manager's
PIN on a cashier's till approves selling a card that is not on hand here and a cash-out
above the manager amount (the service checks the PIN and audits it, the till kicks its
drawer and prints the slip), and the balance page shows the card's last entries (offline:
the last known balance, and that the entries need the link)."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp.central.client import Client
from posapp.central.till import Till
from posapp.domain.errors import AuthFailed, InvalidInput, Offline, PermissionDenied
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.central.test_till_window import (  # noqa: F401 - fixtures used by name
    WAIT_MS,
    proxy,
    sign_in,
    till_window,
)
from tests.cli.conftest import batch_codes
from tests.cli.test_stock import printed
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy
from tests.ui.dialogs import on_next_dialog, pay_cash
from tests.ui.test_returns import _approve
from tests.ui.test_sell_override import add_card
from ui.counter.central import CentralCounter
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

KICK_PIN_2 = b"\x1b@\x1bp\x0022"


@pytest.fixture
def device(tmp_path: Path) -> Path:
    return tmp_path / "lp0"


@pytest.fixture
def till_config(tmp_path: Path, device: Path) -> TerminalConfig:
    """The till of these tests has a receipt printer: a file."""
    return TerminalConfig(receipt_dir=str(tmp_path / "receipts"),
                          printer={"kind": "file", "target": str(device)})


def card_elsewhere(chain: Chain, store: str) -> str:
    """A printed card shipped to ``store`` and received there: on hand there, not at S1."""
    chain.cli.ok("location", "add", store, "--name", f"Store {store}", "--currency", "USD",
                 user="root")
    chain.cli.ok("terminal", "add", f"T-{store}", "--store", store, user="root")
    batch = printed(chain.cli, chain.cli.ok("batch", "create", "--count", "1", user="root")[
        "batch_id"])
    chain.cli.ok("stock", "ship", batch, "--store", store, user="mia")
    chain.cli.ok("stock", "receive", batch, user="mia", location=store, terminal=f"T-{store}")
    return batch_codes(chain.cli, batch)[0]


def card_with(manager: Client, cashier: Client, left: str) -> str:
    """A card issued for 20.00 with ``left`` still on it; its code."""
    issued = manager.run(c.IssueCard(Money(2000, "USD"), key=None))
    code = str(issued["code"])
    spent = Money(2000, "USD") - Money.parse(left, "USD")
    cashier.run(c.RedeemCard(CardRef(code=code), spent))
    return code


def audit(chain: Chain, kind: str) -> list[Any]:
    return chain.sql("SELECT s.name, a.detail, a.card_id FROM audit_events a "
                     "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.kind = :kind "
                     "ORDER BY a.at", kind=kind)


def as_dict(detail: Any) -> dict[str, Any]:
    return detail if isinstance(detail, dict) else dict(json.loads(detail))


def test_a_manager_approves_selling_a_card_that_is_at_another_store_through_the_service(
    qtbot: QtBot, chain: Chain,
    till_window: tuple[MainWindow, CentralCounter],  # noqa: F811
) -> None:
    window, counter = till_window
    code = card_elsewhere(chain, "S6")
    sign_in(qtbot, window, "carl")
    view = add_card(qtbot, window, "25.00", code)

    said: list[str] = []
    pay_cash("25.00")
    asked = _approve("mia", said, pin="999999")
    view.pay_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    window.runner.wait_idle()
    assert asked and "Wrong name or PIN" in said[0]
    assert "not in this store's stock (at another store)" in view.banner.text()
    assert view.lines.rowCount() == 1

    pay_cash("25.00")
    offered: list[str] = []
    approved = _approve("mia", said, offered=offered)
    done = on_next_dialog("saleDoneDialog", lambda d: d.accept())
    view.pay_button.click()
    qtbot.waitUntil(lambda: view.lines.rowCount() == 0, timeout=WAIT_MS)
    window.runner.wait_idle()
    assert approved and done and "mia" in offered and "carl" not in offered
    assert "complete" in view.banner.text()
    assert window.session.actor is not None and window.session.actor.staff_name == "carl"
    found = counter.till.client.balance(code)
    assert (found["status"], found["balance"]) == ("active", "25.00")
    overrides = [(who, str(card)) for who, _, card in audit(chain, "stock_override")]
    assert ("mia", found["id"]) in overrides
    approvals = [(who, as_dict(detail)) for who, detail, _ in audit(chain, "manager_override")]
    assert ("carl", {"by": "mia", "action": "activate_away_from_stock"}) in approvals


def test_a_manager_approves_a_void_and_a_refund_on_a_cashiers_central_till(
    qtbot: QtBot, chain: Chain,
    till_window: tuple[MainWindow, CentralCounter],  # noqa: F811
) -> None:
    window, _ = till_window
    with chain.till("carl") as cashier, chain.till("mia") as manager:
        code = str(manager.run(c.IssueCard(Money(2000, "USD")))["code"])
        mug, cup = GoodsLine("mug", Money(1200, "USD")), GoodsLine("cup", Money(500, "USD"))
        voided = cashier.run(c.PaySale(mug.price, (code,), lines=(mug,)))
        refunded = cashier.run(c.PaySale(cup.price, (code,), lines=(cup,)))
        assert manager.balance(code)["balance"] == "3.00"
        sign_in(qtbot, window, "carl")
        view = window.open_page("returns").widget
        for sale in (voided, refunded):
            view.receipt.setText(str(sale["receipt_number"]))
            qtbot.keyClick(view.receipt, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda n=sale["receipt_number"]: str(n) in view.summary.text(),
                            timeout=WAIT_MS)
            window.runner.wait_idle()
            if sale is voided:
                approved = _approve("mia", [])
                reason = on_next_dialog("reasonDialog", _give_reason)
                qtbot.keyClick(view, Qt.Key.Key_F9)
                qtbot.waitUntil(lambda: "voided" in view.banner.text(), timeout=WAIT_MS)
                assert approved and reason
            else:
                view.refund_amount.setText("2.00")
                approved = _approve("mia", [])
                view.refund_button.click()
                qtbot.waitUntil(lambda: "refunded" in view.banner.text(), timeout=WAIT_MS)
                assert approved
        window.runner.wait_idle()
        assert window.session.actor is not None and window.session.actor.staff_name == "carl"
        assert manager.balance(code)["balance"] == "17.00"  # 3.00 + 12.00 back + 2.00 back
        entries = manager.history(code, 10)["entries"]
        assert [(e["kind"], e["amount"], e["staff"]) for e in entries[-2:]] == [
            ("refund", "12.00", "mia"), ("refund", "2.00", "mia")], entries
        approvals = [as_dict(detail)["action"] for who, detail, _ in
                     audit(chain, "manager_override") if who == "carl"]
        assert {"void_sale", "refund_sale"} <= set(approvals)


def _give_reason(dialog: Any) -> None:
    dialog.text.setText("customer changed their mind")
    dialog.accept()


def test_an_approval_is_for_one_operation_of_the_cashier_who_asked(chain: Chain) -> None:
    with chain.till("carl") as till, chain.till("mia") as manager:
        code = card_elsewhere(chain, "S5")
        sale = c.SellCards((CardLine(Money(1000, "USD"), code=code),),
                           Payment(cash=Money(1000, "USD")), key="sale-approved")
        given = till.approve("mia", PINS["mia"], "activate_away_from_stock", sale.name,
                             "sale-approved")
        # Not for another operation, not from another terminal, not forged.
        with pytest.raises(AuthFailed):
            till.run(dataclasses.replace(sale, key="sale-other"), approval=given["approval"])
        with pytest.raises(AuthFailed):
            till.run(c.CashOut(CardRef(code=code), "sale-approved"), approval=given["approval"])
        with pytest.raises(AuthFailed):
            manager.run(sale, approval=given["approval"])
        with pytest.raises(AuthFailed):
            till.run(sale, approval=given["approval"][:-2] + "AA")
        # A cashier's PIN approves nothing.
        with pytest.raises(PermissionDenied):
            till.approve("carl", PINS["carl"], "activate_away_from_stock", sale.name,
                         "sale-approved")
        done = till.run(sale, approval=given["approval"])
        assert done["state"] == "completed"
        assert till.run(sale, approval=given["approval"]) == done  # the same key: once


def test_a_cashier_sees_at_most_the_counters_last_entries_by_code(chain: Chain) -> None:
    with chain.till("carl") as till, chain.till("mia") as manager:
        code = card_with(manager, till, "6.00")
        seen = till.history(code, 8)
        assert [e["kind"] for e in seen["entries"]] == ["issue", "redeem"]
        with pytest.raises(PermissionDenied):
            till.history(code, 9)
        with pytest.raises(PermissionDenied):
            till.history(uuid.UUID(seen["card"]["id"]), 8)
        assert len(manager.history(code, 50)["entries"]) == 2


def test_cash_out_and_last_entries_at_a_central_till(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy,  # noqa: F811
    till_window: tuple[MainWindow, CentralCounter], device: Path,  # noqa: F811
) -> None:
    window, counter = till_window
    with chain.till("root") as admin, chain.till("mia") as manager, \
            chain.till("carl") as cashier:
        admin.run(c.SetSettings({"cashout_threshold": "10.00", "cashout_manager_over": "2.00"},
                                store="S1"))
        try:
            code = card_with(manager, cashier, "6.00")
            sign_in(qtbot, window, "carl")
            view = window.open_page("balance").widget
            view.code.setText(code)
            view.check_button.click()
            qtbot.waitUntil(lambda: view.masked.text() != "—", timeout=WAIT_MS)
            window.runner.wait_idle()
            assert view.balance.text() == "$6.00"
            assert view.entries.rowCount() == 2  # issued, then spent: newest first
            assert view.entries.item(0, 1).text() != view.entries.item(1, 1).text()
            assert view.cashout_button.isVisible()
            assert view.cashout_button.text() == "Pay out $6.00 in cash"

            approved = _approve("mia", [])
            view.cashout_button.click()
            qtbot.waitUntil(lambda: "Paid out" in view.banner.text(), timeout=WAIT_MS)
            assert approved
            assert "did not print" not in view.banner.text()
            assert device.read_bytes().startswith(KICK_PIN_2)
            entries = manager.history(code, 10)["entries"]
            assert (entries[-1]["kind"], entries[-1]["staff"]) == ("cashout", "mia")
            assert manager.balance(code)["balance"] == "0.00"

            # Offline: the last known balance, marked so; no entries and no cash-out.
            proxy.stop()
            view.code.setText(code)
            view.check_button.click()
            qtbot.waitUntil(lambda: "Offline" in view.banner.text(), timeout=WAIT_MS)
            window.runner.wait_idle()
            assert "Its last entries need the link." in view.banner.text()
            assert view.entries.rowCount() == 0
            assert not view.cashout_button.isVisible()
        finally:
            proxy.start()
            admin.run(c.SetSettings({"cashout_threshold": "0", "cashout_manager_over": "0"},
                                    store="S1"))


@pytest.mark.parametrize("body", [
    {"permission": "rule_the_world", "command": "sale_sell", "key": "k1"},
    {"permission": "activate_away_from_stock", "command": "no_such_command", "key": "k1"},
    {"permission": "activate_away_from_stock", "command": "sale_sell", "key": "k" * 101},
    {"permission": "activate_away_from_stock", "command": "sale_sell", "key": ""},
    {"permission": ["x"], "command": "sale_sell", "key": "k1"},
])
def test_a_malformed_approval_request_is_refused_and_checks_no_pin(
    chain: Chain, body: dict[str, Any]
) -> None:
    before = len(audit(chain, "manager_override"))
    with chain.till("carl") as till:
        with pytest.raises(InvalidInput):
            till.request("POST", "/approvals", {"name": "mia", "pin": PINS["mia"], **body})
    assert len(audit(chain, "manager_override")) == before


@pytest.mark.parametrize("header", ["", ".", "a.b", "%C3%A9.x", "x" * 5000, "!!!.???"])
def test_a_garbled_approval_is_refused(chain: Chain, header: str) -> None:
    with chain.till("carl") as till:
        sale = c.SellCards((CardLine(Money(1000, "USD")),), Payment(cash=Money(1000, "USD")),
                           key="garbled")
        with pytest.raises(AuthFailed):
            till.run(sale, approval=header)


def test_offline_a_till_refuses_an_approval_and_queues_nothing(
    chain: Chain, proxy: FaultProxy, tmp_path: Path  # noqa: F811
) -> None:
    saved = dataclasses.replace(chain.enrol(), url=f"https://127.0.0.1:{proxy.port}")
    till = Till.open(saved, tmp_path / "till.sqlite3")
    try:
        till.sign_in("carl", PINS["carl"])
        proxy.stop()
        with pytest.raises(Offline):
            till.approve("mia", PINS["mia"], "activate_away_from_stock", "sale_sell", "k-off")
        sale = c.SellCards((CardLine(Money(1000, "USD")),), Payment(cash=Money(1000, "USD")),
                           key="k-off")
        with pytest.raises(Offline):
            till.run(sale, approval="sealed-before")
        assert till.store.count_waiting() == 0
    finally:
        till.close()
