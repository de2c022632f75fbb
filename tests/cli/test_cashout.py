"""`posapp card cashout`: a small remainder paid out in cash where the store allows it.

The drawer is opened by the slip's ESC/POS bytes (written with ``--out``, as a till's
printer would get them); the cash-out shows in the roll-forward and the day's drawer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest

from posapp.cli import main
from printers.cli import COMMANDS as PRINTING
from tests.cli.conftest import sell
from tests.cli.runner import Cli, Result, _collect_codes

#: ESC @ (reset), then ESC p 0 t1 t2: python-escpos' pulse on drawer pin 2.
RESET, KICK_PIN_2 = b"\x1b@", b"\x1bp\x0022"


class PrintingCli(Cli):
    """The command line with the printing commands wired in, as the entry point does."""

    def raw(self, argv: list[str]) -> Result:
        out, err = StringIO(), StringIO()
        status = main(argv, extra=PRINTING, stdout=out, stderr=err)
        result = Result(status, out.getvalue(), err.getvalue(), argv)
        if status == 0 and result.out.startswith("{"):
            _collect_codes(result.data, self.codes_shown)
        return result


@pytest.fixture
def shop(cli: Cli) -> Cli:
    return PrintingCli(cli.db_url, cli.key_file)


@pytest.fixture
def any_shop(any_cli: Cli) -> Cli:
    return PrintingCli(any_cli.db_url, any_cli.key_file)


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def card_with(cli: Cli, left: str) -> str:
    """A card sold for 20.00 at S1 with ``left`` still on it; its code."""
    card = sell(cli, "20.00")
    spent = f"{20 - float(left):.2f}"
    cli.ok("card", "redeem", card["code"], "--amount", spent, user="carl")
    return str(card["code"])


def threshold(cli: Cli, under: str, manager_over: str | None = None) -> None:
    cli.ok("settings", "set", "cashout_threshold", under, user="root")
    if manager_over is not None:
        cli.ok("settings", "set", "cashout_manager_over", manager_over, user="root")


def test_cashout_is_off_until_an_admin_sets_a_threshold(shop: Cli, tmp_path: Path) -> None:
    cli = shop
    code = card_with(cli, "4.00")
    cli.fails("not_allowed", "card", "cashout", code, "--out", str(tmp_path / "s.bin"),
              user="carl")
    assert cli.balance(code)["balance"] == "4.00"
    assert not (tmp_path / "s.bin").exists()
    shown = cli.ok("settings", "show", user="root")["settings"]
    assert shown["cashout_threshold"] == {} and shown["cashout_manager_over"] == {}


def test_a_remainder_under_the_threshold_is_paid_out_and_the_slip_kicks_the_drawer(
    any_shop: Cli, tmp_path: Path
) -> None:
    cli = any_shop
    threshold(cli, "10.00")
    code = card_with(cli, "4.35")
    slip = tmp_path / "cashout.bin"
    out = cli.ok("card", "cashout", code, "--out", str(slip), user="carl")
    assert (out["paid"], out["currency"], out["format"]) == ("4.35", "USD", "escpos")
    assert (out["card"]["balance"], out["card"]["status"]) == ("0.00", "depleted")
    data = slip.read_bytes()
    assert data.startswith(RESET + KICK_PIN_2)  # the drawer opens before any paper moves
    assert b"CASH-OUT" in data and b"$4.35" in data and code.encode() not in data
    last = cli.history(code)[-1]
    assert (last["kind"], last["amount"], last["balance_after"]) == ("cashout", "-4.35", "0.00")
    # Once paid out there is nothing left to pay out again.
    cli.fails("insufficient_funds", "card", "cashout", code, "--out", str(slip), user="carl")

    roll = cli.ok("report", "rollforward", "--from", today(), "--to", today(), user="mia")
    (line,) = roll["lines"]
    assert (line["sold"], line["redeemed"], line["cashed_out"], line["closing"]) == (
        "20.00", "-15.65", "-4.35", "0.00")
    (till,) = cli.ok("report", "day", user="mia")["terminals"]
    assert (till["cash"], till["cashed_out"], till["drawer"]) == ("20.00", "4.35", "15.65")
    printed = tmp_path / "day.bin"
    cli.ok("report", "print", "--out", str(printed), user="mia")
    assert b"Cash-outs" in printed.read_bytes()


def test_a_remainder_at_or_over_the_threshold_is_refused(shop: Cli, tmp_path: Path) -> None:
    cli = shop
    threshold(cli, "5.00")
    code = card_with(cli, "5.00")
    cli.fails("not_allowed", "card", "cashout", code, "--out", str(tmp_path / "s.bin"),
              user="mia")
    assert cli.balance(code)["balance"] == "5.00"


def test_over_the_manager_amount_a_cashier_is_refused_and_a_manager_pays_out(
    any_shop: Cli, tmp_path: Path
) -> None:
    cli = any_shop
    threshold(cli, "10.00", manager_over="3.00")
    small, large = card_with(cli, "3.00"), card_with(cli, "7.50")
    out = tmp_path / "s.bin"
    assert cli.ok("card", "cashout", small, "--out", str(out), user="carl")["paid"] == "3.00"
    cli.fails("permission_denied", "card", "cashout", large, "--out", str(out), user="carl")
    assert cli.balance(large)["balance"] == "7.50"
    done = cli.ok("card", "cashout", large, "--out", str(out), user="mia")
    assert done["paid"] == "7.50"
    assert cli.history(large)[-1]["staff"] == "mia"


def test_without_a_printer_to_open_the_drawer_nothing_is_paid_out(shop: Cli) -> None:
    cli = shop
    threshold(cli, "10.00")
    code = card_with(cli, "2.00")
    cli.fails("invalid_input", "card", "cashout", code, user="carl")
    assert cli.balance(code)["balance"] == "2.00"


def test_a_card_in_another_currency_is_not_paid_from_this_drawer(
    shop: Cli, tmp_path: Path
) -> None:
    cli = shop
    cli.ok("settings", "set", "cashout_threshold", "USD 10; EUR 10", user="root")
    card = sell(cli, "20.00", location="E1")
    cli.ok("card", "redeem", card["code"], "--amount", "18.00", user="carl", location="E1")
    cli.fails("currency_mismatch", "card", "cashout", card["code"], "--out",
              str(tmp_path / "s.bin"), user="carl")
    paid = cli.ok("card", "cashout", card["code"], "--out", str(tmp_path / "s.bin"),
                  user="carl", location="E1")
    assert (paid["paid"], paid["currency"]) == ("2.00", "EUR")


def test_the_same_key_pays_out_once(shop: Cli, tmp_path: Path) -> None:
    cli = shop
    threshold(cli, "10.00")
    code = card_with(cli, "1.00")
    out = str(tmp_path / "s.bin")
    first = cli.ok("card", "cashout", code, "--out", out, "--idempotency-key", "k1", user="carl")
    again = cli.ok("card", "cashout", code, "--out", out, "--idempotency-key", "k1", user="carl")
    assert first["entry_id"] == again["entry_id"]
    assert [e["kind"] for e in cli.history(code)].count("cashout") == 1


def test_threshold_values_are_checked_at_entry(shop: Cli) -> None:
    cli = shop
    for bad in ("-1", "1e1", "10.001", "XAU 1", "USD 1,2"):
        cli.fails("invalid_amount" if bad in ("-1", "1e1", "10.001") else "invalid_input",
                  "settings", "set", "cashout_threshold", bad, user="root")
    shown = cli.ok("settings", "set", "cashout_threshold", "0", user="root")
    assert "USD 0.00" in shown["value"]
