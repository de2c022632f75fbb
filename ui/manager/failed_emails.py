"""E-mails that gave up, for a manager: why, and send again (to a corrected address)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from posapp.services.delivery import manage
from posapp.services.delivery.views import DeliveryView
from ui.deps import Deps
from ui.manager.card_email import ask_address, resend
from ui.views.common import big_button, heading, table
from ui.widgets.message_banner import MessageBanner


class FailedEmailsScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failedEmails")
        self._deps = deps
        self.failed: list[DeliveryView] = []
        self.grid = table(self, [self.tr("Card"), self.tr("To"), self.tr("Tries"),
                                 self.tr("Why"), self.tr("Last tried")])
        self.grid.setObjectName("failedEmailGrid")
        self.retry_button = big_button(self.tr("Send again…"), self, kind="primary")
        self.retry_button.setObjectName("retryEmail")
        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Failed e-mails"), self))
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.banner)
        self.retry_button.clicked.connect(self.retry)
        deps.events.cards_changed.connect(self.reload)

    def reload(self) -> None:
        deps, actor = self._deps, self._deps.actor()
        deps.runner.run(lambda: manage.failed(deps.ctx, actor), self._show,
                        self.banner.show_failure)

    def _show(self, failed: list[DeliveryView]) -> None:
        self.failed = failed
        self.grid.setRowCount(len(failed))
        for row, d in enumerate(failed):
            cells = (d.masked_code, d.recipient_email, str(d.attempts), d.last_error or "",
                     d.due_at.strftime("%Y-%m-%d %H:%M"))
            for col, text in enumerate(cells):
                self.grid.setItem(row, col, QTableWidgetItem(text))
        self.retry_button.setEnabled(bool(failed))
        if failed and self.grid.currentRow() < 0:
            self.grid.selectRow(0)

    def retry(self) -> None:
        row = self.grid.currentRow()
        if not 0 <= row < len(self.failed):
            return
        chosen = self.failed[row]
        to = ask_address(self, chosen.recipient_email)
        if to is None:
            return
        deps, actor = self._deps, self._deps.actor()

        def sent(view: DeliveryView) -> None:
            self.banner.show_info(self.tr("The e-mail to %1 goes out again now.").replace(
                "%1", view.recipient_email))
            deps.events.emails_due.emit([view.card_id])
            deps.events.cards_changed.emit()

        deps.runner.run(
            lambda: resend(deps.ctx, actor, chosen.card_id, to, chosen.recipient_email),
            sent, self.banner.show_failure)
