"""A real X session for the end-to-end tests: Xvfb, a window manager, xdotool, screenshots.

Xvfb keeps its screen in a file (``-fbdir``, XWD format), so a screenshot is a read of
that file: nothing of Qt's is involved in seeing what is on the screen. Keys and
clicks go through ``xdotool`` as real X events, exactly as a keyboard, a wedge
scanner and a mouse send them.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

from PIL import Image

TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "matchbox-window-manager": "matchbox-window-manager"}
T = TypeVar("T")


def missing_tools() -> list[str]:
    """The Debian packages to install for the tools that are not on PATH."""
    return [package for command, package in TOOLS.items() if shutil.which(command) is None]


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 10.0,
              every: float = 0.05) -> T:
    """Poll ``probe`` until it returns something truthy; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


@dataclass
class XSession:
    """One Xvfb server with a window manager; ``display`` is e.g. ``":99"``."""

    width: int
    height: int
    workdir: Path
    display: str = ""
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _logs: list[IO[bytes]] = field(default_factory=list)

    def start(self) -> XSession:
        self.workdir.mkdir(parents=True, exist_ok=True)
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{self.width}x{self.height}x24",
             "-fbdir", str(self.workdir), "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=self._log("xvfb.log"))
        os.close(write)
        self._procs.append(server)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes it once it accepts clients
        if not number:
            self.stop()
            raise RuntimeError(f"Xvfb did not start: {(self.workdir / 'xvfb.log').read_text()}")
        self.display = f":{number}"
        wm = subprocess.Popen(
            ["matchbox-window-manager", "-use_titlebar", "no"], env=self.env(),
            stdout=subprocess.DEVNULL, stderr=self._log("wm.log"))
        self._procs.append(wm)
        return self

    def stop(self) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._procs.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    def _log(self, name: str) -> IO[bytes]:
        log = (self.workdir / name).open("wb")
        self._logs.append(log)
        return log

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    # driving ---------------------------------------------------------------------------
    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout.strip()

    def key(self, *keys: str) -> None:
        """Press and release each key (X keysym names: Return, BackSpace, ctrl+u...)."""
        self.xdotool("key", "--delay", "60", *keys)

    def type_as_person(self, text: str) -> None:
        """Types at about 150 ms a key, as a person does."""
        self.xdotool("type", "--delay", "300", text)

    def scan(self, payload: str, suffix: str = "\n") -> None:
        """Types ``payload`` as a keyboard-wedge scanner does: Shift around each upper-case
        letter, a few milliseconds a key, and its suffix key at the same pace (xdotool
        types "\n" as Return and "\t" as Tab)."""
        self.xdotool("type", "--delay", "5", payload + suffix)

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")

    # seeing ----------------------------------------------------------------------------
    def screenshot(self, path: Path) -> Image.Image:
        """The screen as Xvfb holds it, saved as PNG at ``path``."""
        image = read_xwd(self.workdir / "Xvfb_screen0")
        image.save(path)
        return image


def read_xwd(path: Path) -> Image.Image:
    """An XWD file of a 24/32-bit TrueColor screen (what Xvfb's ``-fbdir`` keeps)."""
    data = path.read_bytes()
    header = struct.unpack(">25I", data[:100])
    header_size, depth, width, height = header[0], header[3], header[4], header[5]
    byte_order, bits_per_pixel, bytes_per_line, colours = header[7], header[11], header[12], \
        header[19]
    if depth != 24 or bits_per_pixel != 32:
        raise ValueError(f"unexpected XWD depth {depth}/{bits_per_pixel} bpp in {path}")
    offset = header_size + colours * 12
    pixels = data[offset: offset + bytes_per_line * height]
    mode = "BGRX" if byte_order == 0 else "XRGB"
    return Image.frombuffer("RGB", (width, height), pixels, "raw", mode, bytes_per_line, 1)
