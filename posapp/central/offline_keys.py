"""The terminal look-up key: how a till finds a card in its cache by the code presented.

It is derived from the chain's site secret by HKDF-SHA256 under a label of its own, so
a till that holds it (it must, to find cards offline) learns nothing of the site
secret: it cannot compute the look-up hashes in the central database, nor decrypt a
code. The cache keys a card by HMAC-SHA256 of its normalised code under this key.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from posapp.codes import KeyRing

_LABEL = b"giftpos terminal look-up key v1"


def terminal_key(keys: KeyRing) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LABEL).derive(
        keys.hmac_secret
    )


def card_lookup(key: bytes, normalised_code: str) -> str:
    """The cache's key of a card: HMAC of its stored (normalised) code, hex."""
    return hmac.new(key, normalised_code.encode("ascii"), hashlib.sha256).hexdigest()
