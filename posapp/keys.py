"""The key file: reading it safely, creating it only for a new database, and checking
that it is the key this database was set up with.

The key file holds the site secret (code look-up hashes, the key check value and
the PIN pepper) and the code encryption key. It is created once, for a database
that holds no cards yet, and copied to every other terminal with ``posapp keys
export`` / ``posapp keys import``. A terminal never makes a key of its own for a
database in use: its cards would be invisible to every other terminal.
"""

from __future__ import annotations

import hmac
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.db.models import GiftCard, KeyCheck
from posapp.domain.errors import InvalidInput, KeyFileError, Phrase
from posapp.key_file import check_value, read_key_file, unusable
from posapp.key_file import pin_pepper as pin_pepper
from posapp.key_file import write_key_file as write_key_file


def stored_check(db: Database) -> str | None:
    """The database's key check value; None when it has none (or predates key checks)."""
    try:
        return db.run(lambda s: s.scalar(select(KeyCheck.check_value)), readonly=True)
    except DBAPIError:
        return None


def _holds_cards(session: Session) -> bool:
    return session.scalar(select(GiftCard.id).limit(1)) is not None


def in_use(db: Database) -> bool:
    """True when the database holds cards or a key check: a new key would orphan them."""
    if stored_check(db) is not None:
        return True
    try:
        return db.run(_holds_cards, readonly=True)
    except DBAPIError:
        return False


def _mismatch() -> KeyFileError:
    return KeyFileError(
        "This terminal's key file is not the key this database was set up with: its cards "
        "could not be found or read. Install the chain's key file (`posapp keys import FILE`)."
    )


def verify(db: Database, ring: KeyRing) -> None:
    """Refuse a key ring whose check value differs from the one the database holds."""
    stored = stored_check(db)
    if stored is not None and not hmac.compare_digest(stored, check_value(ring)):
        raise _mismatch()


def record_check(session: Session, ring: KeyRing, now: datetime) -> None:
    """Store ``ring``'s check value (the database's first key), or verify it against the
    stored one. A database that already holds cards must be readable with ``ring``."""
    stored = session.scalar(select(KeyCheck.check_value))
    if stored is not None:
        if not hmac.compare_digest(stored, check_value(ring)):
            raise _mismatch()
        return
    card = session.execute(select(GiftCard.code_encrypted, GiftCard.code_hash).limit(1)).first()
    if card is not None:
        try:
            ring.decrypt(card.code_encrypted, card.code_hash)
        except InvalidInput:
            raise _mismatch() from None
    session.add(KeyCheck(id=1, check_value=check_value(ring), created_at=now))


def open_keys(path: Path, db: Database) -> KeyRing:
    """The installed key file, checked against the database: what every command uses."""
    ring = read_key_file(path)
    verify(db, ring)
    return ring


def keys_for_setup(path: Path, db: Database) -> KeyRing:
    """The installed key file, or a new one when there is none and the database is new.

    A database that already holds cards or a key check never gets a new key.
    """
    if path.exists() or path.is_symlink():
        return open_keys(path, db)
    if in_use(db):
        raise unusable(path, Phrase("it does not exist, and this database is already in use"))
    ring = KeyRing.generate()
    write_key_file(path, ring)
    return ring
