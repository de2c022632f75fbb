from __future__ import annotations

from datetime import UTC, datetime

import pytest

from posapp.services.accounting.settlement import SETTLED_KINDS, settlement
from tests.conftest import Store
from tests.services.reports_activity import all_entries, year_of_activity


@pytest.fixture
def year(store: Store) -> Store:
    year_of_activity(store)
    return store


def test_each_quarter_matches_the_ledger_and_nets_to_zero(year: Store) -> None:
    entries = all_entries(year)
    assert any(e.at != e.store and e.kind == "redeem" for e in entries)
    bounds = [datetime(2025, m, 1, tzinfo=UTC) for m in (1, 4, 7, 10)] + [
        datetime(2026, 3, 1, tzinfo=UTC)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        report = settlement(year.ctx, year.manager, start, end)
        # Reference: per ordered pair, what the place of the entry owes the issuing store.
        net: dict[tuple[str, str, str], int] = {}
        for e in entries:
            if start <= e.recorded < end and e.kind in SETTLED_KINDS and e.at != e.store:
                pair = (e.at, e.store, e.currency)
                net[pair] = net.get(pair, 0) + e.amount
        expected: dict[tuple[str, str, str], int] = {}
        for (here, home, cur), amount in net.items():
            back = net.get((home, here, cur), 0)
            total = amount - back
            if total > 0:
                expected[(here, home, cur)] = total
            elif total < 0:
                expected[(home, here, cur)] = -total
        found = {(d.debtor, d.creditor, d.amount.currency): d.amount.minor for d in report.debts}
        assert found == expected
        assert report.nets_to_zero()
        for store, by_currency in report.positions.items():
            for cur, money in by_currency.items():
                owed_to = sum(v for (_, cr, c), v in expected.items() if cr == store and c == cur)
                owes = sum(v for (db, _, c), v in expected.items() if db == store and c == cur)
                assert money.minor == owed_to - owes
