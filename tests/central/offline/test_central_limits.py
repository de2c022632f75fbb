"""The service holds replayed offline redemptions to the store's offline policy itself: a till
that replays more than it was allowed to take (modified, or faulty) gets no more than the
policy allows, and the rest is queued for a manager, never dropped and never overdrawn."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from posapp.central.client import Client
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.central.offline.support import balance_minor, key, set_offline_limits, usd
from tests.conftest import PINS
from tests.invariants.ledger_check import assert_invariants

NOW_ENOUGH = 10**12  # a sequence number above every card's: a pull of no cards


@pytest.fixture
def limits(chain: Chain) -> Iterator[None]:
    set_offline_limits(chain, offline_redemption="yes", offline_card_cap="30",
                       offline_terminal_allowance="40", offline_window_hours="24")
    yield
    set_offline_limits(chain, offline_redemption="no")


def pull(till: Client) -> dict[str, object]:
    got: dict[str, object] = till.request("POST", "/changes", {"since": NOW_ENOUGH})
    return got


def hostile_till(chain: Chain, waiting: list[int]) -> Client:
    """A till that sends what it likes: no outbox of its own, any number as its waiting."""
    # Replays from one terminal wait for each other: a loaded machine may take a while.
    till = Client.of(chain.enrol(), outbox_waiting=lambda: waiting[0], timeout=30)
    till.sign_in("carl", PINS["carl"])
    deadline = time.monotonic() + 8
    while not pull(till)["reference"]["settings"]["offline_redemption"]:  # type: ignore[index]
        assert time.monotonic() < deadline, "the service never read the new settings"
        time.sleep(0.25)
    return till


def card(till: Client, minor: int) -> uuid.UUID:
    sold = till.run(c.SellCards((CardLine(usd(minor)),), Payment(cash=usd(minor)), key=key()))
    return uuid.UUID(sold["cards"][0]["id"])


def settle(till: Client, card_id: uuid.UUID, minor: int, at: datetime | None = None
           ) -> dict[str, object]:
    return till.run(c.SettleOfflineRedemption(
        card_id, usd(minor), "carl", at or datetime.now(UTC), key=key()))


def taken(answer: dict[str, object]) -> str:
    assert answer["asked"] is not None
    return str(answer["taken"])


def test_replayed_redemptions_past_the_card_cap_or_the_till_allowance_are_queued(
    chain: Chain, limits: None
) -> None:
    waiting = [3]
    till = hostile_till(chain, waiting)
    first, second = card(till, 10000), card(till, 10000)

    assert taken(settle(till, first, 2000)) == "20.00"
    capped = settle(till, first, 1500)  # 30.00 per card: 10.00 left of it
    assert taken(capped) == "10.00" and capped["shortfall"] == "5.00"
    assert "at most 30.00" in str(capped["reason"]) and capped["item_id"]
    allowed = settle(till, second, 1500)  # 40.00 per till: 10.00 left of it
    assert taken(allowed) == "10.00" and allowed["shortfall"] == "5.00"
    nothing = settle(till, second, 500)
    assert taken(nothing) == "0.00" and nothing["shortfall"] == "5.00"
    assert balance_minor(chain, str(first)) == 7000
    assert balance_minor(chain, str(second)) == 9000

    # A pull while operations still wait leaves the totals running ...
    pull(till)
    assert taken(settle(till, second, 100)) == "0.00"
    # ... and one with the outbox empty (as the till says) starts them again.
    waiting[0] = 0
    pull(till)
    assert taken(settle(till, second, 1000)) == "10.00"
    # What a till says it took before that sync should have reached the service by then.
    early = settle(till, first, 100, datetime.now(UTC) - timedelta(minutes=30))
    assert taken(early) == "0.00" and "before its last sync" in str(early["reason"])

    items = chain.sql(
        "SELECT r.asked_minor, r.taken_minor, r.shortfall_minor, r.cashier FROM "
        "reconciliation_items r JOIN terminals t ON t.id = r.terminal_id "
        "WHERE t.name = :name ORDER BY r.created_at", name=till.me()["terminal"])
    assert [tuple(i) for i in items] == [
        (1500, 1000, 500, "carl"), (1500, 1000, 500, "carl"), (500, 0, 500, "carl"),
        (100, 0, 100, "carl"), (100, 0, 100, "carl"),
    ]
    assert_invariants(chain.db_url)
    till.close()


def test_replayed_redemptions_outside_the_window_take_nothing(
    chain: Chain, limits: None
) -> None:
    waiting = [0]
    till = Client.of(chain.enrol(), outbox_waiting=lambda: waiting[0])
    till.sign_in("carl", PINS["carl"])
    one = card(till, 5000)
    # Never synced: the till had nothing to take cards by.
    unsynced = settle(till, one, 1000)
    assert taken(unsynced) == "0.00" and "had not synced" in str(unsynced["reason"])
    till.close()

    till = hostile_till(chain, waiting)
    now = datetime.now(UTC)
    for at, why in (
        (now + timedelta(hours=1), "later than the service's clock"),
        (now - timedelta(hours=25), "more than 24 hours after"),
    ):
        outside = settle(till, one, 1000, at)
        assert taken(outside) == "0.00" and outside["shortfall"] == "10.00"
        assert why in str(outside["reason"])
    # A till clock a little ahead is believed.
    assert taken(settle(till, one, 1000, now + timedelta(minutes=2))) == "10.00"
    assert balance_minor(chain, str(one)) == 4000
    assert_invariants(chain.db_url)
    till.close()


def test_a_till_replaying_from_several_connections_at_once_gets_its_allowance_once(
    chain: Chain, limits: None
) -> None:
    till = hostile_till(chain, [5])
    cards = [card(till, 5000) for _ in range(6)]
    with ThreadPoolExecutor(6) as pool:
        got = list(pool.map(lambda cid: settle(till, cid, 1000), cards))
    assert sum(int(taken(g).replace(".", "")) for g in got) == 4000
    assert sum(balance_minor(chain, str(cid)) for cid in cards) == 6 * 5000 - 4000
    assert_invariants(chain.db_url)
    till.close()
