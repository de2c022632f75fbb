from __future__ import annotations

import pytest

from posapp import edge, edge_admin
from posapp.domain.errors import ErrorCode, PosError
from posapp.money import Money
from posapp.services.back_office import batches
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout import sales, selling
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from tests.conftest import Store
from tests.services.helpers import snapshot


def _card(store: Store, amount: str) -> str:
    code = edge.issue(store.ctx, store.manager, amount).card.code
    assert code is not None
    return code


def _balance(store: Store, code: str) -> str:
    return edge.balance(store.ctx, store.manager, code).balance.amount_str()


def test_two_cards_and_cash_pay_a_sale_with_change(store: Store) -> None:
    a, b = _card(store, "20.00"), _card(store, "15.00")
    result = edge.pay(
        store.ctx, store.cashier, "50.00", codes=[a, b], payment=Payment(cash="20.00")
    )
    assert [(t.type, t.amount.amount_str()) for t in result.tenders] == [
        ("gift_card", "20.00"),
        ("gift_card", "15.00"),
        ("cash", "20.00"),
    ]
    assert (result.change.amount_str(), result.due.amount_str()) == ("5.00", "0.00")
    assert (_balance(store, a), _balance(store, b)) == ("0.00", "0.00")


def test_cards_that_cover_the_total_complete_the_sale_alone(store: Store) -> None:
    a, b = _card(store, "20.00"), _card(store, "50.00")
    result = edge.pay(store.ctx, store.cashier, "30.00", codes=[a, b])
    assert result.state == "completed"
    assert (_balance(store, a), _balance(store, b)) == ("0.00", "40.00")
    with pytest.raises(PosError) as err:
        edge.pay(store.ctx, store.cashier, "5.00", codes=[b], payment=Payment(cash="5.00"))
    assert err.value.code is ErrorCode.INVALID_AMOUNT


def test_a_sale_not_covered_is_refused_and_no_card_is_charged(store: Store) -> None:
    a = _card(store, "20.00")
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        edge.pay(store.ctx, store.cashier, "50.00", codes=[a], payment=Payment(external="10.00"))
    assert err.value.code is ErrorCode.INSUFFICIENT_FUNDS
    assert snapshot(store.ctx) == before


def test_an_open_sale_holds_the_card_until_it_completes(store: Store) -> None:
    a = _card(store, "40.00")
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Shoes", "30.00")])
    held = edge.apply_card(store.ctx, store.cashier, sale.sale_id, a)
    assert held.due.amount_str() == "0.00"
    seen = edge.balance(store.ctx, store.cashier, a)
    assert (seen.balance.amount_str(), seen.available.amount_str()) == ("40.00", "10.00")
    with pytest.raises(PosError) as err:
        edge.redeem(store.ctx, store.cashier, a, "10.01")
    assert err.value.code is ErrorCode.INSUFFICIENT_FUNDS
    done = edge.complete_sale(store.ctx, store.cashier, sale.sale_id)
    assert done.state == "completed" and _balance(store, a) == "10.00"


def test_cancelling_an_open_sale_releases_every_hold(store: Store) -> None:
    a = _card(store, "40.00")
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Hat", "25.00", quantity=2)])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, a)
    assert edge.balance(store.ctx, store.cashier, a).available.amount_str() == "0.00"
    assert edge.cancel_sale(store.ctx, store.cashier, sale.sale_id).state == "voided"
    assert edge.balance(store.ctx, store.cashier, a).available.amount_str() == "40.00"


def test_a_lapsed_hold_frees_the_balance_and_cannot_be_captured(store: Store) -> None:
    a = _card(store, "40.00")
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Hat", "25.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, a)
    store.clock.advance(minutes=16)
    assert edge.balance(store.ctx, store.cashier, a).available.amount_str() == "40.00"
    with pytest.raises(PosError) as err:
        edge.complete_sale(store.ctx, store.cashier, sale.sale_id)
    assert err.value.code is ErrorCode.INVALID_STATE
    assert _balance(store, a) == "40.00"


def test_the_same_card_cannot_be_scanned_twice_into_one_sale(store: Store) -> None:
    a = _card(store, "10.00")
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Hat", "25.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, a)
    with pytest.raises(PosError) as err:
        edge.apply_card(store.ctx, store.cashier, sale.sale_id, a)
    assert err.value.code is ErrorCode.INVALID_STATE
    removed = edge.remove_card(
        store.ctx, store.cashier, sale.sale_id, edge.balance(store.ctx, store.manager, a).id
    )
    assert removed.due.amount_str() == "25.00"


def test_selling_cards_activates_them_only_when_paid(store: Store) -> None:
    batch = edge_admin.create_batch(store.ctx, store.admin, 1)
    physical = next(batches.batch_cards(store.ctx, store.manager, batch.batch_id)[1]).code
    lines = [
        CardLine("50.00", terms=CardTerms(recipient_email="ann@example.com")),
        CardLine("25.00", code=physical),
    ]
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        edge.sell(store.ctx, store.cashier, lines, Payment(cash="70.00"))
    assert err.value.code is ErrorCode.INSUFFICIENT_FUNDS
    assert snapshot(store.ctx) == before
    sold = edge.sell(store.ctx, store.cashier, lines, Payment(cash="80.00"))
    assert sold.change.amount_str() == "5.00"
    assert [c.status for c in sold.cards] == ["active", "active"]
    assert sold.cards[1].code == physical and sold.cards[0].code


def test_a_sold_card_must_be_a_configured_amount(store: Store) -> None:
    with pytest.raises(PosError) as err:
        edge.sell(store.ctx, store.cashier, [CardLine("3.00")], Payment(cash="3.00"))
    assert err.value.code is ErrorCode.INVALID_AMOUNT
    edge.sell(store.ctx, store.cashier, [CardLine("7.50")], Payment(cash="7.50"))


def test_gift_cards_are_not_bought_with_methods_that_are_not_allowed(store: Store) -> None:
    edge_admin.set_setting(store.ctx, store.admin, "payment_methods", "cash,external,on_account")
    with pytest.raises(PosError) as err:
        edge.sell(
            store.ctx, store.cashier, [CardLine("25.00")], Payment(other={"on_account": "25.00"})
        )
    assert err.value.code is ErrorCode.NOT_ALLOWED
    paid = edge.pay(
        store.ctx, store.cashier, "5.00", payment=Payment(other={"on_account": "5.00"})
    )
    assert paid.state == "completed"


def test_a_reload_in_a_sale_adds_value_to_an_active_card(store: Store) -> None:
    a = _card(store, "10.00")
    edge.sell(store.ctx, store.cashier, [CardLine("25.00", code=a)], Payment(cash="25.00"))
    assert _balance(store, a) == "35.00"


def test_voiding_a_sale_restores_card_balances_at_once(store: Store) -> None:
    a, b = _card(store, "20.00"), _card(store, "50.00")
    sale = edge.pay(store.ctx, store.cashier, "60.00", codes=[a, b])
    with pytest.raises(PosError) as err:
        edge.void_sale(store.ctx, store.cashier, sale.sale_id, "mistake")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    voided = edge.void_sale(store.ctx, store.manager, sale.sale_id, "mistake")
    assert voided.state == "voided"
    assert (_balance(store, a), _balance(store, b)) == ("20.00", "50.00")
    with pytest.raises(PosError):
        edge.void_sale(store.ctx, store.manager, sale.sale_id, "again")


def test_voiding_a_card_sale_voids_the_unused_card_but_not_a_used_one(store: Store) -> None:
    sold = edge.sell(store.ctx, store.cashier, [CardLine("25.00")], Payment(cash="25.00"))
    code = sold.cards[0].code
    edge.redeem(store.ctx, store.cashier, code, "1.00")
    with pytest.raises(PosError) as err:
        edge.void_sale(store.ctx, store.manager, sold.sale_id, "mistake")
    assert err.value.code is ErrorCode.INVALID_STATE
    fresh = edge.sell(store.ctx, store.cashier, [CardLine("25.00")], Payment(cash="25.00"))
    edge.void_sale(store.ctx, store.manager, fresh.sale_id, "mistake")
    assert edge.balance(store.ctx, store.manager, fresh.cards[0].code).status == "voided"


def test_a_partial_refund_splits_exactly_in_proportion_to_the_tenders(store: Store) -> None:
    a = _card(store, "30.00")
    sale = edge.pay(store.ctx, store.cashier, "100.00", codes=[a], payment=Payment(cash="70.00"))
    refunded = edge.refund_sale(store.ctx, store.manager, sale.sale_id, "10.01")
    assert refunded.state == "completed"
    assert _balance(store, a) == "3.00"  # 30% of 10.01 = 3.003 -> 3.00; cash gets 7.01
    rest = edge.refund_sale(store.ctx, store.manager, sale.sale_id)
    assert rest.state == "refunded" and _balance(store, a) == "30.00"
    with pytest.raises(PosError) as err:
        edge.refund_sale(store.ctx, store.manager, sale.sale_id, "0.01")
    assert err.value.code is ErrorCode.INVALID_STATE


def test_the_last_sale_and_a_sale_by_receipt_number_can_be_found(store: Store) -> None:
    sale = edge.pay(store.ctx, store.cashier, "5.00", payment=Payment(cash="5.00"))
    assert sales.last_sale(store.ctx, store.cashier).sale_id == sale.sale_id
    found = sales.find_sale(store.ctx, store.cashier, sale.receipt_number.lower())
    assert found.sale_id == sale.sale_id


def test_a_sale_is_found_by_its_receipt_number_as_printed_whatever_the_case(
    store: Store,
) -> None:
    store.add_terminal("vm")  # a terminal named in lower case
    at_vm = store.sign_in("carl", terminal="vm")
    sale = edge.pay(store.ctx, at_vm, "5.00", payment=Payment(cash="5.00"))
    assert sale.receipt_number == "S1-vm-000001"
    for typed in ("S1-vm-000001", " s1-VM-000001 ", "s1-vm-000001"):
        assert sales.find_sale(store.ctx, at_vm, typed).sale_id == sale.sale_id
    for wrong in ("S1-vm-00001", "S1-vn-000001", "S1-vm-000001-", "%", "S1-v_-000001"):
        with pytest.raises(PosError) as err:
            sales.find_sale(store.ctx, at_vm, wrong)
        assert err.value.code is ErrorCode.NOT_FOUND


def test_an_amount_is_checked_before_it_goes_into_a_sale(store: Store) -> None:
    def check(text: str) -> Money:
        amount = edge.amount(text, store.cashier.currency)
        return selling.check_amount(store.ctx, store.cashier, amount)

    assert check("7.50").amount_str() == "7.50"
    for bad in ("3.00", "10000.01", "abc"):
        with pytest.raises(PosError) as err:
            check(bad)
        assert err.value.code is ErrorCode.INVALID_AMOUNT
