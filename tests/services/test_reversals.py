"""Reversals take back exactly what was posted, in the card's currency, on both databases:
a voided cross-currency reload, partial refunds of a cross-currency card payment, and a
share that follows a replacement-strategy card to its successor."""

from __future__ import annotations

from posapp import edge, edge_admin
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, Payment
from tests.conftest import Store


def _japan(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "JP", "Tokyo", "JPY", "ja_JP")
    edge_admin.set_rate(store.ctx, store.admin, "USD", "JPY", "150")
    edge_admin.set_rate(store.ctx, store.admin, "JPY", "USD", "0.0066666667")
    store.add_terminal("TJ", "JP")


def test_voiding_a_cross_currency_reload_takes_back_what_it_put_on(store: Store) -> None:
    _japan(store)
    tokyo = store.sign_in("mia", location="JP", terminal="TJ")
    code = edge.issue(store.ctx, tokyo, "100").card.code
    for _ in range(3):
        sold = edge.sell(
            store.ctx, store.cashier, [CardLine("25.00", code=code)], Payment(cash="25.00")
        )
        assert edge.balance(store.ctx, tokyo, code).balance.amount_str() == "3850"
        edge.void_sale(store.ctx, store.manager, sold.sale_id, "rung up by mistake")
        assert edge.balance(store.ctx, tokyo, code).balance.amount_str() == "100"


def test_partial_refunds_give_back_exactly_what_the_card_paid(store: Store) -> None:
    _japan(store)
    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    in_tokyo = store.sign_in("carl", location="JP", terminal="TJ")
    paid = edge.pay(store.ctx, in_tokyo, "5", codes=[code])
    assert edge.balance(store.ctx, store.manager, code).balance.amount_str() == "49.97"
    tokyo_manager = store.sign_in("mia", location="JP", terminal="TJ")
    for _ in range(5):
        edge.refund_sale(store.ctx, tokyo_manager, paid.sale_id, "1")
    assert edge.balance(store.ctx, store.manager, code).balance.amount_str() == "50.00"
    history = edge.history(store.ctx, store.manager, code)
    assert sum(e.amount.minor for e in history if e.kind == "refund") == 3


def test_a_replacement_cards_share_follows_it_to_its_successor(store: Store) -> None:
    terms = CardTerms(strategy="replacement")
    old = edge.issue(store.ctx, store.manager, "50.00", terms=terms).card.code
    paid = edge.pay(store.ctx, store.cashier, "20.00", codes=[old])
    [new] = [c for c in paid.cards if c.code]
    assert new.balance.amount_str() == "30.00"
    edge.void_sale(store.ctx, store.manager, paid.sale_id, "customer changed their mind")
    assert edge.balance(store.ctx, store.manager, new.code).balance.amount_str() == "50.00"
    again = edge.issue(store.ctx, store.manager, "50.00", terms=terms).card.code
    sale = edge.pay(store.ctx, store.cashier, "20.00", codes=[again])
    [successor] = [c for c in sale.cards if c.code]
    edge.refund_sale(store.ctx, store.manager, sale.sale_id, "5.00")
    edge.refund_sale(store.ctx, store.manager, sale.sale_id)
    assert edge.balance(store.ctx, store.manager, successor.code).balance.amount_str() == "50.00"
