"""Benchmark: redemptions through the central service over HTTP vs in-process (target >= 0.5).

Eight client processes redeem 0.01 at a time, each from its own card:

* service: each client is an enrolled terminal with a cashier signed in, and sends
  ``POST /v1/commands/card_redeem`` (keep-alive HTTP, no TLS: the service's own cost,
  not the handshake's) to ``posapp serve`` processes over one database (``--instances``,
  default 1; clients are spread over them), each with ``--workers`` processes (default 1);
* in-process: the same ``RedeemCard`` command through ``posapp.services.command_path.bus.dispatch``
  in each client process, each with its own connection and terminal (what a till that
  holds the database's credentials does).

Both run the same number of operations in the same run; rounds alternate the two and
the best round of each counts. Each service round also prints the CPU the service's
processes spent per request (from /proc: a load on the machine moves it far less than
throughput). The database is a throw-away cluster (tests.support.postgres.PostgresCluster)
unless POSAPP_BENCH_PG_URL names a server.

Run: ``.venv/bin/python bench/bench_redeem_service.py [--quick] [--ops N] [--rounds N]
[--instances N] [--workers N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib  # noqa: E402
import httpx  # noqa: E402

from posapp import keys as key_files  # noqa: E402
from posapp.central import enrolment, protocol  # noqa: E402
from posapp.codes import KeyRing  # noqa: E402
from posapp.money import Money  # noqa: E402
from posapp.services.cards.lookup import CardRef  # noqa: E402
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from tests.support.net import free_port  # noqa: E402

TARGET_RATIO = 0.5
CLIENTS = 8
START_TIMEOUT_S = 60




def _start_service(
    url: str, key_file: Path, log: Path, workers: int
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    argv = [sys.executable, "-m", "posapp", "serve", "--db", url, "--key-file", str(key_file),
            "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(benchlib.ROOT)}
    with log.open("ab") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=out, env=env, cwd=benchlib.ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"posapp serve exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("posapp serve did not start")


def _cpu_seconds(pid: int) -> float:
    """User and system CPU of ``pid`` and the processes under it (its workers), so far."""
    ticks = 0
    pids = [pid]
    while pids:
        each = pids.pop()
        try:
            stat = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(stat[11]) + int(stat[12])
            for task in Path(f"/proc/{each}/task").iterdir():
                pids += [int(p) for p in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue  # ended meanwhile
    return ticks / os.sysconf("SC_CLK_TCK")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _command(code: str) -> dict[str, Any]:
    return c.RedeemCard(CardRef(code=code), Money(1, "USD")).to_dict()


class _KeepAlive:
    """One HTTP/1.1 keep-alive connection that sends one request over and over, as ``wrk``
    does: the request's bytes are built once, and an answer is read by its status line, its
    headers and its ``Content-Length``.

    The clients share the two cores with the service and the database, so what a client
    spends is taken from the service: httpx spends about a millisecond of CPU a request,
    the standard library's ``http.client`` about half of one (it parses every answer's
    headers with the ``email`` package), this a tenth of that."""

    def __init__(self, base: str, path: str, headers: dict[str, str], body: bytes) -> None:
        address = urlsplit(base)
        host, port = address.hostname or "127.0.0.1", address.port or 80
        lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}",
                 *(f"{name}: {value}" for name, value in headers.items()),
                 f"Content-Length: {len(body)}"]
        self._request = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        self._socket = socket.create_connection((host, port), timeout=30)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._answers = self._socket.makefile("rb")

    def send(self) -> tuple[int, bytes]:
        """The answer's status and body."""
        self._socket.sendall(self._request)
        status = int(self._answers.readline().split(b" ", 2)[1])
        length = None
        while (line := self._answers.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length is None:
            raise RuntimeError("the service answered without a Content-Length")
        return status, self._answers.read(length)

    def close(self) -> None:
        self._answers.close()
        self._socket.close()


def _http_client(base: str, credential: str, code: str, ops: int, barrier: Any,
                 results: Any) -> None:
    """A till signed in (with httpx, as the till's client), then redeeming over one
    keep-alive connection (:class:`_KeepAlive`)."""
    with httpx.Client(base_url=base + "/v1", timeout=30) as http:
        http.headers["Authorization"] = f"Bearer {credential}"
        signed = http.post("/sessions", json={"name": "carl", "pin": benchlib.PINS["carl"]})
        signed.raise_for_status()
        session = signed.json()["session"]
    headers = {"Authorization": f"Bearer {credential}", protocol.SESSION_HEADER: session,
               "Content-Type": "application/json"}
    body = json.dumps(_command(code)).encode()
    conn = _KeepAlive(base, "/v1/commands/card_redeem", headers, body)

    def redeem(_: int) -> None:
        status, answer = conn.send()
        if status != 200:
            raise RuntimeError(f"service answered {status}: {answer[:300]!r}")

    try:
        benchlib.drive_client(redeem, ops, barrier, results)
    finally:
        conn.close()


def _in_process_client(url: str, keys: KeyRing, terminal: str, code: str, ops: int,
                       barrier: Any, results: Any) -> None:
    ctx = benchlib.new_context(url, keys, pool_size=1, max_overflow=0)
    actor = benchlib.sign_in(ctx, "carl", terminal=terminal)
    command = c.from_dict(_command(code))

    def redeem(_: int) -> None:
        bus.dispatch(ctx, actor, command)

    benchlib.drive_client(redeem, ops, barrier, results)
    ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run (smoke test)")
    parser.add_argument("--ops", type=int, help="redemptions per client and round")
    parser.add_argument("--rounds", type=int, help="rounds of service then in-process")
    parser.add_argument("--instances", type=int, default=1, help="posapp serve processes")
    parser.add_argument("--workers", type=int, default=1, help="--workers of each of them")
    args = parser.parse_args(argv)
    ops = args.ops or (20 if args.quick else 300)
    rounds = args.rounds or (1 if args.quick else 3)
    benchlib.header(
        f"redeem_service: {CLIENTS} clients x {ops} redemptions, HTTP ({args.instances} "
        f"instance(s) x {args.workers} worker(s)) vs in-process", args.quick,
    )
    with benchlib.postgres_server() as (url, where), benchlib.scratch_dir("bench-svc") as tmp:
        benchlib.say(f"PostgreSQL: {where}")
        store = benchlib.open_store(benchlib.new_context(url))
        keys = store.ctx.keys
        key_file = tmp / "keys.json"
        key_files.write_key_file(key_file, keys)
        issue = c.IssueCard(Money(100_000, "USD"))
        codes = [
            str(bus.dispatch(store.ctx, store.manager, issue).card.code)
            for _ in range(2 * CLIENTS)
        ]
        credentials = []
        for n in range(CLIENTS):
            enrol = enrolment.add_terminal(store.ctx, store.admin, f"H{n}", "S1")
            credentials.append(enrolment.enrol(store.ctx, enrol.code).credential)
        store.ctx.close()  # no connection crosses the fork

        services = [_start_service(url, key_file, tmp / f"serve{i}.log", args.workers)
                    for i in range(args.instances)]
        try:
            http_clients = [
                (_http_client, (services[n % len(services)][1], credentials[n], codes[n], ops))
                for n in range(CLIENTS)
            ]
            local_clients = [
                (_in_process_client, (url, keys, f"L{n}", codes[CLIENTS + n], ops))
                for n in range(CLIENTS)
            ]
            http, local = [], []
            requests = CLIENTS * (ops + benchlib.WARMUP_OPS)
            for r in range(rounds):
                before = sum(_cpu_seconds(proc.pid) for proc, _ in services)
                http.append(benchlib.run_round(http_clients, "bench_redeem_service"))
                used = sum(_cpu_seconds(proc.pid) for proc, _ in services) - before
                local.append(benchlib.run_round(local_clients, "bench_redeem_service"))
                benchlib.say(f"round {r + 1}: service {http[-1]:,.0f} ops/s "
                             f"({used / requests * 1000:.2f} ms of service CPU a request), "
                             f"in-process {local[-1]:,.0f} ops/s")
        finally:
            for proc, _ in services:
                _stop(proc)

    best_http, best_local = max(http), max(local)
    ratio = best_http / best_local
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(
        f"redeem_service: service {best_http:,.0f} ops/s, in-process {best_local:,.0f} ops/s, "
        f"ratio {ratio:.2f} (target >= {TARGET_RATIO:g}, {verdict}; {CLIENTS} clients x {ops} "
        f"ops, {args.instances} instance(s) x {args.workers} worker(s), best of {rounds})",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
