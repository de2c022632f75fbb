"""Idempotency keys and codes on the one command path, through the CLI on SQLite and
PostgreSQL: keys belong to the terminal that sent them, the ledger's own keys are out of a
caller's reach, a replay by someone else shows no code, and no code text crashes a command."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.cli.conftest import issue, sell
from tests.cli.runner import Cli, db_state, past_due


def register(cli: Cli, terminal: str) -> None:
    """An admin registers ``terminal`` at the shop's store (only registered tills sign in)."""
    cli.ok("terminal", "add", terminal, "--store", "S1", user="root")


def full_width(code: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isalnum() else ch for ch in code)


def with_cyrillic(code: str) -> str:
    return code.replace("C", "\u0421").replace("A", "\u0410").replace("E", "\u0415")


def test_the_same_key_from_two_terminals_is_two_operations(any_cli: Cli) -> None:
    cli = any_cli
    register(cli, "T2")
    card = issue(cli, "50.00")["code"]
    one = cli.ok(
        "card", "redeem", card, "--amount", "5.00", "--idempotency-key", "order-1001", user="carl"
    )
    again = cli.ok(
        "card", "redeem", card, "--amount", "5.00", "--idempotency-key", "order-1001", user="carl"
    )
    assert again == one  # a replay at the same terminal
    other = cli.ok(
        "card",
        "redeem",
        card,
        "--amount",
        "5.00",
        "--idempotency-key",
        "order-1001",
        user="carl",
        terminal="T2",
    )
    assert other["entry_id"] != one["entry_id"]
    assert cli.balance(card)["balance"] == "40.00"


def test_a_replay_by_another_staff_member_shows_no_code(any_cli: Cli) -> None:
    cli = any_cli
    args = ("sale", "sell", "--amount", "25.00", "--cash", "25.00", "--idempotency-key", "gift-7")
    first = cli.ok(*args, user="carl")
    code = first["cards"][0]["code"]
    mine = cli.ok(*args, user="carl")
    assert mine["cards"][0]["code"] == code
    theirs = cli.ok(*args, user="mia")
    assert theirs["sale_id"] == first["sale_id"]
    assert "code" not in theirs["cards"][0]
    assert code not in cli.outputs[-1].out and code[2:] not in cli.outputs[-1].out


def test_a_reused_key_with_other_arguments_is_a_conflict(any_cli: Cli) -> None:
    cli = any_cli
    card = issue(cli, "50.00")["code"]
    cli.ok("card", "redeem", card, "--amount", "5.00", "--idempotency-key", "k-1", user="carl")
    cli.fails(
        "conflict",
        "card",
        "redeem",
        card,
        "--amount",
        "6.00",
        "--idempotency-key",
        "k-1",
        user="carl",
    )
    other = issue(cli, "20.00")["code"]
    before = db_state(cli.db_url)
    cli.fails(
        "conflict",
        "card",
        "redeem",
        other,
        "--amount",
        "5.00",
        "--idempotency-key",
        "k-1",
        user="carl",
    )
    assert db_state(cli.db_url) == before


def test_keys_shaped_like_the_ledgers_own_never_collide(any_cli: Cli) -> None:
    cli = any_cli
    card = sell(cli, "100.00")["code"]
    cli.ok("sale", "pay", "--total", "10.00", "--card", card, "--idempotency-key", "K", user="carl")
    # The sale's entry once took the key "K/1" and its replacement "K/out".
    for key in ("K/1", "K/out", "K/in", "K/1/out"):
        done = cli.ok(
            "card", "redeem", card, "--amount", "1.00", "--idempotency-key", key, user="carl"
        )
        assert done["redeemed"] == "1.00"
    assert cli.balance(card)["balance"] == "86.00"


def test_a_cashier_cannot_take_the_expiry_jobs_key(any_cli: Cli) -> None:
    cli = any_cli
    card = issue(cli, "25.00", "--expires-days", "1")
    key = f"expire/{card['id']}/{card['expires_at']}"
    cli.ok(
        "card", "redeem", card["code"], "--amount", "0.01", "--idempotency-key", key, user="carl"
    )
    past_due(cli, card["id"])
    done = cli.ok("cards", "expire", user="mia")
    assert done["expired"] == 1
    assert cli.balance(card["code"])["status"] == "expired"


def test_non_ascii_codes_are_invalid_codes_and_count_as_failed_look_ups(any_cli: Cli) -> None:
    cli = any_cli
    card = issue(cli, "50.00")["code"]
    before = db_state(cli.db_url)
    for bad in (full_width(card), with_cyrillic(card), "ＧＣ-ＡＢＣＤ", "\u00e9" * 10):
        for command in (
            ("card", "redeem", bad, "--amount", "1.00"),
            ("card", "balance", bad),
        ):
            r = cli.fails("invalid_code", *command, user="carl")
            assert "Traceback" not in r.err and "Unicode" not in r.out
    assert db_state(cli.db_url) == before
    # Eight failures so far; two more reach the limit of ten a minute.
    cli.fails(
        "invalid_code", "sale", "pay", "--total", "1.00", "--card", full_width(card), user="carl"
    )
    cli.fails("invalid_code", "card", "refund", with_cyrillic(card), "--amount", "1.00", user="mia")
    cli.fails("rate_limited", "card", "balance", card, user="carl")


def test_a_future_now_never_expires_cards_before_their_date(any_cli: Cli) -> None:
    cli = any_cli
    card = issue(cli, "25.00", "--expires-days", "30")["code"]
    before = db_state(cli.db_url)
    r = cli.fails(
        "invalid_input", "cards", "expire", "--now", "2099-01-01T00:00:00+00:00", user="mia"
    )
    assert "future" in r.data["message"]
    assert db_state(cli.db_url) == before
    assert cli.balance(card)["status"] == "active"
    # A time a moment ahead (another till's clock) is still fine.
    cli.ok("cards", "expire", user="mia")


def test_adjusting_below_the_balance_says_so_not_open_sales(any_cli: Cli) -> None:
    cli = any_cli
    card = issue(cli, "50.00")["code"]
    r = cli.fails(
        "insufficient_funds",
        "card",
        "adjust",
        card,
        "--amount",
        "-60.00",
        "--note",
        "count",
        user="mia",
    )
    assert "open sales" not in r.data["message"]
    assert "50.00" in r.data["message"]


def test_a_card_restricted_to_books_pays_only_for_books(any_cli: Cli) -> None:
    cli = any_cli
    cli.ok(
        "product",
        "add",
        "BOOKS",
        "--name",
        "Book token",
        "--denominations",
        "25.00",
        "--categories",
        "books",
        user="root",
    )
    sold = cli.ok(
        "sale", "sell", "--product", "BOOKS", "--amount", "25.00", "--cash", "25.00", user="carl"
    )
    code = sold["cards"][0]["code"]
    before = db_state(cli.db_url)
    r = cli.fails("not_allowed", "sale", "pay", "--total", "10.00", "--card", code, user="carl")
    assert "books" in r.data["message"]
    assert db_state(cli.db_url) == before
    assert cli.balance(code)["balance"] == "25.00"


def test_a_batch_face_value_is_read_in_the_products_currency(any_cli: Cli) -> None:
    cli = any_cli
    cli.ok(
        "product",
        "add",
        "YEN",
        "--name",
        "Tokyo card",
        "--currency",
        "JPY",
        "--denominations",
        "1000",
        user="root",
    )
    batch = cli.ok(
        "batch", "create", "--count", "1", "--amount", "1000", "--product", "YEN", user="root"
    )
    assert batch["count"] == 1
    face = create_engine(cli.db_url)
    try:
        with face.connect() as conn:
            value = conn.execute(text("SELECT face_value_minor, currency FROM batches")).one()
    finally:
        face.dispose()
    assert tuple(value) == (1000, "JPY")


def test_a_back_office_command_with_a_key_runs_once(any_cli: Cli) -> None:
    cli = any_cli
    rate = ("rate", "set", "USD", "EUR", "0.92", "--idempotency-key", "rates-07")
    first = cli.ok(*rate, user="root")
    assert cli.ok(*rate, user="root") == first
    cli.fails("conflict", "rate", "set", "USD", "EUR", "0.93", "--idempotency-key", "rates-07",
              user="root")
    hired = cli.ok("staff", "add", "ann", "--role", "cashier", "--set-pin", "4821",
                   "--idempotency-key", "hire-ann", user="root")
    assert cli.ok("staff", "add", "ann", "--role", "cashier", "--set-pin", "4821",
                  "--idempotency-key", "hire-ann", user="root") == hired
    cli.fails("conflict", "staff", "add", "ann", "--role", "cashier", "--set-pin", "4821",
              user="root")  # without the key it is a second staff member of the same name
    engine = create_engine(cli.db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM exchange_rates")).scalar() == 1
    engine.dispose()
