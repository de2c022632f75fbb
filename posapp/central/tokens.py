"""Random secrets of the central service and the only form in which it stores them.

Terminal credentials and session tokens are 32 random bytes; an enrolment code
is 100 random bits an admin can read out and a cashier can type. All three are
stored as their SHA-256 only: they are too random to be guessed from a hash. (The first
group of an enrolment code is also kept as it is, to count wrong tries per terminal.)
"""

from __future__ import annotations

import base64
import hashlib
import secrets

#: Crockford's base-32 letters: no I, L, O or U to misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LENGTH = 20
_GROUP = 4


def new_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrol_code() -> str:
    """A one-time code shown as five groups of four, e.g. ``7KQ2-...``."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_LENGTH))
    return "-".join(raw[i : i + _GROUP] for i in range(0, _CODE_LENGTH, _GROUP))


def _canonical(code: str) -> str:
    return "".join(ch for ch in str(code) if ch not in " -\t").upper()


def enrol_code_digest(code: str) -> str:
    """The stored form of an enrolment code however it was typed (case, spaces, hyphens)."""
    return digest(f"enrol:{_canonical(code)}")


def enrol_code_id(code: str) -> str:
    """The code's first group: it names the terminal a code is meant for (its other 80
    random bits are the secret), so wrong codes can be counted against that terminal."""
    return _canonical(code)[:_GROUP]
