"""A sale's receipt through the service: the document a till on the database prints, rebuilt
at the till from its JSON; the gift codes come from the till that has them, and a body that
does not map card ids to codes is refused."""

from __future__ import annotations

import uuid

import pytest

from posapp.central import receipts
from posapp.domain.errors import InvalidInput, NotFound
from posapp.money import Money
from posapp.services.back_office import documents
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Context
from posapp.services.security import staff
from tests.central.conftest import Chain
from tests.conftest import PINS


def test_a_receipt_from_the_service_is_the_one_the_database_prints(chain: Chain) -> None:
    with chain.till("carl") as till:
        usd = Money(3000, "USD")
        sold = till.run(c.SellCards((CardLine(usd),), Payment(cash=Money(5000, "USD")),
                                    key=f"t/{uuid.uuid4().hex}"))
        card = sold["cards"][0]
        codes = {card["id"]: card["code"]}
        got = receipts.receipt_from_json(till.request(
            "POST", "/sales/receipt", {"sale_id": sold["sale_id"], "gift_codes": codes}))
        plain = receipts.receipt_from_json(till.request(
            "POST", "/sales/receipt", {"sale_id": sold["sale_id"], "gift_codes": {}}))
    assert got.receipt_number == sold["receipt_number"]
    assert got.total == usd and got.change == Money(2000, "USD") and got.open_drawer
    assert got.store.name == "Main Street" and got.cashier == "carl"
    assert [g.code for g in got.gift_receipts] == [card["code"]]
    assert plain.gift_receipts == ()  # no codes given, none printed
    ctx = Context.open(chain.db_url, chain.cli.key_file)
    try:
        carl = staff.authenticate(ctx, "carl", PINS["carl"], location_code="S1",
                                  terminal_name=got.terminal)
        local = documents.receipt(ctx, carl, uuid.UUID(sold["sale_id"]),
                                  gift_codes={uuid.UUID(card["id"]): card["code"]})
    finally:
        ctx.close()
    assert got == local


@pytest.mark.parametrize("body", [
    {"sale_id": "not a sale"},
    {"sale_id": None},
    {"sale_id": "00000000-0000-0000-0000-000000000000", "gift_codes": ["GC1"]},
    {"sale_id": "00000000-0000-0000-0000-000000000000", "gift_codes": {"x": 1}},
    {"sale_id": "00000000-0000-0000-0000-000000000000", "gift_codes": {"not-an-id": "GC1"}},
])
def test_a_receipt_request_that_is_not_one_is_refused(chain: Chain, body: dict) -> None:
    with chain.till("carl") as till:
        with pytest.raises(InvalidInput):
            till.request("POST", "/sales/receipt", body)


def test_a_receipt_of_no_sale_is_not_found(chain: Chain) -> None:
    with chain.till("carl") as till, pytest.raises(NotFound):
        till.request("POST", "/sales/receipt", {"sale_id": str(uuid.uuid4())})

