"""Paying for goods with gift cards: the amount due, the cards scanned, what is left."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.views.common import amount_label, big_button, heading, table
from ui.widgets.message_banner import MessageBanner


class PayView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payView")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("payAmount")
        self.amount.setPlaceholderText(self.tr("Amount due, e.g. 80.00"))
        self.start_button = big_button(self.tr("Start sale"), self, kind="primary")
        self.code = QLineEdit(self)
        self.code.setObjectName("payCode")
        self.code.setPlaceholderText(self.tr("Scan or type a gift card code"))
        self.apply_button = big_button(self.tr("Apply card"), self, kind="primary")
        self.tenders = table(self, [self.tr("Card"), self.tr("Applied"), self.tr("Left on card")])
        self.tenders.setObjectName("payTenders")
        self.total = amount_label(self, "payTotal")
        self.due = amount_label(self, "payDue")
        self.due.setProperty("emphasis", "due")
        self.remove_button = big_button(self.tr("Remove card"), self, key="Delete")
        self.finish_button = big_button(self.tr("Finish / pay rest"), self, kind="go", key="F9")
        self.cancel_button = big_button(self.tr("Cancel sale"), self, kind="danger",
                                        key="Ctrl+Delete")
        self.banner = MessageBanner(self)

        form = QFormLayout()
        start = QHBoxLayout()
        start.addWidget(self.amount, 1)
        start.addWidget(self.start_button)
        form.addRow(self.tr("Amount due"), start)
        scan = QHBoxLayout()
        scan.addWidget(self.code, 1)
        scan.addWidget(self.apply_button)
        form.addRow(self.tr("Gift card"), scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.finish_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Pay with gift cards"), self))
        layout.addLayout(form)
        layout.addWidget(self.tenders, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.due)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
