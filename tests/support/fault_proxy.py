"""A fault-injecting TCP proxy, for testing how tills and the central service survive the
network: slow links, lost connections, replies lost after the commit, duplicated requests.

`FaultProxy` listens on 127.0.0.1 at a free port and forwards every connection to an upstream
host and port, byte for byte, from an asyncio loop in a background thread. A test points the
client at `proxy.port` and switches faults at any time, from any thread::

    with FaultProxy("127.0.0.1", service_port) as proxy:
        proxy.cut_after_request()          # the next replies are lost after the commit
        ...
        proxy.heal()
        assert proxy.counters.replies_cut == 1

Faults add up until `heal()`; each may be given a probability and a seed, so that a long run
mixes good and bad exchanges the same way every time, e.g.
`cut_after_request(probability=0.3, seed=1)`.

The proxy works on raw bytes, so delays, drops, cuts and refusals work for TLS too. Only
`duplicate()` must read requests, and therefore needs plain HTTP/1.1.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import threading
from collections.abc import Coroutine
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from tests.support.wire_framing import ExchangeTracker, NotHttp, message_end

_CHUNK = 64 * 1024
# A duplicate's reply is thrown away; a server that neither answers nor closes is left then.
_DUPLICATE_REPLY_TIMEOUT_S = 10.0
_T = TypeVar("_T")


@dataclass(frozen=True)
class ProxyCounters:
    """What the proxy has done since it started."""

    connections_accepted: int = 0
    connections_dropped: int = 0
    requests_duplicated: int = 0
    replies_cut: int = 0


class _Chance:
    """Whether a fault strikes: always, or with a probability drawn from a seeded generator."""

    def __init__(self, probability: float, seed: int | None) -> None:
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"a probability lies between 0 and 1, not {probability!r}")
        self.probability = probability
        self._random = random.Random(seed)

    def strikes(self) -> bool:
        return self.probability == 1.0 or self._random.random() < self.probability


@dataclass
class _Faults:
    delay_s: float = 0.0
    delay: _Chance | None = None
    drop: _Chance | None = None
    cut: _Chance | None = None
    duplicate: _Chance | None = None


class FaultProxy:
    """A TCP proxy from 127.0.0.1:`port` to `upstream_host`:`upstream_port` whose faults a test
    switches with method calls. Use it as a context manager, or call start() and stop().

    A fault switched on or off applies from the next chunk on; refuse() and heal() return
    once the port refuses or listens again. They are called from any thread but the proxy's
    own.
    """

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream_host = upstream_host
        self.upstream_port = upstream_port
        self.host = "127.0.0.1"
        self.port = 0
        self._lock = threading.Lock()
        self._faults = _Faults()
        self._counters = ProxyCounters()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._reopen: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # -- lifetime ---------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        if self._loop is not None:
            raise RuntimeError("the proxy is already running")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name=f"fault-proxy-{self.upstream_port}", daemon=True
        )
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        """Close the listening socket and every connection. start() listens again on the same
        port, with the faults and counters as they were."""
        if self._loop is None or self._thread is None:
            return
        self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
        self._loop = self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def counters(self) -> ProxyCounters:
        with self._lock:
            return self._counters

    # -- faults -----------------------------------------------------------------------------

    def delay(self, seconds: float, *, probability: float = 1.0, seed: int | None = None) -> None:
        """Hold each chunk, in both directions, `seconds` before passing it on (with a
        probability: each chunk is held or not by its own draw)."""
        if seconds < 0:
            raise ValueError(f"a delay cannot be negative: {seconds!r}")
        with self._lock:
            self._faults.delay_s = seconds
            self._faults.delay = _Chance(probability, seed)

    def drop(self, *, probability: float = 1.0, seed: int | None = None) -> None:
        """Accept new connections and close them at once, forwarding nothing."""
        with self._lock:
            self._faults.drop = _Chance(probability, seed)

    def cut_after_request(self, *, probability: float = 1.0, seed: int | None = None) -> None:
        """Let each request reach the upstream, but when the upstream begins to answer, close
        both connections: the request was handled, the reply is lost."""
        with self._lock:
            self._faults.cut = _Chance(probability, seed)

    def duplicate(self, *, probability: float = 1.0, seed: int | None = None) -> None:
        """Send each whole plain-HTTP/1.1 request (framed by Content-Length or chunked) also on
        a second upstream connection, whose reply is thrown away: the upstream sees it twice.
        TLS and other protocols pass unduplicated, as the proxy cannot read them."""
        with self._lock:
            self._faults.duplicate = _Chance(probability, seed)

    def refuse(self, seconds: float | None = None) -> None:
        """Close the listening socket, so that connecting is refused, for `seconds` or until
        heal(); then listen again on the same port. Open connections carry on."""
        if seconds is not None and seconds < 0:
            raise ValueError(f"a refusal cannot last a negative time: {seconds!r}")
        self._call(self._refuse(seconds))

    def heal(self) -> None:
        """Clear every fault and listen again if refusing: faithful forwarding from now on."""
        with self._lock:
            self._faults = _Faults()
        self._call(self._refuse(0.0))

    # -- the loop's side --------------------------------------------------------------------

    def _call(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        if self._loop is None or self._thread is None:
            coroutine.close()
            raise RuntimeError("the proxy is not running")
        if threading.current_thread() is self._thread:
            coroutine.close()
            raise RuntimeError("the proxy's faults are switched from outside its own loop")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def _count(self, **increments: int) -> None:
        with self._lock:
            values = {name: getattr(self._counters, name) + n for name, n in increments.items()}
            self._counters = dataclasses.replace(self._counters, **values)

    def _is_set(self, fault: str) -> bool:
        with self._lock:
            return getattr(self._faults, fault) is not None

    def _strikes(self, fault: str) -> bool:
        with self._lock:
            chance: _Chance | None = getattr(self._faults, fault)
            return chance is not None and chance.strikes()

    async def _listen(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._serve, self.host, self.port)
            self.port = self._server.sockets[0].getsockname()[1]

    async def _refuse(self, seconds: float | None) -> None:
        if self._reopen is not None:
            self._reopen.cancel()
            self._reopen = None
        if seconds == 0.0:
            await self._listen()
            return
        if self._server is not None:
            self._server.close()
            self._server = None
        if seconds is not None:
            loop = asyncio.get_running_loop()
            self._reopen = loop.call_later(seconds, lambda: self._spawn(self._listen()))

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _shutdown(self) -> None:
        await self._refuse(None)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _serve(self, client_in: asyncio.StreamReader, client: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self._count(connections_accepted=1)
        upstream: asyncio.StreamWriter | None = None
        try:
            if self._strikes("drop"):
                self._count(connections_dropped=1)
                return
            upstream_in, upstream = await asyncio.open_connection(
                self.upstream_host, self.upstream_port
            )
            exchange = ExchangeTracker()
            await asyncio.gather(
                self._client_to_upstream(exchange, client_in, upstream),
                self._upstream_to_client(exchange, upstream_in, client, upstream),
            )
        except OSError:
            pass  # the upstream is down, or either side went away: close the other
        except asyncio.CancelledError:
            pass  # stop(): ending quietly, as asyncio would log a cancelled handler as an error
        finally:
            client.close()
            if upstream is not None:
                upstream.close()

    async def _hold(self) -> None:
        if self._strikes("delay"):
            with self._lock:
                seconds = self._faults.delay_s
            await asyncio.sleep(seconds)

    async def _client_to_upstream(
        self,
        exchange: ExchangeTracker,
        reader: asyncio.StreamReader,
        upstream: asyncio.StreamWriter,
    ) -> None:
        while chunk := await reader.read(_CHUNK):
            await self._hold()
            held_from = exchange.from_client(chunk, cut_set=self._is_set("cut"))
            if held_from is not None:
                upstream.write(chunk[:held_from])
                await exchange.await_tickets()
            upstream.write(chunk[held_from or 0 :])
            await upstream.drain()
            for request in exchange.whole_requests(chunk):
                if self._strikes("duplicate"):
                    self._spawn(self._send_duplicate(request))
        if upstream.can_write_eof():
            upstream.write_eof()

    async def _upstream_to_client(
        self,
        exchange: ExchangeTracker,
        reader: asyncio.StreamReader,
        client: asyncio.StreamWriter,
        upstream: asyncio.StreamWriter,
    ) -> None:
        while chunk := await reader.read(_CHUNK):
            if exchange.reply_begins(chunk) and self._strikes("cut"):
                self._count(replies_cut=1)
                # close() still sends what is buffered for the upstream: the whole request.
                upstream.close()
                client.close()
                return
            await self._hold()
            client.write(chunk)
            await client.drain()
        if client.can_write_eof():
            client.write_eof()

    async def _send_duplicate(self, request: bytes) -> None:
        try:
            reader, writer = await asyncio.open_connection(self.upstream_host, self.upstream_port)
        except OSError:
            return  # the upstream is down: it cannot see the request twice
        try:
            writer.write(request)
            await writer.drain()
            self._count(requests_duplicated=1)
            async with asyncio.timeout(_DUPLICATE_REPLY_TIMEOUT_S):
                reply = b""
                while chunk := await reader.read(_CHUNK):
                    reply += chunk
                    if message_end(reply, response=True) is not None:
                        break
        except (OSError, NotHttp, TimeoutError):
            pass  # the reply is thrown away, however it ends
        finally:
            writer.close()
