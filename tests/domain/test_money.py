from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posapp.domain.errors import CurrencyMismatch, InvalidAmount, InvalidInput
from posapp.money import Money, check_currency, parse_rate


def test_parse_uses_the_currency_precision_from_babel() -> None:
    assert Money.parse("12.50", "USD") == Money(1250, "USD")
    assert Money.parse("1000", "JPY") == Money(1000, "JPY")
    assert Money.parse("1.234", "BHD") == Money(1234, "BHD")


@pytest.mark.parametrize(
    "text",
    [
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e5",
        "abc",
        "",
        " ",
        "1,000",
        "12.5.0",
        "0x10",
        "١٢",
        "12.345",
        "--1",
        "+",
        ".",
    ],
)
def test_parse_refuses_anything_but_a_plain_amount(text: str) -> None:
    with pytest.raises(InvalidAmount):
        Money.parse(text, "USD")


def test_parse_refuses_more_decimals_than_the_currency_has() -> None:
    with pytest.raises(InvalidAmount, match="decimal"):
        Money.parse("1.5", "JPY")
    with pytest.raises(InvalidAmount, match="decimal"):
        Money.parse("1.001", "USD")


def test_parse_refuses_zero_and_negative_unless_allowed() -> None:
    with pytest.raises(InvalidAmount):
        Money.parse("0", "USD")
    with pytest.raises(InvalidAmount):
        Money.parse("-1.00", "USD")
    assert Money.parse("0", "USD", allow_zero=True) == Money(0, "USD")
    assert Money.parse("-1.00", "USD", allow_negative=True) == Money(-100, "USD")


def test_parse_refuses_amounts_above_the_maximum_and_absurd_ones() -> None:
    with pytest.raises(InvalidAmount, match="maximum"):
        Money.parse("10000.01", "USD", maximum=Money(1_000_000, "USD"))
    with pytest.raises(InvalidAmount, match="too large"):
        Money.parse("1" + "0" * 30, "USD")


def test_money_refuses_floats_and_bools_as_minor_units() -> None:
    with pytest.raises(InvalidAmount):
        Money(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(InvalidAmount):
        Money(True, "USD")  # type: ignore[arg-type]


def test_arithmetic_between_currencies_raises() -> None:
    with pytest.raises(CurrencyMismatch):
        Money(100, "USD") + Money(100, "EUR")
    with pytest.raises(CurrencyMismatch):
        _ = Money(100, "USD") < Money(100, "EUR")


def test_format_follows_the_locale() -> None:
    assert Money(123456, "USD").format("en_US") == "$1,234.56"
    assert Money(123456, "EUR").format("de_DE") == "1.234,56\xa0€"
    assert Money(1000, "JPY").format("ja_JP") == "￥1,000"


def test_conversion_rounds_half_even_to_the_target_minor_unit() -> None:
    assert Money(1000, "USD").convert(Decimal("0.925"), "EUR") == Money(925, "EUR")
    # 0.125 EUR -> 0.12 (half to even), 0.135 -> 0.14
    assert Money(125, "USD").convert(Decimal("0.1"), "EUR") == Money(12, "EUR")
    assert Money(135, "USD").convert(Decimal("0.1"), "EUR") == Money(14, "EUR")
    assert Money(1000, "USD").convert(Decimal("151.5"), "JPY") == Money(1515, "JPY")


def test_rates_and_currencies_are_checked() -> None:
    assert check_currency("usd") == "USD"
    with pytest.raises(InvalidInput):
        check_currency("XYZ1")
    for bad in ["0", "-1", "nan", "abc"]:
        with pytest.raises(InvalidInput):
            parse_rate(bad)


@given(st.integers(min_value=1, max_value=10**11))
def test_amount_string_parses_back_to_the_same_money(minor: int) -> None:
    money = Money(minor, "USD")
    assert Money.parse(money.amount_str(), "USD") == money


@pytest.mark.parametrize("code", ["USD", "usd", " eur ", "JPY", "BHD", "CHF", "XOF", "VES"])
def test_circulating_currencies_are_accepted(code: str) -> None:
    assert check_currency(code) == code.strip().upper()


@pytest.mark.parametrize(
    "code",
    ["XAU", "XAG", "XXX", "XTS", "XDR", "DEM", "FRF", "ZWD", "VEF", "ＵＳＤ", "ınr", "US", "USDD",
     "", "U$D", None, 840],
)
def test_metals_test_codes_withdrawn_and_non_ascii_currencies_are_refused(code: object) -> None:
    with pytest.raises(InvalidInput):
        check_currency(code)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["0.00000000001", "0", "0.0", "-1.5", "1e-3", "1E2", "NaN", "Infinity", "2000000",
     "0.0000009", "１.5", "", " ", "1,5", "0x10", None],
)
def test_unusable_rates_are_refused(text: object) -> None:
    with pytest.raises(InvalidInput):
        parse_rate(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["0.000001", "1", "149.5", "0.9215000001", "1000000"])
def test_a_rate_is_kept_exactly_as_given(text: str) -> None:
    assert parse_rate(text) == Decimal(text) and str(parse_rate(text)) == text
