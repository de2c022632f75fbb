"""Receipts travel over real serial ptys, TCP sockets and files; dead printers say so."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from printer_helpers import TENDER_CODE, parse_escpos, sale_receipt

from posapp.domain.errors import DeviceError, InvalidInput
from printers import PrinterConfig, encode, layout_document, print_document

STATUS_ONLINE, STATUS_PAPER = b"\x10\x04\x01", b"\x10\x04\x04"


class FakeNetworkPrinter:
    """A TCP 9100 printer on 127.0.0.1 that records bytes and answers status queries."""

    def __init__(self, online: bytes | None = b"\x12", paper: bytes | None = b"\x12") -> None:
        self.answers = {STATUS_ONLINE: online, STATUS_PAPER: paper}
        self.received = bytearray()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.done = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.received += chunk
                for query, answer in self.answers.items():
                    if self.received.endswith(query) and answer is not None:
                        conn.sendall(answer)
        self.done.set()

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def pty_pair() -> Iterator[tuple[str, str]]:
    if shutil.which("socat") is None:
        pytest.fail("socat is required for the serial printer tests (apt-get install socat)")
    proc = subprocess.Popen(["socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0"],
                            stderr=subprocess.PIPE, text=True)
    ptys: list[str] = []
    while len(ptys) < 2:
        line = proc.stderr.readline()
        ptys += re.findall(r"PTY is (\S+)", line)
        assert line, "socat stopped before opening its ptys"
    yield ptys[0], ptys[1]
    proc.terminate()
    proc.wait(timeout=5)


def test_receipt_over_a_serial_pty_arrives_byte_for_byte(pty_pair: tuple[str, str]):
    printer_side, app_side = pty_pair
    config = PrinterConfig("serial", app_side, width=58, baudrate=19200)
    expected = encode(layout_document(sale_receipt(), 58), config)
    with serial.Serial(printer_side, 19200, timeout=5) as port:
        print_document(sale_receipt(), config)
        received = bytearray()
        while len(received) < len(expected) and (
            chunk := port.read(len(expected) - len(received))
        ):
            received += chunk
    assert bytes(received) == expected
    printed = parse_escpos(bytes(received))
    assert printed.events[0] == ("drawer", 2) and printed.events[-1] == ("cut",)
    assert "  GC-****-****-****-" + TENDER_CODE[-4:] in printed.lines
    assert all(len(line) <= 32 for line in printed.lines)


def test_receipt_over_tcp_9100_arrives_whole():
    printer = FakeNetworkPrinter()
    config = PrinterConfig("network", f"127.0.0.1:{printer.port}", width=80)
    print_document(sale_receipt(), config)
    assert printer.done.wait(5)
    printer.close()
    printed = parse_escpos(bytes(printer.received))
    assert any(line.startswith("TOTAL") and line.endswith("$57.00") for line in printed.lines)
    assert all(len(line) <= 48 for line in printed.lines)
    assert printed.count("cut") == 1 and printed.count("drawer") == 1


def test_status_check_refuses_a_printer_out_of_paper_before_printing():
    printer = FakeNetworkPrinter(paper=b"\x72")
    config = PrinterConfig("network", f"127.0.0.1:{printer.port}", check_status=True)
    with pytest.raises(DeviceError, match="out of paper"):
        print_document(sale_receipt(), config)
    assert printer.done.wait(5)
    printer.close()
    assert bytes(printer.received) == STATUS_ONLINE + STATUS_PAPER, "no receipt bytes were sent"


def test_status_check_passes_for_a_ready_printer():
    printer = FakeNetworkPrinter()
    config = PrinterConfig("network", f"127.0.0.1:{printer.port}", check_status=True)
    print_document(sale_receipt(), config)
    assert printer.done.wait(5)
    printer.close()
    assert printer.received.startswith(STATUS_ONLINE + STATUS_PAPER + b"\x1b@")


def test_status_check_reports_a_printer_that_does_not_answer():
    printer = FakeNetworkPrinter(online=None)
    config = PrinterConfig("network", f"127.0.0.1:{printer.port}", check_status=True,
                           timeout=0.5)
    with pytest.raises(DeviceError, match="did not respond in time"):
        print_document(sale_receipt(), config)
    printer.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_network_printer_raises_device_error_and_a_reprint_works():
    dead = PrinterConfig("network", f"127.0.0.1:{_closed_port()}", timeout=1)
    started = time.monotonic()
    with pytest.raises(DeviceError, match=r"unreachable.*reprint") as failure:
        print_document(sale_receipt(), dead)
    assert time.monotonic() - started < 5
    assert "127.0.0.1" in failure.value.message

    printer = FakeNetworkPrinter()
    print_document(sale_receipt(), PrinterConfig("network", f"127.0.0.1:{printer.port}"))
    assert printer.done.wait(5)
    printer.close()
    assert bytes(printer.received) == encode(layout_document(sale_receipt(), 80), dead)


def test_missing_serial_device_raises_device_error(tmp_path: Path):
    config = PrinterConfig("serial", str(tmp_path / "ttyUSB9"))
    with pytest.raises(DeviceError, match="ttyUSB9"):
        print_document(sale_receipt(), config)


def test_missing_usb_printer_raises_device_error():
    with pytest.raises(DeviceError, match="usb printer 04b8:0e15"):
        print_document(sale_receipt(), PrinterConfig("usb", "04b8:0e15"))


def test_file_printer_writes_the_job_and_a_missing_folder_is_a_device_error(tmp_path: Path):
    target = tmp_path / "lp0"
    config = PrinterConfig("file", str(target), width=58)
    print_document(sale_receipt(), config)
    assert target.read_bytes() == encode(layout_document(sale_receipt(), 58), config)
    with pytest.raises(DeviceError):
        print_document(sale_receipt(), PrinterConfig("file", str(tmp_path / "no" / "lp0")))


def test_config_round_trips_through_a_plain_dict_and_refuses_nonsense():
    config = PrinterConfig("network", "10.0.0.7", width=58, profile="TM-T20II")
    assert PrinterConfig.from_dict(config.to_dict()) == config
    assert config.dots == 384 and config.enabled and not PrinterConfig().enabled
    for bad in ({"kind": "bluetooth", "target": "x"}, {"kind": "serial"},
                {"kind": "file", "target": "x", "width": 76}, {"colour": "red"}):
        with pytest.raises(InvalidInput):
            PrinterConfig.from_dict(bad)
    with pytest.raises(InvalidInput, match="PDF"):
        print_document(sale_receipt(), PrinterConfig())
