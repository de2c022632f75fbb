"""Sending a finished message over SMTP (standard library), with STARTTLS or implicit TLS
and an optional login, and telling a failure worth retrying from a final one.

A 4xx reply, a refused or dropped connection or a time-out is *temporary*: the message
may go through later. A 5xx reply (an unknown mailbox, a refused sender, a failed login)
is *permanent*: trying again would give the same answer.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from types import TracebackType

SECURITIES = ("starttls", "tls", "none")


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to send: a store's settings with the password decrypted."""

    host: str
    port: int
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    ca_file: str = ""
    timeout: float = 30.0

    def tls_context(self) -> ssl.SSLContext:
        """Certificate and host name always checked: against ``ca_file`` or the system's."""
        return ssl.create_default_context(cafile=self.ca_file or None)


class SendFailure(Exception):
    """A message was not accepted. ``temporary``: it may be tried again later."""

    def __init__(self, reason: str, *, temporary: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.temporary = temporary


def _failure(exc: BaseException) -> SendFailure:
    """What went wrong in words an IT person can act on; never the password."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        code = max(codes) if codes else 550
        text = "; ".join(
            f"{addr}: {code} {msg.decode(errors='replace')}"
            for addr, (code, msg) in exc.recipients.items()
        )
        return SendFailure(f"recipient refused: {text}", temporary=400 <= code < 500)
    if isinstance(exc, smtplib.SMTPResponseException):
        message = exc.smtp_error.decode(errors="replace") if isinstance(
            exc.smtp_error, bytes) else str(exc.smtp_error)
        return SendFailure(f"{exc.smtp_code} {message}", temporary=400 <= exc.smtp_code < 500)
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        # A certificate the store does not trust will not change by itself.
        return SendFailure(f"TLS failed: {exc}", temporary=False)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendFailure(f"the server does not offer this: {exc}", temporary=False)
    if isinstance(exc, smtplib.SMTPServerDisconnected | socket.timeout | OSError):
        return SendFailure(f"connection failed: {exc}", temporary=True)
    return SendFailure(f"{type(exc).__name__}: {exc}", temporary=True)


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a user or password beyond ASCII goes as UTF-8 by AUTH PLAIN (RFC 4616), which
    ``smtplib.login`` cannot send."""
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    if not client.has_extn("auth") or "PLAIN" not in client.esmtp_features["auth"].upper():
        raise smtplib.SMTPNotSupportedError(
            "a password beyond ASCII needs AUTH PLAIN, which the server does not offer"
        )
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class Transport:
    """One SMTP session, opened at the first message and reused for the next ones."""

    def __init__(self, config: SmtpConfig) -> None:
        if config.security not in SECURITIES:
            raise ValueError(f"unknown SMTP security {config.security!r}")
        self.config = config
        self._client: smtplib.SMTP | None = None

    def __enter__(self) -> Transport:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        client: smtplib.SMTP
        if cfg.security == "tls":
            client = smtplib.SMTP_SSL(
                cfg.host, cfg.port, timeout=cfg.timeout, context=cfg.tls_context()
            )
        else:
            client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
        try:
            client.ehlo()
            if cfg.security == "starttls":
                client.starttls(context=cfg.tls_context())
                client.ehlo()
            if cfg.user:
                _login(client, cfg.user, cfg.password)
        except BaseException:
            client.close()
            raise
        return client

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the server; :class:`SendFailure` when it is not accepted.

        Returns only once the server has said it took the message (the 250 after DATA).
        """
        try:
            if self._client is None:
                self._client = self._connect()
            self._client.send_message(message)
        except Exception as exc:
            failure = _failure(exc)
            if failure.temporary or not isinstance(exc, smtplib.SMTPRecipientsRefused):
                self.close()  # the session may be in any state; the next message starts anew
            raise failure from None

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
