"""Files that hold codes, names or e-mails are readable by their owner only; the export
quotes every cell a spreadsheet would run as a formula and dates every card."""

from __future__ import annotations

import csv
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.conftest import issue
from tests.cli.runner import Cli, hold_sqlite_open, sqlite_path
from tests.conftest import PINS


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The umask most systems give a user: new files readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_and_its_wal_and_shm_are_owner_only(
    tmp_path: Path, loose_umask: None
) -> None:
    cli = Cli(f"sqlite:///{tmp_path / 'new' / 'giftpos.sqlite3'}", tmp_path / "keys.json")
    cli.ok("db", "init", "--admin", "root", "--set-pin", PINS["root"], "--store", "S1")
    reader = hold_sqlite_open(cli.db_url)  # keeps -wal and -shm in place
    try:
        issue(cli, user="root")
        db = sqlite_path(cli.db_url)
        files = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        reader.close()


def test_an_existing_world_readable_database_is_tightened(cli: Cli) -> None:
    db = sqlite_path(cli.db_url)
    db.chmod(0o644)
    cli.ok("location", "list", user="carl")
    assert mode(db) == 0o600


def test_the_export_is_owner_only_quotes_formulas_and_dates_every_card(
    cli: Cli, tmp_path: Path, loose_umask: None
) -> None:
    names = ["\t=cmd|' /C calc'!A0", "\r=1+1", "=SUM(A1)", "+1", "-1", "@x", "Plain"]
    for name in names:
        # A name may no longer hold a line break (it would go into an e-mail's headers);
        # one kept from before that rule must still be exported safely.
        issue(cli, "10.00", "--recipient-name", name if "\r" not in name else "legacy")
    with sqlite3.connect(sqlite_path(cli.db_url)) as db:
        db.execute("UPDATE gift_cards SET recipient_name = ? WHERE recipient_name = 'legacy'",
                   ("\r=1+1",))
    out = tmp_path / "cards.csv"
    out.write_text("old")
    out.chmod(0o644)
    cli.ok("export", "cards", str(out), user="mia")
    assert mode(out) == 0o600
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    exported = {row["recipient_name"] for row in rows}
    assert exported == {"'" + n for n in names[:-1]} | {"Plain"}
    assert all(datetime.fromisoformat(row["created_at"]) for row in rows)
