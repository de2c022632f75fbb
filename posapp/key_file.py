"""The key file itself: reading it safely, writing it once, and what it identifies.

Only the standard library and :mod:`posapp.codes`: the app checks the key file against
the database's check value before SQLAlchemy is imported (see :mod:`posapp.keys` for
the checks against a database).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from pathlib import Path

from posapp.codes import KeyRing
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


def unusable(path: Path, reason: Phrase) -> KeyFileError:
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
        raise unusable(path, Phrase("it does not exist")) from None
    except OSError as exc:
        raise unusable(path, Phrase("it cannot be read ({reason})", reason=exc.strerror)) from None
    if not stat.S_ISREG(info.st_mode):
        raise unusable(path, Phrase("it is not a regular file"))
    if private and info.st_mode & 0o077:
        raise unusable(path, Phrase(
            "others may read it (mode {mode:04o}; run chmod 600)", mode=stat.S_IMODE(info.st_mode)
        ))
    if info.st_size > _MAX_SIZE:
        raise unusable(path, Phrase("it is far too large to be a key file"))
    try:
        text = path.read_bytes().decode("ascii")
    except OSError as exc:
        raise unusable(path, Phrase("it cannot be read ({reason})", reason=exc.strerror)) from None
    except UnicodeDecodeError:
        raise unusable(path, Phrase("it is damaged (not text)")) from None
    try:
        return KeyRing.from_json(text)
    except InvalidInput:
        raise unusable(path, Phrase("it is damaged (not a GiftPOS key file)")) from None


def write_key_file(path: Path, ring: KeyRing) -> None:
    """Write ``ring`` to a new file readable by its owner only; never overwrite one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(
            "{path} already exists; a key file is never overwritten.", path=path
        ) from None
    except OSError as exc:
        raise KeyFileError(
            "{path} cannot be written ({reason}).", path=path, reason=exc.strerror
        ) from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(ring.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o600)
