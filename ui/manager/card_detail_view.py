"""The card detail dialog's layout: summary on top, history in the middle, actions below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.views.common import amount_label, heading, history_table


class CardDetailView(QDialog):
    """Layout only: summary on top, history in the middle, actions at the bottom."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDetailDialog")
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.code_label = heading("", self)
        self.code_label.setObjectName("maskedCode")
        top.addWidget(self.code_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("cardStatus")
        top.addWidget(self.status_label)
        top.addStretch(1)
        self.balance_label = amount_label(self, "cardBalance")
        top.addWidget(self.balance_label)
        layout.addLayout(top)
        form = QFormLayout()
        self.initial_label = QLabel(self)
        self.expiry_label = QLabel(self)
        self.recipient_label = QLabel(self)
        self.purchaser_label = QLabel(self)
        self.store_label = QLabel(self)
        form.addRow(self.tr("Initial value"), self.initial_label)
        form.addRow(self.tr("Expires"), self.expiry_label)
        form.addRow(self.tr("Recipient"), self.recipient_label)
        form.addRow(self.tr("Purchaser"), self.purchaser_label)
        form.addRow(self.tr("Store"), self.store_label)
        layout.addLayout(form)
        self.history_model, self.history = history_table(self, "cardHistory")
        layout.addWidget(self.history, 1)
        self.message = QLabel(self)
        self.message.setObjectName("actionMessage")
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        self.adjust_button = self._button(self.tr("&Adjust…"), "adjustButton", actions)
        self.freeze_button = self._button(self.tr("&Freeze…"), "freezeButton", actions)
        self.unfreeze_button = self._button(self.tr("&Unfreeze…"), "unfreezeButton", actions)
        self.extend_button = self._button(self.tr("&Extend expiry…"), "extendButton", actions)
        self.transfer_button = self._button(self.tr("&Transfer…"), "transferButton", actions)
        self.reprint_button = self._button(self.tr("&Reprint…"), "reprintButton", actions)
        self.void_button = self._button(self.tr("&Void…"), "voidButton", actions)
        self.void_button.setProperty("kind", "danger")
        actions.addStretch(1)
        self.close_button = self._button(self.tr("Close"), "closeButton", actions)
        layout.addLayout(actions)

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(44)
        row.addWidget(button)
        return button
