"""Terminal settings: the store this terminal sells for, its scanner and receipt printer.

Layout only; :class:`ui.backoffice.terminal_screen.TerminalScreen` fills and reads it.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.views.common import big_button, heading
from ui.widgets.message_banner import MessageBanner

#: From this width on, the scanner settings stand beside the others.
WIDE = 1000
BAUD_RATES = ("1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200")


def _editable_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


class TerminalView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminalView")
        self.banner = MessageBanner(self)
        self.save_button = big_button(self.tr("Save settings"), self, kind="primary",
                                      key="Ctrl+S")
        self.test_button = big_button(self.tr("Test print"), self, key="Ctrl+P")
        self.note = QLabel(self.tr(
            "The printer and a keyboard scanner change at once, the store and name at the "
            "next sign-in; a serial scanner and the language apply at the next start of the "
            "app."), self)
        self.note.setObjectName("terminalNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.note, 1)
        self._grid = grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._terminal_group(), 0, 0)
        grid.addWidget(self._printer_group(), 1, 0)
        self._scanner = self._scanner_group()
        self._columns = 0
        self._arrange(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("This terminal"), self))
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self.setTabOrder(self.drawer_pin, self.wedge_prefix)
        self.setTabOrder(self.serial_suffix, self.save_button)
        self.setTabOrder(self.save_button, self.test_button)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # Side by side where there is room, one column (scrolling down) where there is not.
        self._arrange(2 if event.size().width() >= WIDE else 1)
        super().resizeEvent(event)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        self._grid.removeWidget(self._scanner)
        if columns == 2:
            self._grid.addWidget(self._scanner, 0, 1, 2, 1)
        else:
            self._grid.addWidget(self._scanner, 2, 0)
        self._grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self._grid.setColumnStretch(0, 1)

    def _terminal_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Store and name"), self)
        self.location = QComboBox(box)
        self.location.setObjectName("terminalLocation")
        self.terminal_name = QLineEdit(box)
        self.terminal_name.setObjectName("terminalName")
        self.terminal_name.setMaxLength(60)
        self.language = QComboBox(box)
        self.language.setObjectName("terminalLanguage")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        form = QFormLayout(box)
        form.addRow(self.tr("&Store"), self.location)
        form.addRow(self.tr("Terminal &name"), self.terminal_name)
        form.addRow(self.tr("&Language (at next start)"), self.language)
        return box

    def _scanner_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scanner"), self)
        self.wedge_prefix = QLineEdit(box)
        self.wedge_prefix.setPlaceholderText(self.tr("none"))
        self.wedge_suffix = QLineEdit(box)
        self.wedge_suffix.setPlaceholderText(self.tr("none: a scan ends when its keys stop"))
        self.wedge_gap = QSpinBox(box)
        self.wedge_gap.setRange(5, 500)
        self.wedge_gap.setSuffix(self.tr(" ms"))
        self.wedge_gap.setMinimumHeight(44)
        self.serial_port = _editable_combo(box)
        self.serial_port.setObjectName("serialPort")
        self.serial_port.lineEdit().setPlaceholderText(self.tr("none"))
        self.find_ports = QPushButton(self.tr("Find ports"), box)
        self.serial_baud = _editable_combo(box)
        self.serial_baud.addItems(list(BAUD_RATES))
        self.serial_suffix = QLineEdit(box)
        self.serial_suffix.setPlaceholderText(self.tr("empty: CR, LF or CRLF"))
        escapes = self.tr("Write control characters as \\r, \\n, \\t or \\x02.")
        for field in (self.wedge_prefix, self.wedge_suffix, self.serial_suffix):
            field.setToolTip(escapes)
        port_label = QLabel(self.tr("&Port"), box)
        port_label.setBuddy(self.serial_port)
        port_row = QHBoxLayout()
        port_row.addWidget(self.serial_port, 1)
        port_row.addWidget(self.find_ports)
        wedge_title = QLabel(self.tr("Keyboard (wedge) scanner"), box)
        wedge_title.setProperty("role", "subheading")
        serial_title = QLabel(self.tr("Serial scanner"), box)
        serial_title.setProperty("role", "subheading")
        form = QFormLayout(box)
        form.addRow(wedge_title)
        form.addRow(self.tr("Pr&efix"), self.wedge_prefix)
        form.addRow(self.tr("Su&ffix"), self.wedge_suffix)
        form.addRow(self.tr("Most time between &keys"), self.wedge_gap)
        form.addRow(serial_title)
        form.addRow(port_label, port_row)
        form.addRow(self.tr("&Baud"), self.serial_baud)
        form.addRow(self.tr("Frame s&uffix"), self.serial_suffix)
        return box

    def _printer_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt printer"), self)
        self.printer_kind = QComboBox(box)
        self.printer_kind.setObjectName("printerKind")
        for kind, label in (("none", self.tr("None: receipts as PDF")),
                            ("serial", self.tr("Serial port")),
                            ("network", self.tr("Network (TCP 9100)")),
                            ("usb", self.tr("USB")),
                            ("file", self.tr("File or device path"))):
            self.printer_kind.addItem(label, kind)
        self.printer_target = QLineEdit(box)
        self.printer_target.setObjectName("printerTarget")
        self.printer_width = QComboBox(box)
        self.printer_width.addItem(self.tr("80 mm"), 80)
        self.printer_width.addItem(self.tr("58 mm"), 58)
        self.printer_profile = _editable_combo(box)
        self.printer_profile.lineEdit().setPlaceholderText(self.tr("default"))
        self.drawer_pin = QComboBox(box)
        self.drawer_pin.addItem(self.tr("Pin 2"), 2)
        self.drawer_pin.addItem(self.tr("Pin 5"), 5)
        form = QFormLayout(box)
        form.addRow(self.tr("&Connection"), self.printer_kind)
        form.addRow(self.tr("&Target"), self.printer_target)
        form.addRow(self.tr("Paper &width"), self.printer_width)
        form.addRow(self.tr("Pr&ofile"), self.printer_profile)
        form.addRow(self.tr("Cash &drawer"), self.drawer_pin)
        return box
