"""``posapp serve --workers N``: N processes serve one port, a dead one is replaced, and a
SIGTERM still lets a request in flight finish (a real service over TLS, real signals)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg

from posapp.central.client import Client
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import ROOT, Chain, Service
from tests.central.test_process import _waiting_on_lock
from tests.support.postgres import to_libpq_url


def _workers(service: Service) -> set[int]:
    assert service.process is not None
    pid = service.process.pid
    return {int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}


def _started(service: Service) -> set[int]:
    return {int(p) for p in re.findall(r"Started server process \[(\d+)\]", service.log_lines())}


def _wait_for(check: Any, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_two_workers_serve_one_port_and_a_dead_one_is_replaced(chain: Chain) -> None:
    service = Service(
        chain.db_url, chain.cli.key_file, chain.service.tls, chain.where / "workers.log",
        options=("--workers", "2"),
    ).start()
    try:
        _wait_for(lambda: len(_started(service)) == 2, "two workers never started")
        first = _workers(service)
        assert first == _started(service)
        with Client.of(chain.enrol("busy")) as till:
            till.sign_in("mia", "222222")
            card = till.run(c.IssueCard(Money(1000, "USD")))
            for _ in range(10):
                till.run(c.RedeemCard(CardRef(code=str(card["code"])), Money(1, "USD")))
            os.kill(min(first), signal.SIGKILL)
            _wait_for(lambda: len(_workers(service)) == 2 and _workers(service) != first,
                      "the dead worker was not replaced")
            for _ in range(10):  # served throughout, by whichever worker takes the connection
                assert till.balance(str(card["code"]))["balance"] == "9.90"
        assert "worker_exited" in service.log_lines()
    finally:
        service.stop()


def test_sigterm_lets_a_request_in_flight_at_a_worker_finish(chain: Chain) -> None:
    service = Service(
        chain.db_url, chain.cli.key_file, chain.service.tls, chain.where / "stopping2.log",
        options=("--workers", "2"),
    ).start()
    saved = chain.enrol("stopping2")
    till = Client(service.url, saved.certificate, saved.credential, timeout=30)
    till.sign_in("carl", "3333")
    with Client.of(chain.enrol("issuing2")) as office:
        office.sign_in("mia", "222222")
        card = office.run(c.IssueCard(Money(2000, "USD")))
    outcome: dict[str, Any] = {}

    def redeem() -> None:
        try:
            outcome["reply"] = till.run(
                c.RedeemCard(CardRef(code=str(card["code"])), Money(500, "USD"))
            )
        except Exception as exc:  # reported by the assertion below
            outcome["error"] = exc

    workers = _workers(service)
    with psycopg.connect(to_libpq_url(chain.db_url)) as blocker:
        blocker.execute("SELECT id FROM gift_cards WHERE id = %s FOR UPDATE", (card["id"],))
        worker = threading.Thread(target=redeem)
        worker.start()
        _wait_for(lambda: _waiting_on_lock(chain.db_url), "the redemption never waited")
        assert service.process is not None
        service.process.terminate()
        time.sleep(0.5)
        assert service.process.poll() is None  # stopping, the request still in flight
        try:
            httpx.get(f"{service.url}/v1/health", verify=False, timeout=2)
            raise AssertionError("a stopping service took a new request")
        except httpx.TransportError:
            pass
        blocker.commit()
    worker.join(timeout=20)
    till.close()
    assert outcome.get("reply", outcome)["redeemed"] == "5.00"
    assert service.process.wait(timeout=30) == -signal.SIGTERM
    assert all(not Path(f"/proc/{pid}").exists() for pid in workers)


def test_more_workers_than_the_database_has_connections_for_are_refused(chain: Chain) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "posapp", "--json", "serve", "--db", chain.db_url,
         "--key-file", str(chain.cli.key_file), "--port", "1", "--workers", "7"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 3, done.stderr
    refusal = json.loads(done.stdout)
    assert refusal["error"] == "invalid_input" and "max_connections" in refusal["message"]
