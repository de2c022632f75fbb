"""A real pty pair joined by socat, standing in for a serial scanner on a cable."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest


def wait_for(condition: Callable[[], object], timeout: float = 3.0) -> None:
    """Poll ``condition`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {condition}")
        time.sleep(0.005)


class PtyCable:
    """Two linked ptys: the test writes into ``scanner_end``, the reader opens ``port``.

    ``unplug()`` kills socat, which closes both ptys and removes the links;
    ``plug_in()`` starts a new socat with the same link paths.
    """

    def __init__(self, directory: Path) -> None:
        self.scanner_end = directory / "scanner"
        self.port = directory / "port"
        self._process: subprocess.Popen[bytes] | None = None

    def plug_in(self) -> None:
        self._process = subprocess.Popen(
            [
                "socat",
                "-d",
                "-d",
                f"pty,raw,echo=0,link={self.scanner_end}",
                f"pty,raw,echo=0,link={self.port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: self.scanner_end.exists() and self.port.exists())

    def unplug(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        self._process.wait(timeout=5)
        self._process = None
        wait_for(lambda: not self.port.exists())

    def send(self, data: bytes) -> None:
        fd = os.open(self.scanner_end, os.O_WRONLY | os.O_NOCTTY)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
