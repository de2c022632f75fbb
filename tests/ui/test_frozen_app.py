"""build.spec makes a one-folder app that starts: the frozen app's --smoke run exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_frozen_app_opens_its_main_window_and_exits_cleanly(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=540,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    app = tmp_path / "dist" / "giftpos" / "giftpos"
    assert app.is_file()
    bundled = {path.name for path in (tmp_path / "dist").rglob("*.qm")}
    assert {"giftpos_de.qm", "giftpos_fr.qm", "qtbase_de.qm", "qtbase_fr.qm"} <= bundled
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    run = subprocess.run([str(app), "--smoke"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-4000:]
    assert not (tmp_path / "data" / "posapp").exists()  # the smoke run touched nothing
