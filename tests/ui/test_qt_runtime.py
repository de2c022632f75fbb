"""The installed Qt binding must not corrupt Python's objects (PySide6 6.12.0 did)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
class Probe(QObject):
    fired = Signal()
probe = Probe()
before = sys.getrefcount(True)
for _ in range(5000):
    probe.fired.emit()
print(before, sys.getrefcount(True))
"""


def test_emitting_signals_leaves_pythons_reference_counts_alone() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.split()
    assert abs(int(after) - int(before)) < 10
