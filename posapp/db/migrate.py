"""Run the Alembic migration history that ships inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from posapp.db.engine import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection: object) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (the newest by default)."""
    with db.engine.begin() as conn:
        command.upgrade(_config(conn), revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def make_revision(db: Database, message: str) -> None:
    """Developer helper: autogenerate a new migration from the models."""
    with db.engine.begin() as conn:
        command.revision(_config(conn), message=message, autogenerate=True)
