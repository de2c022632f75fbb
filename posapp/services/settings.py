"""Settings: global values with per-location overrides."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from posapp.db.models import Setting
from posapp.domain.errors import InvalidInput
from posapp.money import Money, precision

GLOBAL = "*"


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise InvalidInput(f"{text!r} is not yes or no.")


def _int(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*\d+\s*", text):
            raise InvalidInput(f"{text!r} is not a whole number.")
        value = int(text)
        if not low <= value <= high:
            raise InvalidInput(f"{value} is outside {low}..{high}.")
        return value

    return parse


def _amount(text: str) -> str:
    try:
        value = Decimal(text.strip())
    except InvalidOperation as exc:
        raise InvalidInput(f"{text!r} is not an amount.") from exc
    if not value.is_finite() or value < 0:
        raise InvalidInput(f"{text!r} is not an amount of zero or more.")
    return str(value)


def _amounts(text: str) -> list[str]:
    return [_amount(part) for part in text.split(",") if part.strip()]


def _choice(*options: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in options:
            raise InvalidInput(f"{text!r} is not one of {', '.join(options)}.")
        return value

    return parse


def _words(text: str) -> list[str]:
    words = [part.strip().lower() for part in text.split(",") if part.strip()]
    if any(not re.fullmatch(r"[a-z_]{2,30}", w) for w in words):
        raise InvalidInput(f"{text!r} is not a comma-separated list of method names.")
    return words


def _prefix(text: str) -> str:
    value = text.strip().upper()
    if not re.fullmatch(r"[A-HJKMNP-TV-Z]{1,4}", value):
        raise InvalidInput("A code prefix is 1-4 letters (not I, L, O or U).")
    return value


def _scope(text: str) -> str:
    value = text.strip()
    if value.lower() in ("all", "issuing"):
        return value.lower()
    if re.fullmatch(r"[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*", value):
        return value.upper()
    raise InvalidInput(f"{text!r} is not all, issuing or a list of store codes.")


def _text(text: str) -> str:
    return text.strip()


@dataclass(frozen=True)
class Definition:
    default: Any
    parse: Callable[[str], Any]
    help: str


DEFINITIONS: dict[str, Definition] = {
    "enabled": Definition(True, _bool, "Gift cards can be sold and used"),
    "code_length": Definition(16, _int(8, 32), "Random symbols in a new code"),
    "code_prefix": Definition("GC", _prefix, "Prefix of new codes"),
    "default_lifetime_days": Definition(0, _int(0, 36500), "Days until expiry; 0 never"),
    "refund_extension_days": Definition(30, _int(0, 3650), "Expiry extension on refund"),
    "allow_message": Definition(True, _bool, "A sold card may carry a message"),
    "require_recipient_email": Definition(False, _bool, "E-cards need a recipient e-mail"),
    "denominations": Definition(["25", "50", "100"], _amounts, "Fixed amounts offered"),
    "custom_min": Definition("5", _amount, "Smallest custom amount"),
    "custom_max": Definition("500", _amount, "Largest custom amount"),
    "usable_for_payment": Definition(True, _bool, "Gift cards are accepted as payment"),
    "scope_default": Definition("all", _scope, "Where new cards can be used"),
    "strategy_default": Definition("balance", _choice("balance", "replacement"), "Strategy"),
    "hold_timeout_minutes": Definition(15, _int(1, 1440), "Minutes a checkout hold lasts"),
    "failed_lookup_limit": Definition(10, _int(1, 10000), "Failed look-ups a minute"),
    "max_card_value": Definition("10000", _amount, "Largest balance a card may hold"),
    "payment_methods": Definition(["cash", "external"], _words, "Tenders offered"),
    "gift_card_payment_methods": Definition(
        ["cash", "external"], _words, "Tenders that may buy gift cards"
    ),
    "cashout_threshold": Definition("0", _amount, "Cash-back of a small remainder; 0 off"),
    "offline_card_cap": Definition("0", _amount, "Offline redemption per card; 0 off"),
    "offline_terminal_allowance": Definition("0", _amount, "Offline total per terminal"),
    "balance_url": Definition("", _text, "URL printed in QR codes before the code"),
    "terms": Definition(
        "Not redeemable for cash except where required by law.", _text, "Printed terms"
    ),
}


class Settings:
    """The values in force at one location: its overrides over the global values."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def money(self, key: str, currency: str) -> Money:
        """An amount setting in ``currency``, rounded down to its minor unit."""
        value = Decimal(self._values[key])
        exp = Decimal(1).scaleb(-precision(currency))
        return Money.from_decimal(value.quantize(exp, ROUND_DOWN), currency)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


def load(session: Session, location_id: uuid.UUID | None) -> Settings:
    """Every setting in force at ``location_id`` (or globally when None)."""
    scopes = [GLOBAL] + ([str(location_id)] if location_id else [])
    rows = session.scalars(select(Setting).where(or_(*(Setting.scope == s for s in scopes))))
    values = {key: d.default for key, d in DEFINITIONS.items()}
    overrides: dict[str, Any] = {}
    for row in rows:
        (values if row.scope == GLOBAL else overrides)[row.key] = row.value
    values.update(overrides)
    return Settings(values)


#: How long a process trusts settings it has read; another terminal's change shows within this.
CACHE_SECONDS = 5.0


def current(session: Session, ctx: Any, location_id: uuid.UUID | None) -> Settings:
    """The settings in force at ``location_id``, read at most every few seconds per context.

    Every card operation needs them; re-reading them each time would double the
    round trips of a redemption. A change made through this context is seen at once.
    """
    now = time.monotonic()
    hit = ctx.settings_cache.get(location_id)
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    fresh = load(session, location_id)
    ctx.settings_cache[location_id] = (now, fresh)
    return fresh


def parse_value(key: str, text: str) -> Any:
    definition = DEFINITIONS.get(key)
    if definition is None:
        raise InvalidInput(f"Unknown setting {key!r}. Known: {', '.join(sorted(DEFINITIONS))}.")
    return definition.parse(text)


def store(
    session: Session,
    key: str,
    value: Any,
    *,
    location_id: uuid.UUID | None,
    staff_id: uuid.UUID | None,
    now: Any,
) -> None:
    scope = str(location_id) if location_id else GLOBAL
    row = session.scalar(select(Setting).where(Setting.key == key, Setting.scope == scope))
    if row is None:
        row = Setting(key=key, scope=scope, location_id=location_id)
        session.add(row)
    row.value = value
    row.updated_by = staff_id
    row.updated_at = now
