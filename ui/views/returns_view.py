"""Returns: find a sale by receipt number or take the last one; refund or void it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.views.common import big_button, heading, table
from ui.widgets.message_banner import MessageBanner


class ReturnsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsView")
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("returnsReceipt")
        self.receipt.setPlaceholderText(self.tr("Receipt number"))
        self.find_button = big_button(self.tr("Find sale"), self, kind="primary")
        self.last_button = big_button(self.tr("Last sale"), self, key="F10")
        self.summary = QLabel(self.tr("No sale chosen."), self)
        self.summary.setObjectName("returnsSummary")
        self.tenders = table(self, [self.tr("Paid by"), self.tr("Amount"),
                                     self.tr("Given back")])
        self.refund_amount = QLineEdit(self)
        self.refund_amount.setObjectName("refundAmount")
        self.refund_amount.setPlaceholderText(self.tr("Empty: refund everything"))
        self.refund_button = big_button(self.tr("Refund to its tenders"), self, kind="primary")
        self.void_button = big_button(self.tr("Void sale"), self, kind="danger", key="F9")
        self.reprint_button = big_button(self.tr("Print receipt"), self)
        self.banner = MessageBanner(self)

        find = QHBoxLayout()
        find.addWidget(self.receipt, 1)
        find.addWidget(self.find_button)
        find.addWidget(self.last_button)
        refund = QFormLayout()
        refund.addRow(self.tr("Refund amount"), self.refund_amount)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Returns and voids"), self))
        layout.addLayout(find)
        layout.addWidget(self.summary)
        layout.addWidget(self.tenders, 1)
        layout.addLayout(refund)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
