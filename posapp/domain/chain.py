"""The keyed hash chain that makes each card's ledger tamper-evident.

Every ledger entry stores ``chain_hash`` = HMAC-SHA256(chain key, previous hash +
canonical encoding of the entry's immutable fields), where the previous hash is the
``chain_hash`` of the card's previous entry (32 zero bytes for the first). The card row
keeps the newest hash (``chain_head``), so appending needs no extra read, and the tail
of a chain cannot be cut off without the card row disagreeing.

The chain key is derived from the site secret of the key file; without it nobody can
compute a valid hash, so an entry altered, forged or removed by SQL breaks the chain.
``docs/ledger.md`` describes the encoding byte by byte.
"""

from __future__ import annotations

import hmac
import struct
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

#: Bumped if the encoding ever changes; it is hashed into every entry.
VERSION = b"giftpos-ledger-v1"
GENESIS = bytes(32)
_KEY_LABEL = b"giftpos/ledger-chain/v1"
_NONE = struct.pack(">I", 0xFFFFFFFF)

#: The fields covered, in this order. ``exchange_rate`` is left out on purpose: SQLite keeps
#: a NUMERIC as a float, so it cannot be read back exactly; the original amount and currency
#: it converted are covered, and so is the card-currency amount it produced.
FIELDS = (
    "id",
    "card_id",
    "seq",
    "kind",
    "amount_minor",
    "balance_before",
    "balance_after",
    "currency",
    "original_amount_minor",
    "original_currency",
    "staff_id",
    "terminal_id",
    "location_id",
    "sale_id",
    "reference",
    "note",
    "source",
    "created_at",
    "recorded_at",
    "origin",
    "idempotency_key",
)


def chain_key(site_secret: bytes) -> bytes:
    """The chain's own key, derived from the site secret (never the look-up key itself)."""
    return hmac.digest(site_secret, _KEY_LABEL, "sha256")


def _text(value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("ledger times are aware UTC datetimes")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, bool):
        raise TypeError("no ledger field is a boolean")
    if isinstance(value, int | str):
        return str(value)
    raise TypeError(f"cannot encode {type(value).__name__} in a ledger entry")


def encode(entry: Mapping[str, Any]) -> bytes:
    """The canonical bytes of an entry: each field as a 4-byte big-endian length and its
    UTF-8 text (``None`` as length 0xFFFFFFFF), in the order of :data:`FIELDS`."""
    parts = [VERSION]
    for name in FIELDS:
        value = entry[name]
        if value is None:
            parts.append(_NONE)
            continue
        data = _text(value).encode("utf-8")
        parts.append(struct.pack(">I", len(data)))
        parts.append(data)
    return b"".join(parts)


def entry_hash(key: bytes, previous: bytes | None, entry: Mapping[str, Any]) -> bytes:
    """The entry's chain hash: it covers the previous hash, so each link vouches for all
    that came before it on the card."""
    return hmac.digest(key, (previous or GENESIS) + encode(entry), "sha256")
