from __future__ import annotations

from decimal import Decimal

import pytest

from posapp import edge, edge_admin
from posapp.domain.errors import ErrorCode, PosError
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from tests.conftest import Store
from tests.services.helpers import snapshot


@pytest.fixture
def two_stores(store: Store) -> Store:
    edge_admin.add_location(store.ctx, store.admin, "S2", "Uptown", "USD")
    store.add_terminal("T1", "S2")
    edge_admin.add_location(store.ctx, store.admin, "EU", "Paris", "EUR", "fr_FR")
    store.add_terminal("T1", "EU")
    return store


def test_a_card_scoped_to_its_issuing_store_is_refused_elsewhere(two_stores: Store) -> None:
    s = two_stores
    code = edge.issue(s.ctx, s.manager, "20.00", terms=CardTerms(scope="issuing")).card.code
    elsewhere = s.sign_in("carl", location="S2")
    before = snapshot(s.ctx)
    with pytest.raises(PosError) as err:
        edge.redeem(s.ctx, elsewhere, code, "5.00")
    assert err.value.code is ErrorCode.WRONG_LOCATION
    assert snapshot(s.ctx) == before
    edge.redeem(s.ctx, s.cashier, code, "5.00")


def test_a_card_scoped_to_a_list_of_stores_works_only_there(two_stores: Store) -> None:
    s = two_stores
    code = edge.issue(s.ctx, s.manager, "20.00", terms=CardTerms(scope="S2")).card.code
    with pytest.raises(PosError) as err:
        edge.redeem(s.ctx, s.cashier, code, "5.00")
    assert err.value.code is ErrorCode.WRONG_LOCATION
    edge.redeem(s.ctx, s.sign_in("carl", location="S2"), code, "5.00")


def test_cross_currency_redemption_converts_at_the_stored_rate(two_stores: Store) -> None:
    s = two_stores
    code = edge.issue(s.ctx, s.manager, "100.00").card.code
    in_paris = s.sign_in("carl", location="EU")
    with pytest.raises(PosError) as err:
        edge.redeem(s.ctx, in_paris, code, "10.00")
    assert err.value.code is ErrorCode.CURRENCY_MISMATCH
    edge_admin.set_rate(s.ctx, s.admin, "USD", "EUR", "0.8")
    redeemed = edge.redeem(s.ctx, in_paris, code, "10.01")
    # 10.01 EUR / 0.8 = 12.5125 USD -> 12.51 (half-even)
    assert redeemed.redeemed.amount_str() == "12.51" and redeemed.redeemed.currency == "USD"
    assert edge.balance(s.ctx, s.manager, code).balance.amount_str() == "87.49"


def test_the_replacement_strategy_moves_the_rest_to_a_new_code(store: Store) -> None:
    code = edge.issue(
        store.ctx, store.manager, "50.00", terms=CardTerms(strategy="replacement")
    ).card.code
    result = edge.redeem(store.ctx, store.cashier, code, "20.00")
    assert result.new_card is not None and result.new_card.code not in (None, code)
    assert result.new_card.balance.amount_str() == "30.00"
    old = edge.history(store.ctx, store.manager, code)
    assert [e.kind for e in old] == ["issue", "redeem", "transfer_out"]
    assert edge.balance(store.ctx, store.manager, code).status == "voided"
    new = edge.history(store.ctx, store.manager, result.new_card.code)
    assert [(e.kind, e.amount.amount_str()) for e in new] == [("transfer_in", "30.00")]


def test_a_replacement_card_spent_in_full_gets_no_new_code(store: Store) -> None:
    code = edge.issue(
        store.ctx, store.manager, "50.00", terms=CardTerms(strategy="replacement")
    ).card.code
    paid = edge.pay(store.ctx, store.cashier, "50.00", codes=[code], payment=Payment())
    assert len(paid.cards) == 1 and paid.cards[0].status == "depleted"


def test_transfer_closes_a_lost_card_and_shows_the_new_code_once(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    edge.freeze(store.ctx, store.manager, code, "lost")
    moved = edge.transfer(store.ctx, store.manager, code)
    assert moved.card.code and moved.card.balance.amount_str() == "50.00"
    assert edge.balance(store.ctx, store.manager, code).status == "voided"
    assert edge.balance(store.ctx, store.cashier, moved.card.code).code is None


def test_rates_must_be_positive_and_between_two_currencies(store: Store) -> None:
    for base, quote, rate in (("USD", "USD", "1"), ("USD", "EUR", "-1"), ("USD", "XXX1", "1")):
        with pytest.raises(PosError):
            edge_admin.set_rate(store.ctx, store.admin, base, quote, rate)
    view = edge_admin.set_rate(store.ctx, store.admin, "usd", "eur", "0.9215")
    assert view.rate == Decimal("0.9215")


def test_a_card_with_nothing_on_it_is_not_transferred(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "5.00").card.code
    edge.redeem(store.ctx, store.cashier, code, "5.00")
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        edge.transfer(store.ctx, store.manager, code)
    assert err.value.code is ErrorCode.INVALID_STATE
    assert snapshot(store.ctx) == before


def test_a_card_restricted_to_some_goods_is_never_redeemed_for_anything(store: Store) -> None:
    """A direct redemption names no goods: a card its product restricts to books would pay
    for anything. It is refused, by code and by id, and changes nothing; the same card
    still pays for books in a sale."""
    edge_admin.add_product(
        store.ctx, store.admin, "BOOKS", "Book token", denominations=["25.00"],
        categories=["books"],
    )
    line = CardLine(Money(2500, "USD"), product_sku="BOOKS")
    sold = edge.sell(store.ctx, store.cashier, [line], Payment(cash=Money(2500, "USD")))
    card = sold.cards[0]
    assert card.code is not None
    before = snapshot(store.ctx)
    for actor, name in ((store.cashier, card.code), (store.manager, card.id)):
        with pytest.raises(PosError) as err:
            edge.redeem(store.ctx, actor, name, "10.00")
        assert err.value.code is ErrorCode.NOT_ALLOWED
        assert "books" in err.value.message
        assert snapshot(store.ctx) == before
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Novel", "10.00", category="books")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, card.code)
    edge.complete_sale(store.ctx, store.cashier, sale.sale_id)
    assert edge.balance(store.ctx, store.cashier, card.code).balance.amount_str() == "15.00"
