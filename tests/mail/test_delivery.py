"""An e-card sold at the counter reaches its recipient by e-mail through a real SMTP
server: both parts, the code readable in the inline QR code and barcode, and the full
code nowhere else afterwards."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import Base, EmailDelivery
from posapp.services.delivery import sender
from tests.conftest import Store
from tests.mail.conftest import decode_symbols, images, point_at, sell_ecard
from tests.support.smtp import SmtpServer


def deliveries(store: Store) -> list[EmailDelivery]:
    return store.ctx.db.run(
        lambda s: list(s.scalars(select(EmailDelivery).order_by(EmailDelivery.created_at))),
        readonly=True,
    )


def leaked_in_database(store: Store, code: str) -> list[str]:
    """Every row of every table, as text and bytes, searched for the code in its forms."""
    forms = {code, codes.display(code, "GC"), code.lower()}

    def read(session: Session) -> list[str]:
        found = []
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                for value in row:
                    blob = value if isinstance(value, bytes) else str(value).encode()
                    found += [f"{table.name}: {f}" for f in forms if f.encode() in blob]
        return found

    return store.ctx.db.run(read, readonly=True)


def test_a_sold_ecard_is_emailed_with_its_code_in_both_symbols(
    store: Store, smtp: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    point_at(store, smtp)
    sold = sell_ecard(store, "50.00", message="Happy birthday! <b>not bold</b>",
                      purchaser_name="Bob")
    code = sold.cards[0].code
    assert code is not None
    [row] = deliveries(store)
    assert row.state == "scheduled" and row.recipient_email == "ann@example.org"

    summary = sender.send_due(store.ctx)

    assert summary.sent == 1
    [msg] = smtp.accepted
    assert str(msg["To"]) == "Ann <ann@example.org>"
    assert "Main Street Gifts" in str(msg["From"])
    assert "Bob" in str(msg["Subject"]) and "$50.00" in str(msg["Subject"])
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    display = codes.display(code, "GC")
    assert display in text and display in html
    assert "Happy birthday! <b>not bold</b>" in text
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "<b>not bold</b>" not in html
    assert 'src="cid:qr"' in html and 'src="cid:barcode"' in html and "data:" not in html
    found = images(msg)
    assert decode_symbols(found["qr"]) == [(code, "QRCode")]
    assert decode_symbols(found["barcode"]) == [(code, "Code128")]
    [row] = deliveries(store)
    assert row.state == "sent" and row.attempts == 1
    assert row.message_id == str(msg["Message-ID"]).strip()
    assert not leaked_in_database(store, code)
    # Everything the app logged (the test server's own log, which shows what it
    # received, is not the app's).
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("mail.log"))
    for form in (code, display):
        assert form not in ours
        assert form not in repr(row.__dict__)


def test_nothing_due_sends_nothing(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    sell_ecard(store)
    sender.send_due(store.ctx)
    assert sender.send_due(store.ctx).sent == 0
    assert len(smtp.accepted) == 1
