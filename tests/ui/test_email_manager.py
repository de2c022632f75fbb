"""A manager's e-mail care in the app: the card detail shows a card's e-mails and sends
one again to a corrected address; the failed list retries; the settings screen sets the
SMTP password (never shown) and sends a test e-mail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from posapp.db.models import SmtpSecret
from posapp.services.delivery import mail_setup, manage, sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.smtp import SmtpServer
from tests.ui.conftest import sign_in
from tests.ui.manager_helpers import World, make_world, shell_for, when_modal
from ui.main_window import MainWindow
from ui.manager.card_detail import CardDetailDialog


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path) -> Iterator[World]:
    built = make_world(tmp_path, sqlite_template)
    yield built
    built.ctx.close()


def answer(text: str) -> object:
    def fill(dialog: QInputDialog) -> None:
        dialog.setTextValue(text)
        dialog.accept()

    return fill


def test_the_card_detail_resends_to_a_corrected_address(qtbot: QtBot, world: World) -> None:
    shell = shell_for(world.store.manager)
    dialog = CardDetailDialog(world.ctx, shell.actor_provider, shell.runner, shell.events,
                              world.cards["zoe"])
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.email_panel
    qtbot.waitUntil(lambda: panel.grid.rowCount() == 1, timeout=15000)
    assert panel.grid.item(0, 1).text() == "zoe@example.com"
    assert panel.grid.item(0, 2).text() == "waiting"
    nudged: list[object] = []
    shell.events.emails_due.connect(nudged.append)
    when_modal(QInputDialog, answer("zoe@example.org"))
    panel.resend_button.click()
    qtbot.waitUntil(lambda: panel.grid.rowCount() == 2, timeout=15000)
    assert [panel.grid.item(r, 2).text() for r in range(2)] == ["cancelled", "waiting"]
    assert panel.grid.item(1, 1).text() == "zoe@example.org"
    qtbot.waitUntil(lambda: "zoe@example.org" in dialog.recipient_label.text(), timeout=15000)
    assert nudged == [[world.cards["zoe"].id]]


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


def test_the_failed_list_retries_to_a_corrected_address(
    qtbot: QtBot, window: MainWindow, store: Store, smtp: SmtpServer
) -> None:
    point_at(store, smtp)
    smtp.recorder.replies["ann@exmaple.org"] = "550 5.1.2 no such domain"
    sell_ecard(store, recipient_email="ann@exmaple.org")
    sender.send_due(store.ctx)
    sign_in(qtbot, window, "mia")
    screen = window.open_page("emails").widget
    qtbot.waitUntil(lambda: screen.grid.rowCount() == 1, timeout=15000)
    assert "550" in screen.grid.item(0, 3).text()
    when_modal(QInputDialog, answer("ann@example.org"))
    screen.retry_button.click()
    qtbot.waitUntil(lambda: len(smtp.accepted) == 1, timeout=15000)
    qtbot.waitUntil(lambda: screen.grid.rowCount() == 0, timeout=15000)
    assert manage.failed(store.ctx, store.manager) == []


def test_the_settings_set_the_password_and_send_a_test(
    qtbot: QtBot, window: MainWindow, store: Store, smtp: SmtpServer
) -> None:
    point_at(store, smtp)
    sign_in(qtbot, window, "root")
    screen = window.open_page("settings").widget
    screen.smtp_password.setText("s3cret")
    screen.findChild(QPushButton, "setSmtpPassword").click()
    qtbot.waitUntil(lambda: "password set" in screen.banner.text(), timeout=15000)
    assert screen.smtp_password.text() == ""
    sealed = store.ctx.db.run(lambda s: s.scalar(select(SmtpSecret.password_encrypted)))
    assert mail_setup.unseal(store.ctx.keys, sealed) == "s3cret"
    screen.test_address.setText("it@example.org")
    screen.findChild(QPushButton, "sendTestEmail").click()
    qtbot.waitUntil(lambda: len(smtp.accepted) == 1, timeout=15000)
    qtbot.waitUntil(lambda: "it@example.org" in screen.banner.text(), timeout=15000)
    screen.test_address.setText("nobody")
    screen.findChild(QPushButton, "sendTestEmail").click()
    qtbot.waitUntil(lambda: "not an e-mail address" in screen.banner.text(), timeout=15000)
