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
import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

#: Bumped if the encoding ever changes; it is hashed into every entry.
VERSION = b"giftpos-ledger-v1"
GENESIS = bytes(32)
_KEY_LABEL = b"giftpos/ledger-chain/v1"

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


@lru_cache(maxsize=16)  # an entry's two times are most often one value
def _time(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("ledger times are aware UTC datetimes")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _text(value: object) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return _time(value)
    raise TypeError(f"a ledger field cannot be {type(value).__name__}")


# One encoder, made once: strings, integers and None are written by its C code directly.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_text)


def encode(values: Sequence[Any]) -> bytes:
    """The canonical bytes of an entry: :data:`VERSION`, then the fields of :data:`FIELDS`
    as one compact JSON array (no spaces; non-ASCII characters as themselves; ``"`` and
    ``\\`` escaped with a backslash, other control characters as ``\\u00XX`` except
    ``\\b \\f \\n \\r \\t``), UTF-8.

    An id is the string of its 32 lower-case hex digits, an integer a JSON number, a time
    the string ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, absent values ``null``. SQLite returns
    ids and times as exactly these strings, so its raw rows encode without conversion.
    """
    return VERSION + _JSON.encode(values).encode("utf-8")


def values_of(entry: Mapping[str, Any]) -> list[Any]:
    """The covered fields of ``entry`` (a mapping of column names), in order."""
    return [entry[name] for name in FIELDS]


def entry_hash(key: bytes, previous: bytes | None, values: Sequence[Any]) -> bytes:
    """The chain hash of an entry given its covered ``values`` (in the order of
    :data:`FIELDS`): it covers the previous hash, so each link vouches for all that came
    before it on the card."""
    return hmac.digest(key, (previous or GENESIS) + encode(values), "sha256")
