"""The README walkthrough, and a representative subset of refusals,
on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from decimal import Decimal

from tests.cli.conftest import CARD_KEYS, ENTRY_KEYS, issue, sell
from tests.cli.runner import Cli, db_state
from tests.conftest import PINS


def test_a_new_user_can_follow_the_readme_from_db_init_to_a_voided_card(empty_cli: Cli) -> None:
    cli = empty_cli
    init = cli.ok("db", "init", "--admin", "root", "--set-pin", PINS["root"])
    assert init["database"] == "ready" and init["admin"] == "root"
    store = cli.ok(
        "location", "add", "S1", "--name", "Main Street", "--currency", "USD", user="root"
    )
    assert store["code"] == "S1" and store["currency"] == "USD"
    cli.ok("staff", "add", "mia", "--role", "manager", "--set-pin", PINS["mia"], user="root")
    cli.ok("staff", "add", "carl", "--role", "cashier", "--set-pin", PINS["carl"], user="root")

    sale = cli.ok("sale", "sell", "--amount", "100.00", "--cash", "100.00", user="carl")
    assert sale["total"] == "100.00" and sale["due"] == "0.00"
    [card] = sale["cards"]
    code = card["code"]
    assert card["balance"] == "100.00" and card["status"] == "active"

    redeemed = cli.ok("card", "redeem", code, "--amount", "60.00", user="carl")
    assert redeemed["redeemed"] == "60.00" and redeemed["card"]["balance"] == "40.00"

    balance = cli.ok("card", "balance", code, user="carl")
    assert balance["balance"] == "40.00"
    assert "code" not in balance

    entries = cli.ok("card", "history", code, user="carl")["entries"]
    assert [(e["kind"], e["amount"], e["balance_after"]) for e in entries] == [
        ("issue", "100.00", "100.00"),
        ("redeem", "-60.00", "40.00"),
    ]
    assert all(set(e) == ENTRY_KEYS for e in entries)

    before = db_state(cli.db_url)
    denied = cli.fails("permission_denied", "card", "void", code, "--reason", "lost", user="carl")
    assert denied.status == 4
    assert db_state(cli.db_url) == before

    voided = cli.ok("card", "void", code, "--reason", "lost", user="mia")
    assert set(voided) == CARD_KEYS
    assert voided["status"] == "voided" and voided["balance"] == "0.00"
    kinds = [e["kind"] for e in cli.history(code)]
    assert kinds == ["issue", "redeem", "void"]
    assert sum(Decimal(e["amount"]) for e in cli.history(code)) == 0


def test_overdrawing_a_card_is_refused_on_both_databases(any_cli: Cli) -> None:
    code = sell(any_cli, "20.00")["code"]
    before = db_state(any_cli.db_url)
    r = any_cli.fails(
        "insufficient_funds", "card", "redeem", code, "--amount", "20.01", user="carl"
    )
    assert r.status == 3
    assert db_state(any_cli.db_url) == before
    assert any_cli.balance(code)["balance"] == "20.00"


def test_a_mistyped_code_is_refused_on_both_databases(any_cli: Cli) -> None:
    code = sell(any_cli, "20.00")["code"]
    typo = code[:5] + ("X" if code[5] != "X" else "Y") + code[6:]
    any_cli.fails("invalid_code", "card", "balance", typo, user="carl")


def test_a_card_bound_to_its_store_is_refused_elsewhere_on_both_databases(any_cli: Cli) -> None:
    code = issue(any_cli, "30.00", "--scope", "issuing")["code"]
    before = db_state(any_cli.db_url)
    any_cli.fails(
        "wrong_location", "card", "redeem", code, "--amount", "5.00", user="carl", location="S2"
    )
    assert db_state(any_cli.db_url) == before


def test_a_wrong_pin_and_a_reused_key_are_refused_on_both_databases(any_cli: Cli) -> None:
    code = sell(any_cli, "20.00")["code"]
    any_cli.fails("auth_failed", "card", "balance", code, user="carl", pin="9999")
    any_cli.ok("card", "redeem", code, "--amount", "5.00", "--idempotency-key", "k-1", user="carl")
    any_cli.fails(
        "conflict",
        "card",
        "redeem",
        code,
        "--amount",
        "6.00",
        "--idempotency-key",
        "k-1",
        user="carl",
    )
    assert any_cli.balance(code)["balance"] == "15.00"


def test_the_liability_report_has_its_shape_on_both_databases(any_cli: Cli) -> None:
    sell(any_cli, "20.00")
    report = any_cli.ok("report", "liability", user="mia")
    assert set(report) >= {"total", "by_location"}
    assert report["total"] == {"USD": "20.00"}
