"""Cards import and export: a CSV file each way, with progress and Cancel.

Layout only; :class:`ui.backoffice.cards_io_screen.CardsIoScreen` drives it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.common import big_button, heading
from ui.widgets.message_banner import MessageBanner


def _path_row(parent: QWidget, label: str, placeholder: str, browse: str
              ) -> tuple[QLabel, QLineEdit, QPushButton, QHBoxLayout]:
    path = QLineEdit(parent)
    path.setPlaceholderText(placeholder)
    title = QLabel(label, parent)
    title.setBuddy(path)  # the label's Alt+letter reaches the field
    button = QPushButton(browse, parent)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(button)
    return title, path, button, row


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class CardsIoView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardsIoView")
        self.import_box = self._import_group()
        self.export_box = self._export_group()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("cardsIoProgress")
        self.progress.hide()
        self.cancel_button = big_button(self.tr("Cancel  [Esc]"), self, kind="danger")
        self.cancel_button.hide()
        self.banner = MessageBanner(self)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import and export cards"), self))
        layout.addWidget(self.import_box)
        layout.addWidget(self.export_box)
        layout.addLayout(running)
        layout.addWidget(self.banner)
        layout.addStretch(1)

    def _import_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import cards from another system"), self)
        help_text = QLabel(self.tr(
            "A CSV file with a code and an amount (balance, value) column, and optionally "
            "currency, expiry, recipient name and e-mail, message and reference. Columns are "
            "found by name; name any other column below. Every row is checked first: one "
            "bad row and nothing is imported."), box)
        help_text.setWordWrap(True)
        title, self.import_path, self.import_browse, row = _path_row(
            box, self.tr("&Import from"), self.tr("CSV file to import"), self.tr("Choose &file…"))
        self.mapping_edit = QLineEdit(box)
        self.mapping_edit.setObjectName("importMapping")
        self.mapping_edit.setPlaceholderText(self.tr("e.g. code=CardNo, amount=Amt, ignore=Notes"))
        mapping_title = QLabel(self.tr("&Columns"), box)
        mapping_title.setBuddy(self.mapping_edit)
        self.check_button = QPushButton(self.tr("Chec&k file"), box)
        self.check_button.setObjectName("importCheck")
        self.dry_run_box = QCheckBox(self.tr("&Dry run: check everything, import nothing"), box)
        self.dry_run_box.setObjectName("importDryRun")
        self.import_button = big_button(self.tr("Import cards"), box, kind="go", key="Ctrl+I")
        self.problems = QTableWidget(0, 2, box)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setMaximumHeight(160)
        self.problems.hide()
        buttons = _left(self.import_button)
        buttons.insertWidget(1, self.check_button)
        form = QFormLayout(box)
        form.addRow(help_text)
        form.addRow(title, row)
        form.addRow(mapping_title, self.mapping_edit)
        form.addRow(self.dry_run_box)
        form.addRow(buttons)
        form.addRow(self.problems)
        return box

    def _export_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export every card"), self)
        help_text = QLabel(self.tr(
            "Writes status, balances, expiry and recipients. Codes are masked: "
            "the file never holds a full card code."), box)
        help_text.setWordWrap(True)
        title, self.export_path, self.export_browse, row = _path_row(
            box, self.tr("&Export to"), self.tr("CSV file to write"), self.tr("Save &as…"))
        self.export_button = big_button(self.tr("Export cards"), box, kind="primary",
                                        key="Ctrl+E")
        form = QFormLayout(box)
        form.addRow(help_text)
        form.addRow(title, row)
        form.addRow(_left(self.export_button))
        return box
