"""The same idempotency key applied twice has one effect and returns the first result;
the same key with other arguments is a ``conflict`` and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from posapp import edge
from posapp.domain.errors import PosError
from posapp.services.checkout.sale_parts import CardLine, Payment
from tests.conftest import Store
from tests.invariants.ledger_check import assert_invariants, snapshot


def _card(store: Store, amount: str = "100.00") -> str:
    code = edge.issue(store.ctx, store.manager, amount).card.code
    assert code is not None
    return code


def _conflicts(store: Store, call: Callable[[], Any]) -> None:
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as refused:
        call()
    assert refused.value.code == "conflict"
    assert snapshot(store.ctx) == before


def _balance(store: Store, code: str) -> str:
    return edge.balance(store.ctx, store.manager, code).balance.amount_str()


def test_a_redemption_replayed_with_its_key_is_taken_once_and_answers_the_same(
    store: Store,
) -> None:
    code = _card(store)
    first = edge.redeem(store.ctx, store.cashier, code, "12.34", key="r-1")
    after_first = snapshot(store.ctx)
    again = edge.redeem(store.ctx, store.cashier, code, "12.34", key="r-1")
    assert again.to_dict() == first.to_dict()
    assert snapshot(store.ctx) == after_first
    assert _balance(store, code) == "87.66"
    _conflicts(store, lambda: edge.redeem(store.ctx, store.cashier, code, "12.35", key="r-1"))
    other = _card(store)
    _conflicts(store, lambda: edge.redeem(store.ctx, store.cashier, other, "12.34", key="r-1"))
    _conflicts(store, lambda: edge.reload(store.ctx, store.manager, code, "12.34", key="r-1"))
    assert_invariants(store.ctx)


def test_a_replayed_redemption_answers_the_same_even_after_the_card_changed(
    store: Store,
) -> None:
    code = _card(store)
    first = edge.redeem(store.ctx, store.cashier, code, "60.00", key="r-2")
    edge.redeem(store.ctx, store.cashier, code, "40.00")
    edge.void(store.ctx, store.manager, code, "closed")
    again = edge.redeem(store.ctx, store.cashier, code, "60.00", key="r-2")
    assert again.entry_id == first.entry_id
    assert again.card.balance.amount_str() == "40.00"
    assert_invariants(store.ctx)


def test_an_issue_replayed_with_its_key_makes_one_card_and_shows_its_full_code_again(
    store: Store,
) -> None:
    first = edge.issue(store.ctx, store.manager, "50.00", key="i-1")
    after_first = snapshot(store.ctx)
    again = edge.issue(store.ctx, store.manager, "50.00", key="i-1")
    assert again.card.code is not None and again.card.code == first.card.code
    assert again.entry_id == first.entry_id and again.card.id == first.card.id
    assert snapshot(store.ctx) == after_first
    assert len(after_first["cards"]) == 1
    _conflicts(store, lambda: edge.issue(store.ctx, store.manager, "50.01", key="i-1"))
    assert_invariants(store.ctx)


def test_a_card_sale_replayed_with_its_key_sells_one_card_and_returns_its_code(
    store: Store,
) -> None:
    first = edge.sell(
        store.ctx, store.cashier, [CardLine("50.00")], Payment(cash="60.00"), key="s-1"
    )
    after_first = snapshot(store.ctx)
    again = edge.sell(
        store.ctx, store.cashier, [CardLine("50.00")], Payment(cash="60.00"), key="s-1"
    )
    assert again.sale_id == first.sale_id and again.change == first.change
    assert [c.code for c in again.cards] == [c.code for c in first.cards]
    assert again.cards[0].code is not None
    assert snapshot(store.ctx) == after_first
    _conflicts(
        store,
        lambda: edge.sell(
            store.ctx, store.cashier, [CardLine("25.00")], Payment(cash="60.00"), key="s-1"
        ),
    )
    assert_invariants(store.ctx)


def test_a_card_reload_sale_replayed_with_its_key_loads_the_card_once(store: Store) -> None:
    code = _card(store)
    line = [CardLine("25.00", code=code)]
    first = edge.sell(store.ctx, store.cashier, line, Payment(cash="25.00"), key="s-2")
    again = edge.sell(store.ctx, store.cashier, line, Payment(cash="25.00"), key="s-2")
    assert again.sale_id == first.sale_id
    assert _balance(store, code) == "125.00"
    other = _card(store, "1.00")
    _conflicts(
        store,
        lambda: edge.sell(
            store.ctx,
            store.cashier,
            [CardLine("25.00", code=other)],
            Payment(cash="25.00"),
            key="s-2",
        ),
    )
    assert_invariants(store.ctx)


def test_a_payment_replayed_with_its_key_charges_the_cards_once(store: Store) -> None:
    a, b = _card(store, "30.00"), _card(store, "50.00")
    first = edge.pay(store.ctx, store.cashier, "45.00", codes=[a, b], key="p-1")
    after_first = snapshot(store.ctx)
    again = edge.pay(store.ctx, store.cashier, "45.00", codes=[a, b], key="p-1")
    assert again.to_dict() == first.to_dict()
    assert snapshot(store.ctx) == after_first
    assert (_balance(store, a), _balance(store, b)) == ("0.00", "35.00")
    _conflicts(store, lambda: edge.pay(store.ctx, store.cashier, "45.01", codes=[a, b], key="p-1"))
    _conflicts(store, lambda: edge.pay(store.ctx, store.cashier, "45.00", codes=[b, a], key="p-1"))
    assert_invariants(store.ctx)


def test_a_void_replayed_with_its_key_answers_the_first_void(store: Store) -> None:
    code = _card(store)
    first = edge.void(store.ctx, store.manager, code, "reported stolen", key="v-1")
    after_first = snapshot(store.ctx)
    again = edge.void(store.ctx, store.manager, code, "reported stolen", key="v-1")
    assert again.to_dict() == first.to_dict() and again.entry_id == first.entry_id
    assert again.entry_id is not None
    assert snapshot(store.ctx) == after_first
    _conflicts(store, lambda: edge.void(store.ctx, store.manager, code, "other", key="v-1"))
    # Without the key, a second void is refused: voided cards never change again.
    with pytest.raises(PosError) as refused:
        edge.void(store.ctx, store.manager, code, "reported stolen")
    assert refused.value.code == "card_voided"
    assert_invariants(store.ctx)


def test_a_refused_operation_does_not_take_its_key(store: Store) -> None:
    code = _card(store, "10.00")
    with pytest.raises(PosError) as refused:
        edge.redeem(store.ctx, store.cashier, code, "20.00", key="r-3")
    assert refused.value.code == "insufficient_funds"
    edge.reload(store.ctx, store.manager, code, "10.00")
    done = edge.redeem(store.ctx, store.cashier, code, "20.00", key="r-3")
    assert done.card.balance.amount_str() == "0.00"
    assert_invariants(store.ctx)
