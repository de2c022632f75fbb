"""Terminal settings saved where the CLI reads them; cards imported and exported with Cancel."""

from __future__ import annotations

import csv
import json
import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from posapp import edge, paths
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.cards import queries
from printers.cli import terminal_printer
from tests.conftest import Store
from tests.ui.conftest import sign_in
from ui.backoffice.cards_io_screen import CardsIoScreen
from ui.backoffice.terminal_screen import TerminalScreen
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig
from ui.views.cards_io_view import CardsIoView
from ui.views.terminal_view import TerminalView


@pytest.fixture
def config_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def open_terminal(qtbot: QtBot, win: MainWindow) -> tuple[TerminalView, TerminalScreen]:
    sign_in(qtbot, win, "root")
    page = win.open_page("terminal")
    assert page is not None
    win.runner.wait_idle()
    assert isinstance(page.widget, TerminalView) and isinstance(page.handler, TerminalScreen)
    return page.widget, page.handler


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def set_printer(view: TerminalView, kind: str, target: str) -> None:
    choose(view.printer_kind, kind)
    view.printer_target.setText(target)


# terminal settings --------------------------------------------------------------------

def test_saved_terminal_settings_are_what_the_cli_reads(
    qtbot: QtBot, window: MainWindow, config_home: Path, tmp_path: Path
) -> None:
    view, _screen = open_terminal(qtbot, window)
    choose(view.location, "S1")
    view.terminal_name.setText("Front desk")
    view.wedge_prefix.setText("~~")
    view.wedge_suffix.setText("")
    view.wedge_gap.setValue(50)
    view.serial_port.setEditText("/dev/ttyUSB7")
    view.serial_baud.setEditText("19200")
    view.serial_suffix.setText("\\r")
    set_printer(view, "file", str(tmp_path / "lp0"))
    choose(view.printer_width, 58)
    view.printer_profile.setEditText("TM-T20II")
    choose(view.drawer_pin, 5)
    view.save_button.click()

    assert "next start" in view.banner.text()
    assert paths.terminal_file().is_relative_to(config_home)
    stored = json.loads(paths.terminal_file().read_text())
    assert stored["location_code"] == "S1" and stored["terminal_name"] == "Front desk"
    printer = terminal_printer()
    assert (printer.kind, printer.target, printer.width, printer.profile, printer.drawer_pin) \
        == ("file", str(tmp_path / "lp0"), 58, "TM-T20II", 5)
    scanner = TerminalConfig.load().scanner
    assert (scanner.wedge_prefix, scanner.wedge_suffix, scanner.wedge_max_gap_ms) \
        == ("~~", "", 50)
    assert (scanner.serial_port, scanner.serial_baud, scanner.serial_suffix) \
        == ("/dev/ttyUSB7", 19200, "\\r")
    assert window.deps.config.printer == printer.to_dict()  # receipts use it at once


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("printer_target", "", "network printer needs a target"),
        ("printer_profile", "NO-SUCH-PRINTER", "Unknown printer profile"),
        ("serial_baud", "0", "baud rate must be positive"),
        ("serial_baud", "fast", "baud rate must be a whole number"),
        ("serial_suffix", "\\x02", "STX/ETX"),
        ("wedge_suffix", "\\x", "broken escape"),
        ("wedge_prefix", "\\x02", "only printable characters, Enter or Tab"),
        ("terminal_name", " ", "name"),
    ],
)
def test_bad_printer_or_scanner_values_show_a_message_and_change_nothing(
    qtbot: QtBot, window: MainWindow, config_home: Path, field: str, value: str, says: str
) -> None:
    TerminalConfig(terminal_name="Before").save()
    before = paths.terminal_file().read_bytes()
    view, _screen = open_terminal(qtbot, window)
    assert view.terminal_name.text() == "Before"
    set_printer(view, "network", "127.0.0.1:9100")
    view.serial_port.setEditText("/dev/ttyUSB7")
    widget = getattr(view, field)
    (widget.setEditText if hasattr(widget, "setEditText") else widget.setText)(value)
    view.save_button.click()

    assert view.banner.property("errorCode") == ErrorCode.INVALID_INPUT.value
    assert says in view.banner.text()
    assert paths.terminal_file().read_bytes() == before
    assert window.deps.config.printer == {}


def test_a_test_print_to_a_file_printer_writes_escpos_bytes(
    qtbot: QtBot, window: MainWindow, config_home: Path, tmp_path: Path
) -> None:
    view, _screen = open_terminal(qtbot, window)
    out = tmp_path / "printer.bin"
    set_printer(view, "file", str(out))
    view.test_button.click()
    assert window.runner.wait_idle()

    data = out.read_bytes()
    assert data.startswith(b"\x1b@")  # ESC @: initialise the printer
    assert b"TEST PRINT" in data and b"Main Street" in data
    assert "Test slip sent" in view.banner.text()
    assert not paths.terminal_file().exists()  # a test print saves nothing


def test_a_test_print_to_a_closed_port_shows_the_device_error_without_freezing(
    qtbot: QtBot, window: MainWindow, config_home: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends
    view, _screen = open_terminal(qtbot, window)
    set_printer(view, "network", f"127.0.0.1:{port}")
    view.test_button.click()
    assert window.runner.busy and not view.test_button.isEnabled()  # the UI thread is free

    qtbot.waitUntil(lambda: view.banner.property("errorCode") == ErrorCode.DEVICE_ERROR.value,
                    timeout=10_000)
    assert "unreachable" in view.banner.text()
    assert view.test_button.isEnabled()


def test_only_admins_open_the_terminal_page_and_cashiers_not_the_import(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "mia")
    assert window.open_page("terminal") is None
    assert window.open_page("cards_io") is not None
    window.runner.wait_idle()
    window.switch_user()
    sign_in(qtbot, window, "carl")
    assert window.open_page("cards_io") is None


# cards import and export ------------------------------------------------------------

def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def open_cards_io(qtbot: QtBot, win: MainWindow) -> tuple[CardsIoView, CardsIoScreen]:
    sign_in(qtbot, win, "mia")
    page = win.open_page("cards_io")
    assert page is not None
    win.runner.wait_idle()
    assert isinstance(page.widget, CardsIoView) and isinstance(page.handler, CardsIoScreen)
    return page.widget, page.handler


def card_count(store: Store) -> int:
    return queries.count_cards(store.ctx, store.manager)


def test_a_good_csv_imports_its_cards(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "legacy.csv", [["code", "amount", "recipient_name"],
                                               ["LEGACY0001", "25.00", "Ann"],
                                               ["LEGACY0002", "10.00", ""]])
    view, _screen = open_cards_io(qtbot, window)
    view.import_path.setText(str(path))
    view.import_button.click()
    assert window.runner.wait_idle(30_000)

    assert "2 cards imported from legacy.csv" in view.banner.text()
    assert edge.balance(store.ctx, store.cashier, "legacy-0001").balance.amount_str() \
        == "25.00"
    assert card_count(store) == 2
    assert view.progress.isHidden() and view.import_button.isEnabled()


def test_a_bad_csv_names_its_line_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "bad.csv", [["code", "amount"], ["LEGACY0001", "5.00"],
                                            ["LEGACY0002", "-1"]])
    view, _screen = open_cards_io(qtbot, window)
    view.import_path.setText(str(path))
    view.import_button.click()
    assert window.runner.wait_idle(30_000)

    assert view.banner.property("errorCode") == ErrorCode.INVALID_INPUT.value
    assert "bad.csv line 3" in view.banner.text()
    assert card_count(store) == 0
    with pytest.raises(PosError):
        edge.balance(store.ctx, store.cashier, "legacy-0001")


def test_cancelling_a_large_import_keeps_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    rows = [["code", "amount"]] + [[f"LEGACY{n:05d}", "5.00"] for n in range(20_000)]
    path = write_csv(tmp_path / "many.csv", rows)
    view, _screen = open_cards_io(qtbot, window)
    view.import_path.setText(str(path))
    view.import_button.click()
    qtbot.waitUntil(lambda: view.progress.maximum() == 20_000, timeout=20_000)
    view.cancel_button.click()
    assert window.runner.wait_idle(30_000)

    assert "Import cancelled, nothing was imported" in view.banner.text()
    assert card_count(store) == 0


def test_an_export_writes_masked_codes_only(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    codes = [edge.issue(store.ctx, store.manager, "10.00").card.code for _ in range(3)]
    out = tmp_path / "cards.csv"
    view, _screen = open_cards_io(qtbot, window)
    view.export_path.setText(str(out))
    view.export_button.click()
    assert window.runner.wait_idle(30_000)

    text = out.read_text()
    assert all(code and code not in text for code in codes)
    assert all(f"****-{code[-4:]}" in text for code in codes if code)
    assert "3 cards written" in view.banner.text()
