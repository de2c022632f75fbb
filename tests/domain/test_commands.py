"""Commands are plain values: each survives a trip through JSON unchanged (the central
service and the outbox will carry them so), and the bus has a handler for every one."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from posapp.domain.errors import InvalidInput
from posapp.domain.roles import Role
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c

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
    c.CashOut(CODE, "k"),
    c.ShipBatch(SALE, "S2", "k"),
    c.ReceiveBatch(SALE, ("GC7K2MQ9XD4F8H2J6R3",), "k"),
    c.MarkCards(("GC7K2MQ9XD4F8H2J6R3",), "damaged", "wet"),
    c.PaySale(
        USD,
        ("GC7K2MQ9XD4F8H2J6R3",),
        Payment(cash=Money(1000, "USD"), other={"voucher": Money(250, "USD")}),
        (GoodsLine("Novel", USD, 1, "books"),),
        "r",
        "k",
    ),
    c.SellCards((CardLine(USD, None, CardTerms(recipient_email="a@b.example")),), Payment(USD)),
    c.SellCards((CardLine(USD, None, CardTerms(recipient_email="a@b.example",
                                               deliver_on=date(2026, 12, 24))),), Payment(USD)),
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
    c.AddStaff("Zoë O'Neil", Role.MANAGER, "482915", "k"),
    c.SetStaff("carl", Role.CASHIER, "1234", False, "k"),
    c.SetStaff("carl", active=True),
    c.UnlockStaff("carl"),
    c.SetSettings({"custom_min": "JPY 500", "enabled": "no"}, "S2", "k"),
    c.SetSettings({"failed_lookup_limit": "3"}),
    c.SetRate("USD", "EUR", Decimal("0.9215000000"), "k"),
    c.AddProduct("GC-1", "Classic", "BHD", (Money(25_000, "BHD"),), Money(5_000, "BHD"),
                 Money(500_000, "BHD"), 365, "replacement", "list", ("S1", "S2"), ("books",), "k"),
    c.AddProduct("GC-2", "Plain", "USD", (USD,)),
    c.AddLocation("EU", "Paris", "EUR", "fr_FR", "k"),
    c.AddLocation("DE", "Berlin", "EUR", "de_DE", None, "Europe/Berlin"),
    c.AddTerminal("Till 2", "S1", "k"),
    c.CreateBatch(100_000, JPY, "GC-1", "k"),
    c.CreateBatch(1),
    c.MarkBatchPrinted(uuid.uuid4(), "k"),
    c.SetSmtpPassword("pässwörd", "S2", "k"),
    c.SetSmtpPassword(""),
    c.ResendEmail(CODE, "ann@example.org", "Ann", "k"),
    c.ResendEmail(BY_ID),
    c.RescheduleEmail(CODE, date(2026, 12, 24), "k"),
    c.RescheduleEmail(BY_ID),
    c.CancelEmail(CODE, "k"),
    c.ExtendExpiry(BY_ID, date(2027, 12, 31), "k"),
]


@pytest.mark.parametrize("command", EXAMPLES, ids=lambda cmd: type(cmd).__name__)
def test_a_command_survives_json(command: c.Command) -> None:
    wire = json.loads(json.dumps(command.to_dict()))
    assert c.from_dict(wire) == command


def test_every_command_type_has_an_example_and_a_handler() -> None:
    assert {type(e) for e in EXAMPLES} == set(c.COMMANDS.values())
    # The expiry job is the one command dispatch runs itself: it commits in chunks.
    assert set(bus.ROUTES) == set(c.COMMANDS.values()) - {c.ExpireCards}


def test_every_route_rebuilds_its_result_for_a_replay_and_answers_in_json() -> None:
    for route in bus.ROUTES.values():
        for method in ("from_record", "to_record", "to_dict"):
            assert callable(getattr(route.result, method, None)), (route, method)


def test_a_date_must_arrive_as_text() -> None:
    wire = c.RescheduleEmail(CODE, date(2026, 12, 24)).to_dict()
    with pytest.raises(InvalidInput):
        c.from_dict({**wire, "deliver_on": 20261224})


def test_an_smtp_password_never_shows_in_a_command_repr() -> None:
    assert "s3cret" not in repr(c.SetSmtpPassword("s3cret"))


def test_a_pin_never_shows_in_a_command_repr() -> None:
    assert "482915" not in repr(c.AddStaff("ann", Role.CASHIER, "482915"))
    assert "482915" not in repr(c.SetStaff("ann", pin="482915"))


@pytest.mark.parametrize(
    "data",
    [
        {"type": "staff_add", "staff": "ann", "role": "owner", "pin": "1234"},
        {"type": "staff_set", "staff": "ann", "active": 1},
        {"type": "rate_set", "base": "USD", "quote": "EUR", "rate": 0.9},
        {"type": "rate_set", "base": "USD", "quote": "EUR", "rate": "0,9"},
        {"type": "batch_create", "count": True},
        {"type": "batch_create", "count": "5"},
        {"type": "settings_set", "changes": {"enabled": False}},
        {"type": "settings_set", "changes": ["enabled", "no"]},
        {"type": "product_add", "sku": "P", "title": "P", "currency": "USD",
         "denominations": [{"minor": 100, "currency": "USD"}], "scope_stores": "S1"},
    ],
    ids=lambda d: f"{d['type']}-{sorted(d)[-1]}",
)
def test_a_back_office_command_of_another_form_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        c.from_dict(data)


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


def test_a_required_value_sent_as_null_is_refused() -> None:
    for data in (
        {"type": "card_redeem", "card": {"code": "X"}, "amount": None},
        {"type": "card_extend_expiry", "card": {"card_id": str(uuid.uuid4())}, "until": None},
        {"type": "card_void", "card": {"code": "X"}, "reason": None},
    ):
        with pytest.raises(InvalidInput, match="required"):
            c.from_dict(data)
