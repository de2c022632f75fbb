"""A real SMTP server in the test process (aiosmtpd): it keeps what it accepted, can answer
a recipient with a chosen reply (4xx, 5xx), and speaks STARTTLS, implicit TLS and login."""

from __future__ import annotations

import email
import email.policy
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.support.net import free_port
from tests.support.tls import Tls


@dataclass
class Recorder:
    """The handler: answers each message, records the accepted ones."""

    accepted: list[EmailMessage] = field(default_factory=list)
    #: A recipient address -> the reply every message to it gets (e.g. "450 busy").
    replies: dict[str, str] = field(default_factory=dict)
    #: Called with the message before the server answers it; its result, if any, is the reply.
    before_reply: Callable[[EmailMessage], str | None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: Any) -> str:
        reply = self.replies.get(address)
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        if self.before_reply is not None:
            reply = self.before_reply(msg)
            if reply is not None:
                return reply
        with self.lock:
            self.accepted.append(msg)
        return "250 Message accepted"


def _authenticator(user: str, password: str) -> Callable[..., AuthResult]:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (isinstance(data, LoginPassword) and data.login.decode() == user
              and data.password.decode() == password)
        return AuthResult(success=ok, handled=False)

    return check


class SmtpServer:
    """Started on a free port of 127.0.0.1; ``security`` is ``none``, ``starttls`` or ``tls``."""

    def __init__(self, *, security: str = "none", tls: Tls | None = None,
                 login: tuple[str, str] | None = None) -> None:
        self.recorder = Recorder()
        self.port = free_port()
        self.security = security
        kwargs: dict[str, Any] = {}
        context = None
        if tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(tls.cert, tls.key)
        if security == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        if security == "tls":
            kwargs.update(ssl_context=context)
        if login is not None:
            # aiosmtpd counts only STARTTLS as TLS: on an implicit TLS port it would hide AUTH.
            kwargs.update(authenticator=_authenticator(*login),
                          auth_require_tls=security == "starttls")
        else:
            kwargs.update(auth_require_tls=False)
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port,
                                     server_hostname="localhost", **kwargs)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.controller.stop()

    @property
    def accepted(self) -> list[EmailMessage]:
        with self.recorder.lock:
            return list(self.recorder.accepted)
