"""Gift card codes: generation, check symbol, normalising, masking, hashing, encryption.

A code is ``PREFIX`` + a body of N random Crockford Base32 symbols + one
mod-37 check symbol over the body. The database never holds a
code in plain text: it stores an HMAC-SHA256 look-up hash, the last four
symbols for display, and the code encrypted with AES-GCM so that a manager can
reprint a card. Both keys live in a key file outside the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from posapp.domain.errors import InvalidCode, InvalidInput

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
        raise InvalidInput(f"Code length must be between 8 and 32 symbols, not {length}.")
    # 256 is a multiple of 32: the low five bits of a random byte are uniform.
    body = "".join([ALPHABET[b & 31] for b in secrets.token_bytes(length)])
    return prefix + body + check_symbol(body)


def normalize(text: str, prefix: str = DEFAULT_PREFIX, length: int = DEFAULT_LENGTH) -> str:
    """Normalise a typed or scanned code, or raise :class:`InvalidCode`.

    Upper-cases, drops spaces and hyphens; a code with our prefix and length
    has O read as 0 and I/L as 1 in its body and must carry a valid check
    symbol. Anything else must look like an imported code (6-40 of A-Z0-9) and
    is taken as it is.
    """
    if not isinstance(text, str):
        raise InvalidCode("A gift card code is text.")
    raw = _SEPARATORS.sub("", text.upper())
    ours = len(prefix) + length + 1
    if raw.startswith(prefix) and len(raw) == ours:
        body = raw[len(prefix) : -1].translate(_BODY_FIX)
        check = raw[-1].translate(_BODY_FIX)
        if check not in _VALUE or any(ch not in ALPHABET for ch in body):
            raise InvalidCode("That code has characters a gift card code never has.")
        if check_symbol(body) != check:
            raise InvalidCode("That code is mistyped: its check symbol does not match.")
        return prefix + body + check
    # A symbol dropped or doubled in one of our codes must not pass as an imported code.
    if raw.startswith(prefix) and ours - 3 <= len(raw) <= ours + 3:
        raise InvalidCode(
            f"That code has {len(raw) - len(prefix)} symbols after {prefix}; "
            f"a card code has {length + 1}."
        )
    if _IMPORTED.match(raw):
        return raw
    raise InvalidCode("That is not a gift card code.")


def last4(code: str) -> str:
    return code[-4:]


def display(code: str, prefix: str = DEFAULT_PREFIX) -> str:
    """The full code in groups of four: ``GC-7K2M-Q9XD-...``. Only for the card itself."""
    head, rest = (prefix, code[len(prefix) :]) if code.startswith(prefix) else ("", code)
    groups = [rest[i : i + 4] for i in range(0, len(rest), 4)]
    return "-".join([head, *groups] if head else groups)


def mask(last_four: str, *, prefix: str | None = DEFAULT_PREFIX) -> str:
    """The masked form shown everywhere: ``GC-****-****-****-Q9XT``."""
    lead = f"{prefix}-" if prefix else ""
    return f"{lead}****-****-****-{last_four}"


def mask_code(code: str, prefix: str = DEFAULT_PREFIX) -> str:
    return mask(last4(code), prefix=prefix if code.startswith(prefix) else None)


@dataclass(frozen=True)
class KeyRing:
    """The site secret (for look-up hashes) and the encryption key, shared by a chain."""

    hmac_secret: bytes
    encryption_key: bytes
    _aead: AESGCM = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.encryption_key) != 32:
            raise InvalidInput("The key file holds keys of the wrong size.")
        object.__setattr__(self, "_aead", AESGCM(self.encryption_key))

    def lookup_hash(self, code: str) -> str:
        """HMAC-SHA256 of the normalised code, hex; the only way a code is looked up."""
        return hmac.new(self.hmac_secret, code.encode("ascii"), hashlib.sha256).hexdigest()

    def encrypt(self, code: str, code_hash: str | None = None) -> bytes:
        """AES-GCM encryption of the code, bound to its look-up hash: nonce + ciphertext."""
        nonce = os.urandom(12)
        aad = (code_hash or self.lookup_hash(code)).encode("ascii")
        return nonce + self._aead.encrypt(nonce, code.encode("ascii"), aad)

    def decrypt(self, blob: bytes, code_hash: str) -> str:
        try:
            plain = self._aead.decrypt(blob[:12], blob[12:], code_hash.encode())
        except InvalidTag as exc:
            raise InvalidInput(
                "This card's stored code cannot be decrypted with this key file."
            ) from exc
        return plain.decode("ascii")

    @classmethod
    def generate(cls) -> KeyRing:
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


def load_or_create_keys(path: Path) -> KeyRing:
    """Read the key file, creating it with mode 0600 on first run.

    The same file must be installed on every terminal of a chain; losing it
    makes every stored code unreadable, so it is never overwritten.
    """
    try:
        return KeyRing.from_json(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    ring = KeyRing.generate()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return KeyRing.from_json(path.read_text(encoding="ascii"))
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(ring.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o600)
    return ring
