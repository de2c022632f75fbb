"""Who acts for what a till did offline: the person who took it, shown on replay by the offline
ticket the service issued at their online sign-in; and signing in offline, for people who
signed in at this till online before."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from posapp.central import till_staff
from posapp.central.till import Till
from posapp.domain.errors import AuthFailed, Offline, RateLimited
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.central.offline.support import (
    key,
    sell,
    set_offline_limits,
    till_through,
    usd,
    wait_for_settings,
)
from tests.conftest import PINS
from tests.invariants.ledger_check import assert_invariants
from tests.support.fault_proxy import FaultProxy

PIN = "583920"


@pytest.fixture
def proxy(chain: Chain) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", chain.service.port) as running:
        yield running


def go_offline(till: Till, proxy: FaultProxy, code: str) -> None:
    proxy.refuse()
    proxy.cut_after_request()
    till.balance(code)
    assert not till.online


def names(chain: Chain, statement: str, **params: object) -> list[str]:
    return [row[0] for row in chain.sql(statement, **params)]


def test_replayed_operations_act_for_the_cashier_who_took_them_offline(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    set_offline_limits(chain, offline_redemption="yes", offline_card_cap="30",
                       offline_terminal_allowance="40")
    till = till_through(chain, proxy, tmp_path / "till.sqlite", "mia")
    terminal = till.client.me()["terminal"]
    wait_for_settings(till, offline_redemption=True)
    code = sell(till, 5000)
    card_id = str(till.balance(code)["id"])
    till.pull()
    go_offline(till, proxy, code)
    till.run(c.SellCards((CardLine(usd(2500)),), Payment(cash=usd(2500)), key=key()))
    till.run(c.RedeemCard(CardRef(code=code), usd(1000), key=key()))
    with chain.till("carl") as other:  # meanwhile the card is spent elsewhere
        other.run(c.RedeemCard(CardRef(code=code), usd(4500), key=key()))

    # Mia's shift, and her session, end before the link is back; Carl signs in.
    chain.sql("UPDATE staff_sessions SET ended_at = now() FROM terminals t "
              "WHERE t.id = staff_sessions.terminal_id AND t.name = :name", name=terminal)
    proxy.heal()
    till.sign_in("carl", PINS["carl"])
    assert till.store.count_waiting() == 0
    # The till told the service what it still had to send: nothing, after the replay.
    assert chain.sql("SELECT outbox_waiting FROM terminals WHERE name = :name",
                     name=terminal) == [(0,)]

    assert names(chain, "SELECT s.name FROM sales x JOIN staff s ON s.id = x.staff_id "
                 "JOIN terminals t ON t.id = x.terminal_id WHERE t.name = :name "
                 "ORDER BY x.created_at DESC LIMIT 1", name=terminal) == ["mia"]
    assert names(chain, "SELECT s.name FROM ledger_entries l JOIN staff s ON s.id = l.staff_id "
                 "WHERE l.card_id = :id AND l.amount_minor = -500", id=card_id) == ["mia"]
    assert names(chain, "SELECT s.name FROM reconciliation_items r JOIN staff s "
                 "ON s.id = r.staff_id WHERE r.card_id = :id", id=card_id) == ["mia"]
    # Online again, Carl acts as himself.
    till.run(c.SellCards((CardLine(usd(1000)),), Payment(cash=usd(1000)), key=key()))
    assert names(chain, "SELECT s.name FROM sales x JOIN staff s ON s.id = x.staff_id "
                 "JOIN terminals t ON t.id = x.terminal_id WHERE t.name = :name "
                 "ORDER BY x.created_at DESC LIMIT 1", name=terminal) == ["carl"]
    assert_invariants(chain.db_url)
    set_offline_limits(chain, offline_redemption="no")
    till.close()


def test_a_ticket_vouches_only_for_its_own_terminal_and_time(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    first = till_through(chain, proxy, tmp_path / "a.sqlite", "mia")
    ticket = till_staff.ticket(first.store, "mia")
    assert ticket
    with chain.till() as second:  # another terminal, nobody signed in there
        sale = c.SellCards((CardLine(usd(500)),), Payment(cash=usd(500)), key=key())
        with pytest.raises(AuthFailed, match="Not signed in"):
            second.run(sale, ticket=ticket, taken_at=datetime.now(UTC))
    first.client.session = None
    for at in (datetime.now(UTC) + timedelta(hours=1), datetime.now(UTC) - timedelta(days=2)):
        with pytest.raises(AuthFailed, match="Not signed in"):
            first.client.run(sale, ticket=ticket, taken_at=at)
    forged = ticket[:-3] + ("AAA" if not ticket.endswith("AAA") else "BBB")
    with pytest.raises(AuthFailed, match="Not signed in"):
        first.client.run(sale, ticket=forged, taken_at=datetime.now(UTC))
    # A ticket stands in for a session only in what a till takes offline.
    with pytest.raises(AuthFailed, match="Not signed in"):
        first.client.run(c.IssueCard(usd(500), key=key()), ticket=ticket,
                         taken_at=datetime.now(UTC))
    assert first.client.run(sale, ticket=ticket, taken_at=datetime.now(UTC))["cards"]
    first.close()


def test_staff_who_signed_in_here_online_sign_in_offline_with_back_off_and_lock_out(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    chain.cli.ok("staff", "add", "olga", "--role", "cashier", "--set-pin", PIN, user="root")
    now = [datetime.now(UTC)]
    saved = dataclasses.replace(chain.enrol(), url=f"https://127.0.0.1:{proxy.port}")
    path = tmp_path / "till.sqlite"
    till = Till.open(saved, path, probe_every=0.05, pull_every=0, clock=lambda: now[0])
    online = till.sign_in("olga", PIN)["staff"]
    till.sign_in("mia", PINS["mia"])
    code = sell(till, 1000)
    till.pull()
    go_offline(till, proxy, code)

    with pytest.raises(Offline, match="has not signed in here online"):
        till.sign_in("carl", PINS["carl"])
    signed = till.sign_in("olga", PIN)
    assert signed["offline"] is True and signed["staff"]["role"] == "cashier"
    # The same place as online: the counter builds its signed-in person from it.
    assert signed["staff"] == online
    assert till.staff == "olga" and till.client.session is None
    assert PIN.encode() not in path.read_bytes()

    for _ in range(3):
        with pytest.raises(AuthFailed, match="Wrong name or PIN"):
            till.sign_in("olga", "000000")
    with pytest.raises(RateLimited, match="wait 2 seconds"):
        till.sign_in("olga", PIN)  # even the right PIN waits its turn
    for _ in range(6):
        now[0] += timedelta(seconds=1000)
        with pytest.raises(AuthFailed):
            till.sign_in("olga", "000000")
    now[0] += timedelta(seconds=1000)
    assert till.sign_in("olga", PIN)["offline"]  # nine wrong: a right PIN still counts
    for _ in range(10):
        now[0] += timedelta(seconds=1000)
        with pytest.raises(AuthFailed):
            till.sign_in("olga", "000000")
    with pytest.raises(Offline, match="has not signed in here online"):
        till.sign_in("olga", PIN)  # locked out here: she signs in online next

    now[0] += timedelta(hours=25)  # past the offline window of Mia's online sign-in
    with pytest.raises(Offline, match="has not signed in here online"):
        till.sign_in("mia", PINS["mia"])
    till.close()


def test_a_disabled_or_locked_persons_verifier_is_dropped_at_the_next_pull(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    for name in ("pia", "quin", "rita"):
        chain.cli.ok("staff", "add", name, "--role", "cashier", "--set-pin", PIN, user="root")
    till = till_through(chain, proxy, tmp_path / "till.sqlite", "mia")
    for name in ("pia", "quin", "rita"):
        till.sign_in(name, PIN)
    code = sell(till, 1000)
    chain.cli.ok("staff", "set", "pia", "--active", "no", user="root")
    chain.sql("UPDATE staff SET locked_at = now() WHERE name = 'quin'")
    till.pull()
    go_offline(till, proxy, code)
    for name in ("pia", "quin"):
        with pytest.raises(Offline, match="has not signed in here online"):
            till.sign_in(name, PIN)
    assert till.sign_in("rita", PIN)["offline"]
    till.close()
