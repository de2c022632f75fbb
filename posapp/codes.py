"""Gift card codes: generation, check symbol, normalising, masking, hashing, encryption.

A code is ``PREFIX`` + a body of N random Crockford Base32 symbols + one
mod-37 check symbol over the body. The database never holds a
code in plain text: it stores an HMAC-SHA256 look-up hash, the last four
symbols for display, and the code encrypted with AES-GCM so that a manager can
reprint a card. Both keys live in a key file outside the database.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from posapp.domain.errors import InvalidCode, InvalidInput

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Crockford's extra check symbols for the values 32..36.
CHECK_SYMBOLS = ALPHABET + "*~$=U"
_VALUE = {ch: i for i, ch in enumerate(CHECK_SYMBOLS)}
_BODY_FIX = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-]+")
_IMPORTED = re.compile(r"^[A-Z0-9]{6,40}$")

DEFAULT_PREFIX = "GC"
DEFAULT_LENGTH = 16


def check_symbol(body: str) -> str:
    """Crockford's mod-37 check symbol of ``body`` (symbols of :data:`ALPHABET`)."""
    value = 0
    for ch in body:
        value = (value * 32 + _VALUE[ch]) % 37
    return CHECK_SYMBOLS[value]


def generate(prefix: str = DEFAULT_PREFIX, length: int = DEFAULT_LENGTH) -> str:
    """A new normalised code: prefix, ``length`` random symbols, check symbol."""
    if not 8 <= length <= 32:
        raise InvalidInput(
            "Code length must be between 8 and 32 symbols, not {length}.",
            length=length,
        )
    # 256 is a multiple of 32: the low five bits of a random byte are uniform.
    body = "".join([ALPHABET[b & 31] for b in secrets.token_bytes(length)])
    return prefix + body + check_symbol(body)


_PREFIX = re.compile(r"[A-HJKMNP-TV-Z]{1,4}")
#: Unknown symbols a masked code always keeps, whatever the code's length.
MASK_HIDDEN = 8


def _ours(raw: str, prefix: str) -> str | None:
    """``raw`` read as ``prefix`` + body + check symbol, if it has them and the check holds."""
    if not raw.startswith(prefix) or not 9 <= len(raw) - len(prefix) <= 33:
        return None
    body, check = raw[len(prefix) : -1].translate(_BODY_FIX), raw[-1].translate(_BODY_FIX)
    if check not in _VALUE or any(ch not in ALPHABET for ch in body):
        return None
    return prefix + body + check if check_symbol(body) == check else None


def reads_as_ours(text: str, prefixes: Iterable[str]) -> bool:
    """True when ``text`` is one of our codes under one of ``prefixes``: its check symbol
    holds, so it is a whole code and not, say, a name that looks like an imported code."""
    raw = _SEPARATORS.sub("", text).upper()
    return any(_ours(raw, prefix) for prefix in prefixes)


def candidates(
    text: str,
    prefix: str = DEFAULT_PREFIX,
    length: int = DEFAULT_LENGTH,
    earlier: Iterable[tuple[str, int]] = (),
) -> tuple[str, ...]:
    """Every normalised form under which a typed or scanned code may be stored.

    The prefix and length settings govern new codes only, so a card sold under
    an earlier prefix or length, or imported from another system, must still be
    found: the input is read as today's ``prefix`` or an ``earlier`` one (the
    ``(prefix, length)`` formats used before) followed by a body of any length
    whose check symbol holds, and as an imported code (6-40 of A-Z0-9, taken
    as it is). The reading under today's format comes first. Only prefixes
    really used are tried: each extra reading lets 1 in 37 mistyped codes past
    the check symbol. A code with the prefix and about the length of any format
    used that no reading accepts is a mistyped code of ours and raises
    :class:`InvalidCode` before any look-up, as does text that cannot be a code.
    """
    if not isinstance(text, str):
        raise InvalidCode("A gift card code is text.")
    # Checked before upper-casing: "ı".upper() is "I", "ß".upper() is "SS".
    if not text.isascii():
        raise InvalidCode("That is not a gift card code.")
    raw = _SEPARATORS.sub("", text).upper()
    formats = list(dict.fromkeys([(prefix, length), *earlier]))
    found = [code for p in dict.fromkeys(p for p, _n in formats) if (code := _ours(raw, p))]
    ours = len(prefix) + length + 1
    found.sort(key=lambda code: not (code.startswith(prefix) and len(code) == ours))
    for p, n in formats if not found else ():
        size = len(p) + n + 1
        if raw.startswith(p) and size - 3 <= len(raw) <= size + 3:
            if len(raw) == size:
                raise InvalidCode("That code is mistyped: its check symbol does not match.")
            # A symbol dropped or doubled in one of our codes must not pass as an imported code.
            raise InvalidCode(
                "That code has {found} symbols after {prefix}; a card code has {length}.",
                found=len(raw) - len(p), prefix=p, length=n + 1,
            )
    if _IMPORTED.match(raw):
        found.append(raw)
    elif not found:
        # Ends in a check symbol no imported code has (* ~ $ =): ours in a format this
        # caller was not told of (a scanner knows only today's), so any prefix is read.
        found = [code for cut in range(1, 5)
                 if _PREFIX.fullmatch(raw[:cut]) and (code := _ours(raw, raw[:cut]))]
    if not found:
        raise InvalidCode("That is not a gift card code.")
    return tuple(dict.fromkeys(found))


def normalize(text: str, prefix: str = DEFAULT_PREFIX, length: int = DEFAULT_LENGTH) -> str:
    """The normalised form a new card given this code is stored under.

    Upper-cases and drops spaces and hyphens; a code with our prefix and a
    valid check symbol has O read as 0 and I/L as 1 in its body. Anything else
    must look like an imported code (6-40 of A-Z0-9).
    """
    return candidates(text, prefix, length)[0]


def visible_tail(code: str, prefix: str | None = None) -> str:
    """The trailing symbols that may be shown: at most four, never leaving fewer than
    :data:`MASK_HIDDEN` unknown ones (the known ``prefix`` is not unknown)."""
    unknown = len(code) - (len(prefix) if prefix and code.startswith(prefix) else 0)
    return code[len(code) - max(0, min(4, unknown - MASK_HIDDEN)) :]


def display(code: str, prefix: str = DEFAULT_PREFIX) -> str:
    """The full code in groups of four: ``GC-7K2M-Q9XD-...``. Only for the card itself."""
    head, rest = (prefix, code[len(prefix) :]) if code.startswith(prefix) else ("", code)
    groups = [rest[i : i + 4] for i in range(0, len(rest), 4)]
    return "-".join([head, *groups] if head else groups)


def mask(tail: str, *, prefix: str | None = DEFAULT_PREFIX) -> str:
    """The masked form shown everywhere: ``GC-****-****-****-Q9XT``.

    ``tail`` is what :func:`visible_tail` allows; a short imported code shows
    fewer symbols, or none. The stars never tell the code's length.
    """
    lead = f"{prefix}-" if prefix else ""
    return f"{lead}****-****-****-{tail}" if tail else f"{lead}****-****-****-****"


def mask_code(code: str, prefix: str = DEFAULT_PREFIX) -> str:
    known = prefix if code.startswith(prefix) else None
    return mask(visible_tail(code, known), prefix=known)


@dataclass(frozen=True)
class KeyRing:
    """The site secret (for look-up hashes) and the encryption key, shared by a chain."""

    hmac_secret: bytes
    encryption_key: bytes

    def __post_init__(self) -> None:
        if len(self.encryption_key) != 32:
            raise InvalidInput("The key file holds keys of the wrong size.")

    @cached_property
    def _aead(self) -> AESGCM:
        # One per key ring, made at its first use: the sign-in screen reads the key file
        # (for its check value) before anything is encrypted, and cryptography takes a
        # while to import.
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self.encryption_key)

    def lookup_hash(self, code: str) -> str:
        """HMAC-SHA256 of the normalised code, hex; the only way a code is looked up."""
        return hmac.digest(self.hmac_secret, code.encode("ascii"), "sha256").hex()

    def encrypt(self, code: str, code_hash: str | None = None) -> bytes:
        """AES-GCM encryption of the code, bound to its look-up hash: nonce + ciphertext."""
        nonce = os.urandom(12)
        aad = (code_hash or self.lookup_hash(code)).encode("ascii")
        return nonce + self._aead.encrypt(nonce, code.encode("ascii"), aad)

    def decrypt(self, blob: bytes, code_hash: str) -> str:
        from cryptography.exceptions import InvalidTag

        try:
            plain = self._aead.decrypt(blob[:12], blob[12:], code_hash.encode())
        except InvalidTag as exc:
            raise InvalidInput(
                "This card's stored code cannot be decrypted with this key file."
            ) from exc
        return plain.decode("ascii")

    @classmethod
    def generate(cls) -> KeyRing:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return cls(secrets.token_bytes(32), AESGCM.generate_key(bit_length=256))

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "hmac_secret": base64.b64encode(self.hmac_secret).decode(),
                "encryption_key": base64.b64encode(self.encryption_key).decode(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> KeyRing:
        try:
            data = json.loads(text)
            ring = cls(
                base64.b64decode(data["hmac_secret"], validate=True),
                base64.b64decode(data["encryption_key"], validate=True),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidInput("The key file is damaged: restore it from your backup.") from exc
        if len(ring.hmac_secret) < 32:
            raise InvalidInput("The key file holds keys of the wrong size.")
        return ring

