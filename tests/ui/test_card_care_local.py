"""Card care on a till that opens the database itself: the window does not offer the page
(the card list and a card's detail do that work there), but the page works through the
local counter (the bus in process) as well, on a real SQLite store."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.services.cards.issuing import CardTerms
from tests.conftest import Store
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog
from ui.main_window import MainWindow
from ui.manager.card_actions import CardActionDialog, ExpiryDialog
from ui.manager.card_care import CardCareScreen
from ui.manager.card_care_view import CardCareView


def answer(text: str, amount: str = "") -> None:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, CardActionDialog)
        dialog.amount_edit.setText(amount)
        dialog.text_edit.setText(text)
        dialog.ok_button.click()

    on_next_dialog("cardActionDialog", act)


def test_a_manager_looks_after_a_card_on_the_database(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = str(edge.issue(store.ctx, store.manager, "30.00").card.code)
    sign_in(qtbot, window, "mia")
    assert window.open_page("card_care") is None
    view = CardCareView()
    qtbot.addWidget(view)
    CardCareScreen(view, window.deps)
    view.code.setText(code)
    view.find_button.click()
    window.runner.wait_idle()
    assert view.balance.text() == "$30.00" and view.history_model.rowCount() == 1

    answer("reported lost")
    view.freeze_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Frozen")
    answer("count", "2.50")
    view.adjust_button.click()
    qtbot.waitUntil(lambda: view.balance.text() == "$32.50")
    window.runner.wait_idle()
    card = edge.balance(store.ctx, store.manager, code)
    assert card.status == "frozen" and card.balance.minor == 3250
    kinds = [e.kind for e in edge.history(store.ctx, store.manager, code)]
    assert kinds == ["issue", "adjust"] and view.history_model.rowCount() == 2


def test_the_window_offers_the_cards_page_there(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "mia")
    assert window.open_page("cards") is not None
    assert not window.nav.button(window.pages.index(window.page("card_care"))).isVisible()


def test_card_care_extends_an_expired_card(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    code = str(edge.issue(store.ctx, store.manager, "30.00",
                          terms=CardTerms(expires_days=2)).card.code)
    never = str(edge.issue(store.ctx, store.manager, "5.00").card.code)
    store.clock.advance(days=3)
    edge.expire_cards(store.ctx, store.manager)
    sign_in(qtbot, window, "mia")
    view = CardCareView()
    qtbot.addWidget(view)
    CardCareScreen(view, window.deps)
    view.code.setText(never)
    view.find_button.click()
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 1)
    assert view.extend_button.isVisibleTo(view) and not view.extend_button.isEnabled()
    view.code.setText(code)
    view.find_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Expired")
    assert view.extend_button.isEnabled()
    until = date.today() + timedelta(days=90)

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, ExpiryDialog)
        dialog.date_edit.setDate(QDate(until.year, until.month, until.day))
        dialog.accept()

    on_next_dialog("expiryDialog", pick)
    view.extend_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Active")
    window.runner.wait_idle()
    assert view.expiry.text() == until.isoformat()  # the last day chosen, as chosen
    kinds = [e.kind for e in edge.history(store.ctx, store.manager, code)]
    assert kinds == ["issue", "expire", "reinstate"]
