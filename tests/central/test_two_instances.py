"""Two ``posapp serve`` processes over one database, each behind its own fault-injecting
proxy that loses replies after the request was handled: tills spread their requests over
both and send a request again, with its key, when they saw no answer. Every operation is
applied exactly once and the ledger's invariants hold.

The second instance runs its transactions at SERIALIZABLE (the first at Read Committed,
as a chain moving from one to the other would for a while).
"""

from __future__ import annotations

import itertools
import json
import ssl
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posapp.central.client import Client, Unreachable
from posapp.db import engine
from posapp.domain.errors import PosError
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain, Service
from tests.conftest import PINS
from tests.invariants.ledger_check import assert_invariants
from tests.support.fault_proxy import FaultProxy

TILLS = 4
OPS = 10
SEND_LIMIT = 30


@pytest.fixture(scope="module")
def second(chain: Chain) -> Iterator[Service]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(engine.ISOLATION_ENV, "serializable")
        service = Service(
            chain.db_url, chain.cli.key_file, chain.service.tls, chain.where / "b.log"
        ).start()
    try:
        yield service
    finally:
        service.stop()


class SpreadTill:
    """One till whose requests go to the proxies in turn, sent again until answered."""

    def __init__(self, chain: Chain, proxies: list[FaultProxy], user: str, name: str) -> None:
        saved = chain.enrol(name)
        self.clients = [
            Client(f"https://127.0.0.1:{p.port}", saved.certificate, saved.credential)
            for p in proxies
        ]
        self.turn = itertools.cycle(self.clients)
        self.user = user
        self.resent = 0

    def sign_in(self) -> None:
        while True:
            try:
                session = self.clients[0].sign_in(self.user, PINS[self.user])["session"]
                break
            except Unreachable:
                continue  # a sign-in whose reply was lost opens one more session: harmless
        for client in self.clients:
            client.session = session

    def run(self, command: c.Command) -> dict[str, Any] | PosError:
        for _ in range(SEND_LIMIT):
            try:
                return next(self.turn).run(command)
            except Unreachable:
                self.resent += 1
            except PosError as refused:
                return refused
        raise AssertionError(f"{command.name} was not answered in {SEND_LIMIT} sends")

    def close(self) -> None:
        for client in self.clients:
            client.close()


class SpreadShop:
    """A web shop's server whose requests go to the proxies in turn, sent again until answered."""

    def __init__(self, chain: Chain, proxies: list[FaultProxy], key: str) -> None:
        tls = ssl.create_default_context(cadata=chain.service.tls.pem)
        self.clients = [
            httpx.Client(base_url=f"https://127.0.0.1:{p.port}/v1/shop", verify=tls, timeout=10,
                         headers={"Authorization": f"Bearer {key}"})
            for p in proxies
        ]
        self.turn = itertools.cycle(self.clients)
        self.resent = 0

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        for _ in range(SEND_LIMIT):
            try:
                reply = next(self.turn).post(path, json=body)
            except httpx.TransportError:
                self.resent += 1
                continue
            data: dict[str, Any] = reply.json()
            if data.get("error") == "busy":
                # Contention outlasted the service's retries: a shop's server sends the same
                # request again, with the same key, as it would after a lost reply.
                self.resent += 1
                continue
            return data if reply.status_code == 200 else {"refused": data["error"]}
        raise AssertionError(f"{path} was not answered in {SEND_LIMIT} sends")

    def close(self) -> None:
        for client in self.clients:
            client.close()


def test_tills_spread_over_two_instances_apply_each_operation_once(
    chain: Chain, second: Service
) -> None:
    with (
        FaultProxy("127.0.0.1", chain.service.port) as first_proxy,
        FaultProxy("127.0.0.1", second.port) as second_proxy,
    ):
        proxies = [first_proxy, second_proxy]
        office = SpreadTill(chain, proxies, "mia", "spread-office")
        office.sign_in()
        cards = []
        for _ in range(3):
            issued = office.run(c.IssueCard(Money(5000, "USD"), key=f"spread-issue-{len(cards)}"))
            assert isinstance(issued, dict)
            cards.append(str(issued["code"]))
        tills = [SpreadTill(chain, proxies, "carl", f"spread-{n}") for n in range(TILLS - 1)]
        tills.append(office)
        for till in tills[:-1]:
            till.sign_in()
        made = chain.cli.ok("webshop", "key", "add", "spread-shop", "--store", "S1",
                            user="root")
        shop = SpreadShop(chain, proxies, made["key"])
        for n, proxy in enumerate(proxies):
            proxy.cut_after_request(probability=0.3, seed=n)

        done: list[tuple[str, str, int, dict[str, Any] | PosError]] = []
        lock = threading.Lock()

        def work(n: int, till: SpreadTill) -> None:
            for i in range(OPS):
                code = cards[(n + i) % len(cards)]
                cents = 100 * (1 + (n * OPS + i) % 7)
                command: c.Command
                if till is office:
                    command = c.ReloadCard(CardRef(code=code), Money(cents, "USD"),
                                           key=f"reload-{i}")
                else:
                    command = c.RedeemCard(CardRef(code=code), Money(cents, "USD"),
                                           key=f"redeem-{i}")
                outcome = till.run(command)
                with lock:
                    done.append((command.name, code, cents, outcome))

        def orders() -> None:
            for i in range(OPS):
                code = cards[i % len(cards)]
                cents = 100 * (1 + i % 3)
                amount = {"minor": cents, "currency": "USD"}
                held = shop.post("/holds", {"code": code, "amount": amount, "key": f"o{i}"})
                if "refused" in held:
                    with lock:
                        done.append(("hold", code, cents, held))
                    continue
                taken = held["held"]["minor"]
                end = "capture" if taken == cents else "release"
                over = shop.post(f"/holds/{end}", {"hold": held["hold"], "key": f"o{i}/end"})
                assert "refused" not in over, over
                with lock:
                    done.append((f"shop_{end}", code, taken, over))

        threads = [threading.Thread(target=work, args=(n, t)) for n, t in enumerate(tills)]
        threads.append(threading.Thread(target=orders))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for proxy in proxies:
            proxy.heal()
        cut = [proxy.counters.replies_cut for proxy in proxies]
        resent = sum(till.resent for till in tills) + shop.resent
        for till in tills:
            till.close()
        shop.close()

    assert all(n > 0 for n in cut), cut
    assert resent > 0
    assert len(done) == (TILLS + 1) * OPS
    refused = {o.code.value if isinstance(o, PosError) else o.get("refused") for *_, o in done}
    assert refused <= {None, "insufficient_funds", "card_depleted", "busy"}, refused
    applied = [
        (kind, code, cents) for kind, code, cents, o in done
        if isinstance(o, dict) and "refused" not in o and kind != "shop_release"
    ]
    with Client(chain.service.url, chain.service.tls.pem,
                chain.enrol("spread-check").credential) as checker:
        checker.sign_in("carl", PINS["carl"])
        for code in cards:
            moved = sum(cents if kind == "card_reload" else -cents
                        for kind, card, cents in applied if card == code)
            assert checker.balance(code)["balance"] == f"{(5000 + moved) / 100:.2f}"
    # One ledger entry per applied operation, however often its request was sent.
    entries = chain.sql(
        "SELECT count(*) FROM ledger_entries e JOIN terminals t ON t.id = e.terminal_id"
        " WHERE t.name LIKE 'spread-%' AND e.kind IN ('redeem', 'reload')"
    )
    assert entries[0][0] == len(applied)
    assert_invariants(chain.db_url)
    served = {json.loads(line).get("terminal") for line in second.log_lines().splitlines()
              if line.startswith("{") and '"event": "request"' in line}
    assert {"spread-0", "spread-office", "spread-shop"} <= served
    # Every hold was captured or released: none is left holding money.
    assert chain.sql("SELECT count(*) FROM sales s JOIN terminals t ON t.id = s.terminal_id"
                     " WHERE t.name = 'spread-shop' AND s.state = 'open'") == [(0,)]
