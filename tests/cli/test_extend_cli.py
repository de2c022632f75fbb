"""``posapp card extend CODE|ID (--until YYYY-MM-DD | --days N)`` and
``posapp cards bulk extend``: hostile dates are usage errors that change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.cli.conftest import issue
from tests.cli.runner import Cli, db_state, past_due


def _today() -> date:
    return datetime.now(UTC).date()  # the test shop's stores keep UTC


def _end_of(day: date) -> str:
    return datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=UTC).isoformat()


def test_a_card_is_extended_by_code_by_id_and_by_days(cli: Cli) -> None:
    card = issue(cli, "10.00", "--expires-days", "30")
    until = _today() + timedelta(days=60)
    out = cli.ok("card", "extend", card["code"], "--until", until.isoformat(), user="mia")
    assert (out["status"], out["expires_at"]) == ("active", _end_of(until))
    later = until + timedelta(days=1)
    out = cli.ok("card", "extend", card["id"], "--until", later.isoformat(), user="mia")
    assert out["expires_at"] == _end_of(later)
    out = cli.ok("card", "extend", card["code"], "--days", "400", user="mia")
    assert out["expires_at"] == _end_of(_today() + timedelta(days=400))
    cli.fails("invalid_input", "card", "extend", card["code"], "--days", "30", user="mia")
    cli.fails("invalid_input", "card", "extend", card["code"], "--until", "9999-12-31",
              user="mia")
    cli.fails("permission_denied", "card", "extend", card["code"], "--days", "500",
              user="carl")


@pytest.mark.parametrize("given", [
    ["--until", "2026-02-30"],
    ["--until", "+10000-01-01"],
    ["--until", "10000-01-01"],
    ["--until", "2027-1-1"],
    ["--until", "２０２７-０１-０１"],
    ["--until", "٢٠٢٧-٠١-٠١"],
    ["--until", "2027-01-01T00:00"],
    ["--until", "9" * 5000],
    ["--until", ""],
    ["--days", "1e3"],
    ["--days", "-5"],
    ["--days", "0"],
    ["--days", "36501"],
    ["--days", "9" * 400],
    ["--days", "３０"],
    ["--days", "30", "--until", "2027-01-01"],
    [],
])
def test_hostile_dates_are_usage_errors_that_change_nothing(cli: Cli, given: list[str]) -> None:
    card = issue(cli, "10.00", "--expires-days", "30")
    before = db_state(cli.db_url)
    result = cli("card", "extend", card["code"], *given, user="mia")
    assert result.status == 2, result
    assert result.data["error"] == "usage" and result.data["message"], result
    bulk = cli("cards", "bulk", "extend", "--filter", "status=active", *given, user="mia")
    if given:  # without a date the bulk form is refused by the rule instead (exit 3)
        assert bulk.status == 2, bulk
    else:
        assert (bulk.status, bulk.data["error"]) == (3, "invalid_input"), bulk
    assert db_state(cli.db_url) == before


def test_bulk_extend_brings_expired_cards_back_and_names_the_refused(cli: Cli) -> None:
    cards = [issue(cli, "10.00", "--expires-days", "30") for _ in range(3)]
    never = issue(cli, "10.00", "--expires-days", "0")
    for card in cards[:2]:
        past_due(cli, card["id"])
    cli.ok("cards", "expire", user="mia")
    cli.ok("card", "void", cards[2]["code"], "--reason", "fraud", user="mia")
    until = _today() + timedelta(days=90)
    out = cli.ok("cards", "bulk", "extend", "--filter", "status=expired", "--until",
                 until.isoformat(), user="mia")
    assert (out["action"], out["done"], out["refused"]) == ("extend", 2, [])
    for card in cards[:2]:
        shown = cli.balance(card["code"])
        assert (shown["status"], shown["expires_at"]) == ("active", _end_of(until))
        assert [e["kind"] for e in cli.history(card["code"])] == ["issue", "expire", "reinstate"]
    out = cli.ok("cards", "bulk", "extend", "--filter", "status=voided", "--days", "10",
                 user="mia")
    assert out["done"] == 0 and [r["code"] for r in out["refused"]] == ["card_voided"]
    cli.fails("invalid_input", "cards", "bulk", "freeze", "--filter", "status=active",
              "--reason", "r", "--days", "10", user="mia")
    assert cli.balance(never["code"])["expires_at"] is None
