"""Fixtures for device tests: a socat pty pair for the serial scanner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pty_cable import PtyCable


@pytest.fixture
def cable(tmp_path: Path) -> Iterator[PtyCable]:
    if shutil.which("socat") is None:
        reason = "socat is not installed (the test bootstrap installs it: apt-get install socat)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    pty_cable = PtyCable(tmp_path)
    pty_cable.plug_in()
    yield pty_cable
    pty_cable.unplug()
