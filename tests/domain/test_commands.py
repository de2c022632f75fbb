"""Commands are plain values: each survives a trip through JSON unchanged (the central
service and the outbox will carry them so), and the bus has a handler for every one."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from posapp.domain.errors import InvalidInput
from posapp.money import Money
from posapp.services import bus
from posapp.services import commands as c
from posapp.services.issuing import CardTerms
from posapp.services.lookup import CardRef
from posapp.services.sale_model import CardLine, GoodsLine, Payment

USD = Money(1250, "USD")
JPY = Money(500, "JPY")
CODE = CardRef(code="GC7K2MQ9XD4F8H2J6R3")
BY_ID = CardRef(card_id=uuid.uuid4())
SALE = uuid.uuid4()

EXAMPLES: list[c.Command] = [
    c.IssueCard(USD, CardTerms(expires_days=30, scope="S1,S2", message="Hi"), "ABC123", "r", "k"),
    c.ActivateCard(CODE, USD, "ref", "k"),
    c.RedeemCard(BY_ID, JPY, None, "order-1"),
    c.ReloadCard(CODE, USD),
    c.RefundCard(CODE, USD, "r"),
    c.AdjustCard(BY_ID, Money(-5, "USD"), "count", "k"),
    c.FreezeCard(CODE, "lost"),
    c.UnfreezeCard(BY_ID),
    c.VoidCard(CODE, "fraud", "k"),
    c.TransferCard(BY_ID, "k"),
    c.PaySale(
        USD,
        ("GC7K2MQ9XD4F8H2J6R3",),
        Payment(cash=Money(1000, "USD"), other={"voucher": Money(250, "USD")}),
        (GoodsLine("Novel", USD, 1, "books"),),
        "r",
        "k",
    ),
    c.SellCards((CardLine(USD, None, CardTerms(recipient_email="a@b.example")),), Payment(USD)),
    c.OpenSale((GoodsLine("Toy", USD, 2),)),
    c.ApplyCard(SALE, "GC7K2MQ9XD4F8H2J6R3"),
    c.RemoveCard(SALE, uuid.uuid4()),
    c.CompleteSale(SALE, Payment(external=USD), "k"),
    c.CancelSale(SALE),
    c.VoidSale(SALE, "mistake", "k"),
    c.RefundSale(SALE, None, "k"),
    c.RefundSale(SALE, USD),
    c.ExpireCards(datetime(2030, 1, 1, tzinfo=UTC)),
    c.SettleOfflineRedemption(uuid.uuid4(), USD, "carl", datetime(2030, 1, 1, tzinfo=UTC),
                              "r", "k"),
    c.ReportOfflineRefusal("sale_complete", "k0", "The sale is not open.", "carl",
                           datetime(2030, 1, 1, 9, tzinfo=UTC), USD, None, SALE, None, "k"),
]


@pytest.mark.parametrize("command", EXAMPLES, ids=lambda cmd: type(cmd).__name__)
def test_a_command_survives_json(command: c.Command) -> None:
    wire = json.loads(json.dumps(command.to_dict()))
    assert c.from_dict(wire) == command


def test_every_command_type_has_an_example_and_a_handler() -> None:
    assert {type(e) for e in EXAMPLES} == set(c.COMMANDS.values())
    assert set(bus.ROUTES) == set(c.COMMANDS.values()) - {c.ExpireCards}


def test_an_unknown_command_or_field_is_refused() -> None:
    with pytest.raises(InvalidInput):
        c.from_dict({"type": "card_launder"})
    data = c.ReloadCard(CODE, USD).to_dict()
    data["extra"] = 1
    with pytest.raises(InvalidInput):
        c.from_dict(data)


def test_a_card_is_named_by_code_or_by_id_never_both() -> None:
    with pytest.raises(InvalidInput):
        CardRef(code="GC1", card_id=uuid.uuid4())
    with pytest.raises(InvalidInput):
        CardRef()
