"""``posapp email ...`` and e-cards sold from the command line: sent at once after the sale
(which says where and when), a test e-mail, the password from stdin, the failed list and
a resend to a corrected address; bad input refused in words."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from tests.cli.runner import Cli
from tests.support.smtp import SmtpServer


@pytest.fixture
def mail(cli: Cli) -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        for key, value in {"smtp_host": "127.0.0.1", "smtp_port": str(server.port),
                           "smtp_security": "none", "email_sender_address": "gifts@example.org",
                           "email_sender_name": "Main Street"}.items():
            cli.ok("settings", "set", key, value, user="root")
        yield server


def sell(cli: Cli, *extra: str) -> dict:
    return cli.ok("sale", "sell", "--amount", "25.00", "--cash", "25.00", "--recipient-email",
                  "ann@example.org", "--recipient-name", "Ann", *extra, user="carl")


def test_a_sale_sends_its_ecard_at_once_and_says_so(cli: Cli, mail: SmtpServer) -> None:
    sale = sell(cli)
    [email] = sale["emails"]
    assert email["to"] == "ann@example.org" and email["state"] == "sent"
    assert email["masked_code"] == sale["cards"][0]["masked_code"]
    assert len(mail.accepted) == 1


def test_a_dated_sale_says_when_and_waits(cli: Cli, mail: SmtpServer) -> None:
    day = date.today() + timedelta(days=30)
    [email] = sell(cli, "--deliver-on", day.isoformat())["emails"]
    assert email["state"] == "scheduled" and email["sent_at"] is None
    assert email["scheduled_for"] == f"{day.isoformat()}T09:00:00+00:00"  # S1 keeps UTC
    assert cli.ok("email", "send-due")["sent"] == 0 and mail.accepted == []


def test_a_bad_delivery_date_is_refused(cli: Cli) -> None:
    for day in ("31/12/2026", "2020-01-01", "2026-02-30"):
        cli.fails("invalid_input", "sale", "sell", "--amount", "25.00", "--cash", "25.00",
                  "--recipient-email", "a@example.org", "--deliver-on", day, user="carl")


def test_test_email_password_failed_and_resend(
    cli: Cli, mail: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = cli.ok("email", "test", "it@example.org", user="root")
    assert sent["sent_to"] == "it@example.org" and len(mail.accepted) == 1
    cli.fails("permission_denied", "email", "test", "it@example.org", user="carl")

    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert cli.ok("email", "password", user="root") == {"smtp_password": "set", "store": None}
    assert "s3cret" not in str(cli.outputs)

    mail.recorder.replies["bob@exmaple.org"] = "550 5.1.2 no such domain"
    sale = cli.ok("sale", "sell", "--amount", "25.00", "--cash", "25.00",
                  "--recipient-email", "bob@exmaple.org", user="carl")
    assert sale["emails"][0]["state"] == "failed"
    [failed] = cli.ok("email", "failed", user="mia")["failed"]
    card_id = sale["cards"][0]["id"]
    assert failed["card_id"] == card_id and "550" in failed["last_error"]
    again = cli.ok("email", "resend", card_id, "--to", "bob@example.org", user="mia")
    assert again["state"] == "scheduled"
    assert cli.ok("email", "send-due")["sent"] == 1
    assert cli.ok("email", "failed", user="mia")["failed"] == []
    shown = cli.ok("email", "show", card_id, user="mia")["deliveries"]
    assert [d["state"] for d in shown] == ["cancelled", "sent"]
    cli.fails("invalid_input", "email", "resend", card_id, "--to", "bob@", user="mia")
