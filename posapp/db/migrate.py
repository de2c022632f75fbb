"""Run the Alembic migration history that ships inside the package.

Alembic takes about half a second to import, so it is imported only when a migration
runs: :func:`is_current` compares the database's revision (one plain query) with the
newest revision of the history (read from the migration files' ``revision`` and
``down_revision`` lines).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from posapp.db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


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


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=(.*)$", re.M)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


@cache
def head_revision() -> str | None:
    """The newest revision of the history: the one no other revision follows."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        revisions.add(revision.group(1))
        if down := _DOWN.search(source):
            parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    if len(heads) > 1:
        raise RuntimeError(f"the migration history has several heads: {sorted(heads)}")
    return next(iter(heads), None)


def make_revision(db: Database, message: str) -> None:
    """Developer helper: autogenerate a new migration from the models."""
    from alembic import command

    with db.engine.begin() as conn:
        command.revision(_config(conn), message=message, autogenerate=True)
