"""Each error code of posapp.domain.errors, and usage errors, through the CLI: the exit status, the
``{"error", "message"}`` object with ``--json``, and nothing changed."""

from __future__ import annotations

import pytest

from posapp import codes
from tests.cli.conftest import batch_codes, issue, sell
from tests.cli.runner import Cli, db_state, past_due


@pytest.fixture
def card(cli: Cli) -> str:
    """An active 50.00 USD card sold at S1, scope all."""
    return sell(cli, "50.00")["code"]


def refused_without_change(cli: Cli, error: str, *command: str, **options: str) -> None:
    before = db_state(cli.db_url)
    cli.fails(error, *command, **options)
    assert db_state(cli.db_url) == before


def test_an_unparseable_amount_is_invalid_amount_with_exit_3(cli: Cli, card: str) -> None:
    refused_without_change(
        cli, "invalid_amount", "card", "redeem", card, "--amount", "1e5", user="carl"
    )


def test_a_mistyped_code_is_invalid_code_with_exit_3(cli: Cli, card: str) -> None:
    typo = card[:-2] + card[-1] + card[-2]
    if typo == card:
        typo = card[:3] + ("Z" if card[3] != "Z" else "Y") + card[4:]
    refused_without_change(
        cli, "invalid_code", "card", "redeem", typo, "--amount", "1.00", user="carl"
    )


def test_a_well_formed_code_never_issued_is_card_not_found(cli: Cli, card: str) -> None:
    stranger = codes.generate()
    r = cli.fails("card_not_found", "card", "balance", stranger, user="carl")
    assert stranger not in r.out and stranger[2:] not in r.out


def test_redeeming_a_batch_card_before_activation_is_card_inactive(cli: Cli) -> None:
    batch = cli.ok("batch", "create", "--count", "1", "--amount", "25.00", user="root")
    [code] = batch_codes(cli, batch["batch_id"])
    refused_without_change(
        cli, "card_inactive", "card", "redeem", code, "--amount", "1.00", user="carl"
    )


def test_redeeming_an_expired_card_is_card_expired(cli: Cli) -> None:
    card = issue(cli, "25.00", "--expires-days", "1")
    code = card["code"]
    past_due(cli, card["id"])
    cli.ok("cards", "expire", user="mia")
    refused_without_change(
        cli, "card_expired", "card", "redeem", code, "--amount", "1.00", user="carl"
    )
    assert cli.balance(code)["balance"] == "25.00"


def test_redeeming_a_frozen_card_is_card_frozen(cli: Cli, card: str) -> None:
    cli.ok("card", "freeze", card, "--reason", "lost", user="mia")
    refused_without_change(
        cli, "card_frozen", "card", "redeem", card, "--amount", "1.00", user="carl"
    )


def test_every_change_to_a_voided_card_is_card_voided(cli: Cli, card: str) -> None:
    cli.ok("card", "void", card, "--reason", "fraud", user="mia")
    refused_without_change(
        cli, "card_voided", "card", "redeem", card, "--amount", "1.00", user="carl"
    )
    refused_without_change(
        cli, "card_voided", "card", "reload", card, "--amount", "1.00", user="mia"
    )
    refused_without_change(
        cli, "card_voided", "card", "void", card, "--reason", "again", user="mia"
    )
    refused_without_change(
        cli, "card_voided", "card", "adjust", card, "--amount", "1.00", "--note", "x", user="mia"
    )


def test_taking_more_than_the_balance_is_insufficient_funds(cli: Cli, card: str) -> None:
    refused_without_change(
        cli, "insufficient_funds", "card", "redeem", card, "--amount", "50.01", user="carl"
    )


def test_a_card_for_its_own_store_used_in_another_is_wrong_location(cli: Cli) -> None:
    code = issue(cli, "25.00", "--scope", "issuing")["code"]
    refused_without_change(
        cli,
        "wrong_location",
        "card",
        "redeem",
        code,
        "--amount",
        "1.00",
        user="carl",
        location="S2",
    )
    listed = issue(cli, "25.00", "--scope", "S1,E1")["code"]
    refused_without_change(
        cli,
        "wrong_location",
        "card",
        "redeem",
        listed,
        "--amount",
        "1.00",
        user="carl",
        location="S2",
    )
    assert cli.ok("card", "redeem", code, "--amount", "1.00", user="carl", location="S1")


def test_a_card_in_another_currency_without_a_rate_is_currency_mismatch(cli: Cli) -> None:
    code = issue(cli, "25.00", "--currency", "EUR")["code"]
    refused_without_change(
        cli, "currency_mismatch", "card", "redeem", code, "--amount", "1.00", user="carl"
    )


def test_lifting_a_freeze_from_an_active_card_is_invalid_state(cli: Cli, card: str) -> None:
    refused_without_change(cli, "invalid_state", "card", "unfreeze", card, user="mia")
    cli.ok("card", "freeze", card, "--reason", "lost", user="mia")
    refused_without_change(
        cli, "invalid_state", "card", "freeze", card, "--reason", "twice", user="mia"
    )


def test_activating_an_active_card_again_is_invalid_state(cli: Cli, card: str) -> None:
    refused_without_change(
        cli, "invalid_state", "card", "activate", card, "--amount", "5.00", user="mia"
    )


def test_a_cashier_voiding_a_card_is_permission_denied_with_exit_4(cli: Cli, card: str) -> None:
    refused_without_change(
        cli, "permission_denied", "card", "void", card, "--reason", "x", user="carl"
    )


def test_a_wrong_pin_or_an_unknown_name_is_auth_failed_with_exit_4(cli: Cli, card: str) -> None:
    refused_without_change(cli, "auth_failed", "card", "balance", card, user="carl", pin="0000")
    refused_without_change(cli, "auth_failed", "card", "balance", card, user="nobody", pin="1234")


def test_too_many_failed_look_ups_on_a_terminal_are_rate_limited(cli: Cli, card: str) -> None:
    for terminal in ("T1", "T9"):
        cli.ok("terminal", "add", terminal, "--store", "S1", user="root")
    for _ in range(10):
        cli.fails("card_not_found", "card", "balance", codes.generate(), user="carl", terminal="T9")
    refused_without_change(
        cli, "rate_limited", "card", "redeem", card, "--amount", "1.00", user="carl", terminal="T9"
    )
    assert cli.ok("card", "balance", card, user="carl", terminal="T1")["balance"] == "50.00"


def test_too_many_wrong_pins_for_a_name_are_rate_limited_even_with_the_right_pin(
    cli: Cli,
) -> None:
    for _ in range(3):
        cli.fails("auth_failed", "location", "list", user="carl", pin="0000")
    cli.fails("rate_limited", "location", "list", user="carl")


def test_refunding_a_gift_card_sale_is_not_allowed(cli: Cli) -> None:
    sale = cli.ok("sale", "sell", "--amount", "30.00", "--cash", "30.00", user="carl")
    refused_without_change(cli, "not_allowed", "sale", "refund", sale["sale_id"], user="mia")


def test_paying_with_a_card_where_cards_are_not_accepted_is_not_allowed(
    cli: Cli, card: str
) -> None:
    cli.ok("settings", "set", "usable_for_payment", "no", "--store", "S2", user="root")
    refused_without_change(
        cli,
        "not_allowed",
        "sale",
        "pay",
        "--total",
        "5.00",
        "--card",
        card,
        user="carl",
        location="S2",
    )


def test_a_reused_idempotency_key_with_other_arguments_is_conflict(cli: Cli, card: str) -> None:
    cli.ok("card", "redeem", card, "--amount", "5.00", "--idempotency-key", "k1", user="carl")
    refused_without_change(
        cli,
        "conflict",
        "card",
        "redeem",
        card,
        "--amount",
        "6.00",
        "--idempotency-key",
        "k1",
        user="carl",
    )
    assert cli.balance(card)["balance"] == "45.00"


def test_a_second_db_init_or_a_duplicate_name_is_conflict(cli: Cli) -> None:
    refused_without_change(cli, "conflict", "db", "init", "--admin", "eve", "--set-pin", "1234")
    refused_without_change(
        cli, "conflict", "staff", "add", "carl", "--role", "admin", "--set-pin", "1234", user="root"
    )


# ---------------------------------------------------------------- usage errors, exit 2


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["frobnicate"], id="an unknown command"),
        pytest.param(["card", "frobnicate"], id="an unknown action"),
        pytest.param(["card"], id="a group without its action"),
        pytest.param(["card", "redeem", "GC123"], id="a missing required option"),
        pytest.param(["card", "redeem", "--amount", "1.00"], id="a missing code"),
        pytest.param(["card", "list", "--location", "S1"], id="a global option after the command"),
        pytest.param(["--amount", "1.00", "card", "list"], id="a command option before it"),
        pytest.param(
            ["staff", "add", "x", "--role", "boss", "--set-pin", "1234"],
            id="a choice that is not offered",
        ),
        pytest.param(
            ["sale", "sell", "--amount", "5.00", "--cash", "5.00", "--external", "5.00"],
            id="two tenders that exclude each other",
        ),
        pytest.param(["batch", "create", "--count", "many"], id="a count that is not a number"),
        pytest.param([], id="no command at all"),
    ],
)
def test_usage_errors_exit_2_with_a_json_error(cli: Cli, argv: list[str]) -> None:
    before = db_state(cli.db_url)
    r = cli.raw([*cli.global_options(user="mia"), *argv])
    assert r.status == 2, r
    assert set(r.data) == {"error", "message"} and r.data["error"] == "usage"
    assert r.err == ""
    assert db_state(cli.db_url) == before


def test_a_usage_error_without_json_goes_to_stderr_only(cli: Cli) -> None:
    r = cli("card", "redeem", "GC123", user="mia", as_json=False)
    assert r.status == 2 and r.out == ""
    assert r.err.startswith("error (usage):") and "--amount" in r.err


def test_a_command_that_needs_a_user_without_one_is_a_usage_error(cli: Cli, card: str) -> None:
    r = cli.fails("usage", "card", "balance", card)
    assert "--user" in r.data["message"]


def test_json_after_the_command_still_gets_a_json_usage_error(cli: Cli) -> None:
    r = cli.raw([*cli.global_options(as_json=False), "card", "list", "--json"])
    assert r.status == 2 and r.data["error"] == "usage"


def test_an_unknown_store_in_location_is_refused_before_anything_happens(
    cli: Cli, card: str
) -> None:
    before = db_state(cli.db_url)
    r = cli("card", "balance", card, user="carl", location="NOPE")
    assert r.status == 3 and r.data["error"] == "not_found"
    assert db_state(cli.db_url) == before


def test_an_unusable_database_url_is_an_unexpected_error_with_exit_1(cli: Cli) -> None:
    r = cli.raw(
        [
            "--db",
            "nosuchdb://x",
            "--key-file",
            str(cli.key_file),
            "--json",
            "--user",
            "mia",
            "--pin",
            "2222",
            "location",
            "list",
        ]
    )
    assert r.status == 1, r
    assert r.data["error"] == "unexpected" and r.data["message"]
