"""Framing raw HTTP/1.1 and TLS bytes, as the fault-injecting proxy sees them: in chunks
cut anywhere."""

from __future__ import annotations

import pytest

from tests.support.wire_framing import (
    ExchangeTracker,
    NotHttp,
    TlsRecordScanner,
    message_end,
)

POST_LENGTH = b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
POST_CHUNKED = (
    b"POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"3;ext=1\r\nhel\r\n2\r\nlo\r\n0\r\nTrailer: t\r\n\r\n"
)
GET = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"


@pytest.mark.parametrize("message", [POST_LENGTH, POST_CHUNKED, GET])
def test_a_request_ends_where_it_ends_and_not_before(message: bytes) -> None:
    for cut in range(len(message)):
        assert message_end(message[:cut]) is None
    assert message_end(message + GET) == len(message)


def test_the_reply_of_a_duplicate_ends_by_its_length_or_its_status() -> None:
    assert message_end(b"HTTP/1.1 204 No Content\r\n\r\n", response=True) == 27
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    assert message_end(ok, response=True) == len(ok)
    # Without a length the reply ends when the connection closes: never here.
    assert message_end(b"HTTP/1.0 200 OK\r\n\r\nmore", response=True) is None


@pytest.mark.parametrize(
    "message",
    [
        b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
        b"POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n",
        b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"POST / HTTP/1.1\r\nno colon here\r\n\r\n",
        b"\x16\x03\x01" + b"x" * 70_000,
    ],
)
def test_bytes_that_cannot_be_framed_are_not_http(message: bytes) -> None:
    with pytest.raises(NotHttp):
        message_end(message)


def test_a_connection_that_is_not_http_is_forwarded_but_never_duplicated() -> None:
    tracker = ExchangeTracker()
    assert tracker.whole_requests(b"BOGUS\r\nno colon\r\n\r\n" + GET) == []
    assert tracker.whole_requests(GET) == []


def test_tls_record_headers_are_found_in_chunks_cut_anywhere() -> None:
    stream = b"\x16\x03\x01\x00\x02ab" + b"\x14\x03\x03\x00\x01c" + b"\x17\x03\x03\x00\x03def"
    scanner = TlsRecordScanner()
    kinds = [kind for byte in range(len(stream)) for kind, _ in scanner.feed(stream[byte:][:1])]
    assert kinds == [22, 20, 23]
    assert TlsRecordScanner().feed(stream) == [(22, 0), (20, 7), (23, 13)]
