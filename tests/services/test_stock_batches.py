"""The stock screens' reads: printed batches that can be shipped, batches on their way to a
store, and the receipts recorded there (on SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid

import pytest

from posapp import edge_admin
from posapp.domain.errors import PermissionDenied
from posapp.money import Money
from posapp.services.back_office import batches, stock_batches
from tests.conftest import Store


def codes_of(store: Store, batch_id: uuid.UUID) -> list[str]:
    return [str(card.code) for card in batches.batch_cards(store.ctx, store.admin, batch_id)[1]]


def test_only_printed_batches_with_cards_in_the_stock_room_can_be_shipped(store: Store) -> None:
    printed = edge_admin.create_batch(store.ctx, store.admin, 3, amount="25.00")
    unprinted = edge_admin.create_batch(store.ctx, store.admin, 2)
    gone = edge_admin.create_batch(store.ctx, store.admin, 1)
    for batch in (printed, gone):
        edge_admin.mark_printed(store.ctx, store.admin, batch.batch_id)
    edge_admin.add_location(store.ctx, store.admin, "S2", "Harbour", "USD")
    edge_admin.ship_batch(store.ctx, store.manager, str(gone.batch_id), "S2")
    code = codes_of(store, printed.batch_id)[0]
    edge_admin.mark_cards(store.ctx, store.manager, [code], "damaged", "torn")

    shown = stock_batches.shippable(store.ctx, store.manager)
    assert [(b.batch_id, b.store, b.cards, b.face_value) for b in shown] == [
        (printed.batch_id, "S1", 2, Money(2500, "USD"))]
    assert unprinted.batch_id not in {b.batch_id for b in shown}


def test_a_store_sees_the_batches_coming_to_it_and_who_received_them(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "S2", "Harbour", "USD")
    store.add_terminal("T2", "S2")
    there = store.sign_in("mia", terminal="T2")
    batch = edge_admin.create_batch(store.ctx, store.admin, 4)
    edge_admin.mark_printed(store.ctx, store.admin, batch.batch_id)
    edge_admin.ship_batch(store.ctx, store.manager, str(batch.batch_id), "S2")
    assert stock_batches.arriving(store.ctx, store.manager) == []  # S1 is not where it goes
    coming = stock_batches.arriving(store.ctx, there)
    assert [(b.batch_id, b.store, b.cards) for b in coming] == [(batch.batch_id, "S2", 4)]
    assert stock_batches.receipts(store.ctx, there) == []

    lost = codes_of(store, batch.batch_id)[3]
    edge_admin.receive_batch(store.ctx, there, str(batch.batch_id), [lost])
    assert stock_batches.arriving(store.ctx, there) == []
    [receipt] = stock_batches.receipts(store.ctx, there)
    assert (receipt.batch_id, receipt.staff, receipt.received, receipt.missing) == (
        batch.batch_id, "mia", 3, 1)
    assert receipt.at == store.ctx.now()
    assert stock_batches.receipts(store.ctx, store.manager) == []  # none at S1


def test_a_cashier_is_refused_the_stock_lists(store: Store) -> None:
    for read in (stock_batches.shippable, stock_batches.arriving, stock_batches.receipts):
        with pytest.raises(PermissionDenied):
            read(store.ctx, store.cashier)
