"""The newest revision of the migration history, read from the migration files alone.

The standard library is enough: the app compares it with the database's revision before
SQLAlchemy or Alembic is imported (see :mod:`posapp.db.sqlite_peek`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")

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
