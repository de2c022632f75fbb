"""The key file: checked against the database, never made for a database in use,
refused when others may read it, and one clear error for every way it can be damaged."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from posapp.codes import KeyRing
from tests.cli.conftest import issue
from tests.cli.runner import Cli
from tests.conftest import PINS


def _refused_with_key_file_error(cli: Cli) -> None:
    result = cli.fails("key_file", "card", "list", user="mia")
    assert result.status == 3 and "Traceback" not in result.err


DAMAGE: dict[str, Callable[[Path], None]] = {
    "missing": lambda p: p.unlink(),
    "empty": lambda p: p.write_bytes(b""),
    "not UTF-8": lambda p: p.write_bytes(b"\xff\xfe\x00{garbage"),
    "not JSON": lambda p: p.write_text("{not json"),
    "JSON list": lambda p: p.write_text("[1, 2]"),
    "wrong fields": lambda p: p.write_text('{"version": 1, "hmac_secret": "AAAA"}'),
    "short key": lambda p: p.write_text('{"hmac_secret": "AAAA", "encryption_key": "AAAA"}'),
    "a directory": lambda p: (p.unlink(), p.mkdir()),  # type: ignore[func-returns-value]
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_every_damaged_key_file_gives_the_same_clear_error_and_no_new_key(
    cli: Cli, damage: str
) -> None:
    issue(cli)
    DAMAGE[damage](cli.key_file)
    if cli.key_file.is_file():
        cli.key_file.chmod(0o600)
    before = cli.key_file.read_bytes() if cli.key_file.is_file() else None
    _refused_with_key_file_error(cli)
    assert (cli.key_file.read_bytes() if cli.key_file.is_file() else None) == before


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_a_key_file_others_may_read_is_refused(cli: Cli, mode: int) -> None:
    cli.key_file.chmod(mode)
    _refused_with_key_file_error(cli)


def test_another_key_file_is_refused_by_the_key_check(cli: Cli) -> None:
    cli.key_file.unlink()
    cli.key_file.write_text(KeyRing.generate().to_json())
    cli.key_file.chmod(0o600)
    _refused_with_key_file_error(cli)
    result = cli.fails("key_file", "db", "init", "--admin", "x", "--set-pin", "123456")
    assert "not the key this database" in result.data["message"]


def test_no_key_is_created_for_a_database_in_use(cli: Cli) -> None:
    cli.key_file.unlink()
    cli.fails("key_file", "keys", "init")
    cli.fails("key_file", "db", "init", "--admin", "x", "--set-pin", "123456")
    assert not cli.key_file.exists()


def test_db_init_creates_an_owner_only_key_file_and_records_its_check(fresh_cli: Cli) -> None:
    fresh_cli.ok("db", "init", "--admin", "root", "--set-pin", PINS["root"], "--store", "S1")
    assert stat.S_IMODE(fresh_cli.key_file.stat().st_mode) == 0o600
    engine = create_engine(fresh_cli.db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM key_checks")).scalar() == 1
    engine.dispose()


def test_keys_init_makes_the_first_key_once(fresh_cli: Cli) -> None:
    made = fresh_cli.ok("keys", "init")
    assert len(made["fingerprint"]) == 16
    assert stat.S_IMODE(fresh_cli.key_file.stat().st_mode) == 0o600
    fresh_cli.fails("key_file", "keys", "init")


def test_a_second_terminal_gets_the_key_by_export_and_import(cli: Cli, tmp_path: Path) -> None:
    code = issue(cli)["code"]
    exported = tmp_path / "usb" / "chain-key.json"
    exported.parent.mkdir()
    out = cli.ok("keys", "export", str(exported), user="root")
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    cli.fails("key_file", "keys", "export", str(exported), user="root")  # never overwritten
    cli.fails("permission_denied", "keys", "export", str(tmp_path / "k2"), user="mia")
    second = Cli(cli.db_url, tmp_path / "till2" / "keys.json")
    second.fails("key_file", "card", "balance", code, user="mia")
    exported.chmod(0o644)  # as it may arrive from a USB stick
    imported = second.ok("keys", "import", str(exported))
    assert imported["fingerprint"] == out["fingerprint"]
    assert stat.S_IMODE(second.key_file.stat().st_mode) == 0o600
    assert second.ok("card", "balance", code, user="mia")["balance"] == "50.00"
    second.ok("keys", "import", str(exported))  # the same key again: nothing to do


def test_importing_a_key_that_is_not_the_databases_is_refused(cli: Cli, tmp_path: Path) -> None:
    issue(cli)
    foreign = tmp_path / "foreign.json"
    foreign.write_text(KeyRing.generate().to_json())
    second = Cli(cli.db_url, tmp_path / "till2" / "keys.json")
    second.fails("key_file", "keys", "import", str(foreign))
    assert not second.key_file.exists()
    cli.fails("key_file", "keys", "import", str(foreign))
    assert cli.ok("card", "list", user="mia")


def test_a_database_from_before_key_checks_records_its_check_at_upgrade(cli: Cli) -> None:
    issue(cli)
    engine = create_engine(cli.db_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM key_checks"))
    engine.dispose()
    other = cli.key_file.with_name("other.json")
    other.write_text(KeyRing.generate().to_json())
    os.chmod(other, 0o600)
    wrong = Cli(cli.db_url, other)
    wrong.fails("key_file", "db", "upgrade")  # it cannot read the cards: not recorded
    cli.ok("db", "upgrade")
    wrong.fails("key_file", "card", "list", user="mia")
