"""A manager extends a card's expiry, one card or many: the rules of the card model on the
real command path, the audit, idempotent replays, and the money view when an expired card
is extended and spent again (the roll-forward still reconciles with the card rows)."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from posapp import edge, edge_admin, edge_expiry
from posapp.db.models import AuditEvent, GiftCard, LedgerEntry
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.accounting import breakage, reports
from posapp.services.accounting.rollforward import rollforward
from posapp.services.cards import bulk
from posapp.services.cards.bulk import Action
from posapp.services.cards.issuing import CardTerms
from tests.conftest import Store
from tests.services.reports_activity import all_entries, owed_at


def _issue(store: Store, amount: str = "50.00", days: int | None = 10) -> tuple[uuid.UUID, str]:
    result = edge.issue(store.ctx, store.manager, amount, terms=CardTerms(expires_days=days))
    assert result.card.code is not None
    return result.card.id, result.card.code


def _card(store: Store, card_id: uuid.UUID) -> GiftCard:
    def read(session) -> GiftCard:  # type: ignore[no-untyped-def]
        card = session.get(GiftCard, card_id)
        session.expunge(card)
        return card

    return store.ctx.db.run(read, readonly=True)


def _count(store: Store, query) -> int:  # type: ignore[no-untyped-def]
    return int(store.ctx.db.run(lambda s: s.scalar(query), readonly=True) or 0)


def _reinstates(store: Store) -> int:
    return _count(store, select(func.count()).select_from(LedgerEntry)
                  .where(LedgerEntry.kind == "reinstate"))


def _midnight_after(day: date) -> datetime:
    """The end of ``day`` in UTC, the time zone of the test store."""
    return datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=UTC)


def test_an_active_card_gets_a_later_expiry_audited_without_an_entry(store: Store) -> None:
    card_id, code = _issue(store)
    old = _card(store, card_id).expires_at
    until = date(2027, 3, 31)
    result = edge_expiry.extend(store.ctx, store.manager, code, until)
    assert result.entry_id is None
    assert result.card.status == "active"
    assert result.card.expires_at == _midnight_after(until)
    assert _card(store, card_id).expires_at == _midnight_after(until)
    entries = _count(store, select(func.count()).select_from(LedgerEntry)
                     .where(LedgerEntry.card_id == card_id))
    assert entries == 1  # the issue only: a later date moves no value

    def event(session) -> AuditEvent:  # type: ignore[no-untyped-def]
        return session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "card_expiry_extended")
        ).one()

    audit = store.ctx.db.run(event, readonly=True)
    assert audit.card_id == card_id
    assert audit.detail["from"] == old.isoformat()
    assert audit.detail["to"] == _midnight_after(until).isoformat()
    assert audit.detail["reinstated"] is False


def test_refusals_change_nothing(store: Store) -> None:
    card_id, code = _issue(store)
    never, _ = _issue(store, days=0)
    expires = _card(store, card_id).expires_at
    assert expires is not None
    cases = [
        (store.cashier, code, date(2027, 1, 1), ErrorCode.PERMISSION_DENIED),
        (store.manager, code, (expires - timedelta(days=2)).date(), ErrorCode.INVALID_INPUT),
        (store.manager, code, date(2026, 11, 20), ErrorCode.INVALID_INPUT),  # yesterday
        (store.manager, code, date(2126, 12, 31), ErrorCode.INVALID_INPUT),  # past 100 years
        (store.manager, never, date(2027, 1, 1), ErrorCode.INVALID_STATE),
    ]
    for actor, name, until, error in cases:
        with pytest.raises(PosError) as err:
            edge_expiry.extend(store.ctx, actor, name, until)
        assert err.value.code is error, (until, err.value.message)
    edge.void(store.ctx, store.manager, code, "fraud")
    with pytest.raises(PosError) as err:
        edge_expiry.extend(store.ctx, store.manager, code, date(2027, 1, 1))
    assert err.value.code is ErrorCode.CARD_VOIDED
    assert _card(store, card_id).expires_at == expires
    assert _card(store, never).expires_at is None
    assert _count(store, select(func.count()).select_from(AuditEvent)
                  .where(AuditEvent.kind == "card_expiry_extended")) == 0


def test_a_frozen_card_keeps_its_freeze_and_gets_the_date(store: Store) -> None:
    card_id, code = _issue(store)
    edge.freeze(store.ctx, store.manager, code, "lost")
    result = edge_expiry.extend(store.ctx, store.manager, card_id, date(2027, 6, 30))
    assert result.card.status == "frozen"
    store.clock.advance(days=30)  # past the old date, within the new one
    assert edge.unfreeze(store.ctx, store.manager, code).status == "active"


def test_the_same_key_replays_and_another_date_under_it_is_a_conflict(store: Store) -> None:
    card_id, code = _issue(store)
    store.clock.advance(days=11)
    edge.expire_cards(store.ctx, store.manager)
    first = edge_expiry.extend(store.ctx, store.manager, code, date(2027, 1, 31), key="ext-1")
    again = edge_expiry.extend(store.ctx, store.manager, code, date(2027, 1, 31), key="ext-1")
    assert again.to_dict() == first.to_dict() and again.entry_id == first.entry_id is not None
    assert _reinstates(store) == 1
    with pytest.raises(PosError) as err:
        edge_expiry.extend(store.ctx, store.manager, code, date(2027, 2, 28), key="ext-1")
    assert err.value.code is ErrorCode.CONFLICT
    assert _card(store, card_id).expires_at == _midnight_after(date(2027, 1, 31))
    assert _count(store, select(func.count()).select_from(AuditEvent)
                  .where(AuditEvent.kind == "card_expiry_extended")) == 1


def test_the_day_ends_in_the_time_zone_of_the_store_that_issued_the_card(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "NZ", "Auckland", "USD",
                            timezone="Pacific/Auckland")
    store.add_terminal("T1", "NZ")
    there = store.sign_in("mia", location="NZ")
    card_id = edge.issue(store.ctx, there, "10.00", terms=CardTerms(expires_days=10)).card.id
    edge_expiry.extend(store.ctx, store.manager, card_id, date(2027, 1, 31))
    # Midnight at the start of 1 February in Auckland (summer time, UTC+13).
    assert _card(store, card_id).expires_at == datetime(2027, 1, 31, 11, 0, tzinfo=UTC)


def test_an_expired_card_extended_and_spent_reconciles_in_the_money_view(store: Store) -> None:
    start = store.clock.now - timedelta(hours=1)
    card_id, code = _issue(store, "50.00", days=10)
    _issue(store, "20.00", days=0)
    edge.redeem(store.ctx, store.cashier, code, "5.00")
    store.clock.advance(days=11)
    assert edge.expire_cards(store.ctx, store.manager).expired == 1
    lapsed_at = store.clock.advance(hours=1)
    assert reports.liability(store.ctx, store.manager).total["USD"].minor == 2000

    store.clock.advance(hours=1)
    result = edge_expiry.extend(store.ctx, store.manager, code, date(2027, 1, 31))
    assert result.card.status == "active" and result.entry_id is not None
    edge.redeem(store.ctx, store.cashier, code, "15.00")
    store.clock.advance(days=1)
    end = store.clock.now + timedelta(days=1)

    whole = rollforward(store.ctx, store.manager, start, end)
    [line] = whole.lines
    assert whole.checked_against_cards and whole.agrees_with_cards and line.adds_up
    assert line.closing.minor == 3000 + 2000  # what the two cards hold and owe
    assert line.movement("expired").minor == -4500
    assert line.movement("reinstated").minor == 4500
    before = rollforward(store.ctx, store.manager, start, lapsed_at)
    after = rollforward(store.ctx, store.manager, lapsed_at, end)
    assert before.lines[0].closing.minor == 2000 == after.lines[0].opening.minor
    assert after.lines[0].movement("reinstated").minor == 4500 and after.lines[0].adds_up
    entries = all_entries(store)
    for report in (before, after, whole):
        assert {(ln.store, ln.currency): ln.closing.minor for ln in report.lines} == owed_at(
            entries, report.end)

    owed = reports.liability(store.ctx, store.manager)
    assert owed.total["USD"].minor == 5000 and not owed.breakage
    lapsed = breakage.breakage(store.ctx, store.manager)
    assert sum(amount.minor for _, _, amount in lapsed.expired) == 0  # expired, then back


def _statuses(store: Store, ids: list[uuid.UUID]) -> list[str]:
    return [_card(store, i).status for i in ids]


def test_a_bulk_extension_changes_what_it_may_and_names_the_rest(store: Store) -> None:
    active, _ = _issue(store)
    expired, _ = _issue(store, days=5)
    voided, voided_code = _issue(store)
    never, _ = _issue(store, days=0)
    frozen, frozen_code = _issue(store)
    store.clock.advance(days=6)
    edge.expire_cards(store.ctx, store.manager)
    edge.void(store.ctx, store.manager, voided_code, "fraud")
    edge.freeze(store.ctx, store.manager, frozen_code, "lost")
    ids = [active, expired, voided, never, frozen]
    until = date(2027, 5, 31)
    bulk_id = str(uuid.uuid4())
    result = bulk.run_bulk(store.ctx, store.manager, Action.EXTEND, ids, until=until,
                           bulk_id=bulk_id, source={"selected": 5})
    assert result.done == 3
    assert {(r.card_id, r.code) for r in result.refused} == {
        (voided, ErrorCode.CARD_VOIDED.value), (never, ErrorCode.INVALID_STATE.value)}
    assert "never expires" in next(r.reason for r in result.refused if r.card_id == never)
    assert _statuses(store, ids) == ["active", "active", "voided", "active", "frozen"]
    for card_id in (active, expired, frozen):
        assert _card(store, card_id).expires_at == _midnight_after(until)
    assert _card(store, never).expires_at is None
    assert _reinstates(store) == 1

    def events(session):  # type: ignore[no-untyped-def]
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == "bulk_action")))

    [event] = store.ctx.db.run(events, readonly=True)
    assert (event.detail["action"], event.detail["until"]) == ("extend", "2027-05-31")
    # The same bulk action again changes no card twice; another date under it conflicts.
    again = bulk.run_bulk(store.ctx, store.manager, Action.EXTEND, ids, until=until,
                          bulk_id=bulk_id)
    assert again.done == 3 and len(again.refused) == 2 and _reinstates(store) == 1
    other = bulk.run_bulk(store.ctx, store.manager, Action.EXTEND, ids,
                          until=date(2027, 6, 30), bulk_id=bulk_id)
    assert {r.code for r in other.refused if r.card_id == active} == {ErrorCode.CONFLICT.value}
    assert _card(store, active).expires_at == _midnight_after(until)


def test_a_bulk_extension_needs_its_date_and_only_it_takes_one(store: Store) -> None:
    ids = [_issue(store)[0]]
    for action, until, actor in (
        (Action.EXTEND, None, store.manager),
        (Action.UNFREEZE, date(2027, 1, 1), store.manager),
        (Action.EXTEND, date(2027, 1, 1), store.cashier),
    ):
        with pytest.raises(PosError):
            bulk.run_bulk(store.ctx, actor, action, ids, until=until)
    assert _count(store, select(func.count()).select_from(AuditEvent)
                  .where(AuditEvent.kind == "bulk_action")) == 0


def test_the_calendars_last_day_is_refused_as_too_far_not_a_crash(store: Store) -> None:
    card_id, code = _issue(store)
    before = _card(store, card_id).expires_at
    with pytest.raises(PosError, match="at the latest") as err:
        edge_expiry.extend(store.ctx, store.manager, code, date.max)
    assert err.value.code is ErrorCode.INVALID_INPUT
    assert _card(store, card_id).expires_at == before


def test_two_managers_extending_one_expired_card_at_once_reinstate_it_once(
    store: Store,
) -> None:
    card_id, code = _issue(store)
    store.clock.advance(days=11)
    edge.expire_cards(store.ctx, store.manager)
    other = store.sign_in("mia", terminal="T1")
    days = [date(2027, 1, 31), date(2027, 3, 31)] * 3

    def extend(n: int) -> str:
        try:
            edge_expiry.extend(store.ctx, (store.manager, other)[n % 2], code, days[n])
        except PosError as exc:
            return exc.code.value
        return "done"

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(extend, range(len(days))))
    assert set(outcomes) <= {"done", ErrorCode.INVALID_INPUT.value} and "done" in outcomes
    assert _reinstates(store) == 1
    card = _card(store, card_id)
    assert (card.status, card.expires_at) == ("active", _midnight_after(date(2027, 3, 31)))
    report = rollforward(store.ctx, store.manager, store.clock.now - timedelta(days=30),
                         store.clock.now + timedelta(days=1))
    assert report.agrees_with_cards
