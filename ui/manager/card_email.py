"""A card's e-mails for a manager: every delivery and its state, and resend (to a corrected
address), reschedule or cancel. Shown in the card detail and used by the failed list."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp import edge
from posapp.domain.roles import Permission, allows
from posapp.services.command_path.context import Actor, Context
from posapp.services.delivery import manage
from posapp.services.delivery.views import DeliveryView
from ui.errors import show_error
from ui.manager.running import run_for
from ui.models.cells import date_time
from ui.operations import OperationRunner
from ui.views.common import table


def state_words(state: str) -> str:
    words = {
        "scheduled": QCoreApplication.translate("email", "waiting"),
        "sending": QCoreApplication.translate("email", "sending"),
        "sent": QCoreApplication.translate("email", "sent"),
        "failed": QCoreApplication.translate("email", "failed"),
        "cancelled": QCoreApplication.translate("email", "cancelled"),
    }
    return words.get(state, state)


def ask_address(parent: QWidget, current: str) -> str | None:
    """The address to send to: the card's, or a corrected one; None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("email", "Send the e-mail again"),
        QCoreApplication.translate("email", "Send the card's e-mail now to:"),
        QLineEdit.EchoMode.Normal, current)
    return text.strip() if ok else None


def resend(ctx: Context, actor: Actor, card_id: uuid.UUID, to: str, current: str) -> DeliveryView:
    """The resend command; the address goes along only when it was corrected."""
    return edge.resend_email(ctx, actor, card_id, to=to if to != current else None)


class CardEmailPanel(QGroupBox):
    """The e-mails of one card, newest last, with a manager's actions."""

    #: The card changed (a corrected address): the detail reloads it.
    changed = Signal()

    def __init__(self, ctx: Context, actor: Callable[[], Actor], runner: OperationRunner,
                 card_id: uuid.UUID, address: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("E-mail"), parent)
        self.setObjectName("cardEmail")
        self._ctx, self._actor, self._runner = ctx, actor, runner
        self._card_id, self._address = card_id, address or ""
        self.deliveries: list[DeliveryView] = []
        self.grid = table(self, [self.tr("Made"), self.tr("To"), self.tr("State"),
                                 self.tr("Goes out"), self.tr("Tries"), self.tr("Last error")])
        self.grid.setObjectName("cardEmails")
        self.grid.setMaximumHeight(130)
        self.resend_button = QPushButton(self.tr("Send again…"), self)
        self.resend_button.setObjectName("resendEmail")
        self.reschedule_button = QPushButton(self.tr("Another day…"), self)
        self.reschedule_button.setObjectName("rescheduleEmail")
        self.cancel_button = QPushButton(self.tr("Cancel e-mail"), self)
        self.cancel_button.setObjectName("cancelEmail")
        buttons = QHBoxLayout()
        for button in (self.resend_button, self.reschedule_button, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        may = allows(actor().role, Permission.REPRINT)
        for button in (self.resend_button, self.reschedule_button, self.cancel_button):
            button.setVisible(may)
        self.resend_button.clicked.connect(self.resend)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button.clicked.connect(self.cancel)

    def load(self) -> None:
        ctx, actor, ref = self._ctx, self._actor(), edge.card(self._ctx, self._actor(),
                                                              self._card_id)
        run_for(self, self._runner, lambda: manage.history(ctx, actor, ref), self._show)

    def _show(self, deliveries: list[DeliveryView]) -> None:
        self.deliveries = deliveries
        self.grid.setRowCount(len(deliveries))
        for row, d in enumerate(deliveries):
            cells = (date_time(d.created_at), d.recipient_email, state_words(d.state),
                     date_time(d.sent_at or d.due_at), str(d.attempts), d.last_error or "")
            for col, text in enumerate(cells):
                self.grid.setItem(row, col, QTableWidgetItem(text))
        waiting = any(d.state == "scheduled" for d in deliveries)
        self.reschedule_button.setEnabled(waiting)
        self.cancel_button.setEnabled(waiting)

    def _run(self, work: Callable[[], object]) -> None:
        def done(_result: object) -> None:
            self.changed.emit()
            self.load()

        run_for(self, self._runner, work, done, lambda error: show_error(self, error))

    def resend(self) -> None:
        to = ask_address(self, self._address)
        if to is None:
            return
        ctx, actor, card_id, current = self._ctx, self._actor(), self._card_id, self._address
        self._address = to
        self._run(lambda: resend(ctx, actor, card_id, to, current))

    def reschedule(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("E-mail on another day"),
            self.tr("The day to send it (YYYY-MM-DD), or empty for now:"))
        if not ok:
            return
        ctx, actor, card_id = self._ctx, self._actor(), self._card_id
        self._run(lambda: edge.reschedule_email(ctx, actor, card_id, text))

    def cancel(self) -> None:
        ctx, actor, card_id = self._ctx, self._actor(), self._card_id
        self._run(lambda: edge.cancel_email(ctx, actor, card_id))
