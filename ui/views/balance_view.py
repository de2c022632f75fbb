"""Balance check: scan or type a code; the balance large, the status in colour."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.views.common import amount_label, big_button, heading, table
from ui.widgets.message_banner import MessageBanner


class BalanceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceView")
        self.code = QLineEdit(self)
        self.code.setObjectName("balanceCode")
        self.code.setPlaceholderText(self.tr("Scan or type a gift card code"))
        self.check_button = big_button(self.tr("Check"), self, kind="primary")
        self.masked = QLabel(self)
        self.masked.setObjectName("balanceMasked")
        self.balance = amount_label(self, "balanceAmount")
        self.available = QLabel(self)
        self.available.setObjectName("balanceAvailable")
        self.status = QLabel(self)
        self.status.setObjectName("balanceStatus")
        self.status.setProperty("kind", "status")
        self.expiry = QLabel(self)
        self.expiry.setObjectName("balanceExpiry")
        self.cashout_button = big_button(self.tr("Pay out in cash"), self)
        self.cashout_button.setObjectName("balanceCashOut")
        self.cashout_button.hide()  # shown only for a card whose remainder qualifies
        self.entries = table(self, [self.tr("When"), self.tr("What"), self.tr("Amount"),
                                    self.tr("Balance after")])
        self.entries.setObjectName("balanceEntries")
        self.banner = MessageBanner(self)

        entry = QHBoxLayout()
        entry.addWidget(self.code, 1)
        entry.addWidget(self.check_button)
        facts = QFormLayout()
        facts.addRow(self.tr("Card"), self.masked)
        facts.addRow(self.tr("Status"), self.status)
        facts.addRow(self.tr("Available"), self.available)
        facts.addRow(self.tr("Expires"), self.expiry)
        top = QHBoxLayout()
        top.addLayout(facts, 1)
        top.addWidget(self.balance, 1)
        top.addWidget(self.cashout_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Balance check"), self))
        layout.addLayout(entry)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Last entries"), self))
        layout.addWidget(self.entries, 1)
