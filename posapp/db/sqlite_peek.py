"""A glance at an embedded SQLite database with the standard library's ``sqlite3`` alone.

The sign-in screen needs only the staff names, after two checks: the schema is at the
newest revision and the installed key file is the one this database was set up with.
SQLAlchemy and the ORM take most of a second to import and configure, so the app reads
these three things here first (one read-only connection, plain SELECTs) and loads the
rest after the screen is shown. Any other case (no such file, another database, no key
file yet, a migration due, a key check missing or different, nobody to sign in) returns
None: the app then starts the full way, which sets up, migrates or refuses with the very
same messages as ever. PostgreSQL terminals always start the full way.
"""

from __future__ import annotations

import hmac
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from posapp.db.revisions import head_revision
from posapp.domain.errors import KeyFileError
from posapp.domain.roles import Role
from posapp.key_file import check_value, read_key_file

#: A plain file URL; anything fancier (query options, a memory database) starts the full way.
_FILE_URL = re.compile(r"^sqlite(?:\+pysqlite)?:///([^?#]+)$")
#: Seconds to wait for a writer's lock (as long as the engine's busy timeout).
_BUSY_TIMEOUT_S = 10.0


def sqlite_file(url: str) -> Path | None:
    """The database file a plain ``sqlite:///`` URL names, or None for any other URL."""
    match = _FILE_URL.match(url)
    if match is None or match.group(1) == ":memory:":
        return None
    return Path(match.group(1)).expanduser()


def names_if_ready(url: str, key_file: Path) -> list[str] | None:
    """The staff names to show when the database at ``url`` can be signed in to as it is
    (current schema, this key file's check value, someone to sign in); else None.

    The names are those :func:`posapp.services.security.staff.sign_in_names` lists."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or not key_file.exists():
        return None
    try:
        ring = read_key_file(key_file)
    except KeyFileError:
        return None  # the full start refuses it, with its message
    try:
        with _read_only(path) as conn:
            revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
            stored = conn.execute("SELECT check_value FROM key_checks").fetchone()
            names = _names(conn, Role.CASHIER)
    except sqlite3.Error:
        return None  # not (yet) a GiftPOS database of this version
    if revisions != [head_revision()] or stored is None or not names:
        return None
    if not hmac.compare_digest(str(stored[0]), check_value(ring)):
        return None
    return names


def _read_only(path: Path) -> closing[sqlite3.Connection]:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return closing(sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S))


def _names(conn: sqlite3.Connection, at_least: Role) -> list[str]:
    roles = [role.value for role in at_least.and_above()]
    marks = ", ".join("?" for _ in roles)
    rows = conn.execute(
        f"SELECT name FROM staff WHERE active = 1 AND role IN ({marks}) ORDER BY name", roles
    )
    return [str(name) for (name,) in rows]
