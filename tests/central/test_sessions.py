"""Staff sign in through the service: the core's back-off and lock-out, sessions bound to
their terminal, the core's permissions."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from posapp.central import client as central
from posapp.central.client import Client
from posapp.domain.errors import AuthFailed, PermissionDenied, RateLimited
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.conftest import PINS


def test_a_signed_in_request_acts_as_that_person_at_that_terminal(chain: Chain) -> None:
    with chain.till("mia", name="front") as till:
        me = till.me()
        assert (me["name"], me["role"], me["terminal"], me["store"]) == (
            "mia", "manager", "front", "S1"
        )


def test_pins_guessed_through_the_service_back_off_then_lock(chain: Chain) -> None:
    chain.cli.ok("staff", "add", "gus", "--role", "cashier", "--set-pin", "4444", user="root")
    with Client.of(chain.enrol("guessing")) as till:
        for _ in range(3):
            with pytest.raises(AuthFailed, match="Wrong name or PIN"):
                till.sign_in("gus", "0000")
        # The core's back-off: even the right PIN waits now.
        with pytest.raises(RateLimited):
            till.sign_in("gus", "4444")
        # Nine wrong PINs in a row so far, the last long ago: the tenth locks gus.
        chain.sql(
            "UPDATE staff SET failed_pins = 9, last_failed_at = now() - interval '1 day' "
            "WHERE name = 'gus'"
        )
        chain.sql(
            "UPDATE terminals SET last_failed_at = now() - interval '1 day' "
            "WHERE name = 'guessing'"
        )
        with pytest.raises(AuthFailed, match="Wrong name or PIN"):
            till.sign_in("gus", "1234")
        with pytest.raises(AuthFailed, match="locked"):
            till.sign_in("gus", "4444")
    assert chain.sql("SELECT locked_at IS NOT NULL FROM staff WHERE name = 'gus'") == [(True,)]
    events = chain.sql(
        "SELECT count(*) FROM audit_events a JOIN terminals t ON t.id = a.terminal_id "
        "WHERE t.name = 'guessing' AND a.kind = 'auth_failed'"
    )
    assert events == [(4,)]


def test_a_session_works_only_at_its_own_terminal(chain: Chain) -> None:
    with chain.till("carl", name="own") as own, chain.till(name="other") as other:
        other.session = own.session
        with pytest.raises(AuthFailed, match="Not signed in"):
            other.me()
        assert own.me()["name"] == "carl"


def test_expired_ended_and_missing_sessions_are_refused(chain: Chain) -> None:
    with chain.till("carl", name="shift") as till:
        assert till.session
        chain.sql(
            "UPDATE staff_sessions SET expires_at = now() - interval '1 second' "
            "WHERE terminal_id = (SELECT id FROM terminals WHERE name = 'shift')"
        )
        with pytest.raises(AuthFailed):
            till.me()
        till.sign_in("carl", PINS["carl"])
        till.sign_out()
        with pytest.raises(AuthFailed):
            till.me()
        till.session = "not-a-session"
        with pytest.raises(AuthFailed):
            till.me()
        till.session = None
        with pytest.raises(AuthFailed, match="Not signed in"):
            till.me()


def test_a_disabled_person_loses_their_session_at_once(chain: Chain) -> None:
    chain.cli.ok("staff", "add", "dora", "--role", "cashier", "--set-pin", "5555", user="root")
    with Client.of(chain.enrol("dora-till")) as till:
        till.sign_in("dora", "5555")
        assert till.me()["name"] == "dora"
        chain.cli.ok("staff", "set", "dora", "--active", "no", user="root")
        with pytest.raises(AuthFailed):
            till.me()


def test_a_cashier_asking_for_a_managers_operation_is_refused_403(chain: Chain) -> None:
    with chain.till("mia") as manager, chain.till("carl") as cashier:
        card = manager.run(c.IssueCard(Money(2000, "USD")))
        adjust = c.AdjustCard(CardRef(code=card["code"]), Money(-500, "USD"), "audit")
        with pytest.raises(PermissionDenied):
            cashier.run(adjust)
        reply = httpx.post(
            f"{cashier.url}/v1/commands/card_adjust", json=adjust.to_dict(), verify=False,
            headers={"Authorization": f"Bearer {cashier.credential}",
                     "X-Staff-Session": str(cashier.session)},
        )
        assert reply.status_code == 403 and reply.json()["error"] == "permission_denied"
        assert manager.balance(card["code"])["balance"] == "20.00"


def test_session_and_enrolment_code_lifetimes_are_the_stores_settings(chain: Chain) -> None:
    chain.cli.ok("settings", "set", "session_hours", "2", user="root")
    chain.cli.ok("settings", "set", "enrol_code_hours", "3", user="root")
    try:
        added = chain.cli.ok("terminal", "add", "short-lived", "--store", "S1", "--enrol",
                             user="root")
        left = datetime.fromisoformat(added["enrol_expires_at"]) - datetime.now(UTC)
        assert timedelta(hours=2, minutes=58) < left <= timedelta(hours=3)
        with Client.of(central.enrol(chain.service.url, added["enrol_code"])) as till:
            deadline = time.monotonic() + 8  # the service reads settings again within 5 s
            while True:
                signed = till.sign_in("carl", PINS["carl"])
                left = datetime.fromisoformat(signed["expires_at"]) - datetime.now(UTC)
                if left <= timedelta(hours=2) or time.monotonic() > deadline:
                    break
                time.sleep(0.25)
            assert timedelta(hours=1, minutes=58) < left <= timedelta(hours=2)
    finally:
        chain.cli.ok("settings", "set", "session_hours", "12", user="root")
        chain.cli.ok("settings", "set", "enrol_code_hours", "24", user="root")
