"""The card care page of a till in central mode: a manager looks a card up through the real
service (over PostgreSQL, through a proxy that pulls the cable) and freezes, adjusts, voids
and transfers it; offline the till refuses each in its own words and nothing changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.central.conftest import Chain
from tests.central.test_till_window import (  # noqa: F401 - fixtures used by name
    WAIT_MS,
    balance_minor,
    card_id,
    link_text,
    proxy,
    sell,
    till_config,
    till_window,
)
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy
from tests.ui.dialogs import on_next_dialog
from ui.counter.central import CentralCounter
from ui.main_window import MainWindow
from ui.manager.card_actions import CardActionDialog
from ui.manager.card_care import CardCareScreen
from ui.manager.card_care_view import CardCareView


def sign_in_manager(qtbot: QtBot, window: MainWindow) -> None:
    """mia signs in; her six-digit PIN is set whole (typed at test speed, the keyboard
    wedge would take it for a scan)."""
    view = window.login_view
    view.typed_name.setText("mia")
    view.pin_pad.field.setText(PINS["mia"])
    qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.actor is not None, timeout=WAIT_MS)
    window.runner.wait_idle()


def answer(text: str, amount: str = "") -> list[QDialog]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, CardActionDialog)
        dialog.amount_edit.setText(amount)
        dialog.text_edit.setText(text)
        dialog.ok_button.click()

    return on_next_dialog("cardActionDialog", act)


def say_yes(name: str) -> list[QDialog]:
    def act(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    return on_next_dialog(name, act)


def care_page(window: MainWindow) -> tuple[CardCareView, CardCareScreen]:
    page = window.open_page("card_care")
    assert page is not None
    view, screen = page.widget, page.handler
    assert isinstance(view, CardCareView) and isinstance(screen, CardCareScreen)
    return view, screen


def look_up(window: MainWindow, view: CardCareView, code: str) -> None:
    view.code.setText(code)
    view.find_button.click()
    window.runner.wait_idle()


def audited(chain: Chain, kind: str, card: str) -> int:
    return int(chain.sql("SELECT count(*) FROM audit_events WHERE kind = :kind AND "
                         "card_id = :id", kind=kind, id=card)[0][0])


def entries(chain: Chain, kind: str, card: str) -> int:
    return int(chain.sql("SELECT count(*) FROM ledger_entries WHERE kind = :kind AND "
                         "card_id = :id", kind=kind, id=card)[0][0])


def status(chain: Chain, card: str) -> str:
    return str(chain.sql("SELECT status FROM gift_cards WHERE id = :id", id=card)[0][0])


def sold_code(qtbot: QtBot, window: MainWindow, amount: str) -> str:
    done = sell(qtbot, window, amount)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    return str(done[0].findChildren(QLabel, "soldCode")[0].text())


def test_a_manager_freezes_adjusts_voids_and_transfers_cards_through_the_service(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy,  # noqa: F811 - the imported fixtures
    till_window: tuple[MainWindow, CentralCounter],  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, counter = till_window
    sign_in_manager(qtbot, window)
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    code = sold_code(qtbot, window, "40.00")
    other_code = sold_code(qtbot, window, "25.00")
    card, other = card_id(chain, counter, code), card_id(chain, counter, other_code)
    # The page is offered in central mode, on the manager's shortcut.
    assert window.nav.button(window.pages.index(window.page("card_care"))).isVisible()
    view, screen = care_page(window)

    look_up(window, view, code)
    assert view.masked.text()[-4:] == code.replace("-", "")[-4:] and "****" in view.masked.text()
    assert view.balance.text() == "$40.00" and view.status.text() == "Active"
    assert view.history_model.rowCount() == 1  # the sale that made it

    answer("customer reported it lost")
    view.freeze_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Frozen", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert view.banner.text() == "Card frozen."
    assert status(chain, card) == "frozen" and audited(chain, "card_frozen", card) == 1
    assert view.unfreeze_button.isVisible() and not view.freeze_button.isVisible()

    view.unfreeze_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Active", timeout=WAIT_MS)
    assert audited(chain, "card_unfrozen", card) == 1

    answer("till count was short", "-5.00")
    view.adjust_button.click()
    qtbot.waitUntil(lambda: view.balance.text() == "$35.00", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert balance_minor(chain, card) == 3500 and entries(chain, "adjust", card) == 1
    assert view.history_model.rowCount() == 2

    # A hostile amount is refused at the edge, in words, and nothing is sent.
    answer("typo", "1e3")
    view.adjust_button.click()
    qtbot.waitUntil(lambda: view.banner.text() != "Balance adjusted.", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert "1e3" in view.banner.text()
    assert balance_minor(chain, card) == 3500 and entries(chain, "adjust", card) == 1

    answer("damaged beyond use")
    say_yes("confirmVoid")
    view.void_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Voided", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert status(chain, card) == "voided" and balance_minor(chain, card) == 0
    assert entries(chain, "void", card) == 1
    assert not view.adjust_button.isEnabled()  # a voided card takes no more changes

    look_up(window, view, other_code)
    say_yes("confirmTransfer")
    codes: list[str] = []

    def read_code(dialog: QDialog) -> None:  # shown once, then gone
        codes.append(dialog.findChildren(QLabel, "newCode")[0].text())
        dialog.accept()

    on_next_dialog("newCodeDialog", read_code)
    view.transfer_button.click()
    qtbot.waitUntil(lambda: bool(codes), timeout=WAIT_MS)
    window.runner.wait_idle()
    new_code = codes[0]
    new = card_id(chain, counter, new_code)
    assert balance_minor(chain, new) == 2500 and balance_minor(chain, other) == 0
    assert entries(chain, "transfer_out", other) == 1 and entries(chain, "transfer_in", new) == 1
    assert view.balance.text() == "$0.00"
    # The service sends the e-mails of a till's sales: the till has no database to send from.
    assert window.mail_sender is None
    assert not [r for r in caplog.records if r.name == "ui.mail_sender"]


def test_offline_the_page_shows_the_tills_refusal_and_nothing_changes(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy,  # noqa: F811 - the imported fixtures
    till_window: tuple[MainWindow, CentralCounter],  # noqa: F811
) -> None:
    window, counter = till_window
    sign_in_manager(qtbot, window)
    code = sold_code(qtbot, window, "30.00")
    card = card_id(chain, counter, code)
    view, _ = care_page(window)
    look_up(window, view, code)
    assert view.balance.text() == "$30.00"

    proxy.stop()
    qtbot.waitUntil(lambda: "OFFLINE" in link_text(window), timeout=WAIT_MS)
    answer("customer reported it lost")
    view.freeze_button.click()
    qtbot.waitUntil(lambda: "offline" in view.banner.text().lower(), timeout=WAIT_MS)
    window.runner.wait_idle()
    assert "Freezing a card needs the link" in view.banner.text(), view.banner.text()
    answer("till count was short", "-5.00")
    view.adjust_button.click()
    qtbot.waitUntil(lambda: "Adjusting a card needs the link" in view.banner.text(),
                    timeout=WAIT_MS)
    window.runner.wait_idle()
    # A look-up needs the service too: the till's cache has no history.
    look_up(window, view, code)
    assert "history needs the link" in view.banner.text(), view.banner.text()
    assert view.masked.text() == "—"
    assert counter.till.store.count_waiting() == 0  # nothing was kept to send later

    proxy.start()
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert status(chain, card) == "active" and balance_minor(chain, card) == 3000
    assert audited(chain, "card_frozen", card) == 0 and entries(chain, "adjust", card) == 0
