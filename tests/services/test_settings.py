"""Typed settings: money per currency, values that would break sales refused at entry,
look-ups that survive a change of code prefix or length, exchange rates stored exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from posapp import codes, edge, edge_admin
from posapp.db.models import ExchangeRate, Setting
from posapp.domain.errors import ErrorCode, InvalidCode, PosError
from posapp.services.accounting import audit
from posapp.services.back_office import admin, csv_io
from posapp.services.checkout.sale_parts import CardLine, Payment
from tests.conftest import Store
from tests.services.helpers import snapshot


def _settings_rows(store: Store) -> list[tuple[str, str, object]]:
    return store.ctx.db.run(
        lambda s: [
            (r.key, r.scope, r.value)
            for r in s.scalars(select(Setting).order_by(Setting.key, Setting.scope))
        ],
        readonly=True,
    )


def _refused(work: object, code: ErrorCode | None = None) -> PosError:
    with pytest.raises(PosError) as err:
        work()  # type: ignore[operator]
    if code is not None:
        assert err.value.code is code, err.value.message
    return err.value


def _failed_lookups(store: Store) -> int:
    return store.ctx.db.run(
        lambda s: audit.count_recent(s, store.ctx, audit.LOOKUP_FAILED), readonly=True
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("custom_max", "1e999999"),
        ("max_card_value", "1e400"),
        ("max_card_value", "0.001"),
        ("max_card_value", "0.01"),  # below the largest custom amount: nothing could be sold
        ("max_card_value", "0"),
        ("max_card_value", "NaN"),
        ("max_card_value", "Infinity"),
        ("max_card_value", "-5"),
        ("max_card_value", "10000000000"),
        ("max_card_value", "XAU 10"),
        ("max_card_value", "USD 10; USD 20"),
        ("max_card_value", "USD 10,20"),
        ("denominations", "1e1,2e1"),
        ("denominations", "25,,50"),
        ("denominations", "20000"),  # above the largest card balance
        ("denominations", "JPY 0.5"),
        ("custom_min", "600"),  # above the largest custom amount
        ("custom_min", "JPY 60000"),  # above the largest custom amount in yen
        ("cashout_threshold", "-5"),
        ("cashout_manager_over", "USD 1,2"),
        ("offline_card_cap", "0"),
        ("offline_card_cap", "USD 5,10"),
        ("offline_terminal_allowance", "1e3"),
        ("offline_window_hours", "0"),
        ("session_hours", "0"),
        ("session_hours", "25"),
        ("session_hours", "1.5"),
        ("enrol_code_hours", "0"),
        ("enrol_code_hours", "169"),
        ("enrol_code_hours", "1e2"),
        ("offline_redemption", "maybe"),
        ("code_length", "1e1"),
        ("code_length", "٣٢"),
        ("terms", "x" * 1001),
    ],
)
def test_a_value_that_would_break_sales_is_refused_and_nothing_is_stored(
    store: Store, key: str, value: str
) -> None:
    before = _settings_rows(store)
    _refused(lambda: edge_admin.set_setting(store.ctx, store.admin, key, value))
    assert _settings_rows(store) == before
    sold = edge.sell(store.ctx, store.cashier, [CardLine("50.00")], Payment(cash="50.00"))
    assert sold.cards[0].balance.amount_str() == "50.00"


def test_money_settings_hold_one_value_per_currency(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "S3", "Tokyo", "JPY")
    edge_admin.add_location(store.ctx, store.admin, "S4", "Manama", "BHD")
    store.add_terminal("T3", "S3")
    store.add_terminal("T4", "S4")
    tokyo = store.sign_in("carl", location="S3", terminal="T3")
    # Ten thousand is the dollar ceiling, not the yen one: 10,001 yen is a small card.
    sold = edge.sell(store.ctx, tokyo, [CardLine("10001")], Payment(cash="10001"))
    assert sold.cards[0].balance.amount_str() == "10001"
    # Fixed amounts are yen amounts, not the dollar list read as yen.
    assert [m.amount_str() for m in admin.effective_settings(store.ctx, "S3")
            .fixed_amounts("JPY")] == ["3000", "5000", "10000"]
    err = _refused(lambda: edge.sell(store.ctx, tokyo, [CardLine("25")], Payment(cash="25")),
                   ErrorCode.INVALID_AMOUNT)
    assert "3000" in err.message
    # Dinars have no values until an admin gives them: nothing is carried over from dollars.
    manama = store.sign_in("carl", location="S4", terminal="T4")
    err = _refused(lambda: edge.sell(
        store.ctx, manama, [CardLine("10000.000")], Payment(cash="10000.000")))
    assert "for BHD" in err.message
    edge_admin.set_setting(store.ctx, store.admin, "max_card_value", "3000", store="S4")
    edge_admin.set_setting(store.ctx, store.admin, "custom_min", "BHD 5", store="S4")
    edge_admin.set_setting(store.ctx, store.admin, "custom_max", "BHD 1000.500")
    _refused(lambda: edge.sell(
        store.ctx, manama, [CardLine("10000.000")], Payment(cash="10000.000")),
        ErrorCode.INVALID_AMOUNT)
    sold = edge.sell(store.ctx, manama, [CardLine("1000.500")], Payment(cash="1000.500"))
    assert sold.cards[0].balance.amount_str() == "1000.500"
    shown = admin.effective_settings(store.ctx, "S4").as_json()
    assert shown["max_card_value"]["BHD"] == "3000.000"
    assert shown["max_card_value"]["USD"] == "10000.00"
    assert admin.effective_settings(store.ctx).max_card_value.get("BHD") is None


def test_a_store_override_replaces_only_the_currencies_it_names(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "S2", "Uptown", "USD")
    stored = edge_admin.set_setting(store.ctx, store.admin, "max_card_value", "500", store="S2")
    assert "USD 500.00" in stored and "JPY 1000000" in stored
    assert str(admin.effective_settings(store.ctx, "S2").max_value("USD")) == "500.00 USD"
    assert str(admin.effective_settings(store.ctx).max_value("USD")) == "10000.00 USD"
    assert admin.overridden_keys(store.ctx, "S2") == {"max_card_value"}
    # A global change may not break a store's override either.
    _refused(lambda: edge_admin.set_setting(store.ctx, store.admin, "custom_min", "501"),
             ErrorCode.INVALID_INPUT)


@pytest.mark.parametrize("currency", ["XAU", "XXX", "XTS", "DEM", "usd ", "ＵＳＤ", "ınr", "US"])
def test_only_circulating_currencies_are_card_currencies(store: Store, currency: str) -> None:
    if currency == "usd ":
        card = edge.issue(store.ctx, store.manager, "10.00", currency=currency).card
        assert card.balance.currency == "USD"
        return
    _refused(lambda: edge.issue(store.ctx, store.manager, "10", currency=currency),
             ErrorCode.INVALID_INPUT)
    _refused(lambda: edge_admin.add_location(store.ctx, store.admin, "S9", "Nine", currency),
             ErrorCode.INVALID_INPUT)


def _reads(text: str, prefix: str, length: int, earlier: tuple[tuple[str, int], ...]) -> bool:
    try:
        return bool(codes.candidates(text, prefix, length, earlier))
    except InvalidCode:
        return False


@pytest.mark.parametrize(
    ("setting", "value"), [("code_prefix", "ZQ"), ("code_length", "9"), ("code_prefix", "G")]
)
def test_cards_stay_findable_after_the_code_format_changes(
    store: Store, setting: str, value: str
) -> None:
    old = edge.issue(store.ctx, store.manager, "10.00").card.code
    imported = edge.issue(store.ctx, store.manager, "10.00", code="OLDSYS42").card.code
    edge_admin.set_setting(store.ctx, store.admin, setting, value)
    new = edge.issue(store.ctx, store.manager, "10.00").card.code
    assert new.startswith(value) if setting == "code_prefix" else len(new) == 2 + 9 + 1
    for code in (old, old.lower(), "-".join([old[:4], old[4:]]), imported, new):
        assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "10.00"
    spent = edge.redeem(store.ctx, store.cashier, old, "4.00")
    assert spent.card.balance.amount_str() == "6.00"
    assert _failed_lookups(store) == 0
    # A mistyped old code is still refused before the look-up, and counted. Each format in
    # use is one more reading of what is typed (1 in 37 typos of a GC code read as a G code
    # with a valid check symbol), so the typo is one no reading accepts.
    st = admin.effective_settings(store.ctx)
    typo = next(
        t for ch in codes.CHECK_SYMBOLS if (t := old[:-1] + ch) != old
        and not _reads(t, st.code_prefix, st.code_length, st.earlier_formats)
    )
    _refused(lambda: edge.balance(store.ctx, store.cashier, typo), ErrorCode.INVALID_CODE)
    _refused(lambda: edge.balance(store.ctx, store.cashier, "NOTACARD99"),
             ErrorCode.CARD_NOT_FOUND)
    assert _failed_lookups(store) == 2


def test_a_prefix_set_for_one_store_is_read_at_every_store(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "S2", "Uptown", "USD")
    edge_admin.set_setting(store.ctx, store.admin, "code_prefix", "HQ", store="S2")
    store.add_terminal("T2", "S2")
    uptown = store.sign_in("mia", location="S2", terminal="T2")
    code = edge.issue(store.ctx, uptown, "10.00").card.code
    assert code.startswith("HQ")
    assert edge.balance(store.ctx, store.cashier, code.lower()).balance.amount_str() == "10.00"


def test_short_imported_codes_are_masked_with_eight_unknown_symbols(store: Store) -> None:
    for code, tail in (("C12345", ""), ("OLD123456", "6"), ("OLDSYS123456", "3456")):
        card = edge.issue(store.ctx, store.manager, "10.00", code=code).card
        shown = edge.balance(store.ctx, store.cashier, code).masked_code
        assert shown == f"****-****-****-{tail or '****'}"
        assert card.masked_code == shown


@pytest.mark.parametrize(
    "rate",
    ["0.00000000001", "0", "-1", "1e-3", "NaN", "Infinity", "2000000", "0.0000001", "１.5", ""],
)
def test_unusable_exchange_rates_are_refused(store: Store, rate: str) -> None:
    _refused(lambda: edge_admin.set_rate(store.ctx, store.admin, "USD", "EUR", rate),
             ErrorCode.INVALID_INPUT)
    rows = store.ctx.db.run(lambda s: s.scalars(select(ExchangeRate)).all(), readonly=True)
    assert rows == []


def test_a_fine_rate_is_stored_exactly_and_used(store: Store) -> None:
    edge_admin.set_rate(store.ctx, store.admin, "EUR", "USD", "1.2345678901")
    _refused(lambda: edge_admin.set_rate(store.ctx, store.admin, "usd", "USD", "1"),
             ErrorCode.INVALID_INPUT)
    stored = store.ctx.db.run(lambda s: s.scalar(select(ExchangeRate.rate)), readonly=True)
    assert str(stored) == "1.2345678901"
    code = edge.issue(store.ctx, store.manager, "100.00", currency="EUR").card.code
    spent = edge.redeem(store.ctx, store.cashier, code, "12.35")
    assert spent.card.balance.amount_str() == "90.00"


@pytest.mark.parametrize(
    ("currency", "amount"),
    [("XAU", "1"), ("XTS", "10.00"), ("DEM", "10.00"), ("BHD", "10.000"), ("JPY", "1000001")],
)
def test_an_import_in_a_currency_without_its_own_values_is_refused_whole(
    store: Store, tmp_path: Path, currency: str, amount: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        f"code,amount,currency\nLEGACY0001,10.00,USD\nLEGACY0002,{amount},{currency}\n"
    )
    before = snapshot(store.ctx)
    err = _refused(lambda: csv_io.import_cards(store.ctx, store.manager, path))
    assert "line 3" in err.message
    assert snapshot(store.ctx) == before
