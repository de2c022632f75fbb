"""``posapp cards bulk ACTION (--filter ... | --ids FILE)``."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from tests.cli.conftest import issue
from tests.cli.runner import Cli, sqlite_path


def test_bulk_freeze_by_filter_and_a_rerun_by_id_does_nothing_twice(cli: Cli) -> None:
    cards = [issue(cli, "10.00") for _ in range(3)]
    cli.ok("card", "void", cards[0]["code"], "--reason", "fraud", user="mia")
    out = cli.ok("cards", "bulk", "freeze", "--filter", "status=active", "--reason", "audit",
                 user="mia")
    assert out["done"] >= 2 and out["refused"] == []
    for card in cards[1:]:
        assert cli.balance(card["code"])["status"] == "frozen"
    again = cli.ok("cards", "bulk", "freeze", "--filter", "status=frozen", "--reason", "audit",
                   "--bulk-id", out["bulk_id"], user="mia")
    assert again["done"] == out["done"] and again["refused"] == []


def test_bulk_void_from_a_file_of_ids_names_each_refusal(cli: Cli, tmp_path: Path) -> None:
    cards = [issue(cli, "10.00") for _ in range(2)]
    cli.ok("card", "void", cards[0]["code"], "--reason", "fraud", user="mia")
    listing = tmp_path / "ids.csv"
    listing.write_text("id\n" + "\n".join(c["id"] for c in cards) + "\n")
    out = cli.ok("cards", "bulk", "void", "--ids", str(listing), "--reason", "lost batch",
                 user="mia")
    assert out["done"] == 1
    [refused] = out["refused"]
    assert refused["card_id"] == cards[0]["id"] and refused["code"] == "card_voided"
    assert refused["masked_code"].endswith(cards[0]["code"][-4:])
    assert cards[0]["code"] not in str(out)


def test_bulk_refuses_bad_input_clearly(cli: Cli, tmp_path: Path) -> None:
    cli.fails("invalid_input", "cards", "bulk", "freeze", "--filter", "colour=red",
              "--reason", "r", user="mia")
    cli.fails("invalid_input", "cards", "bulk", "void", "--filter", "status=active", user="mia")
    bad = tmp_path / "ids.txt"
    bad.write_text("not-an-id\n")
    cli.fails("invalid_input", "cards", "bulk", "unfreeze", "--ids", str(bad), user="mia")
    cli.fails("invalid_input", "cards", "bulk", "unfreeze", "--ids", str(tmp_path / "none"),
              user="mia")
    cli.fails("permission_denied", "cards", "bulk", "unfreeze", "--filter", "status=frozen",
              user="carl")


def test_import_with_a_mapping_a_preview_and_a_dry_run(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "other.csv"
    source.write_text("CardNo,Amt,Expiry,Notes\nFOREIGN001,4.00,2031-05-01,a\n"
                      "FOREIGN002,oops,,b\nFOREIGN003,1E2,,c\n")
    mapping = "code=CardNo,balance=Amt,ignore=Notes"
    preview = cli.ok("import", "cards", str(source), "--map", mapping, "--preview", user="mia")
    assert preview["columns"] == {"code": "CardNo", "amount": "Amt", "expires_at": "Expiry"}
    assert [p["line"] for p in preview["problems"]] == [3, 4]
    cli.fails("invalid_input", "import", "cards", str(source), "--map", mapping, "--dry-run",
              user="mia")
    cli.fails("card_not_found", "card", "balance", "FOREIGN001", user="mia")
    source.write_text("CardNo,Amt,Expiry,Notes\nFOREIGN001,4.00,2031-05-01,a\n")
    dry = cli.ok("import", "cards", str(source), "--map", mapping, "--dry-run", user="mia")
    assert (dry["dry_run"], dry["imported"], dry["checked"]) == (True, 0, 1)
    cli.fails("card_not_found", "card", "balance", "FOREIGN001", user="mia")
    done = cli.ok("import", "cards", str(source), "--map", mapping, user="mia")
    assert done["imported"] == 1
    assert cli.balance("FOREIGN001")["balance"] == "4.00"
    cli.fails("invalid_input", "import", "cards", str(source), "--map", "colour=Amt",
              user="mia")


def test_a_whole_code_searched_for_never_reaches_the_audit(cli: Cli) -> None:
    card = issue(cli, "10.00")
    out = cli.ok("cards", "bulk", "freeze", "--filter", f"search={card['code']}",
                 "--reason", "lost", user="mia")
    assert out["done"] == 1
    with sqlite3.connect(sqlite_path(cli.db_url)) as conn:
        details = [row[0] for row in conn.execute(
            "SELECT detail FROM audit_events WHERE kind = 'bulk_action'")]
    assert len(details) == 1
    assert card["code"] not in details[0] and card["code"][-4:] in details[0]


def test_bulk_export_writes_only_the_chosen_cards_masked(cli: Cli, tmp_path: Path) -> None:
    cards = [issue(cli, "10.00") for _ in range(3)]
    cli.ok("card", "freeze", cards[1]["code"], "--reason", "lost", user="mia")
    target = tmp_path / "frozen.csv"
    out = cli.ok("cards", "bulk", "export", "--filter", "status=frozen", "--to", str(target),
                 user="mia")
    assert out == {"exported": 1, "file": str(target)}
    rows = list(csv.DictReader(target.open()))
    assert [r["id"] for r in rows] == [cards[1]["id"]]
    assert cards[1]["code"] not in target.read_text()
    listing = tmp_path / "ids.csv"
    listing.write_text(f"{cards[0]['id']}\n{cards[2]['id']}\n")
    cli.ok("cards", "bulk", "export", "--ids", str(listing), "--to", str(target), user="mia")
    assert {r["id"] for r in csv.DictReader(target.open())} == {cards[0]["id"], cards[2]["id"]}
    cli.fails("invalid_input", "cards", "bulk", "export", "--ids", str(listing), user="mia")
