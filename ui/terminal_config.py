"""This terminal's own settings, kept as JSON in the user's config dir (not in the database).

Location, terminal name, the scanner (wedge timing and affixes, serial port), the
receipt printer and the app's language. A missing or unreadable file gives the
defaults, so a new terminal starts; saving writes the whole file atomically.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from posapp import paths

log = logging.getLogger(__name__)


@dataclass
class ScannerConfig:
    """Keyboard-wedge timing and affixes; a serial port when a serial scanner is used."""

    wedge_max_gap_ms: int = 35
    wedge_min_length: int = 6
    wedge_prefix: str = ""
    wedge_suffix: str = "\r"  # empty: no suffix, a scan ends when the scanner's keys stop
    serial_port: str = ""  # empty: no serial scanner
    serial_baud: int = 9600
    serial_suffix: str = ""  # empty: CR, LF or CRLF


@dataclass
class TerminalConfig:
    location_code: str = ""  # empty: the first location
    terminal_name: str = field(default_factory=lambda: socket.gethostname() or "terminal")
    lock_after_minutes: int = 5
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    printer: dict[str, Any] = field(default_factory=dict)  # printers.PrinterConfig.to_dict()
    receipt_dir: str = ""  # where PDF receipts go when no printer is set
    language: str = ""  # "en", "de" or "fr"; empty: the system's language

    @classmethod
    def load(cls, path: Path | None = None) -> TerminalConfig:
        path = path or paths.terminal_file()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("terminal settings %s unreadable, using defaults: %s", path, exc)
            return cls()
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TerminalConfig:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and k != "scanner"}
        scanner_known = {f.name for f in fields(ScannerConfig)}
        scanner = {k: v for k, v in (data.get("scanner") or {}).items() if k in scanner_known}
        return cls(**values, scanner=ScannerConfig(**scanner))

    def save(self, path: Path | None = None) -> None:
        path = path or paths.terminal_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def receipt_folder(self) -> Path:
        return Path(self.receipt_dir) if self.receipt_dir else paths.data_dir() / "receipts"
