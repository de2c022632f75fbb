"""Benchmark: app start to a ready sign-in screen on an existing database, against a bare
PySide6 window (target: at most 3x).

Both are measured in the same run as fresh processes, from launch until the window has
been shown and its first events processed (the child prints a line then), so both pay
the interpreter's own start. The app counts as ready once its sign-in screen is shown
with the staff names in its list, so typing the PIN can begin; it starts as ``posapp``
does, showing the screen before SQLAlchemy and the services are loaded. The time until
those have loaded too (the PIN check is ready) is printed beside it. The two
are run alternately, several times after a warm-up run each (disk cache, byte-code);
the medians are compared. The spread and each child's own CPU time to ready are printed
too: a shared machine's load moves single runs by half a second, the CPU time far less.
Run: ``python bench/bench_app_start.py [--quick]``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import PINS, ROOT, header, median, say, scratch_dir  # noqa: E402

TARGET_RATIO = 3.0
READY = "ready"

_BARE = """
import time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("GiftPOS")
window.resize(1280, 800)
window.show()
app.processEvents()
print("ready", time.process_time(), flush=True)
"""

_APP = """
import sys
import time
from ui.app import Options, make_application, start_before_core
from ui.terminal_config import TerminalConfig
from PySide6.QtCore import QEventLoop, QTimer
config = TerminalConfig.load()
app = make_application(sys.argv[:1], config.language)
window = start_before_core(Options(db_url=sys.argv[1]), config)
assert window is not None and window.isVisible(), "the app took the full start"
app.processEvents()
assert window.login_view.names.count() > 0, "the staff names are not listed"
print("ready", time.process_time(), flush=True)
wake = QTimer(interval=100)  # a wait with a time limit returns at once when idle
wake.start()
deadline = time.monotonic() + 30
while window.ctx is None and time.monotonic() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
assert window.ctx is not None, "the core never loaded"
print("core", time.process_time(), flush=True)
window.close()
window.ctx.close()
"""


def _existing_database(where: Path) -> tuple[str, dict[str, str]]:
    """A set-up store (as a till finds it every morning) and the environment to open it."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "POSAPP_KEY_FILE": str(where / "keys.json"),
        "XDG_CONFIG_HOME": str(where / "config"),
        "XDG_DATA_HOME": str(where / "data"),
    }
    url = f"sqlite:///{where / 'giftpos.sqlite3'}"
    posapp = [sys.executable, "-m", "posapp", "--db", url]
    for argv in (
        ["db", "init", "--admin", "root", "--set-pin", PINS["root"], "--store", "S1"],
        ["--user", "root", "--pin", PINS["root"], "staff", "add", "carl", "--role", "cashier",
         "--set-pin", PINS["carl"]],
    ):
        subprocess.run([*posapp, *argv], env=env, check=True, capture_output=True, cwd=ROOT)
    return url, env


def _time_to(
    code: str, args: list[str], env: dict[str, str], lines: int
) -> list[tuple[float, float]]:
    """Wall-clock and CPU seconds at each of the child's first ``lines`` lines."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    seen = []
    for _ in range(lines):
        line = child.stdout.readline()
        seen.append((time.perf_counter() - started, line))
    _, err = child.communicate(timeout=60)
    words = [line.strip().partition(" ") for _, line in seen]
    if words[0][0] != READY or child.returncode != 0:
        raise SystemExit(f"the child did not start cleanly ({child.returncode}):\n{err}")
    return [(took, float(cpu)) for (took, _), (_, _, cpu) in zip(seen, words, strict=True)]


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 3 if quick else 7
    header("app start", quick)
    with scratch_dir("posapp-bench-start-") as where:
        url, env = _existing_database(where)
        _time_to(_APP, [url], env, 2)  # warm the disk cache and the byte-code
        _time_to(_BARE, [], env, 1)
        app, core, bare = [], [], []
        for _ in range(runs):
            bare += _time_to(_BARE, [], env, 1)
            ready, loaded = _time_to(_APP, [url], env, 2)
            app.append(ready)
            core.append(loaded)
    (app_s, app_cpu), (bare_s, bare_cpu) = _medians(app), _medians(bare)
    core_s, core_cpu = _medians(core)
    ratio = app_s / bare_s
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    say(f"{runs} runs each, medians: app {app_s * 1000:.0f} ms, bare window {bare_s * 1000:.0f} ms")
    say(f"spread: app {min(t for t, _ in app) * 1000:.0f}-{max(t for t, _ in app) * 1000:.0f} ms, "
        f"bare window {min(t for t, _ in bare) * 1000:.0f}-"
        f"{max(t for t, _ in bare) * 1000:.0f} ms")
    say(f"CPU time to ready, medians: app {app_cpu * 1000:.0f} ms, bare window "
        f"{bare_cpu * 1000:.0f} ms, ratio {app_cpu / bare_cpu:.2f}")
    say(f"until the PIN check has loaded too (after the screen is shown), medians: "
        f"{core_s * 1000:.0f} ms, CPU {core_cpu * 1000:.0f} ms")
    print(
        f"app_start: app {app_s:.3f} s, bare window {bare_s:.3f} s, ratio {ratio:.2f} "
        f"(target <= {TARGET_RATIO:.0f}x): {verdict}",
        flush=True,
    )


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return median([wall for wall, _ in runs]), median([cpu for _, cpu in runs])


if __name__ == "__main__":
    main()
