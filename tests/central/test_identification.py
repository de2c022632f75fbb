"""A till's command at the central service is one transaction that first checks who sent it
(the service's app over ASGI, in-process, on SQLite and PostgreSQL, with a clock the test
moves): refusals of the sender come before anything is done, the command's own refusals are
audited as ever, and the till's contact is kept either way."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event, select, update
from sqlalchemy.pool import Pool

from posapp import edge
from posapp.central import enrolment, protocol, sessions, shop_keys
from posapp.central.app import create_app
from posapp.central.identification import CONTACT_EVERY, authorize
from posapp.db.models import AuditEvent, GiftCard, LedgerEntry, Staff, StaffSession, Terminal
from posapp.money import Money
from posapp.services.accounting import audit
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from tests.conftest import PINS, Store
from tests.support.driver_spy import statements


@dataclass
class Till:
    app: FastAPI
    headers: dict[str, str]
    code: str

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://till") as http:
                return await http.post(protocol.API + path, json=body, headers=self.headers)

        return asyncio.run(send())

    def send(self, command: c.Command) -> httpx.Response:
        return self.post(f"/commands/{command.name}", command.to_dict())

    def redeem(self, amount: int, code: str | None = None) -> httpx.Response:
        return self.send(c.RedeemCard(CardRef(code=code or self.code), Money(amount, "USD")))


@pytest.fixture
def till(store: Store) -> Till:
    """Till "desk" of S1, enrolled, with carl signed in, and a card of 10.00."""
    added = enrolment.add_terminal(store.ctx, store.admin, "desk", "S1")
    credential = enrolment.enrol(store.ctx, added.code).credential
    terminal, _ = authorize(store.ctx, credential, None)
    signed = sessions.sign_in(store.ctx, terminal, "carl", PINS["carl"])
    code = edge.issue(store.ctx, store.manager, "10.00").card.code
    assert code is not None
    headers = {
        protocol.CREDENTIAL_HEADER: f"Bearer {credential}",
        protocol.SESSION_HEADER: signed.token,
    }
    return Till(create_app(store.ctx), headers, code)


def _entries(store: Store) -> int:
    with store.ctx.db.transaction() as s:
        return len(s.scalars(select(LedgerEntry.id)).all())


def till_id(store: Store, name: str) -> object:
    with store.ctx.db.transaction() as s:
        return s.scalar(select(Terminal.id).where(Terminal.name == name))


def _balance(store: Store, code: str) -> str:
    return edge.balance(store.ctx, store.manager, code).balance.amount_str()


@contextmanager
def checkouts() -> Iterator[list[int]]:
    """The threads that take a pooled connection meanwhile, of any engine (the service's
    event loop has a connection of its own)."""
    taken: list[int] = []

    def checkout(*_: object) -> None:
        taken.append(threading.get_ident())

    event.listen(Pool, "checkout", checkout)
    try:
        yield taken
    finally:
        event.remove(Pool, "checkout", checkout)


def test_a_command_is_one_transaction_on_one_connection(store: Store, till: Till) -> None:
    assert till.redeem(1).status_code == 200  # the contact is written (due), settings cached
    with checkouts() as taken:
        reply = till.redeem(2)
    assert reply.status_code == 200, reply.text
    assert _balance(store, till.code) == "9.97"
    assert len(taken) == 1  # not one for the check and one for the command


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_redemption_runs_on_the_event_loop_and_anything_else_in_a_thread(
    store: Store, till: Till
) -> None:
    loop = threading.get_ident()  # Till runs the app's event loop in this thread
    assert till.redeem(1).status_code == 200  # opens the loop's connection, in a thread
    with checkouts() as taken:
        assert till.redeem(2).status_code == 200
    assert taken == [loop]
    with checkouts() as taken:
        keyed = c.RedeemCard(CardRef(code=till.code), Money(3, "USD"), key="k1")
        assert till.send(keyed).status_code == 200
    assert loop not in taken
    # Refused on the loop, nothing is done there: the thread pool runs it again and counts
    # the failed look-up, once.
    with checkouts() as taken:
        reply = till.redeem(1, code="7" * 16)
    assert reply.json()["error"] in ("invalid_code", "card_not_found"), reply.text
    assert taken[0] == loop and loop not in taken[1:]
    with store.ctx.db.transaction() as s:
        failed = s.scalars(select(AuditEvent.id).where(AuditEvent.kind == audit.LOOKUP_FAILED))
        assert len(failed.all()) == 1
    assert _balance(store, till.code) == "9.94"


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_card_locked_elsewhere_holds_up_the_loop_no_longer_than_its_lock_wait(
    store: Store, till: Till
) -> None:
    """Another transaction holds the card for two seconds: the redemption waits for it in a
    thread, while the loop goes on (a timer on it never misses a beat by much more than
    the lock wait it allows itself)."""
    assert till.redeem(1).status_code == 200
    holder = store.ctx.db.engine.connect()
    holder.begin()
    holder.execute(select(GiftCard.id).with_for_update())
    threading.Timer(2.0, holder.commit).start()
    gaps: list[float] = []

    async def both() -> httpx.Response:
        transport = httpx.ASGITransport(app=till.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://till") as http:
            sent = asyncio.ensure_future(
                http.post(
                    f"{protocol.API}/commands/card_redeem",
                    json=c.RedeemCard(CardRef(code=till.code), Money(2, "USD")).to_dict(),
                    headers=till.headers,
                )
            )
            last = time.monotonic()
            while not sent.done():
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now
            return await sent

    started = time.monotonic()
    try:
        reply = asyncio.run(both())
    finally:
        holder.close()
    assert reply.status_code == 200, reply.text
    assert time.monotonic() - started >= 1.5  # it did wait for the lock
    assert max(gaps) < 0.35, max(gaps)  # the loop allows itself a lock wait of 0.1 s
    assert _balance(store, till.code) == "9.97"


def test_a_revoked_till_or_an_ended_session_is_refused_before_anything_is_done(
    store: Store, till: Till
) -> None:
    before = _entries(store)
    store.clock.advance(hours=12)  # carl's session has expired
    reply = till.redeem(1)
    assert reply.status_code == 401 and "Not signed in" in reply.json()["message"]
    enrolment.revoke(store.ctx, store.admin, "desk")
    reply = till.redeem(1)
    assert reply.status_code == 401 and "credential" in reply.json()["message"]
    # A malformed command from a refused sender learns only that it was refused.
    malformed = till.post("/commands/card_redeem", {"card": {"code": till.code}, "amount": 1})
    assert malformed.status_code == 401 and "credential" in malformed.json()["message"]
    assert _entries(store) == before and _balance(store, till.code) == "10.00"


def test_a_cashier_asking_for_a_managers_operation_is_refused_403(
    store: Store, till: Till
) -> None:
    reply = till.send(c.AdjustCard(CardRef(code=till.code), Money(500, "USD"), note="why"))
    assert reply.status_code == 403
    assert _balance(store, till.code) == "10.00"


def test_a_failed_look_up_is_counted_against_the_till_and_its_cashier(
    store: Store, till: Till
) -> None:
    reply = till.redeem(1, code="7" * 16)
    assert reply.json()["error"] in ("invalid_code", "card_not_found"), reply.text
    with store.ctx.db.transaction() as s:
        failed = s.execute(
            select(AuditEvent.terminal_id, AuditEvent.staff_id)
            .join(Terminal, Terminal.id == AuditEvent.terminal_id)
            .where(AuditEvent.kind == audit.LOOKUP_FAILED, Terminal.name == "desk")
        ).all()
    assert failed == [(till_id(store, "desk"), store.cashier.staff_id)]


def test_a_refused_command_keeps_the_tills_contact(store: Store, till: Till) -> None:
    till.headers[protocol.OUTBOX_HEADER] = "3"
    seen = store.clock.advance(seconds=CONTACT_EVERY.total_seconds())
    reply = till.redeem(100_000)
    assert reply.json()["error"] == "insufficient_funds", reply.text
    assert _balance(store, till.code) == "10.00"
    with store.ctx.db.transaction() as s:
        row = s.execute(
            select(Terminal.last_contact_at, Terminal.outbox_waiting).where(
                Terminal.name == "desk"
            )
        ).one()
    assert row == (seen, 3)


def test_a_web_shops_contact_is_written_when_due_not_at_every_request(store: Store) -> None:
    made = shop_keys.add(store.ctx, store.admin, "shop", "S1")
    seen = store.clock.now
    shop_keys.authorize(store.ctx, made.key)
    store.clock.advance(seconds=1)
    shop_keys.authorize(store.ctx, made.key)  # the shop's terminal row is not written
    assert _contact_of(store, made.shop.name) == seen
    later = store.clock.advance(seconds=CONTACT_EVERY.total_seconds())
    shop_keys.authorize(store.ctx, made.key)
    assert _contact_of(store, made.shop.name) == later


def _contact_of(store: Store, terminal: str) -> object:
    with store.ctx.db.transaction() as s:
        return s.scalar(select(Terminal.last_contact_at).where(Terminal.name == terminal))


def _signed_out(store: Store, till: Till) -> None:
    credential = till.headers[protocol.CREDENTIAL_HEADER].removeprefix("Bearer ")
    terminal, _ = authorize(store.ctx, credential, None)
    sessions.sign_out(store.ctx, terminal, till.headers[protocol.SESSION_HEADER])


def _set(store: Store, table: Any, **values: object) -> None:
    with store.ctx.db.transaction() as s:
        s.execute(update(table).values(**values))


#: What may change between two redemptions of a till whose sender the service knew (each
#: committed the way the app commits it, or as an admin's SQL would), and the refusal that
#: must follow: the second redemption's write finds it.
CHANGES: dict[str, tuple[Callable[[Store, Till], object], str]] = {
    "till revoked": (lambda st, _t: enrolment.revoke(st.ctx, st.admin, "desk"), "credential"),
    "cashier signed out": (_signed_out, "Not signed in"),
    "cashier disabled": (
        lambda st, _t: bus.dispatch(st.ctx, st.admin, c.SetStaff("carl", active=False)),
        "Not signed in",
    ),
    "cashier locked": (
        lambda st, _t: _set(st, Staff, locked_at=st.clock.now), "Not signed in"
    ),
    "session expired": (
        lambda st, _t: _set(st, StaffSession, expires_at=st.clock.now), "Not signed in"
    ),
}


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_known_tills_redemption_reads_no_sender_and_its_write_checks_it(
    store: Store, till: Till
) -> None:
    assert till.redeem(1).status_code == 200  # the sender found in full, and kept
    with statements(store.ctx) as sent:
        assert till.redeem(2).status_code == 200
    assert len(sent) == 2, sent  # the card read and its write: no read of the sender
    assert "TERMINALS" not in sent[0]
    assert sent[1].startswith("WITH CARD AS (UPDATE GIFT_CARDS") and "STAFF_SESSIONS" in sent[1]
    assert _balance(store, till.code) == "9.97"


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
@pytest.mark.parametrize("change", CHANGES)
def test_what_ends_a_known_tills_right_to_redeem_is_seen_by_its_next_redemption(
    store: Store, till: Till, change: str
) -> None:
    make, refusal = CHANGES[change]
    assert till.redeem(1).status_code == 200
    assert till.redeem(1).status_code == 200  # the sender known: its write checked it
    before = _entries(store)
    make(store, till)
    reply = till.redeem(1)
    assert reply.status_code == 401 and refusal in reply.json()["message"], reply.text
    assert _entries(store) == before and _balance(store, till.code) == "9.98"


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_known_till_moved_to_another_store_redeems_as_that_stores_till(
    store: Store, till: Till
) -> None:
    """The store a known till belongs to is part of what its write checks: moved, the till's
    next redemption is judged in the new store (a card of the issuing store only is
    refused there)."""
    issued = edge.issue(store.ctx, store.manager, "10.00", terms=CardTerms(scope="issuing"))
    local = issued.card.code
    assert local is not None
    assert till.redeem(1, code=local).status_code == 200
    assert till.redeem(1, code=local).status_code == 200
    uptown = bus.dispatch(store.ctx, store.admin, c.AddLocation("S2", "Uptown", "USD"))
    _set(store, Terminal, location_id=uptown.id)
    reply = till.redeem(1, code=local)
    assert reply.json()["error"] == "wrong_location", reply.text
    assert _balance(store, local) == "9.98"


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_known_tills_contact_is_still_written_when_due(store: Store, till: Till) -> None:
    seen = store.clock.now
    assert till.redeem(1).status_code == 200  # the contact is written
    store.clock.advance(seconds=1)
    assert till.redeem(1).status_code == 200  # known: nothing to write
    store.clock.advance(seconds=2)
    # Not a single statement (a key): the sender is read in full again, its contact not due.
    keyed = c.RedeemCard(CardRef(code=till.code), Money(1, "USD"), key="k1")
    assert till.send(keyed).status_code == 200
    assert _contact_of(store, "desk") == seen
    due = store.clock.advance(seconds=CONTACT_EVERY.total_seconds() - 3)
    assert till.redeem(1).status_code == 200
    assert _contact_of(store, "desk") == due
    till.headers[protocol.OUTBOX_HEADER] = "2"  # a change is written at once
    assert till.redeem(1).status_code == 200
    with store.ctx.db.transaction() as s:
        waiting = s.scalar(select(Terminal.outbox_waiting).where(Terminal.name == "desk"))
    assert waiting == 2
