"""An e-card sold at the counter: the cashier types the recipient, a message, who it is from
and a delivery day; one sold for now is e-mailed in the background right after the sale,
with the window free all along."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from posapp import edge, edge_admin
from posapp.db.models import EmailDelivery
from tests.conftest import Store
from tests.mail.conftest import decode_symbols, images, point_at
from tests.support.smtp import SmtpServer
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog, pay_cash
from ui.main_window import MainWindow


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


def _sell_one(qtbot: QtBot, window: MainWindow, day: str) -> None:
    view = window.open_page("sell").widget
    window.runner.wait_idle()
    view.amount.setText("25.00")
    view.recipient_name.setText("Ann")
    view.recipient_email.setText("ann@example.org")
    view.message.setText("Happy birthday")
    view.sender_name.setText("Bob")
    view.deliver_on.setText(day)
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert view.lines.rowCount() == 1, view.banner.text()
    pay_cash("25.00")
    sold = on_next_dialog("saleDoneDialog", lambda d: d.accept())
    qtbot.keyClick(view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(sold), timeout=15000)


def test_an_ecard_for_now_is_emailed_in_the_background(
    qtbot: QtBot, window: MainWindow, store: Store, smtp: SmtpServer
) -> None:
    point_at(store, smtp)
    sign_in(qtbot, window, "carl")
    _sell_one(qtbot, window, "")
    qtbot.waitUntil(lambda: len(smtp.accepted) == 1, timeout=15000)
    [msg] = smtp.accepted
    assert "Bob" in str(msg["Subject"]) and "ann@example.org" in str(msg["To"])


def test_a_dated_ecard_waits_and_a_bad_day_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, store: Store, smtp: SmtpServer
) -> None:
    point_at(store, smtp)
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    window.runner.wait_idle()
    view.amount.setText("25.00")
    view.recipient_email.setText("ann@example.org")
    view.deliver_on.setText("24.12.2026")
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert view.lines.rowCount() == 0 and "YYYY-MM-DD" in view.banner.text()
    view.deliver_on.clear()
    _sell_one(qtbot, window, "2026-12-24")
    window.runner.wait_idle()
    due = store.ctx.db.run(lambda s: list(s.scalars(select(EmailDelivery.state))))
    assert due == ["scheduled"] and smtp.accepted == []

    # The day comes (past the send hour in any zone the store may be in): the app's sender
    # sends it, and the QR code a till scans from the phone's screen is the card's code.
    store.clock.now = datetime(2026, 12, 24, 20, 0, tzinfo=UTC)
    window.events.emails_due.emit([])
    qtbot.waitUntil(lambda: len(smtp.accepted) == 1, timeout=15000)
    [(code, symbology)] = decode_symbols(images(smtp.accepted[0])["qr"])
    assert symbology == "QRCode"
    card = edge.balance(store.ctx, store.cashier, code)
    def delivery() -> tuple[object, str]:
        row = store.ctx.db.run(lambda s: s.scalars(select(EmailDelivery)).one())
        return row.card_id, row.state

    qtbot.waitUntil(lambda: delivery() == (card.id, "sent"), timeout=15000)


def test_the_delivery_day_is_hidden_when_the_store_does_not_offer_it(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    edge_admin.set_settings(store.ctx, store.admin, {"email_delivery_date": "no"})
    sign_in(qtbot, window, "carl")
    view = window.open_page("sell").widget
    window.runner.wait_idle()
    assert not view.deliver_on.isVisible() and view.recipient_email.isVisible()
