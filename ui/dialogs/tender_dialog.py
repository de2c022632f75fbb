"""Taking payment for what is due: cash (with change), external card, other methods.

Never a gift card: the caller offers only the methods the store's settings allow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.domain.errors import PosError
from posapp.money import Money
from posapp.services.checkout.sale_parts import Payment
from ui.widgets.message_banner import MessageBanner


def method_label(method: str) -> str:
    names = {
        "cash": QCoreApplication.translate("tender", "&Cash"),
        "external": QCoreApplication.translate("tender", "&External card"),
    }
    return names.get(method, method.replace("_", " ").capitalize())


class TenderDialog(QDialog):
    def __init__(
        self, due: Money, methods: list[str], locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tenderDialog")
        self.setWindowTitle(self.tr("Take payment"))
        self._due = due
        self.payment: Payment | None = None
        due_label = QLabel(self.tr("Due: %1").replace("%1", due.format(locale)), self)
        due_label.setObjectName("dueAmount")
        due_label.setProperty("kind", "amount")
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for method in methods:
            button = QPushButton(method_label(method), self)
            button.setCheckable(True)
            button.setMinimumHeight(56)
            button.setProperty("method", method)
            self.group.addButton(button)
            row.addWidget(button)
        if self.group.buttons():
            self.group.buttons()[0].setChecked(True)
        self.amount = QLineEdit(due.amount_str(), self)
        self.amount.setObjectName("tenderAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.selectAll()
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pay"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(due_label)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Amount given"), self))
        layout.addWidget(self.amount)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.amount.setFocus()

    @property
    def method(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("method")) if checked else "cash"

    def _accept(self) -> None:
        try:
            given = Money.parse(self.amount.text(), self._due.currency)
        except PosError as error:
            self.banner.show_error(error)
            return
        if self.method == "cash":
            self.payment = Payment(cash=given)
        elif self.method == "external":
            self.payment = Payment(external=given)
        else:
            self.payment = Payment(other={self.method: given})
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, due: Money, methods: list[str], locale: str
    ) -> Payment | None:
        dialog = cls(due, methods, locale, parent)
        return dialog.payment if dialog.exec() == QDialog.DialogCode.Accepted else None
