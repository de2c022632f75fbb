"""``POST /v1/cards/history``: a card and its last entries for a manager, named in the body
by code or id; the till asks it only online."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from posapp.central.client import Client
from posapp.central.till import Till
from posapp.domain.errors import CardNotFound, InvalidInput, Offline, PermissionDenied
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy


@pytest.fixture(scope="module")
def manager(chain: Chain) -> Iterator[Client]:
    with chain.till("mia", name="history-office") as till:
        yield till


def test_a_manager_sees_a_card_and_its_last_entries(chain: Chain, manager: Client) -> None:
    code = str(manager.run(c.IssueCard(Money(5000, "USD")))["code"])
    ref = CardRef(code=code)
    manager.run(c.AdjustCard(ref, Money(-100, "USD"), "count"))
    manager.run(c.FreezeCard(ref, "lost"))

    found = manager.history(code, 50)
    assert found["card"]["status"] == "frozen" and found["card"]["balance"] == "49.00"
    assert "code" not in found["card"] and code not in str(found)
    assert [e["kind"] for e in found["entries"]] == ["issue", "adjust"]
    by_id = manager.history(uuid.UUID(found["card"]["id"]), 1)
    assert [e["kind"] for e in by_id["entries"]] == ["adjust"]
    assert by_id["entries"][0]["note"] == "count" and by_id["entries"][0]["staff"] == "mia"


@pytest.mark.parametrize("last", [0, 501, 1.5, "5", True, None])
def test_a_wrong_count_of_entries_is_refused(chain: Chain, manager: Client,
                                             last: object) -> None:
    code = str(manager.run(c.IssueCard(Money(500, "USD")))["code"])
    with pytest.raises(InvalidInput):
        manager.request("POST", "/cards/history", {"code": code, "last": last})


def test_a_cashier_sees_only_the_counters_view_and_unknown_cards_are_not_found(
    chain: Chain, manager: Client
) -> None:
    code = str(manager.run(c.IssueCard(Money(500, "USD")))["code"])
    with chain.till("carl", name="history-counter") as cashier:
        # What the counter's balance page shows: by code, the last few entries; no more.
        assert [e["kind"] for e in cashier.history(code, 5)["entries"]] == ["issue"]
        with pytest.raises(PermissionDenied):
            cashier.history(code, 50)
        with pytest.raises(PermissionDenied):
            cashier.history(uuid.UUID(manager.balance(code)["id"]), 5)
    with pytest.raises(CardNotFound):
        manager.history(uuid.uuid4(), 5)
    with pytest.raises(InvalidInput):
        manager.request("POST", "/cards/history", {"card_id": "not-an-id"})


def test_the_till_asks_only_online(chain: Chain, tmp_path: Path) -> None:
    with FaultProxy("127.0.0.1", chain.service.port) as proxy:
        saved = chain.enrol()
        saved = dataclasses.replace(saved, url=f"https://127.0.0.1:{proxy.port}")
        till = Till.open(saved, tmp_path / "till.sqlite3")
        try:
            till.sign_in("mia", PINS["mia"])
            code = str(till.run(c.IssueCard(Money(700, "USD")))["code"])
            assert till.history(code, last=5)["card"]["balance"] == "7.00"
            proxy.stop()
            with pytest.raises(Offline, match="history needs the link"):
                till.history(code, last=5)
            assert till.store.count_waiting() == 0
        finally:
            till.close()
