"""Many cards at once: each card through its own command, refusals named, one audit event,
cancel leaves the rest untouched, and a re-run with the same bulk id does nothing twice."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from posapp import edge
from posapp.db.models import AuditEvent, GiftCard, LedgerEntry
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.cards import bulk, queries
from posapp.services.cards.bulk import Action
from tests.conftest import Store


def _cards(store: Store, n: int) -> list[uuid.UUID]:
    return [edge.issue(store.ctx, store.manager, "10.00").card.id for _ in range(n)]


def _statuses(store: Store, ids: list[uuid.UUID]) -> list[str]:
    def read(session) -> list[str]:  # type: ignore[no-untyped-def]
        found = dict(session.execute(select(GiftCard.id, GiftCard.status)).all())
        return [found[i] for i in ids]

    return store.ctx.db.run(read, readonly=True)


def _count(store: Store, query) -> int:  # type: ignore[no-untyped-def]
    return int(store.ctx.db.run(lambda s: s.scalar(query), readonly=True) or 0)


def test_a_bulk_freeze_changes_each_card_and_names_the_ones_refused(store: Store) -> None:
    ids = _cards(store, 4)
    edge.void(store.ctx, store.manager, ids[1], "fraud")
    result = bulk.run_bulk(
        store.ctx, store.manager, Action.FREEZE, ids, reason="stolen stock",
        source={"status": "active"},
    )
    assert result.done == 3
    [refusal] = result.refused
    assert refusal.card_id == ids[1]
    assert refusal.code == ErrorCode.CARD_VOIDED.value
    assert refusal.masked_code.endswith(queries.masked_codes(store.ctx, store.manager, [ids[1]])
                                        [ids[1]][-4:])
    assert _statuses(store, ids) == ["frozen", "voided", "frozen", "frozen"]

    def events(session):  # type: ignore[no-untyped-def]
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == "bulk_action")))

    [event] = store.ctx.db.run(events, readonly=True)
    assert event.detail["action"] == "freeze"
    assert event.detail["count"] == 4
    assert event.detail["source"] == {"status": "active"}
    assert event.detail["bulk_id"] == result.bulk_id
    frozen = _count(store, select(func.count()).select_from(AuditEvent)
                    .where(AuditEvent.kind == "card_frozen"))
    assert frozen == 3  # each card's own freeze is audited by its own command


def test_a_cancel_leaves_done_cards_done_and_a_rerun_does_nothing_twice(store: Store) -> None:
    ids = _cards(store, 5)
    bulk_id = str(uuid.uuid4())
    stop_after = 2
    first = bulk.run_bulk(
        store.ctx, store.manager, Action.VOID, ids, reason="batch lost", bulk_id=bulk_id,
        progress=lambda done, total: done < stop_after,
    )
    assert first.cancelled and first.done == 2
    assert _statuses(store, ids) == ["voided", "voided", "active", "active", "active"]
    again = bulk.run_bulk(
        store.ctx, store.manager, Action.VOID, ids, reason="batch lost", bulk_id=bulk_id
    )
    # The two voided before answer their first result; nothing is refused or voided twice.
    assert again.done == 5 and again.refused == [] and not again.cancelled
    assert _statuses(store, ids) == ["voided"] * 5
    voids = _count(store, select(func.count()).select_from(LedgerEntry)
                   .where(LedgerEntry.kind == "void"))
    assert voids == 5
    # A new bulk action (another id) on the same cards is refused card by card.
    other = bulk.run_bulk(store.ctx, store.manager, Action.VOID, ids, reason="batch lost")
    assert other.done == 0
    assert {r.code for r in other.refused} == {ErrorCode.CARD_VOIDED.value}


def test_unfreeze_and_resend_refuse_what_the_rules_refuse(store: Store) -> None:
    ids = _cards(store, 2)
    bulk.run_bulk(store.ctx, store.manager, Action.FREEZE, ids[:1], reason="check")
    thawed = bulk.run_bulk(store.ctx, store.manager, Action.UNFREEZE, ids)
    assert thawed.done == 1 and [r.card_id for r in thawed.refused] == [ids[1]]
    assert thawed.refused[0].code == ErrorCode.INVALID_STATE.value
    sent = bulk.run_bulk(store.ctx, store.manager, Action.RESEND, ids)
    assert sent.done == 0 and len(sent.refused) == 2  # neither card has an e-mail address
    assert all("e-mail" in r.reason for r in sent.refused)


def test_a_bulk_action_is_refused_whole_without_permission_or_reason(store: Store) -> None:
    ids = _cards(store, 2)
    with pytest.raises(PosError) as err:
        bulk.run_bulk(store.ctx, store.cashier, Action.FREEZE, ids, reason="x")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(PosError) as err:
        bulk.run_bulk(store.ctx, store.manager, Action.VOID, ids, reason="  ")
    assert err.value.code is ErrorCode.INVALID_INPUT
    with pytest.raises(PosError):
        bulk.run_bulk(store.ctx, store.manager, Action.VOID, ids, reason="x", bulk_id="nope")
    assert _statuses(store, ids) == ["active", "active"]
    events = _count(store, select(func.count()).select_from(AuditEvent)
                    .where(AuditEvent.kind == "bulk_action"))
    assert events == 0


def test_an_unknown_card_id_is_refused_by_name_and_the_others_go_ahead(store: Store) -> None:
    ids = _cards(store, 1)
    stranger = uuid.uuid4()
    result = bulk.run_bulk(store.ctx, store.manager, Action.FREEZE, [stranger, *ids], reason="r")
    assert result.done == 1
    assert [(r.card_id, r.code) for r in result.refused] == [(stranger, "card_not_found")]


def test_all_that_match_the_filter(store: Store) -> None:
    ids = _cards(store, 3)
    edge.freeze(store.ctx, store.manager, ids[0], "lost")
    found = queries.matching_ids(store.ctx, store.manager, queries.CardFilter(status="active"))
    assert sorted(found) == sorted(ids[1:])
