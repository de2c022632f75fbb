"""Opening the app as a till of a chain: ``posapp --central [FILE]`` is the app, not the CLI;
the till's store lives beside its credential file; a credential file that cannot be used
stops the start with the reason, before any window or store is made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from posapp.__main__ import _wants_gui
from posapp.central import till_file
from posapp.domain.errors import KeyFileError
from ui.app import make_application, open_central, parse_args
from ui.terminal_config import TerminalConfig


@pytest.mark.parametrize(("argv", "gui"), [
    (["--central"], True),
    (["--central", "/tmp/till1.json"], True),
    (["--central", "terminal", "list"], False),
    (["terminal", "enroll", "https://x:1", "CODE"], False),
])
def test_central_mode_opens_the_app(argv: list[str], gui: bool) -> None:
    assert _wants_gui(argv) is gui


def test_the_credential_file_is_given_or_the_default_one(tmp_path: Path) -> None:
    assert parse_args(["--central", str(tmp_path / "a.json")]).central == tmp_path / "a.json"
    assert parse_args(["--central"]).central == till_file.default_path()
    assert parse_args([]).central is None


def test_each_credential_file_keeps_its_own_store_beside_it(tmp_path: Path) -> None:
    assert till_file.store_path(tmp_path / "central.json") == tmp_path / "central-till.sqlite3"
    assert till_file.store_path(tmp_path / "till2.json") == tmp_path / "till2-till.sqlite3"


def test_a_missing_or_open_credential_file_refuses_the_start(qtbot: object,
                                                            tmp_path: Path) -> None:
    make_application([], "en")
    missing = tmp_path / "central.json"
    with pytest.raises(KeyFileError, match="does not exist"):
        open_central(missing, TerminalConfig())
    missing.write_text(json.dumps({"url": "https://127.0.0.1:1"}))
    missing.chmod(0o644)
    with pytest.raises(KeyFileError, match="may be read by others"):
        open_central(missing, TerminalConfig())
    assert not till_file.store_path(missing).exists()

