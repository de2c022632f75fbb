"""The real GiftPOS app in an X session: a demo database made by the demo seeder, the app
started as ``posapp --demo`` would be, and what it shows read back from its widget dump
(Ctrl+Shift+F12 with ``POSAPP_WIDGET_DUMP`` set) and from screenshots."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posapp import edge_admin
from posapp.db import migrate
from posapp.services.back_office import demo
from posapp.services.command_path.context import Actor, Context
from posapp.services.security import staff
from tests.e2e.xsession import XSession, wait_for

ROOT = Path(__file__).resolve().parents[2]
Widget = dict[str, Any]
TEST_TERMINAL = "e2e"


@dataclass
class Screen:
    """One widget dump: the visible windows and their visible widgets."""

    data: dict[str, Any]

    @property
    def windows(self) -> list[dict[str, Any]]:
        return list(self.data["windows"])

    def window(self, cls: str) -> dict[str, Any] | None:
        return next((w for w in self.windows if w["class"] == cls), None)

    @property
    def main(self) -> dict[str, Any]:
        window = self.window("MainWindow")
        assert window is not None, "the main window is not visible"
        return window

    def widgets(self) -> Iterator[Widget]:
        for window in self.windows:
            yield from window["widgets"]

    def find(self, name: str) -> Widget | None:
        return next((w for w in self.widgets() if w["name"] == name), None)

    def get(self, name: str) -> Widget:
        widget = self.find(name)
        assert widget is not None, f"no visible widget named {name!r}"
        return widget

    def text(self, name: str) -> str:
        return str(self.get(name)["text"])

    def focus(self) -> str:
        """The name of the widget with the keyboard focus ("" if none)."""
        return next((str(w["name"]) for w in self.widgets() if w["focus"]), "")

    def texts(self) -> list[str]:
        return [w["text"] for w in self.widgets() if w["text"]]


def centre(widget: Widget) -> tuple[int, int]:
    x, y, w, h = widget["geometry"]
    return x + w // 2, y + h // 2


class App:
    """The app process, its database and its X session."""

    def __init__(self, x: XSession, workdir: Path) -> None:
        self.x = x
        self.workdir = workdir
        self.db_url = f"sqlite:///{workdir / 'giftpos.sqlite3'}"
        self.key_file = workdir / "keys.json"
        self.dump_file = workdir / "widgets.json"
        self.log = workdir / "app.log"
        self.codes: list[str] = []
        self._proc: subprocess.Popen[bytes] | None = None
        self._shots = 0

    def seed(self) -> None:
        """The demo data at the app's terminal (this machine's name), and the test's own
        terminal ``e2e`` registered at the demo store."""
        ctx = Context.setup(self.db_url, self.key_file)
        try:
            migrate.upgrade(ctx.db)
            self.codes = demo.seed(ctx, socket.gethostname()).codes
            admin_name, pin = demo.DEMO_STAFF["admin"]
            root = staff.authenticate(ctx, admin_name, pin, terminal_name=socket.gethostname())
            edge_admin.add_terminal(ctx, root, TEST_TERMINAL, demo.STORE)
        finally:
            ctx.close()

    @contextmanager
    def context(self) -> Iterator[Context]:
        """The app's database, opened by the test as another process would."""
        ctx = Context.open(self.db_url, self.key_file)
        try:
            yield ctx
        finally:
            ctx.close()

    def actor(self, ctx: Context, role: str = "manager", *, at_the_app: bool = False) -> Actor:
        """A person signed in from the test, at its own terminal or at the app's."""
        name, pin = demo.DEMO_STAFF[role]
        terminal = socket.gethostname() if at_the_app else TEST_TERMINAL  # the app's default name
        return staff.authenticate(ctx, name, pin, terminal_name=terminal)

    def start(self) -> App:
        home = self.workdir / "home"
        env = {
            **self.x.env(),
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "POSAPP_KEY_FILE": str(self.key_file),
            "POSAPP_WIDGET_DUMP": str(self.dump_file),
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        with self.log.open("wb") as log:  # the child keeps its own copy of the descriptor
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "posapp", "--demo", "--db", self.db_url],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        wait_for("the app's window to be shown, maximised and active", self._ready, 60)
        self.wait_screen("the sign-in screen", lambda s: s.find("pinField"), 20)
        return self

    def _ready(self) -> bool:
        if self._proc is not None and self._proc.poll() is not None:
            raise RuntimeError(f"the app exited with {self._proc.returncode}:\n{self.logs()}")
        try:
            window = self.x.xdotool("getactivewindow")
            geometry = self.x.xdotool("getwindowgeometry", window)
        except RuntimeError:
            return False
        return f"{self.x.width}x{self.x.height}" in geometry

    def stop(self) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc = None

    def logs(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    # seeing ----------------------------------------------------------------------------
    def dump(self) -> Screen:
        """What the app shows now, from its widget dump."""
        self.dump_file.unlink(missing_ok=True)
        for _attempt in range(5):
            self.x.key("ctrl+shift+F12")
            try:
                wait_for("the widget dump", self.dump_file.exists, 2)
            except TimeoutError:
                continue  # the window was not taking keys yet (just shown, or busy)
            return Screen(json.loads(self.dump_file.read_text(encoding="utf-8")))
        raise AssertionError(f"the app wrote no widget dump:\n{self.logs()[-2000:]}")

    def wait_screen(self, what: str, check: Callable[[Screen], object],
                    timeout: float = 20.0) -> Screen:
        """Dump until ``check`` holds; the last screen's texts are in the failure."""
        last: list[Screen] = []

        def probe() -> Screen | None:
            screen = self.dump()
            last[:] = [screen]
            return screen if check(screen) else None

        try:
            return wait_for(what, probe, timeout, every=0.2)
        except TimeoutError as exc:
            texts = last[0].texts() if last else []
            raise AssertionError(f"{exc}; the screen shows {texts}") from None

    def click_into(self, name: str) -> Screen:
        """Click the widget ``name`` and wait until it has the keyboard focus, as a person
        looks for the cursor before typing. A page just shown may still be laying itself
        out, so a click that lands elsewhere is repeated where the widget is now."""
        for _attempt in range(5):
            screen = self.dump()
            self.x.click(*centre(screen.get(name)))
            try:
                return self.wait_screen(f"the focus in {name}", lambda s: s.focus() == name, 3)
            except AssertionError:
                continue
        return self.wait_screen(f"the focus in {name}", lambda s: s.focus() == name, 1)

    def screenshot(self, name: str) -> Path:
        self._shots += 1
        path = self.workdir / f"{self._shots:02d}-{name}.png"
        self.x.screenshot(path)
        return path

    # common steps ----------------------------------------------------------------------
    def sign_in(self, role: str) -> Screen:
        """Pick the person with the arrow keys and type the PIN, as a cashier does."""
        name, pin = demo.DEMO_STAFF[role]
        screen = self.wait_screen("the sign-in screen", lambda s: s.find("pinField"))
        names = sorted(n for n, _pin in demo.DEMO_STAFF.values())
        rows = [w for w in screen.widgets() if w["class"] == "QListWidget"]
        assert rows, "no list of names on the sign-in screen"
        self.x.key(*["Up"] * len(names), *["Down"] * names.index(name))
        self.x.type_as_person(pin)
        self.x.key("Return")
        return self.wait_screen(f"{name} signed in",
                                lambda s: s.find("headerUser") and name in s.text("headerUser"))
