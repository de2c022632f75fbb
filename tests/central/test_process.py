"""The service as an operator runs it: JSON logs without secrets, a graceful stop on SIGTERM,
and several instances over one database that behave as one."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import create_engine, text

from posapp.central.client import Client, Unreachable
from posapp.domain.errors import AuthFailed
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import ROOT, Chain, Service
from tests.cli.runner import Cli, code_forms
from tests.support.postgres import to_libpq_url
from tests.support.tls import make_certificate

SECRET_PIN = "7305198"


@pytest.fixture(scope="module")
def second(chain: Chain) -> Iterator[Service]:
    """Another instance over the same database, with a certificate of its own."""
    service = Service(
        chain.db_url, chain.cli.key_file, make_certificate(chain.where, "second"),
        chain.where / "second.log",
    ).start()
    yield service
    service.stop()


def usd(minor: int) -> Money:
    return Money(minor, "USD")


def test_logs_are_json_lines_that_never_hold_a_code_or_a_pin(chain: Chain) -> None:
    chain.cli.ok("staff", "add", "lena", "--role", "manager", "--set-pin", SECRET_PIN,
                 user="root")
    with Client.of(chain.enrol("logged")) as till:
        till.sign_in("lena", SECRET_PIN)
        card = till.run(c.IssueCard(usd(4000)))
        code = str(card["code"])
        till.run(c.RedeemCard(CardRef(code=code), usd(100)))
        till.balance(code)
        till.balance(code.lower())
        with pytest.raises(AuthFailed):
            till.sign_in("lena", SECRET_PIN[::-1])
        with pytest.raises(AuthFailed):  # the PIN typed into the name field
            till.sign_in(SECRET_PIN, SECRET_PIN)
    # A request's line is written once its reply has gone out: the last may still be coming.
    deadline = time.monotonic() + 10
    while True:
        log = chain.service.log_lines()
        lines = [json.loads(line) for line in log.splitlines()]
        mine = [line for line in lines if line.get("terminal") == "logged"]
        signed = [line for line in mine if line["kind"] == "sign_in"]
        if len(signed) >= 3 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert {line["kind"] for line in mine} >= {"enroll", "sign_in", "card_issue",
                                               "card_redeem", "card_balance"}
    for line in mine:
        assert {"time", "terminal", "path", "status", "duration_ms", "kind"} <= set(line)
        # Who acted, once known; a refused sign-in names nobody.
        assert ("staff" in line) == (line["status"] == 200 and line["kind"] != "enroll")
    assert [line["status"] for line in mine if line["kind"] == "sign_in"] == [200, 401, 401]
    for secret in (*code_forms(code), SECRET_PIN, SECRET_PIN[::-1], card["code"][-8:]):
        assert secret not in log


def test_two_instances_over_one_database_behave_as_one(chain: Chain, second: Service) -> None:
    saved = chain.enrol("roaming")
    with Client.of(saved) as on_a, Client(second.url, second.tls.pem, saved.credential) as on_b:
        on_a.sign_in("mia", "222222")
        on_b.session = on_a.session
        assert on_b.me()["name"] == "mia"
        card = on_b.run(c.IssueCard(usd(5000)))
        ref = CardRef(code=str(card["code"]))
        redeem = c.RedeemCard(ref, usd(1500), key="roaming-1")
        results: list[dict[str, Any]] = []
        threads = [
            threading.Thread(target=lambda cl=cl: results.append(cl.run(redeem)))
            for cl in (on_a, on_b, on_a, on_b)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(results) == 4 and all(r == results[0] for r in results)
        assert on_a.balance(str(card["code"]))["balance"] == "35.00"
        redemptions = chain.sql(
            "SELECT count(*) FROM ledger_entries WHERE card_id = :id AND kind = 'redeem'",
            id=card["id"],
        )
        assert redemptions == [(1,)]
        chain.cli.ok("terminal", "revoke", "roaming", user="root")
        with pytest.raises(Exception, match="credential"):
            on_b.me()


def _waiting_on_lock(db_url: str) -> bool:
    with psycopg.connect(to_libpq_url(db_url)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"
        ).fetchone()
    return bool(row and row[0])


def test_sigterm_lets_a_request_in_flight_finish(chain: Chain) -> None:
    service = Service(
        chain.db_url, chain.cli.key_file, chain.service.tls, chain.where / "stopping.log"
    ).start()
    saved = chain.enrol("stopping")
    till = Client(service.url, saved.certificate, saved.credential, timeout=30)
    till.sign_in("carl", "3333")
    with Client.of(chain.enrol("issuing")) as office:
        office.sign_in("mia", "222222")
        card = office.run(c.IssueCard(usd(2000)))
    outcome: dict[str, Any] = {}

    def redeem() -> None:
        try:
            outcome["reply"] = till.run(c.RedeemCard(CardRef(code=str(card["code"])), usd(500)))
        except Exception as exc:  # reported by the assertion below
            outcome["error"] = exc

    with psycopg.connect(to_libpq_url(chain.db_url)) as blocker:
        blocker.execute("SELECT id FROM gift_cards WHERE id = %s FOR UPDATE", (card["id"],))
        worker = threading.Thread(target=redeem)
        worker.start()
        deadline = time.monotonic() + 15
        while not _waiting_on_lock(chain.db_url):
            assert time.monotonic() < deadline, "the redemption never reached the card's lock"
            time.sleep(0.05)
        assert service.process is not None
        service.process.terminate()
        time.sleep(0.5)
        # Stopping: no new connections, but the request in flight is still being served.
        assert service.process.poll() is None
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{service.url}/v1/health", verify=False, timeout=2)
        blocker.commit()
    worker.join(timeout=20)
    till.close()
    assert outcome.get("reply", outcome)["redeemed"] == "5.00"
    # uvicorn ends by re-raising the signal it stopped for, as process managers expect.
    assert service.process.wait(timeout=20) == -signal.SIGTERM
    assert "Finished server process" in service.log_lines().splitlines()[-1]
    with Client.of(chain.enrol("after")) as after:
        after.sign_in("carl", "3333")
        assert after.balance(str(card["code"]))["balance"] == "15.00"


def test_a_service_that_does_not_answer_is_unreachable_within_the_timeout(chain: Chain) -> None:
    saved = chain.enrol("patient")
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts connections, never answers the TLS handshake
        port = silent.getsockname()[1]
        with Client(f"https://127.0.0.1:{port}", saved.certificate, saved.credential) as till:
            started = time.monotonic()
            with pytest.raises(Unreachable, match="did not answer"):
                till.me()
            assert time.monotonic() - started < 4
    with Client(f"https://127.0.0.1:{port}", saved.certificate, saved.credential) as till:
        with pytest.raises(Unreachable, match="cannot be reached"):
            till.me()


def test_serve_refuses_a_database_whose_schema_is_behind(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    cli = Cli(f"sqlite:///{old}", tmp_path / "keys.json")
    cli.ok("db", "init", "--admin", "root", "--set-pin", "111111")
    engine = create_engine(cli.db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0004_settings'"))
    engine.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "posapp", "--json", "serve", "--db", cli.db_url,
         "--key-file", str(cli.key_file), "--port", "1"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    refusal = json.loads(done.stdout)
    assert refusal["error"] == "invalid_state" and "db upgrade" in refusal["message"]


def test_serve_explains_a_port_in_use_and_an_unusable_key(chain: Chain) -> None:
    other = make_certificate(chain.where / "other", "other")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        runs = {
            "in use": ["--port", port, "--cert", str(chain.service.tls.cert),
                       "--key", str(chain.service.tls.key)],
            "wrong key": ["--port", "0", "--cert", str(chain.service.tls.cert),
                          "--key", str(other.key)],
            "no key file": ["--port", "0", "--cert", str(chain.service.tls.cert),
                            "--key", str(chain.where / "missing.key")],
        }
        for why, options in runs.items():
            done = subprocess.run(
                [sys.executable, "-m", "posapp", "--json", "serve", "--db", chain.db_url,
                 "--key-file", str(chain.cli.key_file), "--host", "127.0.0.1", *options],
                capture_output=True, text=True, cwd=ROOT, timeout=60,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            assert done.returncode == 3, (why, done.stdout, done.stderr)
            assert json.loads(done.stdout)["error"] in {"invalid_input", "invalid_state"}, why
