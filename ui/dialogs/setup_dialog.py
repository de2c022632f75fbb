"""First run on an empty database: the store, its currency, and the first admin's PIN.

Or demo data, to try the app out. Runs before the main window, on its own runner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.services.back_office import admin, demo
from posapp.services.command_path.context import Context
from ui.operations import OperationRunner
from ui.widgets.message_banner import MessageBanner


class SetupDialog(QDialog):
    def __init__(self, ctx: Context, terminal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terminal = terminal
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Set up GiftPOS"))
        self._ctx = ctx
        self._runner = OperationRunner(self)
        self.store_code = QLineEdit("MAIN", self)
        self.store_name = QLineEdit(self.tr("Main store"), self)
        self.currency = QLineEdit("USD", self)
        self.locale = QLineEdit("en_US", self)
        self.admin_name = QLineEdit("admin", self)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setObjectName("setupPin")
        self.banner = MessageBanner(self)
        form = QFormLayout()
        form.addRow(self.tr("Store code"), self.store_code)
        form.addRow(self.tr("Store name"), self.store_name)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Locale"), self.locale)
        form.addRow(self.tr("Admin name"), self.admin_name)
        form.addRow(self.tr("Admin PIN"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(self.tr("Create store"), self)
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Use demo data"), self)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._demo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This database is empty. Create your store:"), self))
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def _create(self) -> None:
        ctx = self._ctx
        values = dict(
            store_code=self.store_code.text().strip(),
            store_name=self.store_name.text().strip(),
            currency=self.currency.text().strip().upper(),
            locale=self.locale.text().strip(),
        )
        name, pin, terminal = self.admin_name.text().strip(), self.pin.text(), self._terminal
        self._busy(lambda: admin.init_database(ctx, name, pin, terminal_name=terminal, **values))

    def _demo(self) -> None:
        ctx, terminal = self._ctx, self._terminal
        self._busy(lambda: demo.seed(ctx, terminal))

    def _busy(self, work: Callable[[], object]) -> None:
        self.setEnabled(False)
        self._runner.run(work, lambda _result: self.accept(), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.banner.show_failure(error)

    @classmethod
    def ask(cls, ctx: Context, terminal: str, parent: QWidget | None = None) -> bool:
        """True once the database holds a store, an admin and this machine's ``terminal``."""
        return cls(ctx, terminal, parent).exec() == QDialog.DialogCode.Accepted
