"""Short texts the service signs and later reads back: HMAC-SHA256 under a key derived from
the chain's site secret (HKDF, one label per use), over a JSON payload and what it is bound
to. A till carries them; it can read them but neither forge nor alter one."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from posapp.codes import KeyRing


def _key(keys: KeyRing, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(
        keys.hmac_secret
    )


def _mac(keys: KeyRing, label: bytes, bound: str, payload: bytes) -> bytes:
    signed = bound.encode() + b"\n" + payload
    return hmac.new(_key(keys, label), signed, hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def seal(keys: KeyRing, label: bytes, bound: str, data: dict[str, str]) -> str:
    payload = json.dumps(data, separators=(",", ":")).encode()
    return f"{_b64(payload)}.{_b64(_mac(keys, label, bound, payload))}"


def unseal(keys: KeyRing, label: bytes, bound: str, text: str, *, longest: int
           ) -> dict[str, Any] | None:
    """The payload of ``text`` if the service sealed it under ``label`` for ``bound``."""
    if len(text) > longest or text.count(".") != 1:
        return None
    body, mac = text.split(".")
    try:
        payload, sent = _unb64(body), _unb64(mac)
    except (binascii.Error, ValueError):
        return None
    if not hmac.compare_digest(sent, _mac(keys, label, bound, payload)):
        return None
    data: dict[str, Any] = json.loads(payload)
    return data
