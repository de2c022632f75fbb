"""The back office through the service: the same commands, roles and keys as on a till."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest

from posapp.central.client import Client
from posapp.domain.errors import Conflict, InvalidAmount, PermissionDenied
from posapp.domain.roles import Role
from posapp.money import Money
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain


@pytest.fixture(scope="module")
def office(chain: Chain) -> Iterator[Client]:
    with chain.till("root", name="head office") as till:
        yield till


def test_an_admin_runs_the_back_office_through_the_service(
    chain: Chain, office: Client
) -> None:
    hired = office.run(c.AddStaff("Zoë Central", Role.CASHIER, "482915", key="hire-zoe"))
    assert (hired["name"], hired["role"], hired["active"]) == ("Zoë Central", "cashier", True)
    assert office.run(c.AddStaff("Zoë Central", Role.CASHIER, "482915", key="hire-zoe")) == hired
    with pytest.raises(Conflict):
        office.run(c.AddStaff("Yan Central", Role.CASHIER, "482915", key="hire-zoe"))
    assert chain.sql("SELECT count(*) FROM staff WHERE name LIKE '% Central'")[0][0] == 1

    moved = office.run(c.SetStaff("Zoë Central", Role.MANAGER, "48291573"))
    assert moved["role"] == "manager"
    assert office.run(c.UnlockStaff("Zoë Central"))["locked"] is False

    store = office.run(c.AddLocation("S7", "Harbour", "JPY", "ja_JP"))
    assert (store["code"], store["currency"]) == ("S7", "JPY")
    till = office.run(c.AddTerminal("harbour till", "S7"))
    assert (till["store"], till["access"]) == ("S7", "local")
    rate = office.run(c.SetRate("USD", "JPY", Decimal("151.37")))
    assert rate["rate"] == "151.37"
    assert chain.sql("SELECT count(*) FROM exchange_rates WHERE quote = 'JPY'")[0][0] == 1

    product = office.run(c.AddProduct(
        "GC-HARBOUR", "Harbour card", "JPY", (Money(5000, "JPY"),), scope="list",
        scope_stores=("S7",),
    ))
    assert (product["denominations"], product["scope"]) == (["5000"], "S7")
    with pytest.raises(InvalidAmount):
        office.run(c.AddProduct("GC-BAD", "Bad", "JPY", (Money(5000, "USD"),)))

    batch = office.run(c.CreateBatch(3, Money(5000, "JPY"), "GC-HARBOUR", key="batch-1"))
    assert batch["count"] == 3
    assert office.run(c.CreateBatch(3, Money(5000, "JPY"), "GC-HARBOUR", key="batch-1")) == batch
    printed = office.run(c.MarkBatchPrinted(uuid.UUID(str(batch["batch_id"]))))
    assert printed["batch_id"] == batch["batch_id"]
    assert chain.sql("SELECT count(*) FROM gift_cards WHERE batch_id IS NOT NULL AND "
                     "currency = 'JPY'")[0][0] == 3

    office.run(c.SetSettings({"hold_timeout_minutes": "9"}, "S7"))
    stored = chain.sql(
        "SELECT s.value FROM settings s JOIN locations l ON l.id = s.location_id "
        "WHERE l.code = 'S7' AND s.key = 'hold_timeout_minutes'"
    )
    assert [row[0] for row in stored] == ["9"]


def test_a_manager_is_refused_the_admins_back_office(chain: Chain) -> None:
    with chain.till("mia", name="manager office") as manager:
        for command in (
            c.AddStaff("Sneaky Central", Role.ADMIN, "482915"),
            c.SetSettings({"failed_lookup_limit": "1000"}),
            c.AddTerminal("sneaky till", "S1"),
        ):
            with pytest.raises(PermissionDenied):
                manager.run(command)
    assert chain.sql("SELECT count(*) FROM staff WHERE name = 'Sneaky Central'")[0][0] == 0
