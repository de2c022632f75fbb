"""Selling gift cards: the card being added on the left, the sale's cards on the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.views.common import amount_label, big_button, heading, table
from ui.widgets.message_banner import MessageBanner


class SellView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellView")
        self.product = QComboBox(self)
        self.product.setObjectName("sellProduct")
        self.denominations = QGridLayout()
        self.amount = QLineEdit(self)
        self.amount.setObjectName("sellAmount")
        self.amount.setPlaceholderText(self.tr("Custom amount, e.g. 35.00"))
        self.code = QLineEdit(self)
        self.code.setObjectName("sellCode")
        self.code.setPlaceholderText(self.tr("Scan a physical card or a card to reload"))
        self.recipient_name = QLineEdit(self)
        self.recipient_name.setObjectName("sellRecipient")
        self.recipient_email = QLineEdit(self)
        self.recipient_email.setObjectName("sellEmail")
        self.message = QLineEdit(self)
        self.message.setObjectName("sellMessage")
        self.sender_name = QLineEdit(self)
        self.sender_name.setObjectName("sellFrom")
        self.sender_name.setPlaceholderText(self.tr("Who the card is from"))
        self.deliver_on = QLineEdit(self)
        self.deliver_on.setObjectName("sellDeliverOn")
        self.deliver_on.setPlaceholderText(self.tr("At once, or a day: YYYY-MM-DD"))
        self.add_button = big_button(self.tr("Add card"), self, kind="primary", key="Ctrl+Return")
        self.remove_button = big_button(self.tr("Remove card"), self, key="Delete")
        self.pay_button = big_button(self.tr("Take payment"), self, kind="go", key="F9")
        self.clear_button = big_button(self.tr("Clear sale"), self, kind="danger", key="Ctrl+Esc")
        self.lines = table(self, [self.tr("Card"), self.tr("For"), self.tr("Amount")])
        self.lines.setObjectName("sellLines")
        self.total = amount_label(self, "sellTotal")
        self.banner = MessageBanner(self)

        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Amount"), self.denominations)
        form.addRow("", self.amount)
        form.addRow(self.tr("Card"), self.code)
        # Two fields a row: the counter page fits a 1024 x 700 window whole.
        self.recipient_email.setPlaceholderText(self.tr("E-mail"))
        recipient = QHBoxLayout()
        recipient.addWidget(self.recipient_name, 1)
        recipient.addWidget(self.recipient_email, 1)
        form.addRow(self.tr("Recipient"), recipient)
        form.addRow(self.tr("Message"), self.message)
        sender = QHBoxLayout()
        sender.addWidget(self.sender_name, 1)
        self.deliver_on_label = QLabel(self.tr("E-mail on"), self)
        sender.addWidget(self.deliver_on_label)
        sender.addWidget(self.deliver_on, 1)
        form.addRow(self.tr("From"), sender)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Sell gift cards"), self))
        left.addLayout(form)
        left.addWidget(self.add_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.lines, 1)
        right.addWidget(self.total)
        right.addWidget(self.remove_button)  # one above the other: fits a 1024 px window
        right.addWidget(self.clear_button)
        right.addWidget(self.pay_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.banner)
