"""A finished sale: the change to give, any new code (shown this once), the receipt.

Sold cards and the new code a replacement-strategy card leaves behind are shown in
full here and nowhere else afterwards; the preview below shows the receipt as kept,
with masked codes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from posapp.codes import display
from ui.deps import Deps
from ui.printing import SaleDone, print_sale
from ui.views.common import big_button


class SaleDoneDialog(QDialog):
    def __init__(self, done: SaleDone, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleDoneDialog")
        self._done, self._deps = done, deps
        result, locale = done.result, deps.actor().locale
        self.setWindowTitle(self.tr("Sale complete"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sale %1 complete").replace("%1", result.receipt_number), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        change = QLabel(self.tr("Change to give: %1").replace("%1", result.change.format(locale))
                        if result.change.minor else self.tr("No change to give"), self)
        change.setObjectName("changeAmount")
        change.setProperty("kind", "amount")
        layout.addWidget(change)
        fresh = [card for card in result.cards if card.code]
        if fresh:
            note = QLabel(self.tr("Give these codes to the customer: they are shown only now."),
                          self)
            note.setWordWrap(True)
            layout.addWidget(note)
        for card in fresh:
            row = QHBoxLayout()
            code = QLabel(display(card.code or ""), self)
            code.setObjectName("soldCode")
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(code, 1)
            row.addWidget(QLabel(card.balance.format(locale), self))
            layout.addLayout(row)
        self.preview = QPlainTextEdit(done.preview, self)
        self.preview.setObjectName("receiptPreview")
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(220)
        layout.addWidget(self.preview, 1)
        self.where = QLabel(self.tr("Receipt: %1").replace("%1", done.printed_to), self)
        self.where.setObjectName("receiptWhere")
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        buttons = QHBoxLayout()
        self.print_button = big_button(self.tr("Print again"), self)
        self.print_button.clicked.connect(self.print_again)
        self.new_sale_button = big_button(self.tr("New sale"), self, kind="go")
        self.new_sale_button.setDefault(True)
        self.new_sale_button.clicked.connect(self.accept)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.new_sale_button, 1)
        layout.addLayout(buttons)
        self.new_sale_button.setFocus()

    def print_again(self) -> None:
        """Print once more (a printer out of paper): codes included while they are shown."""
        deps, done = self._deps, self._done
        actor = deps.actor()
        self.print_button.setEnabled(False)

        def printed(again: SaleDone) -> None:
            self.print_button.setEnabled(True)
            self.where.setText(self.tr("Receipt: %1").replace("%1", again.printed_to))

        deps.runner.run(
            lambda: print_sale(deps.counter, actor, deps.config, done.result,
                               done.gift_codes),
            printed, parent=self)

    @classmethod
    def ask(cls, parent: QWidget | None, done: SaleDone, deps: Deps) -> None:
        dialog = cls(done, deps, parent)
        dialog.adjustSize()
        # A window's first size ignores how tall wrapped text gets at its width: without
        # this a long receipt path, wrapped, is drawn over the receipt preview.
        dialog.setMinimumHeight(max(dialog.height(), dialog.heightForWidth(dialog.width())))
        dialog.exec()
