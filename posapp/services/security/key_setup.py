"""Setting up a terminal's key file: export the chain's key, import it on another till."""

from __future__ import annotations

from pathlib import Path

from posapp import keys
from posapp.db.engine import Database
from posapp.domain.errors import KeyFileError
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.command_path.context import Actor, Context


def fingerprint(ctx: Context) -> str:
    """The first 16 symbols of the key check value: compare them between terminals."""
    return keys.check_value(ctx.keys)[:16]


def export_keys(ctx: Context, actor: Actor, target: Path) -> str:
    """An admin copies the chain's key file to ``target`` (a new file, owner-only)."""
    actor.require(Permission.MANAGE_SETTINGS)
    keys.write_key_file(target, ctx.keys)
    audit.record_apart(ctx, actor, "keys_exported", {"file": target.name})
    return fingerprint(ctx)


def import_keys(db_url: str, key_file: Path, source: Path) -> str:
    """Install the key file ``source`` as this terminal's key file.

    The key must be this database's (when it has a check value); an installed key
    file is never replaced by another one.
    """
    ring = keys.read_key_file(source, private=False)
    db = Database(db_url)
    try:
        keys.verify(db, ring)
    finally:
        db.dispose()
    if key_file.exists() or key_file.is_symlink():
        installed = keys.read_key_file(key_file)
        if keys.check_value(installed) != keys.check_value(ring):
            raise KeyFileError(
                "{path} already holds another key; a key file is never overwritten.",
                path=key_file,
            )
    else:
        keys.write_key_file(key_file, ring)
    return keys.check_value(ring)[:16]
