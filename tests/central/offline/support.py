"""Tills in central mode for the tests: each its own SQLite store, reaching the service through
a fault proxy, and the money they move."""

from __future__ import annotations

import dataclasses
import time
import uuid
from pathlib import Path

from posapp.central.till import Till
from posapp.money import Money
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy


def usd(minor: int) -> Money:
    return Money(minor, "USD")


def key() -> str:
    return f"t/{uuid.uuid4().hex}"


def till_through(
    chain: Chain, proxy: FaultProxy, store: Path, user: str, *, name: str | None = None
) -> Till:
    """A newly enrolled till whose requests go through ``proxy``, with ``user`` signed in."""
    saved = chain.enrol(name)
    routed = dataclasses.replace(saved, url=f"https://127.0.0.1:{proxy.port}")
    till = Till.open(routed, store, probe_every=0.05, pull_every=0)
    till.sign_in(user, PINS[user])
    return till


def sell(till: Till, minor: int) -> str:
    """A card sold online for cash; its code."""
    sold = till.run(c.SellCards((CardLine(usd(minor)),), Payment(cash=usd(minor)), key=key()))
    return str(sold["cards"][0]["code"])


def set_offline_limits(chain: Chain, **values: str) -> None:
    for name, value in values.items():
        chain.cli.ok("settings", "set", name, value, user="root")


def wait_for_settings(till: Till, **expected: object) -> None:
    """Pull until the service (which caches settings for 5 s) hands out ``expected``."""
    deadline = time.monotonic() + 8
    while True:
        till.pull()
        shown = till.store.reference()["settings"]
        if all(shown.get(k) == v for k, v in expected.items()):
            return
        assert time.monotonic() < deadline, shown
        time.sleep(0.25)


def balance_minor(chain: Chain, card_id: str) -> int:
    return int(chain.sql("SELECT balance_minor FROM gift_cards WHERE id = :id", id=card_id)[0][0])
