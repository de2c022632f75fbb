"""Every command of the README (but printing) and the extra ones, through ``posapp.cli.main``:
the JSON shapes with ``--json`` and readable lines without."""

from __future__ import annotations

import csv
import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from tests.cli.conftest import (
    CARD_KEYS,
    ENTRY_KEYS,
    SALE_EMAIL_KEY,
    SALE_EXTRA_KEYS,
    SALE_KEYS,
    TENDER_KEYS,
    batch_codes,
    issue,
    sell,
)
from tests.cli.runner import Cli, code_forms, past_due
from tests.conftest import PINS


def assert_card(card: dict, *, with_code: bool) -> None:
    assert set(card) == CARD_KEYS | ({"code"} if with_code else set()), card
    uuid.UUID(card["id"])
    assert card["masked_code"].startswith("GC-****-****-****-")
    Decimal(card["balance"]), Decimal(card["initial_balance"])  # decimal strings
    if with_code:
        assert card["masked_code"].endswith(card["code"][-4:])


def assert_sale(sale: dict) -> None:
    assert set(sale) - {SALE_EMAIL_KEY} == SALE_KEYS | SALE_EXTRA_KEYS, sale
    uuid.UUID(sale["sale_id"])
    for tender in sale["tenders"]:
        # A card's tender names the card, so a till can take it off the sale again.
        assert set(tender) == TENDER_KEYS | ({"card_id"} if tender["masked_code"] else set())
        if tender["masked_code"]:
            uuid.UUID(tender["card_id"])


# ---------------------------------------------------------------- db, stores, staff


def test_db_init_creates_the_schema_the_admin_and_a_first_store(fresh_cli: Cli) -> None:
    out = fresh_cli.ok(
        "db",
        "init",
        "--admin",
        "root",
        "--set-pin",
        PINS["root"],
        "--store",
        "s1",
        "--store-name",
        "Main Street",
        "--currency",
        "EUR",
    )
    assert set(out) == {"database", "revision", "admin", "location"}
    assert out["location"]["code"] == "S1" and out["location"]["currency"] == "EUR"
    again = fresh_cli.ok("db", "upgrade")
    assert again == {"database": "ready", "revision": out["revision"]}


def test_db_init_and_upgrade_print_readable_lines_without_json(fresh_cli: Cli) -> None:
    r = fresh_cli("db", "init", "--admin", "root", "--set-pin", PINS["root"], as_json=False)
    assert r.status == 0, r
    assert "database: ready" in r.out and "admin: root" in r.out and "location: -" in r.out
    r = fresh_cli("db", "upgrade", as_json=False)
    assert r.status == 0 and r.out.startswith("database: ready\n")


def test_db_init_creates_a_missing_sqlite_file(tmp_path: Path) -> None:
    cli = Cli(f"sqlite:///{tmp_path / 'new' / 'giftpos.sqlite3'}", tmp_path / "keys.json")
    (tmp_path / "new").mkdir()
    assert cli.ok("db", "init", "--admin", "root", "--set-pin", PINS["root"])["admin"] == "root"
    assert cli.ok("staff", "list", user="root")["staff"][0]["role"] == "admin"


def test_location_add_and_list_show_the_stores(cli: Cli) -> None:
    added = cli.ok(
        "location",
        "add",
        "n1",
        "--name",
        "North",
        "--currency",
        "GBP",
        "--locale",
        "en_GB",
        user="root",
    )
    assert set(added) == {"id", "code", "name", "currency", "locale", "timezone"}
    assert (added["code"], added["currency"], added["locale"]) == ("N1", "GBP", "en_GB")
    listed = cli.ok("location", "list", user="carl")["locations"]
    assert {loc["code"] for loc in listed} == {"S1", "S2", "E1", "N1"}
    text = cli("location", "list", user="carl", as_json=False)
    assert text.status == 0 and "locations:" in text.out and "Harbour" in text.out


def test_staff_add_set_and_list_manage_roles_pins_and_the_active_flag(cli: Cli) -> None:
    added = cli.ok("staff", "add", "Ann Lee", "--role", "cashier", "--set-pin", "4444", user="root")
    assert set(added) == {"id", "name", "role", "active", "locked"} and added["active"] is True
    changed = cli.ok(
        "staff", "set", "Ann Lee", "--role", "manager", "--set-pin", "555555", user="root"
    )
    assert changed["role"] == "manager"
    assert cli("location", "list", user="Ann Lee", pin="4444").error == "auth_failed"
    assert cli("location", "list", user="Ann Lee", pin="555555").status == 0
    cli.ok("staff", "set", "Ann Lee", "--active", "no", user="root")
    assert cli("location", "list", user="Ann Lee", pin="555555").error == "auth_failed"
    staff = {s["name"]: s for s in cli.ok("staff", "list", user="root")["staff"]}
    assert staff["Ann Lee"]["active"] is False and staff["mia"]["role"] == "manager"
    assert all("pin" not in key for s in staff.values() for key in s)
    text = cli("staff", "list", user="root", as_json=False)
    assert "name" in text.out and "carl" in text.out and "cashier" in text.out


def test_rate_set_records_an_exchange_rate_that_redemptions_use(cli: Cli) -> None:
    rate = cli.ok("rate", "set", "EUR", "USD", "1.25", user="root")
    assert (rate["base"], rate["quote"], Decimal(rate["rate"])) == ("EUR", "USD", Decimal("1.25"))
    code = issue(cli, "40.00", "--currency", "EUR")["code"]
    spent = cli.ok("card", "redeem", code, "--amount", "10.00", user="carl")
    assert spent["redeemed"] == "8.00" and spent["card"]["balance"] == "32.00"


def test_settings_set_overrides_one_store_and_settings_show_what_is_in_force(cli: Cli) -> None:
    out = cli.ok("settings", "set", "max_card_value", "500", "--store", "S2", user="root")
    assert (out["key"], out["store"]) == ("max_card_value", "S2")
    assert "USD 500.00" in out["value"] and "EUR 10000.00" in out["value"]
    at_s2 = cli.ok("settings", "show", "--store", "S2", user="carl")["settings"]
    assert at_s2["max_card_value"]["USD"] == "500.00"
    assert at_s2["max_card_value"]["EUR"] == "10000.00"
    shown = cli.ok("settings", "show", user="carl")["settings"]
    assert shown["max_card_value"]["USD"] == "10000.00"
    assert shown["denominations"]["JPY"] == ["3000", "5000", "10000"]
    assert shown["cashout_threshold"] == {}  # cash-out is off until an admin sets it
    assert shown["offline_card_cap"]["USD"] == "50.00" and shown["offline_redemption"] is False
    text = cli("settings", "show", user="carl", as_json=False)
    assert "settings:" in text.out and "USD: 10000.00" in text.out


def test_product_add_and_list_define_what_is_sold(cli: Cli) -> None:
    product = cli.ok(
        "product",
        "add",
        "GC-FIX",
        "--name",
        "Fixed",
        "--denominations",
        "25.00,50.00",
        "--lifetime-days",
        "365",
        user="root",
    )
    assert product["sku"] == "GC-FIX" and product["denominations"] == ["25.00", "50.00"]
    assert [p["sku"] for p in cli.ok("product", "list", user="carl")["products"]] == ["GC-FIX"]
    sold = sell(cli, "50.00", "--product", "GC-FIX")
    assert sold["expires_at"] is not None
    assert (
        cli(
            "sale",
            "sell",
            "--amount",
            "30.00",
            "--cash",
            "30.00",
            "--product",
            "GC-FIX",
            user="carl",
        ).error
        == "invalid_amount"
    )


# ---------------------------------------------------------------- cards


def test_card_issue_shows_the_full_code_once_with_its_terms(cli: Cli) -> None:
    card = issue(
        cli,
        "75.50",
        "--expires-days",
        "30",
        "--scope",
        "S1,S2",
        "--recipient-email",
        "ann@example.com",
        "--recipient-name",
        "Ann",
        "--message",
        "Happy birthday",
        "--strategy",
        "balance",
    )
    assert_card(card, with_code=True)
    assert (card["balance"], card["initial_balance"], card["status"]) == (
        "75.50",
        "75.50",
        "active",
    )
    assert card["scope"] == "S1,S2" and card["location"] == "S1" and card["currency"] == "USD"
    assert datetime.fromisoformat(card["expires_at"]).tzinfo is not None
    assert cli.history(card["code"])[0]["kind"] == "issue"


def test_card_issue_imports_a_given_code_and_a_foreign_currency(cli: Cli) -> None:
    card = issue(cli, "10.00", "--code", "legacy-123456", "--currency", "EUR")
    assert card["code"] == "LEGACY123456" and card["currency"] == "EUR"
    assert cli.balance("LEGACY123456")["balance"] == "10.00"


def test_card_issue_prints_readable_lines_without_json(cli: Cli) -> None:
    r = cli("card", "issue", "--amount", "20.00", user="mia", as_json=False)
    assert r.status == 0, r
    lines = dict(line.split(": ", 1) for line in r.out.splitlines())
    assert lines["balance"] == "20.00" and lines["status"] == "active"
    assert lines["masked code"].startswith("GC-****") and len(lines["code"]) == 19


def test_card_activate_gives_a_batch_card_its_value_and_shows_its_code(cli: Cli) -> None:
    batch = cli.ok("batch", "create", "--count", "2", user="root")
    first, _ = batch_codes(cli, batch["batch_id"])
    card = cli.ok("card", "activate", first, "--amount", "30.00", "--reference", "PO-7", user="mia")
    assert_card(card, with_code=True)
    assert card["code"] == first and card["status"] == "active" and card["balance"] == "30.00"
    [entry] = cli.history(first)
    assert (entry["kind"], entry["reference"]) == ("issue", "PO-7")


def test_card_balance_shows_the_masked_card_and_what_is_available(cli: Cli) -> None:
    code = sell(cli, "12.34")["code"]
    out = cli.ok("card", "balance", code, user="carl")
    assert set(out) == CARD_KEYS | {"available"}
    assert out["balance"] == out["available"] == "12.34"
    r = cli("card", "balance", code, user="carl", as_json=False)
    assert "balance: 12.34" in r.out and "status: active" in r.out
    for form in code_forms(code):
        assert form not in r.out


def test_card_balance_accepts_the_code_as_typed_in_groups_and_lower_case(cli: Cli) -> None:
    code = sell(cli, "12.00")["code"]
    typed = "-".join([code[:2], *(code[i : i + 4] for i in range(2, len(code), 4))]).lower()
    assert cli.ok("card", "balance", typed, user="carl")["balance"] == "12.00"
    with_o = code[:2] + code[2:-1].replace("0", "O") + code[-1]
    assert cli.ok("card", "balance", with_o, user="carl")["balance"] == "12.00"


def test_card_redeem_takes_the_amount_and_returns_the_redeem_shape(cli: Cli) -> None:
    code = sell(cli, "50.00")["code"]
    out = cli.ok("card", "redeem", code, "--amount", "12.50", "--reference", "R-1", user="carl")
    assert set(out) == {"card", "redeemed", "entry_id", "new_card"}
    assert_card(out["card"], with_code=False)
    assert out["redeemed"] == "12.50" and out["new_card"] is None
    assert out["card"]["balance"] == "37.50"
    entry = cli.history(code)[-1]
    assert (entry["id"], entry["kind"], entry["reference"]) == (out["entry_id"], "redeem", "R-1")
    r = cli("card", "redeem", code, "--amount", "7.50", user="carl", as_json=False)
    assert r.status == 0 and "redeemed: 7.50" in r.out and "new card: -" in r.out


def test_card_redeem_with_the_same_idempotency_key_twice_takes_the_amount_once(cli: Cli) -> None:
    code = sell(cli, "50.00")["code"]
    key = ["--idempotency-key", "till-4-0001"]
    first = cli.ok("card", "redeem", code, "--amount", "10.00", *key, user="carl")
    second = cli.ok("card", "redeem", code, "--amount", "10.00", *key, user="carl")
    assert first == second
    assert cli.balance(code)["balance"] == "40.00" and len(cli.history(code)) == 2


def test_a_partial_redemption_of_a_replacement_card_shows_the_new_card_with_its_code(
    cli: Cli,
) -> None:
    old = issue(cli, "50.00", "--strategy", "replacement")["code"]
    out = cli.ok("card", "redeem", old, "--amount", "20.00", user="carl")
    assert out["card"]["status"] == "voided" and out["card"]["balance"] == "0.00"
    new = out["new_card"]
    assert_card(new, with_code=True)
    assert new["balance"] == "30.00" and new["code"] != old
    assert [e["kind"] for e in cli.history(old)] == ["issue", "redeem", "transfer_out"]
    assert [e["kind"] for e in cli.history(new["code"])] == ["transfer_in"]


def test_card_reload_refund_and_adjust_change_the_balance_with_entries(cli: Cli) -> None:
    code = sell(cli, "20.00")["code"]
    assert cli.ok("card", "reload", code, "--amount", "5.00", user="mia")["balance"] == "25.00"
    refunded = cli.ok("card", "refund", code, "--amount", "2.50", "--reference", "S-9", user="mia")
    assert_card(refunded, with_code=False)
    assert refunded["balance"] == "27.50"
    down = cli.ok("card", "adjust", code, "--amount", "-7.50", "--note", "miscount", user="mia")
    assert down["balance"] == "20.00"
    up = cli.ok("card", "adjust", code, "--amount", "+1.00", "--note", "goodwill", user="mia")
    assert up["balance"] == "21.00"
    entries = cli.history(code)
    assert [(e["kind"], e["amount"]) for e in entries] == [
        ("issue", "20.00"),
        ("reload", "5.00"),
        ("refund", "2.50"),
        ("adjust", "-7.50"),
        ("adjust", "1.00"),
    ]
    assert [e["note"] for e in entries[-2:]] == ["miscount", "goodwill"]
    assert entries[2]["reference"] == "S-9"


def test_card_freeze_and_unfreeze_stop_and_restore_spending(cli: Cli) -> None:
    code = sell(cli, "20.00")["code"]
    frozen = cli.ok("card", "freeze", code, "--reason", "reported lost", user="mia")
    assert_card(frozen, with_code=False)
    assert frozen["status"] == "frozen"
    cli.fails("card_frozen", "card", "redeem", code, "--amount", "1.00", user="carl")
    assert cli.ok("card", "unfreeze", code, user="mia")["status"] == "active"
    assert cli.ok("card", "redeem", code, "--amount", "1.00", user="carl")["redeemed"] == "1.00"


def test_card_void_zeroes_the_balance_for_good(cli: Cli) -> None:
    code = sell(cli, "20.00")["code"]
    voided = cli.ok("card", "void", code, "--reason", "fraud", user="mia")
    assert_card(voided, with_code=False)
    assert (voided["status"], voided["balance"]) == ("voided", "0.00")
    last = cli.history(code)[-1]
    assert (last["kind"], last["amount"], last["note"], last["staff"]) == (
        "void",
        "-20.00",
        "fraud",
        "mia",
    )


def test_card_transfer_moves_the_balance_to_a_new_code_shown_once(cli: Cli) -> None:
    old = sell(cli, "20.00")["code"]
    cli.ok("card", "redeem", old, "--amount", "5.00", user="carl")
    new = cli.ok("card", "transfer", old, user="mia")
    assert_card(new, with_code=True)
    assert new["code"] != old and new["balance"] == "15.00"
    assert cli.balance(old)["status"] == "voided"
    assert cli.history(old)[-1]["kind"] == "transfer_out"
    assert (
        cli.ok("card", "redeem", new["code"], "--amount", "15.00", user="carl")["card"]["status"]
        == "depleted"
    )


def test_card_history_lists_every_entry_in_order_with_the_history_shape(cli: Cli) -> None:
    code = sell(cli, "30.00")["code"]
    cli.ok("card", "redeem", code, "--amount", "10.00", user="carl")
    out = cli.ok("card", "history", code, user="carl")
    assert set(out) == {"entries"}
    entries = out["entries"]
    assert all(set(e) == ENTRY_KEYS for e in entries)
    for before, after in zip(entries, entries[1:], strict=False):
        assert before["balance_after"] == after["balance_before"]
    for e in entries:
        assert Decimal(e["balance_before"]) + Decimal(e["amount"]) == Decimal(e["balance_after"])
        assert (e["staff"], e["location"]) == ("carl", "S1")
    text = cli("card", "history", code, user="carl", as_json=False)
    assert text.out.startswith("entries:\n") and "redeem" in text.out and "-10.00" in text.out


def test_card_list_finds_cards_by_status_search_and_store_all_masked(cli: Cli) -> None:
    a = sell(cli, "10.00", "--recipient-name", "Zoe Quinn")
    b = sell(cli, "20.00", location="S2")
    cli.ok("card", "void", b["code"], "--reason", "test", user="mia")
    every = cli.ok("card", "list", user="mia")
    assert set(every) == {"cards"} and len(every["cards"]) == 2
    for card in every["cards"]:
        assert_card(card, with_code=False)
    assert [c["id"] for c in cli.ok("card", "list", "--status", "voided", user="mia")["cards"]] == [
        b["id"]
    ]
    assert [c["id"] for c in cli.ok("card", "list", "--search", "zoe", user="mia")["cards"]] == [
        a["id"]
    ]
    by_code = cli.ok("card", "list", "--search", a["code"], user="mia")["cards"]
    assert [c["id"] for c in by_code] == [a["id"]]
    assert [c["id"] for c in cli.ok("card", "list", "--store", "S2", user="mia")["cards"]] == [
        b["id"]
    ]
    text = cli("card", "list", user="mia", as_json=False)
    assert text.out.startswith("cards:\n") and "masked_code" in text.out


def test_cards_expire_moves_past_due_cards_to_expired(cli: Cli) -> None:
    card = issue(cli, "25.00", "--expires-days", "10")
    code = card["code"]
    keep = issue(cli, "25.00", "--expires-days", "10")["code"]
    past_due(cli, card["id"])
    out = cli.ok("cards", "expire", user="mia")
    assert (out["expired"], out["holds_expired"]) == (1, 0)
    assert cli.balance(code)["status"] == "expired"
    assert cli.history(code)[-1]["kind"] == "expire" and cli.history(code)[-1]["amount"] == "0.00"
    assert cli.balance(keep)["status"] == "active"
    again = cli.ok("cards", "expire", "--now", out["now"], user="mia")
    assert again["expired"] == 0


# ---------------------------------------------------------------- batches


def test_batch_create_and_list_make_inactive_cards(cli: Cli) -> None:
    out = cli.ok("batch", "create", "--count", "5", "--amount", "25.00", user="root")
    assert set(out) == {"batch_id", "count"} and out["count"] == 5
    [listed] = cli.ok("batch", "list", user="root")["batches"]
    assert listed["batch_id"] == out["batch_id"] and listed["face_value"] == "25.00"
    cards = cli.ok("card", "list", "--status", "inactive", user="mia")["cards"]
    assert len(cards) == 5 and {c["balance"] for c in cards} == {"0.00"}
    text = cli("batch", "create", "--count", "1", user="root", as_json=False)
    assert "batch id: " in text.out and "count: 1" in text.out


# ---------------------------------------------------------------- sales


def test_sale_sell_sells_an_e_card_for_cash_with_change(cli: Cli) -> None:
    sale = cli.ok(
        "sale",
        "sell",
        "--amount",
        "40.00",
        "--cash",
        "50.00",
        "--recipient-email",
        "zoe@example.com",
        "--recipient-name",
        "Zoe",
        "--message",
        "Enjoy",
        user="carl",
    )
    assert_sale(sale)
    assert (sale["total"], sale["due"], sale["change"]) == ("40.00", "0.00", "10.00")
    assert sale["tenders"] == [{"type": "cash", "masked_code": None, "amount": "50.00"}]
    [card] = sale["cards"]
    assert_card(card, with_code=True)
    assert card["balance"] == "40.00" and card["status"] == "active"


def test_sale_sell_by_external_card_activates_a_batch_card(cli: Cli) -> None:
    batch = cli.ok("batch", "create", "--count", "1", "--amount", "25.00", user="root")
    [code] = batch_codes(cli, batch["batch_id"])
    sale = cli.ok(
        "sale", "sell", "--amount", "25.00", "--card", code, "--external", "25.00", user="carl"
    )
    assert_sale(sale)
    assert sale["tenders"][0]["type"] == "external"
    assert sale["cards"][0]["code"] == code and sale["cards"][0]["balance"] == "25.00"


def test_sale_sell_reloads_an_existing_card(cli: Cli) -> None:
    code = sell(cli, "20.00")["code"]
    sale = cli.ok(
        "sale", "sell", "--amount", "15.00", "--card", code, "--cash", "15.00", user="carl"
    )
    assert_sale(sale)
    assert sale["cards"][0]["balance"] == "35.00"
    assert [e["kind"] for e in cli.history(code)] == ["issue", "reload"]


def test_sale_sell_prints_a_readable_receipt_like_summary(cli: Cli) -> None:
    r = cli("sale", "sell", "--amount", "10.00", "--cash", "10.00", user="carl", as_json=False)
    assert r.status == 0, r
    assert "total: 10.00" in r.out and "tenders:" in r.out and "cards:" in r.out


def test_sale_pay_splits_a_sale_over_two_cards_and_cash(cli: Cli) -> None:
    a = sell(cli, "30.00")["code"]
    b = sell(cli, "10.00")["code"]
    sale = cli.ok(
        "sale",
        "pay",
        "--total",
        "45.00",
        "--card",
        a,
        "--card",
        b,
        "--cash",
        "10.00",
        "--reference",
        "ORDER-1",
        user="carl",
    )
    assert_sale(sale)
    assert (sale["total"], sale["due"], sale["change"]) == ("45.00", "0.00", "5.00")
    tenders = [(t["type"], t["amount"]) for t in sale["tenders"]]
    assert tenders == [("gift_card", "30.00"), ("gift_card", "10.00"), ("cash", "10.00")]
    assert [t["masked_code"][-4:] for t in sale["tenders"][:2]] == [a[-4:], b[-4:]]
    assert [c["status"] for c in sale["cards"]] == ["depleted", "depleted"]
    for card in sale["cards"]:
        assert_card(card, with_code=False)


def test_sale_pay_completes_with_cards_alone_when_they_cover_the_total(cli: Cli) -> None:
    code = sell(cli, "30.00")["code"]
    sale = cli.ok("sale", "pay", "--total", "12.00", "--card", code, user="carl")
    assert sale["state"] == "completed" and sale["due"] == "0.00"
    assert cli.balance(code)["balance"] == "18.00"


def test_sale_show_and_sale_refund_return_part_of_a_card_payment(cli: Cli) -> None:
    code = sell(cli, "30.00")["code"]
    paid = cli.ok("sale", "pay", "--total", "20.00", "--card", code, user="carl")
    shown = cli.ok("sale", "show", paid["sale_id"], user="carl")
    assert shown["sale_id"] == paid["sale_id"] and shown["total"] == "20.00"
    refunded = cli.ok("sale", "refund", paid["sale_id"], "--amount", "5.00", user="mia")
    assert refunded["sale_id"] == paid["sale_id"]
    assert cli.balance(code)["balance"] == "15.00"
    assert [e["kind"] for e in cli.history(code)] == ["issue", "redeem", "refund"]
    text = cli("sale", "show", paid["sale_id"], user="carl", as_json=False)
    assert "total: 20.00" in text.out and code not in text.out


def test_sale_void_restores_the_card_balances_at_once(cli: Cli) -> None:
    code = sell(cli, "30.00")["code"]
    paid = cli.ok("sale", "pay", "--total", "20.00", "--card", code, user="carl")
    voided = cli.ok("sale", "void", paid["sale_id"], "--reason", "wrong till", user="mia")
    assert voided["state"] == "voided"
    assert cli.balance(code)["balance"] == "30.00"


def test_sale_void_of_a_gift_card_sale_takes_the_sold_value_back(cli: Cli) -> None:
    sale = cli.ok("sale", "sell", "--amount", "30.00", "--cash", "30.00", user="carl")
    code = sale["cards"][0]["code"]
    cli.ok("sale", "void", sale["sale_id"], "--reason", "customer changed mind", user="mia")
    assert cli.balance(code)["balance"] == "0.00"


# ---------------------------------------------------------------- reports, import, export


def test_report_liability_sums_balances_per_currency_and_store(cli: Cli) -> None:
    sell(cli, "30.00")
    sell(cli, "20.00", location="S2")
    issue(cli, "10.00", "--currency", "EUR")
    out = cli.ok("report", "liability", user="mia")
    assert {"total", "by_location"} <= set(out) <= {"total", "by_location", "breakage"}
    assert out["total"] == {"USD": "50.00", "EUR": "10.00"}
    assert out["by_location"] == {"S1": {"USD": "30.00", "EUR": "10.00"}, "S2": {"USD": "20.00"}}
    only = cli.ok("report", "liability", "--store", "S2", user="mia")
    assert only["total"] == {"USD": "20.00"}
    text = cli("report", "liability", user="mia", as_json=False)
    assert "total:" in text.out and "  USD: 50.00" in text.out


def test_report_day_gives_end_of_day_totals_per_terminal(cli: Cli) -> None:
    for terminal in ("T1", "T2"):
        cli.ok("terminal", "add", terminal, "--store", "S1", user="root")
    sell(cli, "30.00", terminal="T1")
    sell(cli, "20.00", terminal="T2")
    out = cli.ok("report", "day", user="mia")
    rows = {r["terminal"]: r for r in out["terminals"]}
    assert rows["T1"]["cards_sold"] == "30.00" and rows["T2"]["cash"] == "20.00"
    datetime.fromisoformat(out["date"])
    old = cli.ok("report", "day", "--date", "2001-01-01", user="mia")
    assert old["date"] == "2001-01-01"
    assert {(r["sales"], r["cards_sold"]) for r in old["terminals"]} == {(0, "0.00")}


def test_import_and_export_cards_round_trip_through_csv_with_masked_codes(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "code,amount,currency,expires_at,recipient_name,recipient_email,message,reference\n"
        "OLDSYS000001,15.00,USD,,Ann,,,legacy\n"
        "OLDSYS000002,5.50,USD,,,,,legacy\n"
    )
    out = cli.ok("import", "cards", str(source), user="mia")
    assert out["imported"] == 2
    assert cli.balance("OLDSYS000001")["balance"] == "15.00"
    target = tmp_path / "out.csv"
    exported = cli.ok("export", "cards", str(target), user="mia")
    assert exported == {"exported": 2, "file": str(target)}
    rows = list(csv.DictReader(target.open()))
    assert {r["masked_code"] for r in rows} == {"****-****-****-0001", "****-****-****-0002"}
    assert "OLDSYS" not in target.read_text()
