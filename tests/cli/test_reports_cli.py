"""`posapp report rollforward | settlement` through the command line."""

from __future__ import annotations

import csv
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.conftest import issue, sell
from tests.cli.runner import Cli


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def test_rollforward_of_today_with_a_csv(cli: Cli, tmp_path: Path) -> None:
    sold = sell(cli, "30.00")
    issue(cli, "10.00")
    cli.ok("card", "redeem", sold["code"], "--amount", "12.50", user="carl", location="S2")
    out_file = tmp_path / "roll.csv"
    out = cli.ok("report", "rollforward", "--from", today(), "--to", today(),
                 "--csv", str(out_file), user="mia")
    (line,) = out["lines"]
    assert (line["store"], line["opening"], line["sold"], line["issued"]) == (
        "S1", "0.00", "30.00", "10.00")
    assert (line["redeemed"], line["closing"]) == ("-12.50", "27.50")
    assert out["reconciliation"] == "closing balances equal to the card balances owed at the end"
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    rows = list(csv.DictReader(out_file.open(encoding="utf-8")))
    assert rows[0]["redeemed"] == "-12.50" and rows[0]["closing"] == "27.50"
    assert out["csv"] == {"file": str(out_file), "rows": 1}


def test_settlement_says_who_owes_whom(cli: Cli) -> None:
    sold = sell(cli, "30.00")
    cli.ok("card", "redeem", sold["code"], "--amount", "12.50", user="carl", location="S2")
    out = cli.ok("report", "settlement", "--from", today(), "--to", today(), user="mia")
    assert out["debts"] == [
        {"debtor": "S1", "creditor": "S2", "currency": "USD", "amount": "12.50"}]
    assert out["positions"] == {"S1": {"USD": "-12.50"}, "S2": {"USD": "12.50"}}
    assert out["nets_to_zero"] is True


@pytest.mark.parametrize("first,last", [
    ("2026-02-30", "2026-03-01"),
    ("1e3", "2026-03-01"),
    ("２０２６-01-01", "2026-03-01"),
    ("2026-03-02", "2026-03-01"),
    ("2026-01-01" + "9" * 10000, "2026-03-01"),
])
def test_bad_periods_are_refused_clearly(cli: Cli, first: str, last: str) -> None:
    for report in ("rollforward", "settlement"):
        cli.fails("invalid_input", "report", report, "--from", first, "--to", last, user="mia")


def test_a_cashier_may_not_run_them_and_a_bad_csv_name_is_refused(cli: Cli) -> None:
    day = today()
    cli.fails("permission_denied", "report", "rollforward", "--from", day, "--to", day,
              user="carl")
    cli.fails("invalid_input", "report", "rollforward", "--from", day, "--to", day,
              "--csv", "roll.txt", user="mia")
    cli.fails("not_found", "report", "rollforward", "--from", day, "--to", day,
              "--store", "ZZ9", user="mia")


def test_yesterday_is_empty_and_not_checked_against_the_cards(cli: Cli) -> None:
    sell(cli, "30.00")
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    out = cli.ok("report", "rollforward", "--from", yesterday, "--to", yesterday, user="mia")
    assert out["lines"] == []
    assert out["reconciliation"].startswith("period ends before the newest entry")


def test_journal_csv_with_hostile_account_names_and_the_other_reports(
    cli: Cli, tmp_path: Path
) -> None:
    cli.ok("settings", "set", "account_clearing", "=HYPERLINK(\"http://x\")", user="root")
    cli.ok("settings", "set", "account_liability", "@SUM(1+1)", user="root")
    sold = sell(cli, "30.00")
    cli.ok("card", "redeem", sold["code"], "--amount", "12.50", user="carl")
    target = tmp_path / "journal.csv"
    out = cli.ok("report", "journal", "--from", today(), "--to", today(),
                 "--csv", str(target), user="mia")
    assert out["csv"]["rows"] == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["movement"], r["debit_account"], r["credit_account"], r["amount"])
            for r in rows] == [
        ("sold", "'=HYPERLINK(\"http://x\")", "'@SUM(1+1)", "30.00"),
        ("redeemed", "'@SUM(1+1)", "'=HYPERLINK(\"http://x\")", "12.50"),
    ]
    cli.fails("usage", "report", "journal", "--from", today(), "--to", today(), user="mia")
    ageing = cli.ok("report", "ageing", "--csv", str(tmp_path / "age.csv"),
                    "--dormant-csv", str(tmp_path / "dormant.csv"), user="mia")
    assert ageing["buckets"] == [
        {"store": "S1", "currency": "USD", "months": "0-12", "cards": 1, "amount": "17.50"}]
    assert ageing["dormant"] == [] and ageing["dormant_csv"]["rows"] == 0
    broke = cli.ok("report", "breakage", "--maturity", "1", user="mia")
    assert broke["expired"] == [] and broke["estimates"][0]["rate"] is None
    for bad in ("0", "1e3", "-1", "x", "٣"):
        cli.fails("invalid_input", "report", "breakage", "--maturity", bad, user="mia")
