"""`ledger verify` recounts the sealed day totals the roll-forward reads, on both databases:
a total edited by SQL, or a sealed day whose entries changed, is named by day, store and
currency, and the roll-forward refuses to print on such a ledger."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from posapp import edge
from posapp.services.accounting import day_totals, integrity
from posapp.services.accounting.integrity import LedgerBroken
from posapp.services.accounting.rollforward import rollforward
from tests.conftest import Store
from tests.services.reports_activity import YEAR_START, year_of_activity


@pytest.fixture
def sealed(store: Store) -> Store:
    """A year of activity with every day but the newest sealed."""
    year_of_activity(store)
    day_totals.seal(store.ctx, store.manager)
    return store


def day_problems(s: Store) -> list[dict[str, object]]:
    report = integrity.verify(s.ctx, s.manager)
    assert not report.ok
    return [p.to_dict() for p in report.problems if p.day is not None]


def a_total(s: Store, where: str = "") -> tuple[date, str, str, str, int]:
    """One sealed total (day, store code, currency, movement, amount)."""
    row = s.ctx.db.run(lambda x: x.execute(text(
        "SELECT t.day, l.code, t.currency, t.movement, t.amount_minor"
        " FROM ledger_day_totals t JOIN locations l ON l.id = t.location_id"
        f" WHERE t.movement = 'redeemed' {where} ORDER BY t.day LIMIT 1"
    )).one(), readonly=True)
    day = row[0] if isinstance(row[0], date) else date.fromisoformat(row[0])
    return day, row[1], row[2], row[3], row[4]


def test_a_clean_sealed_ledger_verifies_and_counts_its_days(sealed: Store) -> None:
    report = integrity.verify(sealed.ctx, sealed.manager)
    assert report.ok, report.problems[:5]
    days = sealed.ctx.db.run(lambda s: s.execute(text(
        "SELECT COUNT(DISTINCT day) FROM ledger_day_totals")).scalar_one(), readonly=True)
    assert report.sealed_days == days > 50
    assert f"{report.sealed_days:,} sealed days" in report.summary()


def test_a_total_edited_by_sql_is_named_and_refuses_the_rollforward(sealed: Store) -> None:
    day, store, currency, movement, amount = a_total(sealed, "AND l.code = 'EU'")
    sealed.ctx.db.run(lambda s: s.execute(text(
        "UPDATE ledger_day_totals SET amount_minor = amount_minor - 500"
        " WHERE day = :d AND currency = :c AND movement = :m"
        " AND location_id = (SELECT id FROM locations WHERE code = 'EU')"
    ), {"d": day, "c": currency, "m": movement}))
    assert day_problems(sealed) == [{
        "card_id": None, "masked_code": None, "seq": None, "entry_id": None,
        "day": day.isoformat(), "store": store, "currency": currency,
        "problem": f"redeemed sealed as {amount - 500} but its entries sum to {amount}",
    }]
    with pytest.raises(LedgerBroken) as refused:
        rollforward(sealed.ctx, sealed.manager, YEAR_START, sealed.clock.now)
    assert refused.value.report.problem_count == 1


def test_a_deleted_or_invented_total_is_named(sealed: Store) -> None:
    day, store, currency, _, amount = a_total(sealed)
    later = day + timedelta(days=1)
    sealed.ctx.db.run(lambda s: s.execute(text(
        "DELETE FROM ledger_day_totals WHERE day = :d AND movement = 'redeemed'"
        " AND currency = :c"), {"d": day, "c": currency}))
    sealed.ctx.db.run(lambda s: s.execute(text(
        "INSERT INTO ledger_day_totals (day, location_id, currency, movement, amount_minor)"
        " SELECT :d, id, 'USD', 'adjusted', 777 FROM locations WHERE code = 'S1'"
    ), {"d": later}))
    found = {(p["day"], p["store"], p["currency"], p["problem"]) for p in day_problems(sealed)}
    assert (day.isoformat(), store, currency,
            f"redeemed sealed as 0 but its entries sum to {amount}") in found
    assert (later.isoformat(), "S1", "USD", "adjusted sealed as 777 but its entries sum to 0") \
        in found


def test_an_entry_written_into_a_sealed_day_is_named(sealed: Store) -> None:
    """A writer whose clock runs days behind appends a correctly chained entry to a day
    already sealed: the chain is whole, only the recount shows the day changed."""
    now = sealed.clock.now
    sealed.clock.now = now - timedelta(days=20)
    edge.issue(sealed.ctx, sealed.manager, "12.34")
    back_then = sealed.clock.now.date()
    sealed.clock.now = now
    problems = day_problems(sealed)
    assert [(p["day"], p["store"], p["currency"]) for p in problems] == [
        (back_then.isoformat(), "S1", "USD")]
    assert "entries sum to" in str(problems[0]["problem"])
    assert [p for p in integrity.verify(sealed.ctx, sealed.manager).problems
            if p.day is None] == []


def test_a_total_stored_past_the_seal_is_named(sealed: Store) -> None:
    seal = sealed.ctx.db.run(day_totals.sealed_until, readonly=True)
    sealed.ctx.db.run(lambda s: s.execute(text(
        "INSERT INTO ledger_day_totals (day, location_id, currency, movement, amount_minor)"
        " SELECT :d, id, 'USD', 'sold', 100 FROM locations WHERE code = 'S1'"
    ), {"d": seal + timedelta(days=3)}))
    assert [p["problem"] for p in day_problems(sealed)] == [
        "sold 100 is stored for a day that is not sealed yet"]
