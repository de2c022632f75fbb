"""Ageing and dormancy, breakage and the journal against slow references written here
(plain Python over every entry), on a seeded year of activity in three stores."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from posapp import edge_admin
from posapp.db.models import GiftCard
from posapp.domain.errors import InvalidInput
from posapp.services.accounting.ageing import ageing
from posapp.services.accounting.breakage import breakage
from posapp.services.accounting.journal import journal
from posapp.services.accounting.rollforward import rollforward
from tests.conftest import Store
from tests.services.reports_activity import Entry, all_entries, year_of_activity

HOLDER = {"issue", "reload", "redeem", "refund", "cashout", "transfer_in"}


@pytest.fixture
def year(store: Store) -> Store:
    year_of_activity(store)
    store.clock.advance(days=200)  # some cards go quiet for longer than a year
    return store


def lapsed(entries: list[Entry]) -> set[uuid.UUID]:
    newest: dict[uuid.UUID, Entry] = {}
    for e in sorted(entries, key=lambda x: (x.card, x.seq)):
        if e.kind in ("expire", "refund"):
            newest[e.card] = e
    return {card for card, e in newest.items() if e.kind == "expire"}


def months_reached(last: datetime, now: datetime) -> int:
    """Count anniversaries (same day of month and time) from ``last`` up to ``now``."""
    count = 0
    while True:
        month = last.month + count + 1
        year, month = last.year + (month - 1) // 12, (month - 1) % 12 + 1
        if (year, month, last.day, last.time()) > (now.year, now.month, now.day, now.time()):
            return count
        count += 1


def test_ageing_buckets_and_dormant_cards_match_the_entries(year: Store) -> None:
    edge_admin.set_setting(year.ctx, year.admin, "dormancy_months", "6", store="S2")
    entries = all_entries(year)
    balances = year.ctx.db.run(lambda s: {i: b for i, b in s.execute(
        select(GiftCard.id, GiftCard.balance_minor))}, readonly=True)
    out = lapsed(entries)
    now = year.clock.now
    last: dict[uuid.UUID, Entry] = {}
    for e in entries:
        if e.kind in HOLDER and (e.card not in last or e.recorded > last[e.card].recorded):
            last[e.card] = e
    expected: dict[tuple[str, str, str], list[int]] = {}
    dormant = set()
    for card, e in last.items():
        if balances[card] == 0 or card in out:
            continue
        months = months_reached(e.recorded.astimezone(UTC), now)
        label = "0-12" if months < 12 else "12-24" if months < 24 else "24-36"
        slot = expected.setdefault((e.store, e.currency, label), [0, 0])
        slot[0] += 1
        slot[1] += balances[card]
        if months >= (6 if e.store == "S2" else 36):
            dormant.add(card)
    report = ageing(year.ctx, year.manager)
    found = {(b.store, b.currency, b.bucket): [b.cards, b.amount.minor] for b in report.buckets}
    assert found == expected
    assert {k[2] for k in found} == {"0-12", "12-24"}
    assert {d.card_id for d in report.dormant} == dormant and dormant
    assert {d.store for d in report.dormant} == {"S2"}


def test_expired_balances_by_month_and_the_proportional_estimate(year: Store) -> None:
    entries = all_entries(year)
    ordered = sorted(entries, key=lambda x: (x.card, x.seq))
    lapsed_now: set[uuid.UUID] = set()
    expired: dict[tuple[str, str, str], int] = {}
    for e in ordered:
        month = e.recorded.astimezone(UTC).strftime("%Y-%m")
        if e.kind == "expire":
            expired[(month, e.store, e.currency)] = expired.get(
                (month, e.store, e.currency), 0) + e.before
            lapsed_now.add(e.card)
        elif e.kind == "refund" and e.card in lapsed_now:
            expired[(month, e.store, e.currency)] = expired.get(
                (month, e.store, e.currency), 0) - e.before
            lapsed_now.discard(e.card)
    report = breakage(year.ctx, year.manager, maturity_months=6)
    found = {(m, s, a.currency): a.minor for m, s, a in report.expired}
    assert found == {k: v for k, v in expired.items() if v} and found
    # Cohorts: first value-loading month of each card; loaded and redeemed per currency.
    born: dict[uuid.UUID, datetime] = {}
    loaded: dict[str, int] = {}
    taken: dict[str, int] = {}
    ripe_loaded: dict[str, int] = {}
    ripe_taken: dict[str, int] = {}
    now = year.clock.now
    for e in ordered:
        if e.kind not in ("issue", "reload", "refund", "transfer_in", "redeem", "cashout",
                          "transfer_out"):
            continue
        first = born.setdefault(e.card, e.recorded.astimezone(UTC))
        cohort_start = first.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        ripe = months_reached(cohort_start, now) >= 6
        gain = e.amount if e.kind in ("issue", "reload", "refund", "transfer_in") else 0
        loss = -e.amount if not gain else 0
        loaded[e.currency] = loaded.get(e.currency, 0) + gain
        taken[e.currency] = taken.get(e.currency, 0) + loss
        if ripe:
            ripe_loaded[e.currency] = ripe_loaded.get(e.currency, 0) + gain
            ripe_taken[e.currency] = ripe_taken.get(e.currency, 0) + loss
    for est in report.estimates:
        cur = est.currency
        assert (est.loaded.minor, est.redeemed.minor) == (loaded[cur], taken[cur])
        rate = (1 - Decimal(ripe_taken[cur]) / Decimal(ripe_loaded[cur])).quantize(
            Decimal("0.0001"))
        assert est.rate == rate
        assert est.expected is not None and est.recognised is not None
        assert est.expected.minor == round(rate * loaded[cur])
        assert est.recognised.minor == min(est.expected.minor,
                                           round(rate / (1 - rate) * taken[cur]))
        assert est.remaining == est.expected - est.recognised
    for cohort in report.cohorts:
        assert list(cohort.curve) == sorted(cohort.curve)
        assert cohort.curve[-1] <= 1
    assert "Proportional method" in report.method and "6 months" in report.method
    with pytest.raises(InvalidInput):
        breakage(year.ctx, year.manager, maturity_months=0)


def test_the_journal_books_every_movement_of_the_roll_forward(year: Store) -> None:
    start, end = datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)
    edge_admin.set_setting(year.ctx, year.admin, "account_breakage", "=4900 breakage",
                           store="EU")
    book = journal(year.ctx, year.manager, start, end)
    roll = rollforward(year.ctx, year.manager, start, end)
    for line in roll.lines:
        for column, money in line.movements:
            mine = [j for j in book.lines
                    if (j.store, j.currency, j.movement) == (line.store, line.currency, column)]
            if column.startswith("transfers"):
                # Both sides are the liability account: only the amount tells.
                assert {(j.debit, j.credit) for j in mine} <= {("2400", "2400")}
                booked = sum(j.amount.minor for j in mine)
                assert booked == abs(money.minor), (line.store, column)
                continue
            booked = sum(j.amount.minor if j.debit != "2400" else -j.amount.minor for j in mine)
            assert booked == money.minor, (line.store, column)
    days = {j.day for j in book.lines}
    assert min(days) >= start.date() and max(days) < end.date()
    assert len({(j.day, j.store, j.currency, j.movement) for j in book.lines}) == len(book.lines)
    expired = [j for j in book.lines if j.movement == "expired" and j.store == "EU"]
    assert expired and {(j.debit, j.credit) for j in expired} == {("2400", "=4900 breakage")}
    sold = [j for j in book.lines if j.movement == "sold"]
    assert sold and {(j.debit, j.credit) for j in sold} == {("1090", "2400")}
    assert all(j.amount.minor > 0 for j in book.lines)


def test_a_journal_across_sealed_and_unsealed_days(year: Store) -> None:
    now = year.clock.now
    day = datetime(now.year, now.month, now.day, tzinfo=UTC)
    book = journal(year.ctx, year.manager, day - timedelta(days=400), day + timedelta(days=1))
    roll = rollforward(year.ctx, year.manager, day - timedelta(days=400), day + timedelta(days=1))
    sign = {"transfers_out": -1, "transfers_in": 1}
    net = sum(j.amount.minor * sign.get(j.movement, 1 if j.debit != "2400" else -1)
              for j in book.lines if j.currency == "USD")
    usd = [ln for ln in roll.lines if ln.currency == "USD"]
    assert net == sum(ln.closing.minor - ln.opening.minor for ln in usd)
