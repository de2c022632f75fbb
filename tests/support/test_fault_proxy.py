"""The fault-injecting proxy against a real HTTP server (the standard library's, in a thread,
plain and TLS) with httpx as the client: each fault does what it says, and nothing else."""

from __future__ import annotations

import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.fault_proxy import FaultProxy
from tests.support.tls import make_certificate

pytestmark = pytest.mark.timeout(60)


class _CountingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, tls: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.handled: list[tuple[str, str, bytes]] = []
        self.lock = threading.Lock()
        if tls is not None:
            # The handshake then happens in the handler's thread, not in the accepting one.
            self.socket = tls.wrap_socket(
                self.socket, server_side=True, do_handshake_on_connect=False
            )

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        # Replies the proxy cut fail to send: that is what the tests make happen.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def count(self, method: str) -> int:
        with self.lock:
            return sum(1 for handled in self.handled if handled[0] == method)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _CountingServer

    def do_GET(self) -> None:
        self._answer(b"")

    def do_POST(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while size := int(self.rfile.readline().split(b";")[0], 16):
                body += self.rfile.read(size)
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b""):
                pass
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer(body)

    def _answer(self, body: bytes) -> None:
        with self.server.lock:
            self.server.handled.append((self.command, self.path, body))
        reply = b"echo:" + body
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class _Upstream:
    server: _CountingServer
    client_tls: ssl.SSLContext | None

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def client(self, proxy: FaultProxy) -> httpx.Client:
        scheme = "https" if self.client_tls else "http"
        return httpx.Client(
            base_url=f"{scheme}://127.0.0.1:{proxy.port}",
            verify=self.client_tls or False,
            timeout=5.0,
        )


def _serve(tls: ssl.SSLContext | None, client_tls: ssl.SSLContext | None) -> Iterator[_Upstream]:
    server = _CountingServer(tls)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield _Upstream(server, client_tls)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def upstream() -> Iterator[_Upstream]:
    yield from _serve(None, None)


@pytest.fixture(params=[ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3], ids=["tls1.2", "tls1.3"])
def tls_upstream(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[_Upstream]:
    tls = make_certificate(tmp_path, "fault-proxy")
    cert_file, key_file = tls.cert, tls.key
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert_file, key_file)
    server_tls.minimum_version = server_tls.maximum_version = request.param
    client_tls = ssl.create_default_context(cafile=str(cert_file))
    yield from _serve(server_tls, client_tls)


@pytest.fixture
def proxy(upstream: _Upstream) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", upstream.port) as running:
        yield running


def _wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not come true in time")
        time.sleep(0.02)


def _chunks(*parts: bytes) -> Iterator[bytes]:
    yield from parts  # httpx sends a body of unknown length chunked


def test_faithful_forwarding_of_requests_and_replies(
    upstream: _Upstream, proxy: FaultProxy
) -> None:
    with upstream.client(proxy) as client:
        assert client.get("/a").content == b"echo:"
        assert client.post("/b", content=b"x" * 200_000).content == b"echo:" + b"x" * 200_000
    assert [(m, p) for m, p, _ in upstream.server.handled] == [("GET", "/a"), ("POST", "/b")]
    assert proxy.counters.connections_accepted == 1


def test_delay_holds_each_chunk_in_both_directions(upstream: _Upstream, proxy: FaultProxy) -> None:
    proxy.delay(0.3)
    with upstream.client(proxy) as client:
        started = time.monotonic()
        assert client.get("/slow").status_code == 200
        # One chunk each way, each held 0.3 s.
        assert time.monotonic() - started >= 0.6
        proxy.heal()
        started = time.monotonic()
        client.get("/fast")
        assert time.monotonic() - started < 0.5  # no longer held 2 x 0.3 s


def test_a_dropped_connection_errors_on_the_client(upstream: _Upstream, proxy: FaultProxy) -> None:
    proxy.drop()
    with upstream.client(proxy) as client:
        with pytest.raises(httpx.TransportError):
            client.post("/pay", content=b"10.00")
        assert upstream.server.handled == []
        assert proxy.counters.connections_dropped == 1
        proxy.heal()
        assert client.post("/pay", content=b"10.00").content == b"echo:10.00"
    assert upstream.server.count("POST") == 1


def test_a_cut_request_is_handled_once_and_its_reply_lost(
    upstream: _Upstream, proxy: FaultProxy
) -> None:
    proxy.cut_after_request()
    with upstream.client(proxy) as client:
        with pytest.raises(httpx.TransportError):
            client.post("/redeem", content=b"card=1&amount=5")
        assert upstream.server.handled == [("POST", "/redeem", b"card=1&amount=5")]
        assert proxy.counters.replies_cut == 1
        proxy.heal()
        assert client.get("/balance").status_code == 200
    assert upstream.server.count("POST") == 1


@pytest.mark.parametrize("body", [b"amount=5", _chunks], ids=["content-length", "chunked"])
def test_a_duplicated_post_reaches_the_server_twice(
    upstream: _Upstream, proxy: FaultProxy, body: bytes | Callable[..., Iterator[bytes]]
) -> None:
    proxy.duplicate()
    with upstream.client(proxy) as client:
        for n in range(2):  # the second request on the same connection is framed right too
            content = body if isinstance(body, bytes) else body(b"amount=", str(n).encode())
            reply = client.post(f"/reload/{n}", content=content)
            assert reply.content.startswith(b"echo:amount=")
        _wait_until(lambda: upstream.server.count("POST") == 4)
    time.sleep(0.2)
    handled = sorted(upstream.server.handled)
    assert handled[0] == handled[1] and handled[2] == handled[3]
    assert len(handled) == 4
    assert proxy.counters.requests_duplicated == 2


def test_refused_connections_error_then_work_after_heal(
    upstream: _Upstream, proxy: FaultProxy
) -> None:
    port = proxy.port
    proxy.refuse()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with upstream.client(proxy) as client:
        with pytest.raises(httpx.ConnectError):
            client.get("/")
        proxy.heal()
        assert proxy.port == port
        assert client.get("/").status_code == 200


def test_refusal_for_a_while_ends_by_itself(upstream: _Upstream, proxy: FaultProxy) -> None:
    started = time.monotonic()
    proxy.refuse(0.5)
    with upstream.client(proxy) as client:
        with pytest.raises(httpx.ConnectError):
            client.get("/")

        def answers() -> bool:
            try:
                return client.get("/").status_code == 200
            except httpx.ConnectError:
                return False

        _wait_until(answers)
    assert time.monotonic() - started >= 0.5


def test_a_seeded_probability_mixes_good_and_bad_exchanges_reproducibly(
    upstream: _Upstream, proxy: FaultProxy
) -> None:
    def run() -> list[bool]:
        proxy.cut_after_request(probability=0.3, seed=1)
        outcomes = []
        with upstream.client(proxy) as client:
            for n in range(20):
                try:
                    client.post(f"/op/{n}", content=b"x")
                    outcomes.append(True)
                except httpx.TransportError:
                    outcomes.append(False)
        return outcomes

    first, second = run(), run()
    assert first == second
    assert 0 < first.count(False) < 20
    assert proxy.counters.replies_cut == 2 * first.count(False)
    assert upstream.server.count("POST") == 40  # every request reached the server


def test_mixed_faults_under_concurrent_clients_account_for_every_request(
    upstream: _Upstream, proxy: FaultProxy
) -> None:
    # These seeds make each fault strike within its first six draws.
    proxy.drop(probability=0.15, seed=1)
    proxy.cut_after_request(probability=0.2, seed=2)
    proxy.duplicate(probability=0.2, seed=3)
    proxy.delay(0.01, probability=0.3, seed=4)
    errors = []

    def till(name: int) -> None:
        with upstream.client(proxy) as client:
            for n in range(15):
                try:
                    client.post(f"/till/{name}/{n}", content=f"{name}:{n}".encode())
                except httpx.TransportError as exc:
                    errors.append(exc)

    threads = [threading.Thread(target=till, args=(name,)) for name in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counters = proxy.counters
    assert len(errors) == counters.connections_dropped + counters.replies_cut
    assert counters.connections_dropped and counters.replies_cut and counters.requests_duplicated
    expected = 60 - counters.connections_dropped + counters.requests_duplicated
    _wait_until(lambda: upstream.server.count("POST") == expected)
    time.sleep(0.2)
    assert upstream.server.count("POST") == expected


def test_stop_closes_open_connections_and_the_port(upstream: _Upstream) -> None:
    with FaultProxy("127.0.0.1", upstream.port) as proxy:
        open_connection = socket.create_connection(("127.0.0.1", proxy.port), timeout=2)
        _wait_until(lambda: proxy.counters.connections_accepted == 1)
    assert open_connection.recv(1) == b""
    open_connection.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", proxy.port), timeout=2).close()


def test_impossible_faults_are_refused(proxy: FaultProxy) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        proxy.drop(probability=1.5)
    with pytest.raises(ValueError, match="negative"):
        proxy.delay(-1)
    with pytest.raises(ValueError, match="negative"):
        proxy.refuse(-1)


def test_tls_passes_through_faithfully(tls_upstream: _Upstream) -> None:
    with FaultProxy("127.0.0.1", tls_upstream.port) as proxy:
        proxy.duplicate()  # the proxy cannot read TLS, so it duplicates nothing
        with tls_upstream.client(proxy) as client:
            assert client.post("/pay", content=b"7.50").content == b"echo:7.50"
            assert client.get("/balance").content == b"echo:"
    assert [(m, p) for m, p, _ in tls_upstream.server.handled] == [
        ("POST", "/pay"),
        ("GET", "/balance"),
    ]
    assert proxy.counters.requests_duplicated == 0


def test_a_tls_request_can_be_cut(tls_upstream: _Upstream) -> None:
    with FaultProxy("127.0.0.1", tls_upstream.port) as proxy:
        proxy.cut_after_request()
        with tls_upstream.client(proxy) as client:
            with pytest.raises(httpx.TransportError):
                client.post("/redeem", content=b"5.00")
            _wait_until(lambda: tls_upstream.server.count("POST") == 1)
            assert proxy.counters.replies_cut == 1
            proxy.heal()
            # A connection in use, its handshake long done, is cut as well.
            assert client.get("/balance").content == b"echo:"
            proxy.cut_after_request()
            with pytest.raises(httpx.TransportError):
                client.post("/redeem", content=b"2.00")
            assert proxy.counters.replies_cut == 2
    time.sleep(0.2)
    assert [body for method, _, body in tls_upstream.server.handled if method == "POST"] == [
        b"5.00",
        b"2.00",
    ]
