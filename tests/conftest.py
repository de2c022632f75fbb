"""Fixtures shared by the whole suite: databases (SQLite and a real PostgreSQL), a
context with a movable clock, and a store with an admin, a manager and a cashier."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Generation speed depends on how loaded the machine is (CI shares 2 cores with PostgreSQL and
# the app), so the too-slow health check and per-example deadlines would only make the suite
# flaky; the properties themselves are unchanged.
settings.register_profile("suite", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("suite")

from posapp import edge_admin  # noqa: E402
from posapp.codes import KeyRing  # noqa: E402
from posapp.db import migrate  # noqa: E402
from posapp.db.engine import Database  # noqa: E402
from posapp.services.back_office import admin  # noqa: E402
from posapp.services.command_path.context import Actor, Context  # noqa: E402
from posapp.services.security import staff  # noqa: E402
from tests.support.postgres import PostgresServer, postgres_for_tests, to_libpq_url  # noqa: E402

PINS = {"root": "111111", "mia": "222222", "carl": "3333"}
_names = itertools.count()


class Clock:
    """A clock tests can move: starts at a fixed time, advances only when told."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    with postgres_for_tests() as server:
        if isinstance(server, str):
            pytest.skip(server)
        yield server


@pytest.fixture(scope="session")
def pg_template(postgres: PostgresServer) -> str:
    """A migrated database that each test copies (CREATE DATABASE ... TEMPLATE)."""
    url = postgres.create_database("posapp_template")
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


def fresh_postgres(postgres: PostgresServer, template_url: str) -> str:
    """A new database cloned from the migrated template."""
    name = f"t_{os.getpid()}_{next(_names)}"
    with psycopg.connect(to_libpq_url(template_url).rsplit("/", 1)[0] + "/postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE posapp_template')
    return template_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database: a SQLite file, then a real PostgreSQL database."""
    if request.param == "sqlite":
        target = tmp_path / "giftpos.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        return f"sqlite:///{target}"
    template = request.getfixturevalue("pg_template")
    return fresh_postgres(request.getfixturevalue("postgres"), template)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def keys() -> KeyRing:
    return KeyRing.generate()


@pytest.fixture
def ctx(db_url: str, keys: KeyRing, clock: Clock) -> Iterator[Context]:
    context = Context(Database(db_url), keys, clock)
    yield context
    context.close()


@dataclass
class Store:
    ctx: Context
    admin: Actor
    manager: Actor
    cashier: Actor
    clock: Clock

    def add_terminal(self, name: str, store: str = "S1") -> None:
        """Register terminal ``name`` at ``store`` (only registered terminals sign in)."""
        edge_admin.add_terminal(self.ctx, self.admin, name, store)

    def sign_in(self, name: str, *, location: str | None = None, terminal: str = "T1") -> Actor:
        return staff.authenticate(
            self.ctx, name, PINS[name], location_code=location, terminal_name=terminal
        )


def open_store(ctx: Context, clock: Clock) -> Store:
    admin.init_database(
        ctx, "root", PINS["root"], store_code="S1", store_name="Main Street", terminal_name="T1"
    )
    root = staff.authenticate(ctx, "root", PINS["root"], terminal_name="T1")
    edge_admin.add_staff(ctx, root, "mia", "manager", PINS["mia"])
    edge_admin.add_staff(ctx, root, "carl", "cashier", PINS["carl"])
    return Store(
        ctx=ctx,
        admin=root,
        manager=staff.authenticate(ctx, "mia", PINS["mia"], terminal_name="T1"),
        cashier=staff.authenticate(ctx, "carl", PINS["carl"], terminal_name="T1"),
        clock=clock,
    )


@pytest.fixture
def store(ctx: Context, clock: Clock) -> Store:
    """Store S1 (USD) with root (admin), mia (manager) and carl (cashier) at terminal T1."""
    return open_store(ctx, clock)


@pytest.fixture(autouse=True)
def quick_pin_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """PINs hashed in-process use a low scrypt cost to keep the suite fast. The cost is
    stored in each hash, so verifying is the real scrypt; subprocess tests keep the
    production cost."""
    from posapp.services.security import pins

    monkeypatch.setattr(pins, "_SCRYPT", {"n": 2**8, "r": 8, "p": 1})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files with tests marked ``slow`` first: pytest-xdist hands out whole files in
    the order collected, and a long test started last keeps every other worker waiting at
    the end of the run."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)
