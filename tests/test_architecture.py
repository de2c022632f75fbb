"""The layering of docs/architecture.md, checked by import-linter and ruff on every test run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name) or name


def test_the_core_imports_no_qt_no_ui_and_no_printers() -> None:
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_passes_ruff() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "--no-cache", "posapp", "printers", "ui", "tests", "bench"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "posapp"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_over_400_lines() -> None:
    """Modules stay small and named for what they hold (docs/architecture.md)."""
    longest = 400
    over = {
        str(path.relative_to(ROOT)): lines
        for package in ("posapp", "ui", "printers", "scripts")
        for path in (ROOT / package).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > longest
    }
    assert over == {}, f"split these modules (over {longest} lines): {over}"
