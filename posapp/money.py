"""Money: integer minor units and an ISO 4217 currency, never a float.

Precision comes from Babel (USD 2, JPY 0, BHD 3). Text is parsed with
``Decimal`` and refused when it is not a plain finite number with at most the
currency's number of decimals. Conversion rounds half-even to the target
currency's minor unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache

from babel.core import Locale, UnknownLocaleError, get_global
from babel.numbers import format_currency, get_currency_precision, get_territory_currencies

from posapp.domain.errors import AmountMissing, CurrencyMismatch, InvalidAmount, InvalidInput

_AMOUNT_RE = re.compile(r"^[+-]?[0-9]+(\.[0-9]*)?$|^[+-]?\.[0-9]+$")
#: Hard ceiling on any amount the system will parse, whatever the settings say.
ABSOLUTE_MAX_MAJOR = Decimal("1000000000")


_CURRENCY_RE = re.compile(r"[A-Za-z]{3}")


@cache
def circulating_currencies(today: date | None = None) -> frozenset[str]:
    """ISO 4217 codes that are legal tender in some territory on ``today``.

    Metals (XAU), test and "no currency" codes (XTS, XXX) and withdrawn money
    (DEM) are not tender anywhere, so they can never be a card's currency.
    """
    day = today or date.today()
    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, day, tender=True)
    )


def check_currency(currency: str) -> str:
    """Return ``currency`` upper-cased if it is a circulating ISO 4217 code.

    Only ASCII letters are read: ``"ınr".upper()`` would otherwise turn a
    dotless i into ``INR``.
    """
    text = currency.strip() if isinstance(currency, str) else ""
    code = text.upper() if _CURRENCY_RE.fullmatch(text) else ""
    if code not in circulating_currencies():
        raise InvalidInput(
            "{currency!r} is not a circulating currency: use an ISO 4217 code such as USD.",
            currency=currency,
        )
    return code


def check_locale(locale: str) -> str:
    """Return ``locale`` if Babel knows it (e.g. ``en_US``, ``de_DE``)."""
    try:
        Locale.parse(locale)
    except (ValueError, UnknownLocaleError) as exc:
        raise InvalidInput(
            "Unknown locale {locale!r}: use a code such as en_US.",
            locale=locale,
        ) from exc
    return locale


def precision(currency: str) -> int:
    """Number of decimals of ``currency``'s minor unit."""
    return get_currency_precision(currency)


@dataclass(frozen=True, order=False)
class Money:
    """An amount in integer minor units of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise InvalidAmount("Money needs whole minor units, got {minor!r}.", minor=self.minor)

    # construction -----------------------------------------------------
    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def from_decimal(cls, value: Decimal, currency: str) -> Money:
        """Exact conversion; refuses a value with more decimals than the currency has."""
        exp = precision(currency)
        scaled = value.scaleb(exp)
        if scaled != scaled.to_integral_value():
            raise InvalidAmount(
                "{value} has more than {exp} decimal place(s) for {currency}.",
                value=value, exp=exp, currency=currency,
            )
        return cls(int(scaled), currency)

    @classmethod
    def parse(
        cls,
        text: str,
        currency: str,
        *,
        allow_zero: bool = False,
        allow_negative: bool = False,
        maximum: Money | None = None,
    ) -> Money:
        """Parse a decimal string such as ``"12.50"`` strictly.

        Refuses NaN, infinity, exponents, thousands separators, more decimals
        than the currency has, zero and negatives unless allowed, and anything
        above ``maximum`` (in absolute value).
        """
        raw = (text or "").strip() if isinstance(text, str) else text
        if raw == "":
            raise AmountMissing("No amount was entered.")
        if not isinstance(raw, str) or not _AMOUNT_RE.match(raw):
            raise InvalidAmount("{text!r} is not an amount: write it like 12.50.", text=text)
        try:
            value = Decimal(raw)
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only numbers
            raise InvalidAmount("{text!r} is not an amount.", text=text) from exc
        if abs(value) > ABSOLUTE_MAX_MAJOR:
            raise InvalidAmount("{text} is too large.", text=text)
        money = cls.from_decimal(value, currency)
        if money.minor < 0 and not allow_negative:
            raise InvalidAmount("{text} is negative: the amount must be above zero.", text=text)
        if money.minor == 0 and not allow_zero:
            raise InvalidAmount("The amount must be above zero.")
        if maximum is not None and abs(money.minor) > maximum.minor:
            raise InvalidAmount(
                "{text} is above the maximum of {maximum}.",
                text=text, maximum=maximum.amount_str(),
            )
        return money

    # views ------------------------------------------------------------
    def to_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-precision(self.currency))

    def amount_str(self) -> str:
        """Plain decimal string with the currency's decimals (``"12.50"``), as in JSON."""
        exp = precision(self.currency)
        return f"{self.to_decimal():.{exp}f}"

    def format(self, locale: str = "en_US") -> str:
        """Locale-aware display string (``"$12.50"``, ``"12,50 €"``)."""
        return format_currency(self.to_decimal(), self.currency, locale=locale)

    def __str__(self) -> str:
        return f"{self.amount_str()} {self.currency}"

    # arithmetic -------------------------------------------------------
    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(
                "Cannot combine {first} and {second} amounts.",
                first=self.currency, second=other.currency,
            )

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def min(self, other: Money) -> Money:
        return self if self <= other else other

    def convert(self, rate: Decimal, currency: str) -> Money:
        """This amount times ``rate`` in ``currency``, rounded half-even to its minor unit."""
        if not rate.is_finite() or rate <= 0:
            raise InvalidInput("Exchange rate must be a positive number, got {rate}.", rate=rate)
        exp = precision(currency)
        value = (self.to_decimal() * rate).quantize(Decimal(1).scaleb(-exp), ROUND_HALF_EVEN)
        return Money(int(value.scaleb(exp)), currency)


#: Rates are stored with this many decimals (``Numeric(20, 10)``); finer rates would be cut.
RATE_DECIMALS = 10
RATE_MIN = Decimal("0.000001")
RATE_MAX = Decimal("1000000")


def parse_rate(text: str) -> Decimal:
    """A plain decimal exchange rate such as ``"0.9215"``, stored exactly as given.

    Refused: exponents, NaN, zero, negatives, more than ten decimals (the
    database would round them, down to 0 for a tiny rate) and rates outside
    0.000001..1,000,000, whose inverse would not be stored exactly either.
    """
    raw = text.strip() if isinstance(text, str) else ""
    if not _AMOUNT_RE.match(raw):
        raise InvalidInput("{text!r} is not an exchange rate: write it like 0.9215.", text=text)
    return check_rate(Decimal(raw))


def check_rate(rate: Decimal) -> Decimal:
    """``rate`` if it is a rate :func:`parse_rate` accepts (a command carries it parsed)."""
    shown = format(rate, "f")  # as typed: never in exponent notation
    if not rate.is_finite():
        raise InvalidInput("{text!r} is not an exchange rate: write it like 0.9215.", text=shown)
    if rate.as_tuple().exponent < -RATE_DECIMALS:  # type: ignore[operator]
        raise InvalidInput(
            "{text} has more than {rate_decimals} decimals: round the rate.",
            text=shown, rate_decimals=RATE_DECIMALS,
        )
    if not RATE_MIN <= rate <= RATE_MAX:
        raise InvalidInput(
            "{text} is not a usable exchange rate: use {rate_min} to {rate_max}.",
            text=shown, rate_min=RATE_MIN, rate_max=RATE_MAX,
        )
    return rate
