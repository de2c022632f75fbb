"""A manager resends a card's e-mail (to a corrected address), reschedules or cancels a
waiting one; each is a command, audited, and the card's history shows every e-mail."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from posapp import edge
from posapp.db.models import AuditEvent, GiftCard
from posapp.domain.errors import InvalidInput, NotFound, PermissionDenied
from posapp.services.delivery import manage, sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.services.helpers import snapshot
from tests.support.smtp import SmtpServer


def audit_kinds(store: Store) -> list[str]:
    return store.ctx.db.run(lambda s: list(s.scalars(
        select(AuditEvent.kind).order_by(AuditEvent.at))), readonly=True)


def test_a_failed_email_is_resent_to_a_corrected_address(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    smtp.recorder.replies["ann@exmaple.org"] = "550 5.1.2 Bad domain"
    sold = sell_ecard(store, recipient_email="ann@exmaple.org")
    card = sold.cards[0]
    sender.send_due(store.ctx)
    [failed] = manage.failed(store.ctx, store.manager)
    store.clock.advance(minutes=5)

    again = edge.resend_email(store.ctx, store.manager, card.id, to="ann@example.org")

    assert again.state == "scheduled" and again.reason == "resend"
    assert manage.failed(store.ctx, store.manager) == []
    assert sender.send_due(store.ctx).sent == 1
    [msg] = smtp.accepted
    assert "ann@example.org" in str(msg["To"])
    history = manage.history(store.ctx, store.manager, edge.card(store.ctx, store.manager,
                                                                 card.id))
    assert [(h.recipient_email, h.state) for h in history] == [
        ("ann@exmaple.org", "cancelled"), ("ann@example.org", "sent")]
    address = store.ctx.db.run(lambda s: s.get(GiftCard, card.id).recipient_email)
    assert address == "ann@example.org"
    assert "email_resend" in audit_kinds(store) and failed.id != again.id


def test_a_sent_email_is_resent_to_the_same_address(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    sold = sell_ecard(store)
    sender.send_due(store.ctx)
    edge.resend_email(store.ctx, store.manager, sold.cards[0].code)
    sender.send_due(store.ctx)
    assert [str(m["To"]) for m in smtp.accepted] == ["Ann <ann@example.org>"] * 2
    # A new e-mail, a new Message-ID: the recipient sees it even if the first was filtered.
    assert smtp.accepted[0]["Message-ID"] != smtp.accepted[1]["Message-ID"]


def test_reschedule_and_cancel_a_waiting_email(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    sold = sell_ecard(store, deliver_on=date(2026, 12, 24))
    code = sold.cards[0].code
    moved = edge.reschedule_email(store.ctx, store.manager, code, "2026-12-01")
    assert moved.due_at == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    now = edge.reschedule_email(store.ctx, store.manager, code, None)
    assert now.due_at == store.clock.now
    cancelled = edge.cancel_email(store.ctx, store.manager, code)
    assert cancelled.state == "cancelled"
    assert sender.send_due(store.ctx).sent == 0 and smtp.accepted == []
    with pytest.raises(NotFound):
        edge.cancel_email(store.ctx, store.manager, code)
    kinds = audit_kinds(store)
    assert kinds.count("email_rescheduled") == 2 and "email_cancelled" in kinds


def test_a_cashier_cannot_resend(store: Store) -> None:
    sold = sell_ecard(store)
    with pytest.raises(PermissionDenied):
        edge.resend_email(store.ctx, store.cashier, sold.cards[0].code)


@pytest.mark.parametrize("to", ["not-an-address", "ann@example.org\r\nBcc: x@evil.example",
                                "a" * 250 + "@example.org"])
def test_a_bad_corrected_address_changes_nothing(store: Store, to: str) -> None:
    sold = sell_ecard(store)
    before = snapshot(store.ctx), manage.history(
        store.ctx, store.manager, edge.card(store.ctx, store.manager, sold.cards[0].id))
    with pytest.raises(InvalidInput):
        edge.resend_email(store.ctx, store.manager, sold.cards[0].id, to=to)
    after = snapshot(store.ctx), manage.history(
        store.ctx, store.manager, edge.card(store.ctx, store.manager, sold.cards[0].id))
    assert after == before


def test_a_past_day_is_refused_on_reschedule(store: Store) -> None:
    sold = sell_ecard(store, deliver_on=date(2026, 12, 24))
    with pytest.raises(InvalidInput, match="in the past"):
        edge.reschedule_email(store.ctx, store.manager, sold.cards[0].code, "2026-11-20")
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        edge.reschedule_email(store.ctx, store.manager, sold.cards[0].code, "24.12.2026")
