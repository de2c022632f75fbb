"""Run the Alembic migration history that ships inside the package.

Alembic takes about half a second to import, so it is imported only when a migration
runs: :func:`is_current` compares the database's revision (one plain query) with the
newest revision of the history (:func:`posapp.db.revisions.head_revision`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from posapp.db.engine import Database
from posapp.db.revisions import MIGRATIONS, head_revision

if TYPE_CHECKING:
    from alembic.config import Config


def _config(connection: object) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@contextmanager
def _migrating(db: Database) -> Iterator[Connection]:
    """A connection in one transaction for the migrations.

    SQLite alters a table by building a new one and dropping the old, and a drop of a table
    other rows refer to fails while foreign keys are enforced; so on SQLite they are
    switched off (which SQLite allows only outside a transaction) for the migration, every
    reference is checked before the commit, and they are switched on again.
    """
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None
        if sqlite:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                yield conn
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"the migration broke references: {broken[:5]}")
        finally:
            if sqlite:
                driver.execute("PRAGMA foreign_keys=ON")


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (the newest by default)."""
    from alembic import command

    with _migrating(db) as conn:
        command.upgrade(_config(conn), revision)


def downgrade(db: Database, revision: str) -> None:
    """Take the schema back to ``revision`` (``base``: nothing), for an IT person undoing
    an upgrade and for the tests of the history."""
    from alembic import command

    with _migrating(db) as conn:
        command.downgrade(_config(conn), revision)


def upgrade_if_due(db: Database) -> bool:
    """Migrate only when the database is not at the newest revision; True if it ran."""
    if is_current(db):
        return False
    upgrade(db)
    return True


def current_revision(db: Database) -> str | None:
    """The revision the database is at (None for an empty database), by a plain query."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database has several schema revisions: {sorted(rows)}")
    return rows[0] if rows else None


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()


def make_revision(db: Database, message: str) -> None:
    """Developer helper: autogenerate a new migration from the models."""
    from alembic import command

    with db.engine.begin() as conn:
        command.revision(_config(conn), message=message, autogenerate=True)
