"""How a terminal reaches its receipt printer, and sending finished jobs to it.

A job is encoded to ESC/POS bytes before the connection is opened, then sent in
one write: a printer that is off, unplugged or out of paper fails the whole
job with :class:`DeviceError` before anything is half printed, and the caller
keeps the sale and offers a reprint.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import serial
from escpos.constants import RT_MASK_NOPAPER, RT_MASK_ONLINE, RT_STATUS_ONLINE, RT_STATUS_PAPER
from escpos.escpos import Escpos
from escpos.exceptions import Error as EscposError
from escpos.printer import File, Network, Serial, Usb

from posapp.domain.errors import DeviceError, InvalidInput
from posapp.paths import keep_private_if_plain

KINDS = ("none", "serial", "network", "usb", "file")
DOTS = {58: 384, 80: 576}


@dataclass(frozen=True)
class PrinterConfig:
    """One terminal's receipt printer, stored as a plain dict in its settings.

    ``target`` depends on ``kind``: a serial port (``/dev/ttyUSB0``, ``COM3``),
    ``host`` or ``host:port`` (port 9100 by default), ``vendor:product`` in hex
    for USB (``04b8:0202``), or a file/device path (``/dev/usb/lp0``).
    ``profile`` names a python-escpos printer profile (``TM-T20II``); it decides
    cutting and code pages. ``check_status`` asks the printer for its paper
    state before each job; only enable it for printers that answer.
    """

    kind: str = "none"
    target: str = ""
    width: int = 80
    profile: str | None = None
    baudrate: int = 9600
    timeout: float = 5.0
    check_status: bool = False
    drawer_pin: int = 2

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(
                f"Unknown printer kind {self.kind!r}: use one of {', '.join(KINDS)}.")
        if self.width not in DOTS:
            raise InvalidInput(f"Receipt paper must be 58 or 80 mm wide, not {self.width}.")
        if self.kind != "none" and not self.target:
            raise InvalidInput(f"A {self.kind} printer needs a target (port, address or path).")
        if self.drawer_pin not in (2, 5):
            raise InvalidInput("The cash drawer is kicked on pin 2 or pin 5.")
        if self.timeout <= 0:
            raise InvalidInput("The printer timeout must be above zero seconds.")

    @property
    def enabled(self) -> bool:
        """False when no thermal printer is set: receipts go to PDF instead."""
        return self.kind != "none"

    @property
    def dots(self) -> int:
        return DOTS[self.width]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrinterConfig:
        """Read a config saved with :meth:`to_dict`; unknown keys are refused."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise InvalidInput(f"Unknown printer settings: {', '.join(sorted(unknown))}.")
        return cls(**dict(data))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def send(config: PrinterConfig, data: bytes) -> None:
    """Deliver ``data`` to the configured printer, or raise :class:`DeviceError`.

    Returns only after every byte was handed to the connection.
    """
    if not config.enabled:
        raise InvalidInput("No receipt printer is set for this terminal: save the receipt as PDF.")
    where = f"{config.kind} printer {config.target}"
    try:
        printer = _open(config)
        try:
            if config.check_status:
                _check_status(printer, where)
            printer._raw(data)  # python-escpos' one entry point for prepared bytes
        finally:
            printer.close()
    except DeviceError:
        raise
    except (EscposError, OSError, serial.SerialException, RuntimeError, ValueError) as exc:
        raise DeviceError(
            f"The receipt could not be printed: {where} is unreachable ({_reason(exc)}). "
            "The sale is not affected; reprint the receipt when the printer is back."
        ) from exc


def _open(config: PrinterConfig) -> Escpos:
    printer: Escpos
    if config.kind == "serial":
        # No DSR/DTR handshake: many USB-serial adapters and virtual ports lack
        # the lines, and a write timeout catches a printer that stopped reading.
        printer = Serial(config.target, baudrate=config.baudrate, timeout=config.timeout,
                         dsrdtr=False, profile=config.profile)
        printer.open()
        printer.device.write_timeout = config.timeout
    elif config.kind == "network":
        host, _, port = config.target.partition(":")
        printer = Network(host, int(port or 9100), timeout=config.timeout,
                          profile=config.profile)
        printer.open()
    elif config.kind == "usb":
        vendor, _, product = config.target.partition(":")
        printer = Usb(int(vendor, 16), int(product, 16), timeout=int(config.timeout * 1000),
                      profile=config.profile)
        printer.open()
    else:
        # A receipt written to a plain file may hold gift codes: owner-only.
        keep_private_if_plain(Path(config.target))
        printer = File(config.target, profile=config.profile)
        printer.open()
    return printer


def _check_status(printer: Escpos, where: str) -> None:
    online = printer.query_status(RT_STATUS_ONLINE)
    if not online:
        raise DeviceError(f"The {where} did not answer: check that it is switched on.")
    if online[0] & RT_MASK_ONLINE:
        raise DeviceError(f"The {where} is offline: close its cover and check the paper.")
    paper = printer.query_status(RT_STATUS_PAPER)
    if paper and paper[0] & RT_MASK_NOPAPER == RT_MASK_NOPAPER:
        raise DeviceError(f"The {where} is out of paper: load a new roll and reprint.")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | socket.timeout | serial.SerialTimeoutException):
        return "it did not respond in time"
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
