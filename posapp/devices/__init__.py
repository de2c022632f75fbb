"""Scanner input: payload parsing, serial framing and reading, keyboard-wedge detection.

Pure Python apart from pyserial; the UI wraps the callbacks and verdicts into
Qt signals and event filters.
"""

from __future__ import annotations

from posapp.devices.framing import Dropped, DropReason, Frame, FrameAssembler
from posapp.devices.payload import parse_scan, parse_scan_bytes
from posapp.devices.scanner import Scanner, ScannerState
from posapp.devices.serial_reader import SerialScanner, SerialSettings
from posapp.devices.wedge import Key, KeyFate, Verdict, WedgeDetector

__all__ = [
    "DropReason",
    "Dropped",
    "Frame",
    "FrameAssembler",
    "Key",
    "KeyFate",
    "Scanner",
    "ScannerState",
    "SerialScanner",
    "SerialSettings",
    "Verdict",
    "WedgeDetector",
    "parse_scan",
    "parse_scan_bytes",
]
