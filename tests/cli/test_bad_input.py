"""Bad input changes nothing: amounts, codes, stores and roles that are refused leave every
balance, history, sale and hold as it was."""

from __future__ import annotations

import pytest

from posapp.codes import ALPHABET
from tests.cli.conftest import issue, sell
from tests.cli.runner import Cli, db_state

BAD_AMOUNTS = {
    "negative": "-5.00",
    "zero": "0",
    "zero with decimals": "0.00",
    "NaN": "NaN",
    "infinity": "Infinity",
    "exponent": "1e5",
    "too many decimals": "10.001",
    "huge": "99999999999",
    "non-numeric": "ten",
    "empty": "",
    "thousands separator": "1,000.00",
}


def assert_unchanged(cli: Cli, code: str, attempt: object) -> None:
    """Run ``attempt`` and check the card, its history and the whole database stay as they were."""
    balance, history, state = cli.balance(code), cli.history(code), db_state(cli.db_url)
    attempt()  # type: ignore[operator]
    assert cli.balance(code) == balance
    assert cli.history(code) == history
    assert db_state(cli.db_url) == state


@pytest.fixture
def card(cli: Cli) -> str:
    return sell(cli, "50.00")["code"]


@pytest.mark.parametrize("amount", BAD_AMOUNTS.values(), ids=BAD_AMOUNTS.keys())
def test_a_bad_amount_to_redeem_is_refused_and_changes_nothing(
    cli: Cli, card: str, amount: str
) -> None:
    assert_unchanged(
        cli,
        card,
        lambda: cli.fails(
            "invalid_amount", "card", "redeem", card, "--amount", amount, user="carl"
        ),
    )


def test_bad_amounts_to_every_command_that_takes_one_are_refused_and_change_nothing(
    cli: Cli, card: str
) -> None:
    commands = [
        ("carl", ["sale", "sell", "--amount", "{a}", "--cash", "50.00"]),
        ("carl", ["sale", "sell", "--amount", "{a}", "--card", card, "--cash", "50.00"]),
        ("carl", ["sale", "pay", "--total", "{a}", "--card", card]),
        ("carl", ["sale", "pay", "--total", "10.00", "--card", card, "--cash", "{a}"]),
        ("mia", ["card", "issue", "--amount", "{a}"]),
        ("mia", ["card", "reload", card, "--amount", "{a}"]),
        ("mia", ["card", "refund", card, "--amount", "{a}"]),
    ]

    def attempts() -> None:
        for user, argv in commands:
            for name, amount in BAD_AMOUNTS.items():
                r = cli(*[amount if a == "{a}" else a for a in argv], user=user)
                assert r.status == 3, (name, r)
                assert r.data["error"] == "invalid_amount", (name, r)

    assert_unchanged(cli, card, attempts)


def test_adjusting_by_zero_or_a_malformed_signed_amount_changes_nothing(
    cli: Cli, card: str
) -> None:
    def attempts() -> None:
        for amount in ["0", "-0.00", "NaN", "1e2", "-10.001", "-99999999999", "minus five"]:
            cli.fails(
                "invalid_amount",
                "card",
                "adjust",
                card,
                "--amount",
                amount,
                "--note",
                "test",
                user="mia",
            )

    assert_unchanged(cli, card, attempts)


def test_an_amount_above_the_maximum_card_value_changes_nothing(cli: Cli, card: str) -> None:
    def attempts() -> None:
        cli.fails("invalid_amount", "card", "issue", "--amount", "10000.01", user="mia")
        cli.fails("invalid_amount", "card", "reload", card, "--amount", "9950.01", user="mia")
        cli.fails(
            "invalid_amount",
            "sale",
            "sell",
            "--amount",
            "10000.01",
            "--cash",
            "10000.01",
            user="carl",
        )

    assert_unchanged(cli, card, attempts)


def one_symbol_changed(code: str) -> list[str]:
    out = []
    for i in range(2, len(code) - 1, 3):  # body positions; the check symbol separately
        other = ALPHABET[(ALPHABET.index(code[i]) + 7) % len(ALPHABET)]
        out.append(code[:i] + other + code[i + 1 :])
    last = code[-1]
    out.append(code[:-1] + ("0" if last != "0" else "1"))
    return out


def adjacent_swaps(code: str) -> list[str]:
    return [
        code[:i] + code[i + 1] + code[i] + code[i + 2 :]
        for i in range(2, len(code) - 1)
        if code[i] != code[i + 1]
    ]


def allow_many_failed_look_ups(cli: Cli) -> None:
    """These tests make far more bad look-ups than a till's per-minute limit allows."""
    cli.ok("settings", "set", "failed_lookup_limit", "10000", user="root")


def test_a_code_with_one_symbol_changed_is_invalid_code_and_changes_nothing(
    cli: Cli, card: str
) -> None:
    allow_many_failed_look_ups(cli)

    def attempts() -> None:
        for typo in one_symbol_changed(card):
            r = cli("card", "redeem", typo, "--amount", "1.00", user="carl")
            assert (r.status, r.data["error"]) == (3, "invalid_code"), (typo, r)

    assert_unchanged(cli, card, attempts)


def test_a_code_with_two_adjacent_symbols_swapped_is_invalid_code_and_changes_nothing(
    cli: Cli, card: str
) -> None:
    allow_many_failed_look_ups(cli)

    def attempts() -> None:
        for typo in adjacent_swaps(card):
            r = cli("card", "redeem", typo, "--amount", "1.00", user="carl")
            assert (r.status, r.data["error"]) == (3, "invalid_code"), (typo, r)

    assert_unchanged(cli, card, attempts)


def test_malformed_codes_are_invalid_code_and_change_nothing(cli: Cli, card: str) -> None:
    malformed = [
        card[:-1],  # a symbol dropped
        card + card[-1],  # a symbol doubled
        card[:6] + "!" + card[7:],
        "GC",
        "",
        "   ",
        "GC-????-????",
        "x" * 300,
    ]

    allow_many_failed_look_ups(cli)

    def attempts() -> None:
        for bad in malformed:
            r = cli("card", "redeem", bad, "--amount", "1.00", user="carl")
            assert r.status == 3 and r.data["error"] == "invalid_code", (bad, r)

    assert_unchanged(cli, card, attempts)


def test_a_store_bound_card_at_another_store_changes_nothing(cli: Cli) -> None:
    code = issue(cli, "40.00", "--scope", "issuing")["code"]

    def attempts() -> None:
        cli.fails(
            "wrong_location", "card", "redeem", code, "--amount", "1.00", user="carl", location="S2"
        )
        cli.fails(
            "wrong_location",
            "sale",
            "pay",
            "--total",
            "5.00",
            "--card",
            code,
            user="carl",
            location="S2",
        )

    assert_unchanged(cli, code, attempts)


CASHIER_MAY_NOT = [
    ["card", "issue", "--amount", "10.00"],
    ["card", "activate", "{code}", "--amount", "10.00"],
    ["card", "reload", "{code}", "--amount", "10.00"],
    ["card", "refund", "{code}", "--amount", "10.00"],
    ["card", "adjust", "{code}", "--amount", "10.00", "--note", "x"],
    ["card", "freeze", "{code}", "--reason", "x"],
    ["card", "unfreeze", "{code}"],
    ["card", "void", "{code}", "--reason", "x"],
    ["card", "transfer", "{code}"],
    ["card", "list"],
    ["cards", "expire"],
    ["report", "liability"],
    ["report", "day"],
    ["export", "cards", "{tmp}/out.csv"],
    ["import", "cards", "{tmp}/in.csv"],
    ["staff", "list"],
]
MANAGER_MAY_NOT = [
    ["staff", "add", "eve", "--role", "admin", "--set-pin", "1234"],
    ["staff", "set", "carl", "--role", "admin"],
    ["location", "add", "S9", "--name", "Nine", "--currency", "USD"],
    ["batch", "create", "--count", "2"],
    ["batch", "list"],
    ["settings", "set", "max_card_value", "1"],
    ["rate", "set", "EUR", "USD", "2"],
    ["product", "add", "P1", "--name", "P"],
]


def test_a_role_below_the_one_needed_gets_permission_denied_and_changes_nothing(
    cli: Cli, card: str, tmp_path: object
) -> None:
    (tmp_path / "in.csv").write_text("code,amount\nOLDSYS000009,10.00\n")  # type: ignore[operator]

    def attempts() -> None:
        for user, commands in (("carl", CASHIER_MAY_NOT), ("mia", MANAGER_MAY_NOT)):
            for argv in commands:
                argv = [a.format(code=card, tmp=tmp_path) for a in argv]
                r = cli(*argv, user=user)
                assert (r.status, r.data.get("error")) == (4, "permission_denied"), r

    assert_unchanged(cli, card, attempts)
    assert not (tmp_path / "out.csv").exists()  # type: ignore[operator]


def test_a_sale_paid_with_too_little_changes_nothing(cli: Cli, card: str) -> None:
    def attempts() -> None:
        r = cli("sale", "sell", "--amount", "30.00", "--cash", "20.00", user="carl")
        assert r.status == 3, r
        r = cli("sale", "pay", "--total", "80.00", "--card", card, "--cash", "10.00", user="carl")
        assert r.status == 3, r

    assert_unchanged(cli, card, attempts)


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["settings", "set", "custom_max", "1e999999"], "invalid_amount"),
        (["settings", "set", "max_card_value", "1e400"], "invalid_amount"),
        (["settings", "set", "max_card_value", "0.001"], "invalid_amount"),
        (["settings", "set", "denominations", "1e1,2e1"], "invalid_amount"),
        (["settings", "set", "cashout_threshold", "USD 5; USD 6"], "invalid_input"),
        (["rate", "set", "USD", "EUR", "0.00000000001"], "invalid_input"),
        (["rate", "set", "USD", "USD", "1"], "invalid_input"),
        (["rate", "set", "USD", "XAU", "0.0005"], "invalid_input"),
    ],
)
def test_settings_and_rates_that_would_break_sales_are_refused_at_entry(
    cli: Cli, card: str, argv: list[str], error: str
) -> None:
    assert_unchanged(cli, card, lambda: cli.fails(error, *argv, user="root"))
    assert sell(cli, "60.00")["balance"] == "60.00"
    cli.ok("card", "redeem", card, "--amount", "10.00", user="carl")
    assert cli.balance(card)["balance"] == "40.00"
