"""The tills' client of the central service (httpx): enrol, sign in, run commands, read.

The till pins the service's certificate: the one it saw at enrolment is the
only one it trusts afterwards (host names and certificate authorities play no
part), so another certificate fails the TLS handshake before the credential is
sent. A request gets :data:`TIMEOUT` seconds; a service that cannot be reached
in that time is :class:`Unreachable`, which an offline mode builds on. Refusals
come back as the same :class:`~posapp.domain.errors.PosError` subclasses the
core raises.
"""

from __future__ import annotations

import hashlib
import ssl
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from posapp import __version__
from posapp.central import protocol
from posapp.central.till_file import TillCredential
from posapp.domain.errors import AuthFailed, Busy, InvalidInput, InvalidState, PosError
from posapp.services.command_path.commands import Command

TIMEOUT = 2.0


class Unreachable(Busy):
    """The central service did not answer (down, unreachable, or slower than the timeout)."""


class CertificateMismatch(AuthFailed):
    """The service showed another certificate than the one this till pinned."""


def _address(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidInput("{url!r} is not a URL.", url=url) from exc
    if parsed.scheme != "https" or not parsed.host:
        raise InvalidInput(
            "{url!r}: the central service is reached over https://HOST:PORT.", url=url
        )
    return parsed


def fingerprint(pem: str) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def _pinned(pem: str) -> ssl.SSLContext:
    """A TLS context that trusts exactly ``pem``, whoever issued it and whatever it names."""
    context = ssl.create_default_context(cadata=pem)
    context.check_hostname = False
    # The pinned certificate itself is the trust anchor, also when a CA issued it.
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


def _mismatch(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _transport_error(exc: httpx.TransportError, url: str, timeout: float) -> PosError:
    if _mismatch(exc):
        return CertificateMismatch(
            "The service at {url} showed a different certificate than the one this till "
            "pinned at enrolment: refused. If the certificate was replaced on purpose, enrol "
            "the till again.",
            url=url,
        )
    if isinstance(exc, httpx.TimeoutException):
        return Unreachable(
            "The central service at {url} did not answer within {timeout:g} s.",
            url=url, timeout=timeout,
        )
    return Unreachable(
        "The central service at {url} cannot be reached ({reason}).",
        url=url, reason=type(exc).__name__,
    )


class Client:
    """One till's connection to the service; sign in to act as a person."""

    def __init__(
        self,
        url: str,
        certificate: str,
        credential: str | None = None,
        *,
        timeout: float = TIMEOUT,
        outbox_waiting: Callable[[], int] | None = None,
    ) -> None:
        self.url = str(_address(url)).rstrip("/")
        self.timeout = timeout
        self.credential = credential
        self.session: str | None = None
        self._outbox_waiting = outbox_waiting
        self._http = httpx.Client(
            base_url=self.url + protocol.API,
            verify=_pinned(certificate),
            timeout=timeout,
            headers={protocol.VERSION_HEADER: __version__},
        )

    @classmethod
    def of(cls, saved: TillCredential, **options: Any) -> Client:
        return cls(saved.url, saved.certificate, saved.credential, **options)

    @classmethod
    def from_file(cls, path: Path, **options: Any) -> Client:
        return cls.of(TillCredential.load(path), **options)

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.credential:
            headers[protocol.CREDENTIAL_HEADER] = f"Bearer {self.credential}"
        if self.session:
            headers[protocol.SESSION_HEADER] = self.session
        if self._outbox_waiting is not None:
            headers[protocol.OUTBOX_HEADER] = str(self._outbox_waiting())
        return headers

    def request(
        self, method: str, path: str, body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        try:
            reply = self._http.request(
                method, path, json=body, headers={**self._headers(), **(headers or {})}
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc, self.url, self.timeout) from exc
        try:
            data = reply.json()
        except ValueError:
            data = None
        if reply.status_code >= 400:
            raise protocol.error_from(data, reply.status_code)
        if not isinstance(data, dict):
            raise InvalidState(
                "The central service answered {status} without JSON.", status=reply.status_code
            )
        return data

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self.request("GET", "/health")
        return result

    def sign_in(self, name: str, pin: str) -> dict[str, Any]:
        """Sign ``name`` in at this till; later requests act as them."""
        signed: dict[str, Any] = self.request("POST", "/sessions", {"name": name, "pin": pin})
        self.session = signed["session"]
        return signed

    def sign_out(self) -> None:
        if self.session:
            self.request("DELETE", "/sessions")
            self.session = None

    def me(self) -> dict[str, Any]:
        result: dict[str, Any] = self.request("GET", "/me")
        return result

    def run(
        self, command: Command, *, ticket: str | None = None, taken_at: datetime | None = None,
        approval: str | None = None,
    ) -> dict[str, Any]:
        """Run ``command`` on the service; the result's JSON (as ``to_dict()`` writes it).

        A replayed offline operation carries the offline ticket of the person who took it
        and its terminal time: the service acts for that person (see
        :mod:`posapp.central.offline_tickets`). An operation a manager approved carries
        their approval (see :mod:`posapp.central.approvals`)."""
        headers: dict[str, str] = {}
        if ticket is not None and taken_at is not None:
            headers = {protocol.TICKET_HEADER: ticket,
                       protocol.TERMINAL_TIME_HEADER: taken_at.isoformat()}
        if approval is not None:
            headers[protocol.APPROVAL_HEADER] = approval
        result: dict[str, Any] = self.request(
            "POST", f"/commands/{command.name}", command.to_dict(), headers
        )
        return result

    def approve(self, name: str, pin: str, permission: str, command: str, key: str
                ) -> dict[str, Any]:
        """A manager's approval of one operation (``command`` with ``key``), for the cashier
        signed in here."""
        result: dict[str, Any] = self.request("POST", "/approvals", {
            "name": name, "pin": pin, "permission": permission, "command": command, "key": key})
        return result

    def balance(self, code: str) -> dict[str, Any]:
        result: dict[str, Any] = self.request("POST", "/cards/balance", {"code": code})
        return result

    def history(self, card: str | uuid.UUID, last: int) -> dict[str, Any]:
        """A card (by code, or by id) and its last ``last`` entries (a manager's)."""
        named = {"card_id": str(card)} if isinstance(card, uuid.UUID) else {"code": card}
        result: dict[str, Any] = self.request("POST", "/cards/history", {**named, "last": last})
        return result

    def sale(self, receipt_number: str) -> dict[str, Any]:
        result: dict[str, Any] = self.request("GET", f"/sales/receipt/{receipt_number}")
        return result


def server_certificate(url: str, *, timeout: float = TIMEOUT) -> str:
    """The certificate the service at ``url`` shows now (PEM), not yet trusted."""
    address = _address(url)
    try:
        return ssl.get_server_certificate((address.host, address.port or 443), timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise Unreachable(
            "The central service at {url} cannot be reached ({reason}).", url=url, reason=str(exc)
        ) from exc


def enrol(
    url: str, code: str, *, expected: str | None = None, timeout: float = TIMEOUT
) -> TillCredential:
    """Exchange a one-time enrolment code for this till's credential, pinning the certificate.

    ``expected`` is the certificate's SHA-256 as ``posapp serve`` printed it; given, a
    certificate with another fingerprint is refused before the code is sent.
    """
    pem = server_certificate(url, timeout=timeout)
    seen = fingerprint(pem)
    wanted = (expected or "").replace(":", "").strip().lower()
    if wanted and wanted != seen:
        raise CertificateMismatch(
            "The service at {url} shows the certificate {seen}, not {wanted}: refused.",
            url=url, seen=seen, wanted=wanted,
        )
    with Client(url, pem, timeout=timeout) as client:
        got = client.request("POST", "/enroll", {"code": code})
    return TillCredential(
        url=client.url,
        terminal=got["terminal"],
        store=got["store"],
        credential=got["credential"],
        certificate=pem,
        fingerprint=seen,
    )
