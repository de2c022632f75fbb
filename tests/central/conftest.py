"""The central service as tills meet it: ``python -m posapp serve`` as a real process over a
throw-away PostgreSQL, behind TLS with a certificate made here, reached through the client.

The tests share one chain (a database set up through the CLI: store S1 with root, mia and
carl) and one service process; each test enrols its own tills, under names of its own, so
no test meets another's counters or sessions. Nothing is skipped under CI=true: a service
that does not start fails the tests.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from posapp.central.client import Client, enrol
from posapp.central.till_file import TillCredential
from posapp.services.security import pins
from tests.cli.conftest import FAST_SCRYPT
from tests.cli.runner import Cli
from tests.conftest import PINS, fresh_postgres
from tests.support.net import free_port
from tests.support.postgres import PostgresServer
from tests.support.tls import Tls, make_certificate

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 90  # a loaded CI machine imports slowly; only a failure waits it out




@dataclass
class Service:
    """One ``posapp serve`` process; its JSON log lines go to ``log``."""

    db_url: str
    key_file: Path
    tls: Tls
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    #: More options of `posapp serve` (``--workers 2``, say).
    options: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> Service:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        argv = [
            sys.executable, "-m", "posapp", "serve", "--db", self.db_url,
            "--key-file", str(self.key_file), "--host", "127.0.0.1", "--port", str(self.port),
            "--cert", str(self.tls.cert), "--key", str(self.tls.key), *self.options,
        ]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(argv, stdout=out, stderr=out, env=env, cwd=ROOT)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"posapp serve exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/v1/health", verify=False, timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"posapp serve did not start: {self.log.read_text()[-3000:]}")

    def stop(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def log_lines(self) -> str:
        return self.log.read_text()


@dataclass
class Chain:
    """A chain's database set up through the CLI, and its central service."""

    cli: Cli
    db_url: str
    service: Service
    where: Path
    tills: int = 0

    def enrol_code(self, name: str, store: str = "S1") -> str:
        added = self.cli.ok("terminal", "add", name, "--store", store, "--enrol", user="root")
        code: str = added["enrol_code"]
        return code

    def enrol(self, name: str | None = None) -> TillCredential:
        self.tills += 1
        return enrol(self.service.url, self.enrol_code(name or f"till{self.tills}"))

    def till(self, user: str | None = None, name: str | None = None) -> Client:
        """A newly enrolled till, with ``user`` signed in."""
        client = Client.of(self.enrol(name))
        if user is not None:
            client.sign_in(user, PINS[user])
        return client

    def sql(self, statement: str, **params: Any) -> list[Any]:
        engine = create_engine(self.db_url)
        try:
            with engine.begin() as conn:
                result = conn.execute(text(statement), params)
                return list(result) if result.returns_rows else []
        finally:
            engine.dispose()


def set_up_chain(cli: Cli) -> None:
    cli.ok("db", "init", "--admin", "root", "--set-pin", PINS["root"], "--store", "S1",
           "--store-name", "Main Street")
    cli.ok("staff", "add", "mia", "--role", "manager", "--set-pin", PINS["mia"], user="root")
    cli.ok("staff", "add", "carl", "--role", "cashier", "--set-pin", PINS["carl"], user="root")


@pytest.fixture(scope="package")
def chain(
    postgres: PostgresServer, pg_template: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Chain]:
    where = tmp_path_factory.mktemp("central")
    db_url = fresh_postgres(postgres, pg_template)
    cli = Cli(db_url, where / "keys.json")
    with pytest.MonkeyPatch.context() as patch:
        # PINs hashed cheaply here are checked by the service at the cost stored in the hash.
        patch.setattr(pins, "_SCRYPT", FAST_SCRYPT)
        set_up_chain(cli)
    service = Service(db_url, cli.key_file, make_certificate(where, "central"), where / "a.log")
    service.start()
    try:
        yield Chain(cli, db_url, service, where)
    finally:
        service.stop()


@pytest.fixture(autouse=True)
def cheap_pins_for_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI run in-process by the tests (staff added, terminals enrolled) hashes cheaply."""
    monkeypatch.setattr(pins, "_SCRYPT", FAST_SCRYPT)
