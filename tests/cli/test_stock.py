"""`posapp stock ...`: printed cards shipped, received, marked, counted; a card is sold only
where it is on hand, unless a manager activates it elsewhere (audited)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from posapp import edge_admin, paths
from posapp.services.command_path.context import Context
from posapp.services.security import staff
from tests.cli.conftest import batch_codes
from tests.cli.runner import Cli
from tests.conftest import PINS


def stock(cli: Cli) -> dict[tuple[str, str], int]:
    lines = cli.ok("stock", "report", user="mia")["stock"]
    return {(x["store"], x["state"]): x["cards"] for x in lines}


def printed(cli: Cli, batch_id: str) -> str:
    """Record the batch printed, as `posapp batch print` does once its sheets are written
    (the printing commands are wired into the console script, not this in-process CLI)."""
    ctx = Context.open(cli.db_url, cli.key_file)
    try:
        admin = staff.authenticate(ctx, "root", PINS["root"], terminal_name=paths.terminal_name())
        edge_admin.mark_printed(ctx, admin, batch_id)
    finally:
        ctx.close()
    return batch_id


def sell_card(cli: Cli, code: str, **options: str) -> object:
    return cli("sale", "sell", "--amount", "25.00", "--card", code, "--cash", "25.00", **options)


def audited(cli: Cli, kind: str) -> int:
    engine = create_engine(cli.db_url)
    with engine.connect() as conn:
        found = conn.execute(text("SELECT count(*) FROM audit_events WHERE kind = :k"),
                             {"k": kind}).scalar_one()
    engine.dispose()
    return int(found)


def test_a_batch_goes_from_the_stock_room_to_a_store_and_is_sold_only_there(
    any_cli: Cli, tmp_path: Path
) -> None:
    cli = any_cli
    batch = printed(cli, cli.ok("batch", "create", "--count", "4", user="root")["batch_id"])
    codes = batch_codes(cli, batch)
    assert stock(cli) == {("S1", "stock_room"): 4}

    shipped = cli.ok("stock", "ship", batch, "--store", "S2", user="mia")
    assert (shipped["moved"], shipped["store"]) == (4, "S2")
    assert stock(cli) == {("S2", "in_transit"): 4}
    # In transit, nobody at S2 sells it yet; at S1 it is no longer on hand either.
    r = sell_card(cli, codes[0], user="carl", location="S2")
    assert r.status != 0 and r.data["error"] == "wrong_location"

    got = cli.ok("stock", "receive", batch, "--missing", codes[3], user="mia", location="S2")
    assert (got["moved"], got["missing"]) == (3, 1)
    assert stock(cli) == {("S2", "at_store"): 3, ("S2", "lost"): 1}

    r = sell_card(cli, codes[0], user="carl", location="S1")  # not S1's stock any more
    assert r.status != 0 and r.data["error"] == "wrong_location"
    assert cli.balance(codes[0])["status"] == "inactive"
    assert sell_card(cli, codes[0], user="carl", location="S2").status == 0
    r = sell_card(cli, codes[3], user="carl", location="S2")  # lost on the way
    assert r.status != 0 and r.data["error"] == "wrong_location"
    # A manager may sell it anyway: audited.
    assert sell_card(cli, codes[1], user="mia", location="S1").status == 0
    assert audited(cli, "stock_override") == 1
    assert stock(cli) == {("S2", "at_store"): 1, ("S2", "lost"): 1, ("S2", "sold"): 1,
                          ("S1", "sold"): 1}

    marked = cli.ok("stock", "mark", codes[2], "--as", "damaged", "--reason", "coffee",
                    user="mia", location="S2")
    assert marked["moved"] == 1
    cli.fails("invalid_state", "stock", "mark", codes[0], "--as", "lost", "--reason", "x",
              user="mia")  # sold: not stock any more
    assert ("S2", "damaged") in stock(cli)


def test_a_stock_count_lists_missing_and_unexpected_cards(cli: Cli, tmp_path: Path) -> None:
    first = cli.ok("batch", "create", "--count", "3", user="root")["batch_id"]
    second = printed(cli, cli.ok("batch", "create", "--count", "1", user="root")["batch_id"])
    here, there = batch_codes(cli, first), batch_codes(cli, second)
    cli.ok("stock", "ship", second, "--store", "S2", user="mia")
    scanned = tmp_path / "scanned.txt"
    scanned.write_text(f"{here[0]}\n\n{here[1].lower()}\n{there[0]}\nGCNOTACARD0000\n",
                       encoding="utf-8")
    out = cli.ok("stock", "count", "--store", "S1", str(scanned), user="mia")
    assert (out["expected"], out["counted"], out["unknown"]) == (3, 4, 1)
    assert out["missing"] == [cli.balance(here[2])["masked_code"]]
    (odd,) = out["unexpected"]
    assert (odd["state"], odd["store"]) == ("in_transit", "S2")
    for code in here + there:
        assert code not in str(out)
    cli.fails("permission_denied", "stock", "count", "--store", "S1", str(scanned), user="carl")
    assert audited(cli, "stock_counted") == 1


def test_stock_commands_refuse_bad_input_and_change_nothing(cli: Cli) -> None:
    batch = cli.ok("batch", "create", "--count", "2", user="root")["batch_id"]
    cli.fails("permission_denied", "stock", "ship", batch, "--store", "S2", user="carl")
    cli.fails("not_found", "stock", "ship", batch, "--store", "ZZ", user="mia")
    cli.fails("invalid_input", "stock", "ship", "nope", "--store", "S2", user="mia")
    cli.fails("invalid_state", "stock", "receive", batch, user="mia", location="S2")
    refused = cli.fails("invalid_state", "stock", "ship", batch, "--store", "S2", user="mia")
    assert "not printed" in refused.data["message"]  # no cards to put in a box yet
    assert stock(cli) == {("S1", "stock_room"): 2}
    cli.ok("stock", "ship", printed(cli, batch), "--store", "S2", user="mia")
    cli.fails("invalid_state", "stock", "ship", batch, "--store", "S2", user="mia")
    other = batch_codes(cli, cli.ok("batch", "create", "--count", "1", user="root")["batch_id"])
    cli.fails("invalid_input", "stock", "receive", batch, "--missing", other[0], user="mia",
              location="S2")
    assert stock(cli)[("S2", "in_transit")] == 2
