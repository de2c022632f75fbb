"""The web shop channel of the real service: API keys made with the CLI, ``/v1/shop/...``
over TLS, the same rules, limits and idempotency as a till."""

from __future__ import annotations

import hashlib
import ssl
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posapp import codes
from posapp.central.client import Client
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.invariants.ledger_check import assert_invariants


def usd(minor: int) -> dict[str, Any]:
    return {"minor": minor, "currency": "USD"}


class Shop:
    """A web shop's server: its key, and plain HTTPS requests to the service."""

    #: Open connections, closed after the module (the service waits for them when it stops).
    opened: list[httpx.Client] = []

    def __init__(self, chain: Chain, key: str) -> None:
        self.key = key
        self.http = httpx.Client(
            base_url=chain.service.url + "/v1/shop",
            verify=ssl.create_default_context(cadata=chain.service.tls.pem),
            headers={"Authorization": f"Bearer {key}"},
            timeout=10,
        )
        self.opened.append(self.http)

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(path, json=body)

    def ok(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        reply = self.post(path, body)
        assert reply.status_code == 200, reply.text
        data: dict[str, Any] = reply.json()
        return data

    def refused(self, path: str, body: dict[str, Any], status: int, error: str) -> None:
        reply = self.post(path, body)
        assert (reply.status_code, reply.json()["error"]) == (status, error), reply.text


def new_shop(chain: Chain, name: str, store: str = "S1", *extra: str) -> Shop:
    made = chain.cli.ok("webshop", "key", "add", name, "--store", store, *extra, user="root")
    assert made["key"].startswith("gpk_") and made["store"] == store
    return Shop(chain, made["key"])


@pytest.fixture(scope="module", autouse=True)
def close_shops() -> Iterator[None]:
    yield
    while Shop.opened:
        Shop.opened.pop().close()


@pytest.fixture(scope="module")
def manager(chain: Chain) -> Iterator[Client]:
    with chain.till("mia", name="shop-office") as till:
        yield till


@pytest.fixture(scope="module")
def cashier(chain: Chain) -> Iterator[Client]:
    with chain.till("carl", name="shop-counter") as till:
        yield till


@pytest.fixture(scope="module")
def shop(chain: Chain) -> Shop:
    return new_shop(chain, "online")


def issue(manager: Client, minor: int, **terms: Any) -> str:
    command = c.IssueCard(Money(minor, "USD"))
    body = command.to_dict()
    body["terms"].update(terms)
    return str(manager.request("POST", "/commands/card_issue", body)["code"])


def test_a_key_is_shown_once_stored_hashed_listed_and_revoked_at_once(chain: Chain) -> None:
    shop = new_shop(chain, "lister")
    stored = chain.sql(
        "SELECT k.key_hash, s.active, s.role FROM shop_keys k JOIN staff s ON s.id = k.staff_id"
        " JOIN terminals t ON t.id = k.terminal_id WHERE t.name = 'lister'"
    )
    assert stored == [(hashlib.sha256(shop.key.encode()).hexdigest(), False, "cashier")]
    listed = chain.cli.ok("webshop", "key", "list", user="root")["keys"]
    mine = [k for k in listed if k["name"] == "lister"]
    assert mine and "key" not in mine[0] and mine[0]["revoked_at"] is None
    assert shop.key not in chain.cli("webshop", "key", "list", user="root").out
    chain.cli.fails(
        "permission_denied", "webshop", "key", "add", "x", "--store", "S1", user="carl"
    )

    assert shop.post("/balance", {"code": codes.generate()}).status_code == 404
    # A shop's terminal is not a till's: no enrolment code is given for it.
    chain.cli.fails("not_allowed", "terminal", "code", "lister", user="root")
    chain.cli.ok("webshop", "key", "revoke", "lister", user="root")
    shop.refused("/balance", {"code": codes.generate()}, 401, "auth_failed")
    Shop(chain, "gpk_" + "A" * 43).refused("/balance", {"code": "X"}, 401, "auth_failed")
    # A till's credential is not a shop key, nor a shop key a till's credential.
    till = chain.enrol("not-a-shop")
    Shop(chain, till.credential).refused("/balance", {"code": "X"}, 401, "auth_failed")
    other = new_shop(chain, "not-a-till")
    reply = httpx.get(
        f"{chain.service.url}/v1/me",
        verify=ssl.create_default_context(cadata=chain.service.tls.pem),
        headers={"Authorization": f"Bearer {other.key}"},
    )
    assert reply.status_code == 401
    assert other.post("/balance", {"code": codes.generate()}).status_code == 404
    chain.cli.ok("terminal", "revoke", "not-a-till", user="root")
    other.refused("/balance", {"code": codes.generate()}, 401, "auth_failed")


def test_a_card_issued_in_the_store_is_spent_online_and_in_the_store(
    chain: Chain, shop: Shop, manager: Client, cashier: Client
) -> None:
    code = issue(manager, 5000)
    assert shop.ok("/balance", {"code": code})["balance"] == "50.00"
    spent = shop.ok("/redeem", {"code": code, "amount": usd(1200), "key": "order-1/pay"})
    assert spent["redeemed"] == "12.00"
    assert cashier.balance(code)["balance"] == "38.00"
    cashier.run(c.RedeemCard(CardRef(code=code), Money(800, "USD")))
    assert shop.ok("/balance", {"code": code})["balance"] == "30.00"
    # A replay of the shop's redemption answers the first result and takes nothing more.
    again = shop.ok("/redeem", {"code": code, "amount": usd(1200), "key": "order-1/pay"})
    assert again["entry_id"] == spent["entry_id"]
    shop.refused("/redeem", {"code": code, "amount": usd(1300), "key": "order-1/pay"},
                 409, "conflict")
    shop.refused("/redeem", {"code": code, "amount": usd(9999), "key": "order-2"},
                 422, "insufficient_funds")
    for amount in ({"minor": 12.5, "currency": "USD"}, {"minor": 100, "currency": "EUR"},
                   {"minor": 0, "currency": "USD"}, "12.00", {"minor": True, "currency": "USD"}):
        reply = shop.post("/redeem", {"code": code, "amount": amount, "key": "order-3"})
        assert reply.status_code in (400, 422), (amount, reply.text)
    shop.refused("/redeem", {"code": code, "amount": usd(100)}, 400, "invalid_input")
    shop.refused("/redeem", {"code": code, "amount": usd(100), "key": "k", "pin": "1"},
                 400, "invalid_input")
    assert cashier.balance(code)["balance"] == "30.00"
    assert_invariants(chain.db_url)


def test_hold_capture_and_release_with_replays(
    chain: Chain, shop: Shop, manager: Client, cashier: Client
) -> None:
    code = issue(manager, 3000)
    held = shop.ok("/holds", {"code": code, "amount": usd(2000), "key": "order-7",
                              "reference": "web #7"})
    assert held["held"] == usd(2000) and held["state"] == "open"
    assert shop.ok("/holds", {"code": code, "amount": usd(2000), "key": "order-7",
                              "reference": "web #7"})["hold"] == held["hold"]
    # Held money is not there for anyone else: the till cannot take it.
    with pytest.raises(Exception, match="available|insufficient|hold"):
        cashier.run(c.RedeemCard(CardRef(code=code), Money(1500, "USD")))
    captured = shop.ok("/holds/capture", {"hold": held["hold"], "key": "order-7/capture"})
    assert captured["state"] == "completed"
    replay = shop.ok("/holds/capture", {"hold": held["hold"], "key": "order-7/capture"})
    assert replay == captured
    assert cashier.balance(code)["balance"] == "10.00"

    # A hold for more than the card has holds what it has; the shop takes the rest itself.
    partial = shop.ok("/holds", {"code": code, "amount": usd(2500), "key": "order-8"})
    assert partial["held"] == usd(1000)
    shop.refused("/holds/capture", {"hold": partial["hold"], "key": "order-8/c"},
                 422, "insufficient_funds")
    done = shop.ok("/holds/capture",
                   {"hold": partial["hold"], "external": usd(1500), "key": "order-8/c2"})
    assert done["state"] == "completed"
    assert cashier.balance(code)["balance"] == "0.00"

    other = issue(manager, 4000)
    hold = shop.ok("/holds", {"code": other, "amount": usd(4000), "key": "order-9"})
    assert cashier.balance(other)["available"] == "0.00"
    released = shop.ok("/holds/release", {"hold": hold["hold"], "key": "order-9/release"})
    assert released["state"] == "voided"
    assert shop.ok("/holds/release",
                   {"hold": hold["hold"], "key": "order-9/release"}) == released
    shop.refused("/holds/capture", {"hold": hold["hold"], "key": "order-9/capture"},
                 422, "invalid_state")
    assert cashier.balance(other)["available"] == "40.00"
    # A refused hold leaves no sale open and no money held; its key stays refused.
    shop.refused("/holds", {"code": codes.generate(), "amount": usd(100), "key": "order-10"},
                 404, "card_not_found")
    open_sales = chain.sql("SELECT count(*) FROM sales WHERE state = 'open'"
                           " AND reference IS NULL AND total_minor = 100")
    assert open_sales == [(0,)]
    assert_invariants(chain.db_url)


def test_refunds_need_a_key_made_for_them(
    chain: Chain, shop: Shop, manager: Client, cashier: Client
) -> None:
    code = issue(manager, 2000)
    held = shop.ok("/holds", {"code": code, "amount": usd(1500), "key": "order-20"})
    shop.ok("/holds/capture", {"hold": held["hold"], "key": "order-20/c"})
    shop.refused("/refund", {"hold": held["hold"], "amount": usd(500), "key": "r-1"},
                 403, "permission_denied")
    refunder = new_shop(chain, "online-returns", "S1", "--refunds")
    # Another shop of the store may refund the order (the store's rule for its sales).
    refunded = refunder.ok("/refund", {"hold": held["hold"], "amount": usd(500), "key": "r-1"})
    assert refunded["sale"]["state"] == "completed"
    assert refunder.ok("/refund", {"hold": held["hold"], "amount": usd(500),
                                   "key": "r-1"}) == refunded
    assert cashier.balance(code)["balance"] == "10.00"
    onto = refunder.ok("/refund", {"code": code, "amount": usd(250), "key": "r-2",
                                   "reference": "goodwill"})
    assert onto["balance"] == "12.50"
    refunder.refused("/refund", {"hold": held["hold"], "code": code, "key": "r-3"},
                     400, "invalid_input")
    assert_invariants(chain.db_url)


def test_a_shop_of_another_store_meets_the_card_scope_as_a_till_does(
    chain: Chain, manager: Client
) -> None:
    chain.cli.ok("location", "add", "S2", "--name", "Airport", "--currency", "USD",
                 user="root")
    elsewhere = new_shop(chain, "airport-online", "S2")
    local_only = issue(manager, 1000, scope="issuing")
    anywhere = issue(manager, 1000, scope="all")
    elsewhere.refused("/redeem", {"code": local_only, "amount": usd(100), "key": "a-1"},
                      422, "wrong_location")
    elsewhere.refused("/holds", {"code": local_only, "amount": usd(100), "key": "a-2"},
                      422, "wrong_location")
    assert elsewhere.ok("/redeem", {"code": anywhere, "amount": usd(100),
                                    "key": "a-3"})["redeemed"] == "1.00"
    # The store's own shop may spend the store-only card.
    local = new_shop(chain, "main-online")
    assert local.ok("/redeem", {"code": local_only, "amount": usd(100),
                                "key": "a-1"})["redeemed"] == "1.00"


def test_a_guessing_shop_hits_the_failed_look_up_limit(chain: Chain, manager: Client) -> None:
    guesser = new_shop(chain, "guesser")
    real = issue(manager, 1000)
    statuses = [
        guesser.post("/balance", {"code": codes.generate()}).status_code for _ in range(12)
    ]
    assert statuses[:10] == [404] * 10 and statuses[10:] == [429, 429], statuses
    # Also a real card and malformed codes are refused now, as at a till.
    guesser.refused("/balance", {"code": real}, 429, "rate_limited")
    guesser.refused("/redeem", {"code": "not a code!", "amount": usd(100), "key": "g"},
                    429, "rate_limited")
    # Another shop of the same store is not held back by this one's guessing.
    assert new_shop(chain, "honest").ok("/balance", {"code": real})["balance"] == "10.00"
    counted = chain.sql(
        "SELECT count(*) FROM audit_events a JOIN terminals t ON t.id = a.terminal_id"
        " WHERE t.name = 'guesser' AND a.kind = 'lookup_failed'"
    )
    assert counted[0][0] >= 10


def test_hold_ids_and_keys_are_checked(shop: Shop) -> None:
    shop.refused("/holds/capture", {"hold": "nope", "key": "x"}, 400, "invalid_input")
    shop.refused("/holds/capture", {"hold": str(uuid.uuid4()), "key": "x"}, 404, "not_found")
    shop.refused("/holds/release", {"hold": str(uuid.uuid4()), "key": "k" * 91},
                 400, "invalid_input")
