"""Bad input for an e-card is refused in words and changes nothing: a malformed or missing
address when one is required, a day in the past, a message over the limit, line breaks
in names or header settings (header injection)."""

from __future__ import annotations

from datetime import date

import pytest

from posapp import edge_admin
from posapp.domain.errors import InvalidInput
from tests.conftest import Store
from tests.mail.conftest import sell_ecard
from tests.services.helpers import snapshot


@pytest.mark.parametrize("terms, says", [
    ({"recipient_email": "ann at example.org"}, "not an e-mail address"),
    ({"recipient_email": "ann@example.org\nBcc: all@example.org"}, "not an e-mail address"),
    ({"recipient_name": "Ann\r\nBcc: all@example.org"}, "line breaks"),
    ({"purchaser_name": "Bob\nX-Evil: 1"}, "line breaks"),
    ({"message": "x" * 501}, "at most 500"),
    ({"deliver_on": date(2026, 11, 20)}, "in the past"),
    ({"deliver_on": date(2028, 1, 1)}, "at most 366 days"),
    ({"recipient_email": None, "deliver_on": date(2026, 12, 1)}, "needs the recipient"),
])
def test_bad_ecard_terms_are_refused_and_change_nothing(
    store: Store, terms: dict[str, object], says: str
) -> None:
    before = snapshot(store.ctx)
    with pytest.raises(InvalidInput, match=says):
        sell_ecard(store, **terms)
    assert snapshot(store.ctx) == before


def test_a_required_address_must_be_given(store: Store) -> None:
    edge_admin.set_settings(store.ctx, store.admin, {"require_recipient_email": "yes"})
    before = snapshot(store.ctx)
    with pytest.raises(InvalidInput, match="needs the recipient's e-mail"):
        sell_ecard(store, recipient_email=None)
    assert snapshot(store.ctx) == before


@pytest.mark.parametrize("key, value", [
    ("email_sender_name", "Gifts\r\nBcc: all@example.org"),
    ("email_sender_address", "gifts@example.org\nBcc: all@example.org"),
    ("email_reply_to", "nobody"),
    ("smtp_host", "mail.example.org\r\nRCPT TO:<x@example.org>"),
    ("smtp_port", "0"),
    ("smtp_security", "ssl3"),
])
def test_mail_settings_refuse_header_injection_and_nonsense(
    store: Store, key: str, value: str
) -> None:
    before = edge_admin.set_settings(store.ctx, store.admin, {}).text(key)
    with pytest.raises(InvalidInput):
        edge_admin.set_settings(store.ctx, store.admin, {key: value})
    assert edge_admin.set_settings(store.ctx, store.admin, {}).text(key) == before


def test_a_tab_in_a_name_is_no_line_break(store: Store) -> None:
    from posapp.services.delivery import sender
    from tests.mail.conftest import point_at
    from tests.support.smtp import SmtpServer

    with SmtpServer() as smtp:
        point_at(store, smtp)
        sell_ecard(store, recipient_name="Ann\tLee", purchaser_name="\t=cmd")
        assert sender.send_due(store.ctx).sent == 1
        [msg] = smtp.accepted
    assert "ann@example.org" in str(msg["To"]) and len(msg.get_all("To")) == 1


def test_a_legacy_name_with_a_line_break_cannot_break_the_headers(store: Store) -> None:
    from sqlalchemy import update

    from posapp.db.models import EmailDelivery, GiftCard
    from posapp.services.delivery import sender
    from tests.mail.conftest import point_at
    from tests.support.smtp import SmtpServer

    with SmtpServer() as smtp:
        point_at(store, smtp)
        sell_ecard(store)
        # As a card imported before names were checked would hold it.
        store.ctx.db.run(lambda s: (
            s.execute(update(GiftCard).values(recipient_name="Ann\r\nBcc: all@example.org")),
            s.execute(update(EmailDelivery).values(
                recipient_name="Ann\r\nBcc: all@example.org"))))
        assert sender.send_due(store.ctx).sent == 1
        [msg] = smtp.accepted
    assert msg["Bcc"] is None and len(msg.get_all("To")) == 1
