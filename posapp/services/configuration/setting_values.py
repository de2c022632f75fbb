"""How the text of a setting is read: amounts per currency, flags, numbers, choices, words,
code prefixes, scopes, bounded text, mail headers and addresses. Each reader refuses
what it cannot read in words (:class:`InvalidInput`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from posapp.domain.errors import InvalidInput
from posapp.money import Money, check_currency


@dataclass(frozen=True)
class PerCurrency:
    """A money setting: its amounts for each currency, e.g. ``USD 25.00,50.00; JPY 3000``.

    A single-amount setting holds one amount per currency. A currency gets only
    the amounts written for it: 10,000 is a sensible ceiling in dollars and an
    absurd one in dinars, so nothing is carried from one currency to another.
    """

    amounts: tuple[tuple[str, tuple[Money, ...]], ...]

    def get(self, currency: str) -> tuple[Money, ...] | None:
        return next((values for cur, values in self.amounts if cur == currency), None)

    def currencies(self) -> tuple[str, ...]:
        return tuple(cur for cur, _values in self.amounts)

    def merged(self, over: PerCurrency) -> PerCurrency:
        """These amounts with ``over``'s replacing those of the currencies it names."""
        named = dict(self.amounts) | dict(over.amounts)
        return PerCurrency(tuple(sorted(named.items())))

    def text(self) -> str:
        return "; ".join(
            f"{cur} {','.join(m.amount_str() for m in values)}" for cur, values in self.amounts
        )

    def as_json(self, single: bool) -> dict[str, Any]:
        return {
            cur: values[0].amount_str() if single else [m.amount_str() for m in values]
            for cur, values in self.amounts
        }


_CURRENCY_PART = re.compile(r"^\s*([A-Za-z]{3})\s+(.*)$", re.DOTALL)


def parse_per_currency(
    text: str, currency: str | None, *, single: bool, allow_zero: bool = False
) -> PerCurrency:
    """``"USD 25,50; JPY 3000"``; a part without a currency is in ``currency``.

    ``currency`` is the currency of the store the value is set for (for a
    global value, the admin's own store). Amounts must be above zero (or zero, for a
    setting where 0 switches something off) and have no more decimals than their currency.
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Give at least one amount, e.g. 25.00 or USD 25.00.")
    found: dict[str, tuple[Money, ...]] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        match = _CURRENCY_PART.match(part)
        cur = check_currency(match.group(1)) if match else None
        body = match.group(2) if match else part
        if cur is None:
            if currency is None:
                raise InvalidInput(
                    "Say which currency {text!r} is in, e.g. USD 25.00.",
                    text=part.strip(),
                )
            cur = currency
        if cur in found:
            raise InvalidInput("{cur} is given twice.", cur=cur)
        pieces = [p.strip() for p in body.split(",")]
        if single and len(pieces) != 1:
            raise InvalidInput(
                "Give one amount for {cur}, not {count}.",
                cur=cur, count=len(pieces),
            )
        if any(not p for p in pieces):
            raise InvalidInput("{text!r} has an empty amount.", text=part.strip())
        parsed = {Money.parse(p, cur, allow_zero=allow_zero) for p in pieces}
        amounts = tuple(sorted(parsed, key=lambda m: m.minor))
        found[cur] = amounts
    return PerCurrency(tuple(sorted(found.items())))


def flag(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise InvalidInput("{text!r} is not yes or no.", text=text)


def whole_number(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*[0-9]{1,6}\s*", text):
            raise InvalidInput(
                "{text!r} is not a whole number from {low} to {high}.",
                text=text, low=low, high=high,
            )
        value = int(text)
        if not low <= value <= high:
            raise InvalidInput(
                "{value} is outside {low} to {high}.",
                value=value, low=low, high=high,
            )
        return value

    return parse


def choice(*options: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in options:
            raise InvalidInput(
                "{text!r} is not one of {options}.",
                text=text, options=", ".join(options),
            )
        return value

    return parse


def words(text: str) -> tuple[str, ...]:
    words = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    if not words or any(not re.fullmatch(r"[a-z_]{2,30}", w) for w in words):
        raise InvalidInput("{text!r} is not a comma-separated list of method names.", text=text)
    return tuple(dict.fromkeys(words))


def code_prefix(text: str) -> str:
    value = text.strip().upper()
    if not re.fullmatch(r"[A-HJKMNP-TV-Z]{1,4}", value):
        raise InvalidInput("A code prefix is 1-4 letters (not I, L, O or U).")
    return value


def scope(text: str) -> str:
    value = text.strip()
    if value.lower() in ("all", "issuing"):
        return value.lower()
    if re.fullmatch(r"[A-Za-z0-9_-]{1,20}(,[A-Za-z0-9_-]{1,20}){0,99}", value):
        return value.upper()
    raise InvalidInput("{text!r} is not all, issuing or a list of store codes.", text=text)


def text_up_to(limit: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip()
        if len(value) > limit:
            raise InvalidInput(
                "That text is {length} characters long; at most {limit}.",
                length=len(value), limit=limit,
            )
        return value

    return parse


#: What ends a line somewhere (NUL too): in a mail header it would start a header of its own.
_LINE_BREAKS = frozenset("\r\n\v\f\x00\x1c\x1d\x1e\x85\u2028\u2029")


def breaks_lines(text: str) -> bool:
    return any(ch in _LINE_BREAKS for ch in text)


def header_text(limit: int) -> Callable[[str], str]:
    """Text that goes into a mail header: no line breaks or other control characters, which
    would let a value add headers of its own."""

    def parse(text: str) -> str:
        value = text_up_to(limit)(text)
        if any(not ch.isprintable() for ch in value):
            raise InvalidInput("An e-mail header cannot hold line breaks or control characters.")
        return value

    return parse


_ADDRESS = re.compile(r"[^@\s\x00-\x1f\x7f]{1,64}@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]{2,}")


def email_address(text: str) -> str:
    """One plain address (``name@example.com``), as a recipient or a sender."""
    value = text.strip()
    if len(value) > 254 or not _ADDRESS.fullmatch(value):
        raise InvalidInput("{email!r} is not an e-mail address.", email=value)
    return value


def address_or_empty(text: str) -> str:
    return email_address(text) if text.strip() else ""
