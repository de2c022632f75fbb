"""Admins set up this terminal: store, name, scanner and receipt printer.

The settings live in the user's config dir (:mod:`ui.terminal_config`), not in the
database. The form is checked with the devices' own constructors
(:class:`~printers.PrinterConfig`, :class:`~posapp.devices.SerialSettings`,
:class:`~posapp.devices.WedgeDetector`); a refusal is shown and nothing is saved.

The printer applies at once (receipts read ``deps.config.printer`` when they print),
the store and terminal name at the next sign-in, the keyboard (wedge) scanner
settings at once. The serial bridge opens its port when the main window starts, and
widgets take their texts when they are built, so serial scanner and language changes
apply at the next start; the view says so.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from escpos.capabilities import CAPABILITIES
from PySide6.QtCore import QCoreApplication, QObject
from serial.tools.list_ports import comports

from posapp.devices import SerialSettings, WedgeDetector
from posapp.documents import BalanceSlip, StoreInfo
from posapp.domain.errors import InvalidInput, PosError
from posapp.money import Money
from posapp.services.back_office import admin
from posapp.services.back_office.admin import LocationView
from printers import PrinterConfig, print_document
from ui.deps import Deps
from ui.terminal_config import ScannerConfig, TerminalConfig
from ui.views.terminal_view import TerminalView

_ESCAPES = {"\r": "\\r", "\n": "\\n", "\t": "\\t", "\\": "\\\\"}
_TARGET_HINTS = {
    "none": "",
    "serial": "/dev/ttyUSB0 or COM3",
    "network": "192.168.1.50 or host:9100",
    "usb": "04b8:0202 (vendor:product)",
    "file": "/dev/usb/lp0",
}


def show_escapes(text: str) -> str:
    """A stored affix as the user types it: control characters as ``\\r``, ``\\x02``."""
    return "".join(
        _ESCAPES.get(ch, ch if ch.isprintable() else f"\\x{ord(ch):02x}") for ch in text)


def read_escapes(text: str, what: str) -> str:
    """The typed affix with ``\\r``, ``\\n``, ``\\t`` and ``\\xNN`` turned into characters."""
    try:
        return text.encode("latin-1", "backslashreplace").decode("unicode_escape")
    except UnicodeDecodeError as exc:
        raise InvalidInput(QCoreApplication.translate(
            "TerminalScreen", "The %1 %2 has a broken escape: use \\r, \\n, \\t or \\xNN.")
            .replace("%1", what).replace("%2", repr(text))) from exc


def serial_ports() -> list[tuple[str, str]]:
    """(device, description) of each serial port the system knows, for the port list."""
    return [(p.device, p.description or "") for p in sorted(comports(), key=lambda p: p.device)]


def printer_profiles() -> list[str]:
    return sorted(CAPABILITIES["profiles"])


class TerminalScreen(QObject):
    """Fills the view from the stored settings, checks the form, saves, prints a test."""

    def __init__(self, view: TerminalView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self._stored = TerminalConfig()
        self._locations: list[LocationView] = []
        view.printer_profile.addItem("")
        view.printer_profile.addItems(printer_profiles())
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.view.save_button.clicked.connect(self.save)
        self.view.test_button.clicked.connect(self.test_print)
        self.view.find_ports.clicked.connect(self.find_ports)
        self.view.printer_kind.currentIndexChanged.connect(self._kind_changed)

    def focus_input(self) -> None:
        self.view.location.setFocus()

    # loading --------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self._deps.ctx
        self._deps.runner.run(
            lambda: (TerminalConfig.load(), admin.list_locations(ctx), serial_ports()),
            self._show, self.view.banner.show_failure)

    def find_ports(self) -> None:
        self._deps.runner.run(serial_ports, self._show_ports, self.view.banner.show_failure)

    def _show(self, data: tuple[TerminalConfig, list[LocationView], list[tuple[str, str]]]
              ) -> None:
        self._stored, self._locations, ports = data
        self._show_locations(self._stored.location_code)
        self.view.terminal_name.setText(self._stored.terminal_name)
        language = self.view.language
        language.setCurrentIndex(max(0, language.findData(self._stored.language)))
        self._show_scanner(self._stored.scanner)
        self._show_ports(ports)
        self._show_printer(self._stored.printer)

    def _show_locations(self, chosen: str) -> None:
        combo = self.view.location
        combo.clear()
        combo.addItem(self.tr("First store"), "")
        for loc in self._locations:
            combo.addItem(f"{loc.code} — {loc.name}", loc.code)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(self.tr("%1 (unknown store)").replace("%1", chosen), chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _show_scanner(self, scanner: ScannerConfig) -> None:
        v = self.view
        v.wedge_prefix.setText(show_escapes(scanner.wedge_prefix))
        v.wedge_suffix.setText(show_escapes(scanner.wedge_suffix))
        v.wedge_gap.setValue(scanner.wedge_max_gap_ms)
        v.serial_port.setEditText(scanner.serial_port)
        v.serial_baud.setEditText(str(scanner.serial_baud))
        v.serial_suffix.setText(scanner.serial_suffix)

    def _show_ports(self, ports: list[tuple[str, str]]) -> None:
        combo, typed = self.view.serial_port, self.view.serial_port.currentText()
        combo.clear()
        combo.addItem("", "")
        for device, description in ports:
            label = f"{device} — {description}" if description and description != "n/a" \
                else device
            combo.addItem(label, device)
        combo.setEditText(typed)

    def _show_printer(self, stored: dict[str, Any]) -> None:
        try:
            printer = PrinterConfig.from_dict(stored) if stored else PrinterConfig()
        except PosError as error:
            self.view.banner.show_error(error)
            printer = PrinterConfig()
        v = self.view
        v.printer_kind.setCurrentIndex(max(0, v.printer_kind.findData(printer.kind)))
        v.printer_target.setText(printer.target)
        v.printer_width.setCurrentIndex(max(0, v.printer_width.findData(printer.width)))
        v.printer_profile.setEditText(printer.profile or "")
        v.drawer_pin.setCurrentIndex(max(0, v.drawer_pin.findData(printer.drawer_pin)))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.view.printer_kind.currentData() or "none"
        self.view.printer_target.setEnabled(kind != "none")
        self.view.printer_target.setPlaceholderText(_TARGET_HINTS.get(kind, ""))
        self.view.test_button.setEnabled(kind != "none")

    # reading the form -----------------------------------------------------------
    def _port_text(self) -> str:
        combo = self.view.serial_port
        text = combo.currentText().strip()
        index = combo.findText(text)
        return str(combo.itemData(index)) if index > 0 else text

    def read_scanner(self) -> ScannerConfig:
        """The scanner part of the form, checked as the scanners will check it."""
        v = self.view
        prefix = read_escapes(v.wedge_prefix.text(), self.tr("wedge prefix"))
        suffix = read_escapes(v.wedge_suffix.text(), self.tr("wedge suffix"))
        gap = v.wedge_gap.value()
        min_length = self._stored.scanner.wedge_min_length
        WedgeDetector(time.monotonic, max_gap=gap / 1000, min_length=min_length,
                      prefix=prefix, suffix=suffix)
        port, baud_text = self._port_text(), v.serial_baud.currentText().strip()
        try:
            baud = int(baud_text)
        except ValueError as exc:
            raise InvalidInput(self.tr(
                "The scanner's baud rate must be a whole number, not %1.").replace(
                "%1", repr(baud_text))) from exc
        serial_suffix = v.serial_suffix.text().strip()
        if port:
            try:
                raw = read_escapes(serial_suffix, self.tr("serial suffix")).encode("latin-1")
            except UnicodeEncodeError as exc:
                raise InvalidInput(
                    self.tr("The serial suffix must be single bytes (\\xNN).")) from exc
            SerialSettings(port=port, baudrate=baud, suffix=raw or None)
        return replace(self._stored.scanner, wedge_prefix=prefix, wedge_suffix=suffix,
                       wedge_max_gap_ms=gap, serial_port=port, serial_baud=baud,
                       serial_suffix=serial_suffix)

    def read_printer(self) -> PrinterConfig:
        """The printer part of the form; settings not on the form keep their stored value."""
        v = self.view
        profile = v.printer_profile.currentText().strip() or None
        if profile is not None and profile not in CAPABILITIES["profiles"]:
            raise InvalidInput(self.tr(
                "Unknown printer profile %1: pick one from the list or leave it empty.").replace(
                "%1", repr(profile)))
        try:
            base = PrinterConfig.from_dict(self._stored.printer).to_dict()
        except PosError:
            base = PrinterConfig().to_dict()
        base.update(kind=v.printer_kind.currentData(), target=v.printer_target.text().strip(),
                    width=v.printer_width.currentData(), profile=profile,
                    drawer_pin=v.drawer_pin.currentData())
        return PrinterConfig(**base)

    def read_form(self) -> TerminalConfig:
        """The whole form as settings to save; raises InvalidInput naming the bad value."""
        name = self.view.terminal_name.text().strip()
        if not name:
            raise InvalidInput(self.tr("Give this terminal a name (it appears on receipts)."))
        return replace(self._stored, location_code=self.view.location.currentData() or "",
                       terminal_name=name, language=self.view.language.currentData() or "",
                       scanner=self.read_scanner(),
                       printer=self.read_printer().to_dict())

    # actions --------------------------------------------------------------------
    def save(self) -> None:
        try:
            config = self.read_form()
            self._write(config)
        except PosError as error:
            self.view.banner.show_error(error)
            return
        self._stored = config
        self._apply_live(config)
        self.view.banner.show_info(self.tr(
            "Saved. A serial scanner's settings and the language apply at the next start "
            "of the app."))

    def _write(self, config: TerminalConfig) -> None:
        try:
            config.save()
        except OSError as exc:
            raise InvalidInput(self.tr("The settings could not be written: %1.").replace(
                "%1", str(exc.strerror))) from exc

    def _apply_live(self, config: TerminalConfig) -> None:
        live = self._deps.config
        live.printer = dict(config.printer)
        live.location_code = config.location_code
        live.terminal_name = config.terminal_name
        live.scanner = config.scanner
        self._deps.events.terminal_changed.emit()

    def test_print(self) -> None:
        try:
            printer = self.read_printer()
        except PosError as error:
            self.view.banner.show_error(error)
            return
        if not printer.enabled:
            self.view.banner.show_info(self.tr("No printer is chosen: receipts are saved as PDF."))
            return
        slip = self._test_slip()
        self.view.test_button.setEnabled(False)
        self.view.banner.show_info(self.tr("Printing a test slip…"))
        self._deps.runner.run(lambda: print_document(slip, printer),
                              lambda _none: self._printed(printer), self._print_failed)

    def _test_slip(self) -> BalanceSlip:
        code = self.view.location.currentData()
        loc = next((x for x in self._locations if x.code == code),
                   self._locations[0] if self._locations else None)
        store = StoreInfo(loc.name, loc.code, loc.locale) if loc else StoreInfo("GiftPOS", "TEST")
        return BalanceSlip(store=store, masked_code="TEST PRINT",
                           balance=Money.zero(loc.currency if loc else "USD"),
                           status="test", expires_at=None, printed_at=self._deps.ctx.now())

    def _printed(self, printer: PrinterConfig) -> None:
        self.view.test_button.setEnabled(True)
        self.view.banner.show_info(self.tr("Test slip sent to %1 %2.").replace(
            "%1", printer.kind).replace("%2", printer.target))

    def _print_failed(self, error: BaseException) -> None:
        self._kind_changed()
        self.view.banner.show_failure(error)
