"""Run the Alembic migration history that ships inside the package.

Alembic takes about half a second to import, so it is imported only when a migration
runs: :func:`is_current` compares the database's revision (one plain query) with the
newest revision of the history (:func:`posapp.db.revisions.head_revision`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

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


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (the newest by default)."""
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_config(conn), revision)


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
