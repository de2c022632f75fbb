from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from posapp import edge
from posapp.domain.errors import InvalidInput, NotFound, PermissionDenied
from posapp.services.accounting.integrity import LedgerBroken
from posapp.services.accounting.movements import COLUMNS
from posapp.services.accounting.rollforward import rollforward
from tests.conftest import Store
from tests.services.reports_activity import YEAR_START, all_entries, owed_at, year_of_activity


@pytest.fixture
def year(store: Store) -> Store:
    year_of_activity(store)
    return store


def month_starts() -> list[datetime]:
    return [datetime(2025 + (m // 12), m % 12 + 1, 1, tzinfo=UTC) for m in range(0, 15)]


def test_every_month_reconciles_with_the_ledger_and_chains_into_the_next(year: Store) -> None:
    entries = all_entries(year)
    kinds = {e.kind for e in entries}
    assert {"issue", "redeem", "reload", "refund", "adjust", "void", "expire"} <= kinds
    assert {e.at for e in entries if e.kind == "redeem"} == {"S1", "S2", "EU"}
    bounds = month_starts()
    previous: dict[tuple[str, str], int] = {}
    for start, end in zip(bounds, bounds[1:], strict=False):
        report = rollforward(year.ctx, year.manager, start, end)
        assert report.verified_entries == len(entries)
        lines = {(ln.store, ln.currency): ln for ln in report.lines}
        opening = {k: ln.opening.minor for k, ln in lines.items() if ln.opening.minor}
        closing = {k: ln.closing.minor for k, ln in lines.items() if ln.closing.minor}
        assert opening == owed_at(entries, start) == previous
        assert closing == owed_at(entries, end)
        for ln in report.lines:
            assert ln.adds_up
            inside = [e for e in entries if start <= e.recorded < end
                      and (e.store, e.currency) == (ln.store, ln.currency)]
            sold = sum(e.amount for e in inside if e.kind == "issue" and e.sold)
            issued = sum(e.amount for e in inside if e.kind == "issue" and not e.sold)
            redeemed = sum(e.amount for e in inside if e.kind == "redeem")
            assert (ln.movement("sold").minor, ln.movement("issued").minor) == (sold, issued)
            assert ln.movement("redeemed").minor == redeemed
        previous = closing


def test_a_period_up_to_now_agrees_with_the_card_rows(year: Store) -> None:
    report = rollforward(year.ctx, year.manager, YEAR_START, year.clock.now + timedelta(days=1))
    assert report.checked_against_cards and report.agrees_with_cards
    assert report.to_dict()["reconciliation"].startswith("closing balances equal")
    assert all(ln.opening.minor == 0 for ln in report.lines)
    expired = sum(-ln.movement("expired").minor for ln in report.lines)
    assert expired > 0
    assert sum(ln.movement("reinstated").minor for ln in report.lines) > 0
    assert [col for col, _ in report.lines[0].movements] == list(COLUMNS)


def test_one_store_alone(year: Store) -> None:
    end = year.clock.now + timedelta(days=1)
    report = rollforward(year.ctx, year.manager, YEAR_START, end, store="s2")
    assert {ln.store for ln in report.lines} == {"S2"}
    assert report.agrees_with_cards
    with pytest.raises(NotFound):
        rollforward(year.ctx, year.manager, YEAR_START, end, store="NOPE")


def test_a_ledger_that_fails_verification_is_refused(year: Store) -> None:
    year.ctx.db.run(lambda s: s.execute(text(
        "UPDATE gift_cards SET balance_minor = balance_minor + 1 WHERE balance_minor > 0"
    )))
    with pytest.raises(LedgerBroken):
        rollforward(year.ctx, year.manager, YEAR_START, year.clock.now)


def test_an_empty_or_backward_period_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInput):
        rollforward(store.ctx, store.manager, YEAR_START, YEAR_START)


def test_a_cashier_may_not_see_it(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        rollforward(store.ctx, store.cashier, YEAR_START, YEAR_START + timedelta(days=1))


def test_periods_that_do_not_start_at_midnight_and_unsealed_days(year: Store) -> None:
    entries = all_entries(year)
    cuts = [YEAR_START + timedelta(days=d, hours=h, minutes=7)
            for d, h in ((40, 13), (95, 2), (200, 23), (330, 0))]
    cuts.append(year.clock.now + timedelta(hours=1))
    for start, end in zip(cuts, cuts[1:], strict=False):
        report = rollforward(year.ctx, year.manager, start, end)
        lines = {(ln.store, ln.currency): ln for ln in report.lines}
        assert {k: ln.opening.minor for k, ln in lines.items() if ln.opening.minor} == owed_at(
            entries, start)
        assert {k: ln.closing.minor for k, ln in lines.items() if ln.closing.minor} == owed_at(
            entries, end)
    # The seal leaves the newest day to the entries; later activity is counted from them.
    edge.issue(year.ctx, year.manager, "5.00")
    end = year.clock.now + timedelta(days=2)
    report = rollforward(year.ctx, year.manager, YEAR_START, end)
    assert report.agrees_with_cards
    assert {(ln.store, ln.currency): ln.closing.minor for ln in report.lines
            if ln.closing.minor} == owed_at(all_entries(year), end)


def test_two_reports_sealing_at_once_count_each_day_once(year: Store, db_url: str) -> None:
    from posapp.db.engine import Database
    from posapp.services.accounting import day_totals
    from posapp.services.command_path.context import Context

    contexts = [Context(Database(db_url), year.ctx.keys, year.clock) for _ in range(2)]
    try:
        with ThreadPoolExecutor(2) as pool:
            done = list(pool.map(lambda c: day_totals.seal(c, year.manager), contexts))
    finally:
        for c in contexts:
            c.close()
    assert done[0] == done[1]
    entries = all_entries(year)
    start = datetime(2025, 7, 1, tzinfo=UTC)
    report = rollforward(year.ctx, year.manager, start, year.clock.now + timedelta(hours=1))
    assert {(ln.store, ln.currency): ln.opening.minor for ln in report.lines
            if ln.opening.minor} == owed_at(entries, start)
    assert report.agrees_with_cards


def test_a_day_total_changed_by_sql_refuses_the_rollforward(year: Store) -> None:
    end = year.clock.now + timedelta(days=1)
    assert rollforward(year.ctx, year.manager, YEAR_START, end).agrees_with_cards
    year.ctx.db.run(lambda s: s.execute(text(
        "UPDATE ledger_day_totals SET amount_minor = amount_minor + 100"
        " WHERE day = (SELECT MIN(day) FROM ledger_day_totals)"
    )))
    with pytest.raises(LedgerBroken) as refused:
        rollforward(year.ctx, year.manager, YEAR_START, end)
    first = year.ctx.db.run(lambda s: s.execute(text(
        "SELECT MIN(day) FROM ledger_day_totals")).scalar_one(), readonly=True)
    assert {str(p.day) for p in refused.value.report.problems} == {str(first)}


def test_an_empty_ledger_rolls_forward_to_nothing_and_seals_nothing(store: Store) -> None:
    from posapp.db.models import LedgerSeal

    report = rollforward(store.ctx, store.manager, YEAR_START, store.clock.now)
    assert report.lines == () and report.agrees_with_cards
    sealed = store.ctx.db.run(lambda s: s.get(LedgerSeal, 1).sealed_until, readonly=True)
    assert sealed.year == 1970
