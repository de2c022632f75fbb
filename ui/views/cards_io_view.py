"""Cards import and export: a CSV file each way, with progress and Cancel.

Layout only; :class:`ui.backoffice.cards_io_screen.CardsIoScreen` drives it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
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
            "A CSV file with the columns code and amount, and optionally currency, "
            "expires_at, recipient_name, recipient_email, message and reference. "
            "Every row is checked first: one bad row and nothing is imported."), box)
        help_text.setWordWrap(True)
        title, self.import_path, self.import_browse, row = _path_row(
            box, self.tr("&Import from"), self.tr("CSV file to import"), self.tr("Choose &file…"))
        self.import_button = big_button(self.tr("Import cards"), box, kind="go", key="Ctrl+I")
        form = QFormLayout(box)
        form.addRow(help_text)
        form.addRow(title, row)
        form.addRow(_left(self.import_button))
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
