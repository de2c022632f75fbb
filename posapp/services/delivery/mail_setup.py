"""A store's mail server as its settings say, the SMTP password sealed with the site key,
and a test e-mail an admin sends to check them.

The password is encrypted with the chain's key file (AES-GCM, bound to what it is for),
so the database alone does not give it away; it is never shown, logged or returned.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from typing import Any

from sqlalchemy.orm import Session

from posapp.codes import KeyRing
from posapp.db.models import Location, SmtpSecret
from posapp.domain.errors import DeviceError, InvalidInput, NotAllowed
from posapp.domain.roles import Permission
from posapp.mail.message import Sender, new_message_id
from posapp.mail.smtp import SendFailure, SmtpConfig, Transport
from posapp.services.accounting import audit
from posapp.services.back_office.admin import location_id
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.configuration.setting_values import email_address

_PURPOSE = b"smtp-password"
MAX_PASSWORD = 500


def seal(ring: KeyRing, password: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce + AESGCM(ring.encryption_key).encrypt(nonce, password.encode(), _PURPOSE)


def unseal(ring: KeyRing, blob: bytes) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(ring.encryption_key).decrypt(blob[:12], blob[12:], _PURPOSE).decode()
    except InvalidTag as exc:
        raise InvalidInput(
            "The stored SMTP password cannot be read with this key file: set it again."
        ) from exc


@dataclass(frozen=True)
class MailSetup:
    """Where a store's e-mails go and who they come from."""

    config: SmtpConfig
    sender: Sender


def for_store(session: Session, ctx: Context, store_id: uuid.UUID) -> MailSetup | None:
    """The mail setup in force at ``store_id``; None when no server or sender is set."""
    st = settings.current(session, ctx, store_id)
    if not st.smtp_host or not st.email_sender_address:
        return None
    secret = session.get(SmtpSecret, str(store_id)) or session.get(SmtpSecret, settings.GLOBAL)
    password = unseal(ctx.keys, secret.password_encrypted) if secret and st.smtp_user else ""
    config = SmtpConfig(
        host=st.smtp_host, port=st.smtp_port, security=st.smtp_security, user=st.smtp_user,
        password=password, ca_file=st.smtp_ca_file,
        # A live sender gives up on a silent server well before its claim runs out, so
        # no other sender takes over an e-mail that is still being sent.
        timeout=min(30.0, st.email_claim_seconds / 3),
    )
    return MailSetup(config, Sender(st.email_sender_name, st.email_sender_address,
                                    st.email_reply_to))


@dataclass(frozen=True)
class PasswordSet:
    store: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"smtp_password": "set", "store": self.store}

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> PasswordSet:
        return cls(data["store"])


def set_password(
    session: Session, ctx: Context, actor: Actor, cmd: c.SetSmtpPassword, op_key: str
) -> PasswordSet:
    """Store the chain's or a store's SMTP password, sealed; an empty one removes it."""
    if len(cmd.password) > MAX_PASSWORD:
        raise InvalidInput("An SMTP password is at most {limit} characters.", limit=MAX_PASSWORD)
    if any(ch in "\r\n\x00" for ch in cmd.password):
        raise InvalidInput("An SMTP password cannot hold line breaks.")
    scope = str(location_id(session, cmd.store)) if cmd.store else settings.GLOBAL
    row = session.get(SmtpSecret, scope)
    if not cmd.password:
        if row is not None:
            session.delete(row)
    else:
        if row is None:
            row = SmtpSecret(scope=scope)
            session.add(row)
        row.password_encrypted = seal(ctx.keys, cmd.password)
        row.updated_by = actor.staff_id
        row.updated_at = ctx.now()
    audit.record(session, ctx, actor, "smtp_password_set",
                 {"store": cmd.store, "removed": not cmd.password})
    return PasswordSet(cmd.store)


@dataclass(frozen=True)
class TestSent:
    to: str
    server: str
    message_id: str

    def to_dict(self) -> dict[str, Any]:
        return {"sent_to": self.to, "server": self.server, "message_id": self.message_id}


def send_test(ctx: Context, actor: Actor, to: str, store: str | None = None) -> TestSent:
    """Send a short test e-mail through the mail setup of ``store`` (the actor's own by
    default); refused with the server's answer when it does not take it."""
    actor.require(Permission.MANAGE_SETTINGS)
    to = email_address(to)

    def read(session: Session) -> tuple[MailSetup | None, str]:
        store_id = location_id(session, store) if store else actor.store_id
        loc = session.get(Location, store_id)
        return for_store(session, ctx, store_id), loc.name if loc else ""

    setup, store_name = run(ctx, actor, read, readonly=True)
    if setup is None:
        raise NotAllowed(
            "No mail server is set: an admin sets smtp_host and email_sender_address first."
        )
    msg = EmailMessage()
    # One line whatever a store's name holds.
    msg["Subject"] = " ".join(f"GiftPOS test e-mail from {store_name}".split())
    msg["From"] = Address(setup.sender.name, addr_spec=setup.sender.address)
    msg["To"] = to
    if setup.sender.reply_to:
        msg["Reply-To"] = setup.sender.reply_to
    msg["Message-ID"] = message_id = new_message_id(setup.sender)
    msg.set_content(
        f"This test e-mail shows that {store_name} can send e-gift cards through "
        f"{setup.config.host}:{setup.config.port}.\n"
    )
    server = f"{setup.config.host}:{setup.config.port}"
    try:
        with Transport(setup.config) as transport:
            transport.send(msg)
    except SendFailure as exc:
        reason = exc.reason
        ctx.db.run(lambda s: audit.record(
            s, ctx, actor, "email_test_failed", {"to": to, "error": reason}))
        raise DeviceError(
            "The mail server {server} did not take the test e-mail: {reason}",
            server=server, reason=reason,
        ) from None
    ctx.db.run(lambda s: audit.record(s, ctx, actor, "email_test_sent", {"to": to}))
    return TestSent(to, server, message_id)
