"""Running ``posapp`` commands in tests: in-process through ``posapp.cli.main``, or as a
real process (the console script when the printing commands are there to wire in)."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from posapp.cli import main
from tests.conftest import PINS

VENV_BIN = Path(sys.executable).parent


@dataclass
class Result:
    """What one command did: its exit status, stdout (parsed when it is JSON) and stderr."""

    status: int
    out: str
    err: str
    argv: list[str]

    @property
    def data(self) -> dict[str, Any]:
        return json.loads(self.out)

    @property
    def error(self) -> str | None:
        """The error code of a failed ``--json`` command."""
        return self.data.get("error") if self.status else None

    def __repr__(self) -> str:  # readable in assertion messages
        return f"Result({self.status}, argv={self.argv}, out={self.out!r}, err={self.err!r})"


@dataclass
class Cli:
    """``posapp --db URL --key-file PATH [--json] [--user U --pin P] ...`` run in-process.

    Every ``code`` a command shows is remembered in :attr:`codes_shown`, so tests can
    look for full codes where they must not be.
    """

    db_url: str
    key_file: Path
    codes_shown: set[str] = field(default_factory=set)
    outputs: list[Result] = field(default_factory=list)

    def global_options(
        self,
        *,
        user: str | None = None,
        pin: str | None = None,
        as_json: bool = True,
        location: str | None = None,
        terminal: str | None = None,
    ) -> list[str]:
        argv = ["--db", self.db_url, "--key-file", str(self.key_file)]
        if as_json:
            argv.append("--json")
        if user is not None:
            argv += ["--user", user, "--pin", PINS.get(user, "0000") if pin is None else pin]
        if location is not None:
            argv += ["--location", location]
        if terminal is not None:
            argv += ["--terminal", terminal]
        return argv

    def raw(self, argv: list[str]) -> Result:
        out, err = StringIO(), StringIO()
        status = main(argv, stdout=out, stderr=err)
        result = Result(status, out.getvalue(), err.getvalue(), argv)
        self.outputs.append(result)
        if status == 0 and result.out.startswith("{"):
            _collect_codes(result.data, self.codes_shown)
        return result

    def __call__(self, *command: str, **options: Any) -> Result:
        return self.raw([*self.global_options(**options), *command])

    def ok(self, *command: str, **options: Any) -> dict[str, Any]:
        """Run a command that must succeed; its JSON object."""
        result = self(*command, **options)
        assert result.status == 0, result
        return result.data

    def fails(self, expected: str, *command: str, **options: Any) -> Result:
        """Run a command that must be refused with ``expected``; checks the JSON error shape."""
        result = self(*command, **options)
        assert result.status != 0, result
        data = result.data
        assert set(data) == {"error", "message"}, result
        assert data["error"] == expected, result
        assert isinstance(data["message"], str) and data["message"], result
        assert result.status == exit_status(expected), result
        return result

    # Reading a card back (as the manager, who may see everything)
    def balance(self, code: str) -> dict[str, Any]:
        return self.ok("card", "balance", code, user="mia")

    def history(self, code: str) -> list[dict[str, Any]]:
        return self.ok("card", "history", code, user="mia")["entries"]


def exit_status(error: str) -> int:
    if error == "usage":
        return 2
    if error in ("permission_denied", "auth_failed", "rate_limited"):
        return 4
    if error == "unexpected":
        return 1
    return 3


def _collect_codes(value: Any, into: set[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "code" and isinstance(item, str) and len(item) > 8:
                into.add(item)
            else:
                _collect_codes(item, into)
    elif isinstance(value, list):
        for item in value:
            _collect_codes(item, into)


def code_forms(code: str) -> list[str]:
    """Ways a full code could be written down: as is, in groups of four, lower case, and
    its random body alone."""
    from posapp.codes import display

    forms = {code, display(code), code.lower(), display(code).lower()}
    if code.startswith("GC"):
        forms.add(code[2:])
    return sorted(forms)


def leaked(text_or_bytes: str | bytes, codes: set[str]) -> list[str]:
    """The forms of ``codes`` found in ``text_or_bytes``."""
    found = []
    for code in codes:
        for form in code_forms(code):
            needle: str | bytes = form.encode() if isinstance(text_or_bytes, bytes) else form
            if needle in text_or_bytes:  # type: ignore[operator]
                found.append(form)
    return found


# Database state, read directly, to prove a refusal changed nothing.
_STATE_QUERIES = {
    "cards": "SELECT id, status, balance_minor, version, expires_at FROM gift_cards ORDER BY id",
    "entries": "SELECT count(*), coalesce(sum(amount_minor), 0) FROM ledger_entries",
    "sales": "SELECT id, state FROM sales ORDER BY id",
    "tenders": "SELECT count(*) FROM sale_tenders",
    "holds": "SELECT id, state FROM holds ORDER BY id",
    "operations": "SELECT count(*) FROM operations",
    "staff": "SELECT name, role, active FROM staff ORDER BY name",
}


def db_state(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return {
                name: [tuple(row) for row in conn.execute(text(sql))]
                for name, sql in _STATE_QUERIES.items()
            }
    finally:
        engine.dispose()


def sqlite_path(db_url: str) -> Path:
    assert db_url.startswith("sqlite:///"), db_url
    return Path(db_url.removeprefix("sqlite:///"))


def sqlite_files_bytes(db_url: str) -> dict[str, bytes]:
    """The raw bytes of the SQLite database file and its -wal/-shm/-journal files."""
    path = sqlite_path(db_url)
    files = [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]
    return {p.name: p.read_bytes() for p in files if p.exists()}


def hold_sqlite_open(db_url: str) -> sqlite3.Connection:
    """A reader that keeps the WAL file in place (it goes when the last connection closes)."""
    conn = sqlite3.connect(sqlite_path(db_url))
    conn.execute("SELECT count(*) FROM gift_cards").fetchone()
    return conn


# Real processes
def printing_wired() -> bool:
    """True when ``printers.cli`` exists, so the console script can start commands."""
    try:
        return importlib.util.find_spec("printers.cli") is not None
    except ModuleNotFoundError:
        return False


def posapp_command() -> list[str]:
    """The console script, or (while ``printers/cli.py`` is missing, which the entry
    point imports for every command) ``python -c`` calling ``posapp.cli.main``."""
    if printing_wired():
        return [str(VENV_BIN / "posapp")]
    return [sys.executable, "-c", "import sys; from posapp.cli import main; sys.exit(main())"]


def run_processes(
    *argvs: list[str], env: dict[str, str] | None = None, timeout: float = 120
) -> list[subprocess.CompletedProcess[str]]:
    """Run ``posapp`` once per argv, all at the same time; their results in order."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("POSAPP_")}
    full_env.update(env or {})
    procs = [
        subprocess.Popen(
            [*posapp_command(), *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=full_env,
        )
        for argv in argvs
    ]
    done = []
    for argv, proc in zip(argvs, procs, strict=True):
        out, err = proc.communicate(timeout=timeout)
        done.append(
            subprocess.CompletedProcess([*posapp_command(), *argv], proc.returncode, out, err)
        )
    return done


def run_process(
    argv: list[str], *, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return run_processes(argv, env=env, timeout=timeout)[0]


def past_due(cli: Cli, card_id: str) -> None:
    """Move a card's expiry into the past, as if its day had come."""
    engine = create_engine(cli.db_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE gift_cards SET expires_at = :t WHERE id = :id"),
                {"t": "2000-01-01 00:00:00.000000", "id": _db_id(cli, card_id)},
            )
    finally:
        engine.dispose()


def _db_id(cli: Cli, card_id: str) -> Any:
    # SQLite stores UUIDs as 32 hex digits, PostgreSQL as uuid.
    return card_id.replace("-", "") if cli.db_url.startswith("sqlite") else card_id
