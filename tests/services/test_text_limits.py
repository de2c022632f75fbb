"""Text longer than the column that keeps it is refused in words on both databases (on
PostgreSQL it used to reach the database and crash the command)."""

from __future__ import annotations

import pytest

from posapp import edge
from posapp.domain.errors import InvalidInput
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import GoodsLine, Payment
from posapp.services.configuration.text_limits import LIMITS, NAMES
from tests.conftest import Store


def test_a_reference_one_character_too_long_is_refused_and_changes_nothing(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "20.00").card.code
    assert code is not None
    longest = "r" * LIMITS["reference"]
    with pytest.raises(InvalidInput, match="reference"):
        edge.redeem(store.ctx, store.cashier, code, "1.00", reference=longest + "r")
    assert edge.balance(store.ctx, store.cashier, code).balance == Money(2000, "USD")
    done = edge.redeem(store.ctx, store.cashier, code, "1.00", reference=longest)
    assert done.card.balance == Money(1900, "USD")


def test_goods_and_tender_texts_are_bounded(store: Store) -> None:
    usd = Money(100, "USD")
    for lines, payment in (
        ((GoodsLine("mug", usd, category="k" * (LIMITS["category"] + 1)),), Payment(cash=usd)),
        ((GoodsLine("mug", usd),), Payment(other={"m" * 41: usd})),
    ):
        with pytest.raises(InvalidInput):
            edge.pay(store.ctx, store.cashier, "1.00", lines=lines, payment=payment)
    with pytest.raises(InvalidInput, match="recipient"):
        edge.issue(store.ctx, store.manager, "5.00", terms=CardTerms(recipient_name="n" * 121))


def test_every_bounded_field_is_named_in_words() -> None:
    """A field given a limit without a name would crash the refusal instead of making it."""
    assert NAMES.keys() == LIMITS.keys()
    assert {str(name) for name in NAMES.values()} >= {"reference", "recipient name"}
