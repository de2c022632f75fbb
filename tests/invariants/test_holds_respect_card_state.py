"""A hold taken while a card was spendable must not let it be spent once it is not.

These tests pin three ways to break the ledger's invariants through checkout holds.
"""

from __future__ import annotations

import pytest

from posapp import edge
from posapp.domain.errors import PosError
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import GoodsLine
from tests.conftest import Store
from tests.invariants.ledger_check import assert_invariants, snapshot


def _card_in_open_sale(store: Store, price: str, **issue: object) -> tuple[str, object]:
    code = edge.issue(store.ctx, store.manager, "100.00", **issue).card.code  # type: ignore[arg-type]
    assert code is not None
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Vase", price)])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, code)
    return code, sale.sale_id


def test_a_card_frozen_after_it_was_scanned_is_not_charged_nor_unfrozen(store: Store) -> None:
    code, sale_id = _card_in_open_sale(store, "50.00")
    store.clock.advance(seconds=5)
    edge.freeze(store.ctx, store.manager, code, "reported lost")
    store.clock.advance(seconds=5)
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as refused:
        edge.complete_sale(store.ctx, store.cashier, sale_id)
    assert refused.value.code in ("card_frozen", "invalid_state")
    assert snapshot(store.ctx) == before
    card = edge.unfreeze(store.ctx, store.manager, code)  # still frozen: unfreeze works
    assert card.balance.amount_str() == "100.00"
    assert_invariants(store.ctx, now=store.clock())


def test_a_card_that_expired_while_scanned_is_not_charged(store: Store) -> None:
    issued = edge.issue(store.ctx, store.manager, "100.00", terms=CardTerms(expires_days=1))
    store.clock.advance(days=1, minutes=-5)  # five minutes before the card expires
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Vase", "20.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, issued.card.code or "")
    store.clock.advance(minutes=6)  # the card has expired; its 15-minute hold has not
    assert edge.expire_cards(store.ctx, store.manager).expired == 1
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as refused:
        edge.complete_sale(store.ctx, store.cashier, sale.sale_id)
    assert refused.value.code in ("card_expired", "invalid_state")
    assert snapshot(store.ctx) == before
    assert_invariants(store.ctx, now=store.clock())


def test_an_adjustment_down_cannot_take_what_an_open_sale_holds(store: Store) -> None:
    code, _ = _card_in_open_sale(store, "80.00")
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as refused:
        edge.adjust(store.ctx, store.manager, code, "-50.00", "count error")
    assert refused.value.code == "insufficient_funds"
    assert snapshot(store.ctx) == before
    assert_invariants(store.ctx, now=store.clock())


def test_a_replacement_card_redeemed_elsewhere_does_not_strand_an_open_sale_s_hold(
    store: Store,
) -> None:
    code = edge.issue(
        store.ctx, store.manager, "100.00", terms=CardTerms(strategy="replacement")
    ).card.code
    assert code is not None
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Vase", "30.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, code)  # holds 30.00
    spent = edge.redeem(store.ctx, store.cashier, code, "10.00")  # the rest moves on
    assert spent.new_card is not None
    assert spent.new_card.balance.amount_str() == "90.00"
    # The old code is closed with 0.00: a hold still pending on it is money nobody has.
    assert_invariants(store.ctx, now=store.clock())
