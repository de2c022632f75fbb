"""Every command of the core through the service and its client, idempotency keys scoped to
the terminal, and the reads a till needs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import httpx
import pytest

from posapp import codes
from posapp.central.client import Client
from posapp.domain.errors import (
    CardFrozen,
    CardNotFound,
    Conflict,
    InsufficientFunds,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.cli.conftest import batch_codes


def usd(minor: int) -> Money:
    return Money(minor, "USD")


@pytest.fixture(scope="module")
def manager(chain: Chain) -> Iterator[Client]:
    with chain.till("mia", name="office") as till:
        yield till


@pytest.fixture(scope="module")
def cashier(chain: Chain) -> Iterator[Client]:
    with chain.till("carl", name="counter") as till:
        yield till


def entries_of(chain: Chain, card_id: str) -> int:
    found = chain.sql("SELECT count(*) FROM ledger_entries WHERE card_id = :id", id=card_id)
    return int(found[0][0])


def test_card_commands_through_the_service(
    chain: Chain, manager: Client, cashier: Client
) -> None:
    ran: set[str] = set()

    def run(client: Client, command: c.Command) -> dict[str, object]:
        ran.add(command.name)
        return client.run(command)

    issued = run(manager, c.IssueCard(usd(5000), reference="welcome"))
    code = str(issued["code"])
    ref = CardRef(code=code)
    assert issued["balance"] == "50.00" and issued["status"] == "active"
    spent = run(cashier, c.RedeemCard(ref, usd(1250)))
    assert spent["redeemed"] == "12.50"
    with pytest.raises(InsufficientFunds):
        cashier.run(c.RedeemCard(ref, usd(999_999)))
    assert run(manager, c.ReloadCard(ref, usd(1000)))["balance"] == "47.50"
    assert run(manager, c.RefundCard(ref, usd(250), reference="r1"))["balance"] == "50.00"
    assert run(manager, c.AdjustCard(ref, usd(-100), "count"))["balance"] == "49.00"
    assert run(manager, c.FreezeCard(ref, "suspicious"))["status"] == "frozen"
    with pytest.raises(CardFrozen):
        cashier.run(c.RedeemCard(ref, usd(100)))
    assert run(manager, c.UnfreezeCard(ref))["status"] == "active"
    moved = run(manager, c.TransferCard(ref))
    assert moved["balance"] == "49.00" and moved["code"] != code
    assert cashier.balance(code)["status"] == "voided"
    assert cashier.balance(str(moved["code"]))["balance"] == "49.00"

    other = manager.run(c.IssueCard(usd(700)))
    assert run(manager, c.VoidCard(CardRef(code=str(other["code"])), "lost"))["status"] == "voided"

    batch = chain.cli.ok("batch", "create", "--count", "1", user="root")
    physical = batch_codes(chain.cli, batch["batch_id"])[0]
    activated = run(manager, c.ActivateCard(CardRef(code=physical), usd(2500)))
    assert activated["status"] == "active" and activated["balance"] == "25.00"
    with pytest.raises(CardNotFound):
        cashier.balance(codes.generate())
    assert ran == {
        "card_issue", "card_redeem", "card_reload", "card_refund", "card_adjust",
        "card_freeze", "card_unfreeze", "card_transfer", "card_void", "card_activate",
    }


def test_sale_commands_through_the_service(manager: Client, cashier: Client) -> None:
    sold = cashier.run(
        c.SellCards((CardLine(usd(3000)), CardLine(usd(2000))), Payment(cash=usd(5000)))
    )
    first, second = (str(card["code"]) for card in sold["cards"])
    assert cashier.sale(str(sold["receipt_number"]))["sale_id"] == sold["sale_id"]

    paid = cashier.run(c.PaySale(usd(1000), (first,), lines=(GoodsLine("mug", usd(1000)),)))
    assert paid["state"] == "completed" and paid["due"] == "0.00"

    opened = cashier.run(c.OpenSale((GoodsLine("scarf", usd(4000)),)))
    sale_id = uuid.UUID(str(opened["sale_id"]))
    applied = cashier.run(c.ApplyCard(sale_id, first))
    card_id = uuid.UUID(str(cashier.balance(first)["id"]))
    assert applied["due"] == "20.00"
    removed = cashier.run(c.RemoveCard(sale_id, card_id))
    assert removed["due"] == "40.00"
    cashier.run(c.ApplyCard(sale_id, second))
    done = cashier.run(c.CompleteSale(sale_id, Payment(cash=usd(2000))))
    assert done["state"] == "completed"
    assert cashier.balance(second)["balance"] == "0.00"

    dropped = cashier.run(c.OpenSale((GoodsLine("hat", usd(900)),)))
    assert cashier.run(c.CancelSale(uuid.UUID(str(dropped["sale_id"]))))["state"] == "voided"

    refunded = manager.run(c.RefundSale(sale_id, usd(1000)))
    assert refunded["sale_id"] == str(sale_id)
    voided = manager.run(c.VoidSale(uuid.UUID(str(paid["sale_id"])), "wrong item"))
    assert voided["state"] == "voided"
    assert cashier.balance(first)["balance"] == "30.00"  # 30 sold, 10 paid, paid back
    with pytest.raises(NotFound):
        cashier.sale("NO-SUCH-RECEIPT")


def test_a_refusal_comes_back_with_the_services_template(
    manager: Client, cashier: Client
) -> None:
    """The till gets the service's template and values, so it can show the refusal in its
    own language; the English message is the service's, word for word."""
    ref = CardRef(code=str(manager.run(c.IssueCard(usd(1500)))["code"]))
    with pytest.raises(InsufficientFunds) as refused:
        cashier.run(c.RedeemCard(ref, usd(2000)))
    error = refused.value
    assert error.template == "The card has only {available} available."
    assert error.params == {"available": "15.00 USD"}
    assert error.message == "The card has only 15.00 USD available."


def test_every_command_of_the_core_has_an_endpoint(chain: Chain, manager: Client) -> None:
    paths = manager.request("GET", "/openapi.json")["paths"]
    assert {f"/v1/commands/{kind.name}" for kind in bus.ROUTES} <= set(paths)
    page = httpx.get(f"{manager.url}/v1/docs", verify=False)
    assert page.status_code == 200 and "/v1/openapi.json" in page.text


def test_a_replayed_key_gives_the_first_result_and_other_arguments_conflict(
    chain: Chain, manager: Client, cashier: Client
) -> None:
    card = manager.run(c.IssueCard(usd(3000)))
    ref = CardRef(code=str(card["code"]))
    first = cashier.run(c.RedeemCard(ref, usd(500), key="sale-7"))
    again = cashier.run(c.RedeemCard(ref, usd(500), key="sale-7"))
    assert again == first
    assert entries_of(chain, str(card["id"])) == 2  # the issue and one redemption
    with pytest.raises(Conflict):
        cashier.run(c.RedeemCard(ref, usd(600), key="sale-7"))
    # Keys belong to the terminal: the same key from another till is another operation.
    with chain.till("carl", name="counter-2") as elsewhere:
        assert elsewhere.run(c.RedeemCard(ref, usd(500), key="sale-7"))["redeemed"] == "5.00"
    assert cashier.balance(str(card["code"]))["balance"] == "20.00"


def test_an_expiry_is_extended_through_the_service(manager: Client, cashier: Client) -> None:
    issued = manager.run(c.IssueCard(usd(1000), CardTerms(expires_days=10)))
    ref = CardRef(code=str(issued["code"]))
    extended = manager.run(c.ExtendExpiry(ref, date(2099, 12, 31), key=str(uuid.uuid4())))
    assert extended["expires_at"] == "2100-01-01T00:00:00+00:00"
    assert extended["status"] == "active"
    with pytest.raises(PermissionDenied):
        cashier.run(c.ExtendExpiry(ref, date(2100, 1, 31)))
    with pytest.raises(InvalidInput, match="already runs until 2099-12-31"):
        manager.run(c.ExtendExpiry(ref, date(2099, 6, 30)))
    assert cashier.balance(str(issued["code"]))["expires_at"] == "2100-01-01T00:00:00+00:00"
