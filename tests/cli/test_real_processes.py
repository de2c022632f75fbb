"""``posapp`` as a real process: exit statuses and stdout JSON as a script sees them.

The entry point (``posapp/__main__.py``) imports ``printers.cli`` for every command;
until that module exists these run ``posapp.cli.main`` through ``python -c``.
"""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import sell
from tests.cli.runner import Cli, printing_wired, run_process, run_processes
from tests.conftest import PINS


def test_real_processes_exit_with_the_documented_statuses_and_print_json(
    cli: Cli,
) -> None:
    code = sell(cli, "25.00")["code"]
    # POSAPP_DB, POSAPP_USER and POSAPP_PIN stand in for the global options
    env = {"POSAPP_DB": cli.db_url, "POSAPP_USER": "carl", "POSAPP_PIN": PINS["carl"]}
    key = str(cli.key_file)
    opts = ["--key-file", key, "--json"]
    spent, refused, denied, usage, human, wrong_pin, unknown = run_processes(
        [*opts, "card", "redeem", code, "--amount", "10.00"],
        [*opts, "card", "redeem", code, "--amount", "99.00"],
        [*opts, "card", "void", code, "--reason", "lost"],
        [*opts, "card", "redeem", code],
        ["--key-file", key, "card", "balance", code],
        ["--key-file", key, "--pin", "9999", "card", "balance", code],
        ["--key-file", key, "frobnicate"],
        env=env,
    )
    assert spent.returncode == 0, spent.stderr
    assert spent.stdout.count("\n") == 1  # one JSON object, one line
    assert json.loads(spent.stdout)["redeemed"] == "10.00"

    assert refused.returncode == 3
    assert json.loads(refused.stdout)["error"] == "insufficient_funds"

    assert denied.returncode == 4
    assert json.loads(denied.stdout)["error"] == "permission_denied"

    assert usage.returncode == 2
    assert json.loads(usage.stdout)["error"] == "usage"

    assert human.returncode == 0, human.stderr
    assert "status: active" in human.stdout and code not in human.stdout

    assert wrong_pin.returncode == 4
    assert wrong_pin.stdout == "" and "error (auth_failed)" in wrong_pin.stderr

    assert unknown.returncode == 2 and unknown.stdout == ""
    assert "frobnicate" in unknown.stderr

    assert cli.balance(code)["balance"] == "15.00"


def test_a_real_process_creates_the_database_and_a_key_file_only_its_owner_reads(
    tmp_path: Path,
) -> None:
    key = tmp_path / "keys.json"
    init = run_process(
        [
            "--db",
            f"sqlite:///{tmp_path / 'new.sqlite3'}",
            "--key-file",
            str(key),
            "--json",
            "db",
            "init",
            "--admin",
            "root",
            "--set-pin",
            PINS["root"],
            "--store",
            "S1",
        ]
    )
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["location"]["code"] == "S1"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


@pytest.mark.skipif(
    not printing_wired(),
    reason="printers/cli.py, which the entry point imports for every command, does not exist yet",
)
def test_the_console_script_runs_a_command_without_loading_qt(cli: Cli) -> None:
    probe = (
        "import sys; from posapp.__main__ import main; "
        f"rc = main(['--db', {cli.db_url!r}, '--key-file', {str(cli.key_file)!r}, '--json', "
        "'--user', 'carl', '--pin', '3333', 'location', 'list']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT'); "
        "sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "NOQT"
    script = run_process(
        [
            "--db",
            cli.db_url,
            "--key-file",
            str(cli.key_file),
            "--json",
            "--user",
            "carl",
            "--pin",
            PINS["carl"],
            "location",
            "list",
        ]
    )
    assert script.returncode == 0 and json.loads(script.stdout)["locations"]
