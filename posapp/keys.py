"""The key file: reading it safely, creating it only for a new database, and checking
that it is the key this database was set up with.

The key file holds the site secret (code look-up hashes, the key check value and
the PIN pepper) and the code encryption key. It is created once, for a database
that holds no cards yet, and copied to every other terminal with ``posapp keys
export`` / ``posapp keys import``. A terminal never makes a key of its own for a
database in use: its cards would be invisible to every other terminal.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.db.models import GiftCard, KeyCheck
from posapp.domain.errors import InvalidInput, KeyFileError, Phrase

_CHECK_LABEL = b"posapp key check v1"
_PEPPER_LABEL = b"posapp pin pepper v1"
#: A key file is a few hundred bytes; anything much larger is not one.
_MAX_SIZE = 64 * 1024


def check_value(ring: KeyRing) -> str:
    """HMAC-SHA256 of a fixed label under the site secret: identifies the key, hides it."""
    return hmac.new(ring.hmac_secret, _CHECK_LABEL, hashlib.sha256).hexdigest()


def pin_pepper(ring: KeyRing) -> bytes:
    """The per-install secret mixed into every PIN hash, so the database alone tests no PIN."""
    return hmac.new(ring.hmac_secret, _PEPPER_LABEL, hashlib.sha256).digest()


def _unusable(path: Path, reason: Phrase) -> KeyFileError:
    return KeyFileError(
        "The key file {path} cannot be used: {reason}. Restore it from your backup, or copy "
        "the chain's key from another terminal with `posapp keys import FILE`.",
        path=path, reason=reason,
    )


def read_key_file(path: Path, *, private: bool = True) -> KeyRing:
    """The key ring in ``path``; every way the file can be wrong gives :class:`KeyFileError`.

    With ``private`` (the installed key file) a file that its group or others may read
    is refused: anyone who can read it can read every card code.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _unusable(path, Phrase("it does not exist")) from None
    except OSError as exc:
        raise _unusable(path, Phrase("it cannot be read ({reason})", reason=exc.strerror)) from None
    if not stat.S_ISREG(info.st_mode):
        raise _unusable(path, Phrase("it is not a regular file"))
    if private and info.st_mode & 0o077:
        raise _unusable(path, Phrase(
            "others may read it (mode {mode:04o}; run chmod 600)", mode=stat.S_IMODE(info.st_mode)
        ))
    if info.st_size > _MAX_SIZE:
        raise _unusable(path, Phrase("it is far too large to be a key file"))
    try:
        text = path.read_bytes().decode("ascii")
    except OSError as exc:
        raise _unusable(path, Phrase("it cannot be read ({reason})", reason=exc.strerror)) from None
    except UnicodeDecodeError:
        raise _unusable(path, Phrase("it is damaged (not text)")) from None
    try:
        return KeyRing.from_json(text)
    except InvalidInput:
        raise _unusable(path, Phrase("it is damaged (not a GiftPOS key file)")) from None


def write_key_file(path: Path, ring: KeyRing) -> None:
    """Write ``ring`` to a new file readable by its owner only; never overwrite one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(
            "{path} already exists; a key file is never overwritten.",
            path=path,
        ) from None
    except OSError as exc:
        raise KeyFileError(
            "{path} cannot be written ({reason}).",
            path=path, reason=exc.strerror,
        ) from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(ring.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o600)


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
        raise _unusable(path, Phrase("it does not exist, and this database is already in use"))
    ring = KeyRing.generate()
    write_key_file(path, ring)
    return ring
