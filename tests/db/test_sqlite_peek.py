"""The glance at a SQLite database that lets the sign-in screen show before SQLAlchemy loads:
it lists exactly the ORM's names, and in every case the full start would treat otherwise
(set up, migrate, record or refuse a key) it answers None."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from posapp import edge_admin
from posapp.codes import KeyRing
from posapp.db import migrate, sqlite_peek
from posapp.db.engine import Database
from posapp.key_file import write_key_file
from posapp.services.security import staff
from tests.conftest import Store


@pytest.fixture
def db_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated SQLite file (PostgreSQL terminals never take this way: see the URL test)."""
    target = tmp_path / "giftpos.sqlite3"
    shutil.copy(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def key_file(store: Store, tmp_path: Path) -> Path:
    path = tmp_path / "keys.json"
    write_key_file(path, store.ctx.keys)
    return path


def _sqlite_path(store: Store) -> Path:
    path = sqlite_peek.sqlite_file(store.ctx.db.url)
    assert path is not None
    return path


def test_it_lists_the_names_the_orm_lists(store: Store, key_file: Path) -> None:
    for name, role in (("Émile", "cashier"), ("zoë", "manager"), ("Bob", "cashier"),
                       ("bob", "admin"), ("Ann", "cashier")):
        edge_admin.add_staff(store.ctx, store.admin, name, role, "482915")
    edge_admin.set_staff(store.ctx, store.admin, "Ann", active=False)
    names = sqlite_peek.names_if_ready(store.ctx.db.url, key_file)
    assert names == staff.sign_in_names(store.ctx)
    assert names is not None and "Ann" not in names and {"Émile", "zoë", "carl"} <= set(names)


@pytest.mark.parametrize("url", [
    "sqlite://", "sqlite:///:memory:", "sqlite:///{path}?mode=ro", "sqlite:///{path}-missing",
    "postgresql://h/db", "postgresql+psycopg://h/db",
])
def test_other_urls_and_missing_files_start_the_full_way(
    store: Store, key_file: Path, url: str
) -> None:
    assert sqlite_peek.names_if_ready(url.format(path=_sqlite_path(store)), key_file) is None


def test_another_key_file_starts_the_full_way(store: Store, tmp_path: Path) -> None:
    """The full start then refuses it, with its own message."""
    other = tmp_path / "other.json"
    write_key_file(other, KeyRing.generate())
    assert sqlite_peek.names_if_ready(store.ctx.db.url, other) is None


def test_a_missing_or_readable_key_file_starts_the_full_way(
    store: Store, key_file: Path
) -> None:
    assert sqlite_peek.names_if_ready(store.ctx.db.url, key_file.with_name("none.json")) is None
    key_file.chmod(0o644)
    assert sqlite_peek.names_if_ready(store.ctx.db.url, key_file) is None


def test_a_database_without_a_key_check_starts_the_full_way(
    store: Store, key_file: Path
) -> None:
    """The full start records the check value (after reading a card with the key)."""
    with sqlite3.connect(_sqlite_path(store)) as conn:
        conn.execute("DELETE FROM key_checks")
    assert sqlite_peek.names_if_ready(store.ctx.db.url, key_file) is None


def test_a_database_with_nobody_to_sign_in_starts_the_full_way(
    store: Store, key_file: Path
) -> None:
    """The full start offers the first-run set-up."""
    assert sqlite_peek.names_if_ready(store.ctx.db.url, key_file)
    with sqlite3.connect(_sqlite_path(store)) as conn:
        conn.execute("UPDATE staff SET active = 0")
    assert sqlite_peek.names_if_ready(store.ctx.db.url, key_file) is None


def test_an_older_or_empty_schema_starts_the_full_way(tmp_path: Path) -> None:
    """The full start migrates it (or sets it up)."""
    ring = KeyRing.generate()
    key_file = tmp_path / "keys.json"
    write_key_file(key_file, ring)
    url = f"sqlite:///{tmp_path / 'giftpos.sqlite3'}"
    db = Database(url)
    try:
        assert sqlite_peek.names_if_ready(url, key_file) is None  # an empty file
        migrate.upgrade(db, "0001")
        assert sqlite_peek.names_if_ready(url, key_file) is None
    finally:
        db.dispose()


def test_the_glance_never_writes(store: Store, key_file: Path) -> None:
    """One read-only connection: the file is the same byte for byte afterwards."""
    store.ctx.close()
    path = _sqlite_path(store)
    before = path.read_bytes()
    assert sqlite_peek.names_if_ready(store.ctx.db.url, key_file) == sorted(
        ["root", "mia", "carl"])
    assert path.read_bytes() == before
