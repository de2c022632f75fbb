"""The card care page's layout: the code on top, the card and its history, actions below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.views.common import amount_label, big_button, heading, history_table
from ui.widgets.message_banner import MessageBanner


class CardCareView(QWidget):
    """Layout only; :class:`ui.manager.card_care.CardCareScreen` fills it and acts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardCareView")
        self.code = QLineEdit(self)
        self.code.setObjectName("cardCareCode")
        self.code.setPlaceholderText(self.tr("Scan or type the code of the card to look after"))
        self.find_button = big_button(self.tr("Look up"), self, kind="primary")
        self.masked = QLabel("—", self)
        self.masked.setObjectName("cardCareMasked")
        self.status = QLabel("—", self)
        self.status.setObjectName("cardCareStatus")
        self.status.setProperty("kind", "status")
        self.expiry = QLabel("—", self)
        self.expiry.setObjectName("cardCareExpiry")
        self.balance = amount_label(self, "cardCareBalance")
        self.history_model, self.history = history_table(self, "cardCareHistory")
        self.banner = MessageBanner(self)

        entry = QHBoxLayout()
        entry.addWidget(self.code, 1)
        entry.addWidget(self.find_button)
        facts = QFormLayout()
        facts.addRow(self.tr("Card"), self.masked)
        facts.addRow(self.tr("Status"), self.status)
        facts.addRow(self.tr("Expires"), self.expiry)
        top = QHBoxLayout()
        top.addLayout(facts, 1)
        top.addWidget(self.balance, 1)
        actions = QHBoxLayout()
        self.freeze_button = self._button(self.tr("&Freeze…"), "careFreeze", actions)
        self.unfreeze_button = self._button(self.tr("&Unfreeze"), "careUnfreeze", actions)
        self.adjust_button = self._button(self.tr("&Adjust…"), "careAdjust", actions)
        self.extend_button = self._button(self.tr("&Extend expiry…"), "careExtend", actions)
        self.transfer_button = self._button(self.tr("&Transfer…"), "careTransfer", actions)
        self.void_button = self._button(self.tr("&Void…"), "careVoid", actions)
        self.void_button.setProperty("kind", "danger")
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Card care"), self))
        layout.addLayout(entry)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history, 1)
        layout.addLayout(actions)

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(44)
        row.addWidget(button)
        return button
