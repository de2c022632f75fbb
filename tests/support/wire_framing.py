"""Where messages begin and end in raw byte streams, for the fault-injecting proxy.

A proxy sees bytes in chunks cut anywhere. To act on whole exchanges it must know where an
HTTP/1.1 message ends (`message_end`), on a TLS stream it cannot decrypt which kind of record
each record header announces (`TlsRecordScanner`), and on either when the upstream begins
to answer a request (`ExchangeTracker`).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

# A head larger than this is no HTTP the tests send; the proxy then stops reading the stream.
MAX_HEAD_BYTES = 64 * 1024

# How long a TLS 1.3 request waits for session tickets after the client's Finished, and for
# the server to fall quiet once they come.
_TICKETS_FIRST_S = 0.5
_TICKETS_QUIET_S = 0.1

TLS_HANDSHAKE = 22
TLS_APPLICATION_DATA = 23

_HEAD_END = b"\r\n\r\n"
_STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3})")


class NotHttp(ValueError):
    """The bytes are not an HTTP/1.1 message this module can frame."""


def _header_values(head: bytes, name: bytes) -> list[bytes]:
    values = []
    for line in head.split(b"\r\n")[1:]:
        key, sep, value = line.partition(b":")
        if not sep:
            raise NotHttp(f"header line without a colon: {line[:80]!r}")
        if key.strip().lower() == name:
            values.append(value.strip())
    return values


def _chunked_end(data: bytes, start: int) -> int | None:
    """Where a chunked body starting at `start` ends (after its trailers), or None."""
    pos = start
    while True:
        line_end = data.find(b"\r\n", pos)
        if line_end < 0:
            return None
        size_text = data[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise NotHttp(f"bad chunk size {size_text[:20]!r}") from None
        if size < 0:
            raise NotHttp(f"bad chunk size {size_text[:20]!r}")
        if size == 0:
            # The last chunk: optional trailer lines, then an empty line.
            if data.startswith(b"\r\n", line_end + 2):
                return line_end + 4
            trailers_end = data.find(_HEAD_END, line_end + 2)
            return None if trailers_end < 0 else trailers_end + 4
        pos = line_end + 2 + size + 2
        if len(data) < pos:
            return None


def message_end(data: bytes, *, response: bool = False) -> int | None:
    """The length of the first HTTP/1.1 message in `data`, or None while it is incomplete.

    The body is framed by Transfer-Encoding: chunked or Content-Length; a request with neither
    has no body, and so has a 1xx, 204 or 304 response. A response framed by the closing of
    the connection never ends here (None): the caller reads to the end of the stream.
    Raises NotHttp when the bytes cannot be an HTTP/1.1 message.
    """
    head_end = data.find(_HEAD_END)
    if head_end < 0:
        if len(data) > MAX_HEAD_BYTES:
            raise NotHttp("no end of the message head")
        return None
    head = data[:head_end]
    body_start = head_end + len(_HEAD_END)
    if response:
        status = _STATUS_LINE.match(head)
        if status is None:
            raise NotHttp(f"not a status line: {head[:80]!r}")
        code = int(status.group(1))
        if code < 200 or code in (204, 304):
            return body_start
    encodings = b",".join(_header_values(head, b"transfer-encoding")).lower()
    if encodings:
        if not encodings.rstrip().endswith(b"chunked"):
            if response:
                return None
            raise NotHttp(f"a request body without a length: {encodings[:80]!r}")
        return _chunked_end(data, body_start)
    lengths = set(_header_values(head, b"content-length"))
    if not lengths:
        return None if response else body_start
    if len(lengths) > 1 or not next(iter(lengths)).isdigit():
        raise NotHttp(f"bad Content-Length {sorted(lengths)!r}")
    end = body_start + int(next(iter(lengths)))
    return end if len(data) >= end else None


class TlsRecordScanner:
    """Reads the record headers of one direction of a TLS stream.

    `feed` takes the stream's bytes in whatever chunks arrive and returns, for each record
    whose header the chunk completes, its content type and where in the chunk it begins (0
    when its header began in an earlier chunk). The payloads stay opaque.
    """

    def __init__(self) -> None:
        self._header = b""
        self._payload_left = 0

    def feed(self, data: bytes) -> list[tuple[int, int]]:
        records = []
        pos = 0
        while pos < len(data):
            if self._payload_left:
                taken = min(self._payload_left, len(data) - pos)
                self._payload_left -= taken
                pos += taken
                continue
            start = max(0, pos - len(self._header))
            piece = data[pos : pos + 5 - len(self._header)]
            pos += len(piece)
            self._header += piece
            if len(self._header) == 5:
                records.append((self._header[0], start))
                self._payload_left = int.from_bytes(self._header[3:5], "big")
                self._header = b""
        return records


@dataclass
class ExchangeTracker:
    """One connection's view of its exchanges: has the client sent a request that the
    upstream has not begun to answer yet?

    On plain bytes every client chunk is request and every upstream chunk reply. A TLS stream
    (it opens with a handshake record) counts only application-data records. TLS 1.3 encrypts
    the end of the handshake as application data too: the client's Finished is told by being
    its first such record after the server sent some (its encrypted handshake), which a TLS
    1.2 server never does before the client. The server may answer that Finished with session
    tickets, which must not pass for a reply: while a cut is set, the client's first request
    waits until the server has been quiet for a moment after the Finished. Client
    certificates would add more handshake records; the tests use none.
    """

    tls: bool | None = None
    request_pending: bool = False
    client_records: TlsRecordScanner = field(default_factory=TlsRecordScanner)
    server_records: TlsRecordScanner = field(default_factory=TlsRecordScanner)
    client_sent_data: bool = False
    server_sent_data: bool = False
    # Set while the client's first TLS 1.3 request waits for the session tickets.
    server_spoke: asyncio.Event | None = None
    http_buffer: bytearray | None = field(default_factory=bytearray)

    def from_client(self, chunk: bytes, *, cut_set: bool) -> int | None:
        """Take a chunk from the client. Returns None when all of it may pass at once, else
        where in it the request begins that must first `await_tickets()`."""
        if self.tls is None:
            self.tls = chunk[0] == TLS_HANDSHAKE
            if self.tls:
                self.http_buffer = None
        if not self.tls:
            self.request_pending = True
            return None
        held_from = None
        for kind, start in self.client_records.feed(chunk):
            if kind != TLS_APPLICATION_DATA:
                continue
            if not self.client_sent_data and self.server_sent_data:
                self.client_sent_data = True  # the TLS 1.3 Finished
                if cut_set:
                    self.server_spoke = asyncio.Event()
            elif self.server_spoke is not None:
                held_from = start if held_from is None else held_from
            else:
                self.client_sent_data = self.request_pending = True
        return held_from

    async def await_tickets(self) -> None:
        assert self.server_spoke is not None
        wait_s = _TICKETS_FIRST_S
        try:
            while True:
                await asyncio.wait_for(self.server_spoke.wait(), wait_s)
                self.server_spoke.clear()
                wait_s = _TICKETS_QUIET_S
        except TimeoutError:
            pass
        self.server_spoke = None
        self.request_pending = True

    def reply_begins(self, chunk: bytes) -> bool:
        """Whether `chunk`, from the upstream, is the start of the answer to a request."""
        if self.tls:
            kinds = [kind for kind, _ in self.server_records.feed(chunk)]
            if TLS_APPLICATION_DATA not in kinds:
                return False
            self.server_sent_data = True
            if self.server_spoke is not None:
                self.server_spoke.set()
                return False
        if not self.request_pending:
            return False
        self.request_pending = False
        return True

    def whole_requests(self, chunk: bytes) -> list[bytes]:
        """The plain HTTP requests that `chunk`, from the client, completes."""
        if self.http_buffer is None:
            return []
        self.http_buffer += chunk
        requests = []
        try:
            while (end := message_end(bytes(self.http_buffer))) is not None:
                requests.append(bytes(self.http_buffer[:end]))
                del self.http_buffer[:end]
        except NotHttp:
            self.http_buffer = None  # not HTTP/1.1: forwarded as it is, never duplicated
        return requests
