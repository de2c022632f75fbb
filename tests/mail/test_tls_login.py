"""Sending over STARTTLS and implicit TLS with a login, to a server with a self-signed
certificate trusted through the CA file setting; the password is stored sealed with the
site key, and a wrong one or an untrusted certificate fails without a retry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from posapp.db.models import EmailDelivery, SmtpSecret
from posapp.domain.errors import DeviceError, PermissionDenied
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.delivery import mail_setup, sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.smtp import SmtpServer
from tests.support.tls import Tls, make_certificate

PASSWORD = "correct horse – battery"  # not ASCII: smtplib sends it as UTF-8


@pytest.fixture
def tls(tmp_path: Path) -> Tls:
    return make_certificate(tmp_path / "tls", "mail")


def secure(store: Store, server: SmtpServer, tls: Tls, security: str, password: str) -> None:
    point_at(store, server, smtp_security=security, smtp_user="giftpos",
             smtp_ca_file=str(tls.cert))
    bus.dispatch(store.ctx, store.admin, c.SetSmtpPassword(password))


def state(store: Store) -> str:
    return store.ctx.db.run(lambda s: s.scalar(select(EmailDelivery.state)), readonly=True)


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_an_ecard_goes_out_over_tls_with_a_login(
    store: Store, tls: Tls, security: str
) -> None:
    with SmtpServer(security=security, tls=tls, login=("giftpos", PASSWORD)) as server:
        secure(store, server, tls, security, PASSWORD)
        sell_ecard(store)
        assert sender.send_due(store.ctx).sent == 1
        assert len(server.accepted) == 1 and state(store) == "sent"


def test_the_password_is_stored_sealed_and_never_shown(store: Store, tls: Tls) -> None:
    with SmtpServer(security="starttls", tls=tls, login=("giftpos", PASSWORD)) as server:
        secure(store, server, tls, "starttls", PASSWORD)
        result = bus.dispatch(store.ctx, store.admin, c.SetSmtpPassword(PASSWORD))
    assert PASSWORD not in str(result.to_dict())
    assert PASSWORD not in repr(c.SetSmtpPassword(PASSWORD))

    def stored(session):  # type: ignore[no-untyped-def]
        blob = session.scalar(select(SmtpSecret.password_encrypted))
        settings_rows = session.execute(text("SELECT value FROM settings")).all()
        audit_rows = session.execute(text("SELECT detail FROM audit_events")).all()
        return blob, repr(settings_rows) + repr(audit_rows)

    blob, other = store.ctx.db.run(stored, readonly=True)
    assert PASSWORD.encode() not in blob and PASSWORD not in other
    assert mail_setup.unseal(store.ctx.keys, blob) == PASSWORD


def test_a_cashier_cannot_set_the_password(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        bus.dispatch(store.ctx, store.cashier, c.SetSmtpPassword("x"))


def test_a_wrong_password_fails_without_retry(store: Store, tls: Tls) -> None:
    with SmtpServer(security="starttls", tls=tls, login=("giftpos", PASSWORD)) as server:
        secure(store, server, tls, "starttls", "wrong")
        sell_ecard(store)
        summary = sender.send_due(store.ctx)
    assert summary.failed == 1 and "535" in summary.errors[0] and state(store) == "failed"


def test_an_untrusted_certificate_fails(store: Store, tls: Tls, tmp_path: Path) -> None:
    other = make_certificate(tmp_path / "other", "other")
    with SmtpServer(security="tls", tls=tls) as server:
        point_at(store, server, smtp_security="tls", smtp_ca_file=str(other.cert))
        sell_ecard(store)
        summary = sender.send_due(store.ctx)
    assert summary.failed == 1 and "TLS" in summary.errors[0] and server.accepted == []


def test_the_test_email_goes_through_the_store_settings(store: Store, tls: Tls) -> None:
    with SmtpServer(security="starttls", tls=tls, login=("giftpos", PASSWORD)) as server:
        secure(store, server, tls, "starttls", PASSWORD)
        sent = mail_setup.send_test(store.ctx, store.admin, "it@example.org")
        [msg] = server.accepted
    assert str(msg["To"]) == "it@example.org" and "test" in str(msg["Subject"])
    assert sent.message_id == str(msg["Message-ID"]).strip()


def test_a_refused_test_email_says_why(store: Store, tls: Tls) -> None:
    with SmtpServer(security="starttls", tls=tls, login=("giftpos", PASSWORD)) as server:
        secure(store, server, tls, "starttls", "wrong")
        with pytest.raises(DeviceError, match="535"):
            mail_setup.send_test(store.ctx, store.admin, "it@example.org")
