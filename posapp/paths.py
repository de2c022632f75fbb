"""Where GiftPOS keeps its data, keys and terminal settings (platformdirs, env overrides).

- database: ``$POSAPP_DB`` or ``<user data dir>/giftpos.sqlite3`` (``demo.sqlite3`` for --demo)
- key file: ``$POSAPP_KEY_FILE`` or ``<user config dir>/keys.json`` (mode 0600)
- terminal settings: ``<user config dir>/terminal.json``
- this terminal's name: ``$POSAPP_TERMINAL`` or the machine's host name
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path
from typing import IO, Any

from platformdirs import user_config_dir, user_data_dir

APP = "posapp"


def data_dir() -> Path:
    return Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(user_config_dir(APP, appauthor=False))


def default_db_url() -> str:
    return os.environ.get("POSAPP_DB") or f"sqlite:///{data_dir() / 'giftpos.sqlite3'}"


def demo_db_url() -> str:
    """The demo's own database, so that trying the app never touches a store's data."""
    return f"sqlite:///{data_dir() / 'demo.sqlite3'}"


def key_file() -> Path:
    env = os.environ.get("POSAPP_KEY_FILE")
    return Path(env) if env else config_dir() / "keys.json"


def terminal_file() -> Path:
    return config_dir() / "terminal.json"


def terminal_name() -> str:
    """The name this machine signs in as unless told otherwise (an admin registers it)."""
    return os.environ.get("POSAPP_TERMINAL") or socket.gethostname() or "terminal"


def open_private(path: Path, mode: str = "wb") -> IO[Any]:
    """Open ``path`` to write, readable by its owner only (0600), even if it existed wider.

    For every file that holds codes, names or e-mail addresses: receipts, card
    sheets, exports. ``mode`` is ``"wb"`` or ``"w"`` (UTF-8 text, no newline translation).
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT
        if mode == "wb":
            return os.fdopen(fd, "wb")
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    except BaseException:
        os.close(fd)
        raise


def keep_private_if_plain(path: Path) -> None:
    """Before writing to ``path``: a new or ordinary file becomes owner-only; a device
    (a printer port) is left as it is."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if stat.S_ISREG(path.stat().st_mode):
            path.chmod(0o600)


class PrivateTarget:
    """A write-once target for renderers that write a whole document at the end (ReportLab):
    the file is created owner-only, and only once there is something to write."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._path = path

    def write(self, data: bytes) -> int:
        with open_private(self._path) as handle:
            return handle.write(data)
