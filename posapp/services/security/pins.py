"""PINs: what a PIN may be, and how it is hashed and checked.

A PIN is hashed with scrypt (memory-hard) over an HMAC of the PIN under the
install's pepper, which comes from the key file: a stolen database without the
key file cannot be used to test a single PIN. ``scrypt$...`` hashes from before
the pepper still verify and are replaced at the next successful sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from posapp.domain.errors import InvalidInput
from posapp.domain.roles import Role

#: About 40 ms and 8 MiB a check on a small server: slow for an offline guesser that
#: also holds the key file, quick enough for a sign-in on every command.
_SCRYPT = {"n": 2**13, "r": 8, "p": 1}
_PEPPERED = "scrypt-pepper"
_LEGACY = "scrypt"
MAX_LENGTH = 12
_DIGITS = re.compile(rf"[0-9]{{4,{MAX_LENGTH}}}")


def check_pin(pin: str, min_length: int = 4) -> str:
    """A PIN is ``min_length`` to 12 digits 0-9 (never other scripts' digits)."""
    if not isinstance(pin, str) or not _DIGITS.fullmatch(pin):
        raise InvalidInput("A PIN is 4 to {max_length} digits 0-9.", max_length=MAX_LENGTH)
    if len(pin) < min_length:
        raise InvalidInput(
            "This role's PIN must have at least {min_length} digits.",
            min_length=min_length,
        )
    return pin


def min_length_key(role: Role) -> str:
    """The setting that holds the shortest PIN ``role`` may have."""
    return "min_pin_length_cashier" if role is Role.CASHIER else "min_pin_length_manager"


def _peppered(pin: str, pepper: bytes) -> bytes:
    return hmac.new(pepper, pin.encode("ascii"), hashlib.sha256).digest()


def _scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=32, maxmem=2**28)


def hash_pin(pin: str, pepper: bytes) -> str:
    """``scrypt-pepper$n$r$p$salt$hash`` with a random salt."""
    salt = secrets.token_bytes(16)
    cost = dict(_SCRYPT)
    digest = _scrypt(_peppered(check_pin(pin), pepper), salt, **cost)
    b64 = base64.b64encode
    return f"{_PEPPERED}${cost['n']}${cost['r']}${cost['p']}$" + (
        f"{b64(salt).decode()}${b64(digest).decode()}"
    )


def verify_pin(pin: str, stored: str, pepper: bytes) -> bool:
    if not isinstance(pin, str) or not _DIGITS.fullmatch(pin):
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        secret = _peppered(pin, pepper) if kind == _PEPPERED else pin.encode("ascii")
        if kind not in (_PEPPERED, _LEGACY):
            return False
        actual = _scrypt(secret, base64.b64decode(salt), int(n), int(r), int(p))
        return hmac.compare_digest(base64.b64decode(digest), actual)
    except (ValueError, TypeError, MemoryError):
        return False


def needs_rehash(stored: str) -> bool:
    """True for a hash without the pepper or weaker than today's cost."""
    kind, n, r, p, *_ = [*stored.split("$"), "", "", "", ""]
    if kind != _PEPPERED:
        return True
    try:
        return int(n) * int(r) * int(p) < _SCRYPT["n"] * _SCRYPT["r"] * _SCRYPT["p"]
    except ValueError:
        return True
