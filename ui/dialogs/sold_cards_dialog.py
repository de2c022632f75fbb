"""The full codes of cards just sold: shown this once, then only ever masked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from posapp.codes import display
from posapp.services.results import SaleResult


class SoldCardsDialog(QDialog):
    def __init__(self, result: SaleResult, locale: str, printed_to: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soldCardsDialog")
        self.setWindowTitle(self.tr("Cards sold"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sale %1 complete").replace("%1", result.receipt_number), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        if result.change.minor:
            change = QLabel(self.tr("Change: %1").replace("%1", result.change.format(locale)))
            change.setObjectName("changeAmount")
            change.setProperty("kind", "amount")
            layout.addWidget(change)
        for card in result.cards:
            code = QLabel(display(card.code) if card.code else card.masked_code, self)
            code.setObjectName("soldCode")
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(code)
            layout.addWidget(QLabel(card.balance.format(locale), self))
        note = QLabel(self.tr("Codes are shown only now. Receipt: %1").replace("%1", printed_to))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, result: SaleResult, locale: str,
            printed_to: str) -> None:
        cls(result, locale, printed_to, parent).exec()
