"""What the mail server says decides what happens next: a temporary refusal (4xx, a server
that is down) is tried again later with back-off, a permanent one (5xx) fails and is
listed for a manager; the sale stands either way."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from posapp import edge, edge_admin
from posapp.db.models import AuditEvent, EmailDelivery
from posapp.services.delivery import manage, sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.net import free_port
from tests.support.smtp import SmtpServer


def only(store: Store) -> EmailDelivery:
    [row] = store.ctx.db.run(lambda s: list(s.scalars(select(EmailDelivery))), readonly=True)
    return row


def test_a_4xx_is_tried_again_later_with_back_off(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp, email_retry_minutes="10")
    smtp.recorder.replies["ann@example.org"] = "450 4.2.1 Mailbox busy, try later"
    sold = sell_ecard(store)
    start = store.clock.now

    summary = sender.send_due(store.ctx)

    assert (summary.sent, summary.retrying) == (0, 1)
    row = only(store)
    assert row.state == "scheduled" and row.attempts == 1
    assert row.due_at == start + timedelta(minutes=10) and "450" in (row.last_error or "")
    assert edge.balance(store.ctx, store.cashier, sold.cards[0].code).status == "active"
    store.clock.advance(minutes=10)
    sender.send_due(store.ctx)
    row = only(store)
    assert row.attempts == 2 and row.due_at == start + timedelta(minutes=30)  # 10 + 20
    del smtp.recorder.replies["ann@example.org"]
    store.clock.advance(minutes=20)
    assert sender.send_due(store.ctx).sent == 1
    assert only(store).state == "sent" and len(smtp.accepted) == 1


def test_too_many_temporary_failures_give_up(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp, email_max_attempts="2", email_retry_minutes="1")
    smtp.recorder.replies["ann@example.org"] = "421 4.3.0 Try again"
    sell_ecard(store)
    sender.send_due(store.ctx)
    store.clock.advance(minutes=1)
    assert sender.send_due(store.ctx).failed == 1
    assert only(store).state == "failed"


def test_a_5xx_fails_at_once_and_is_listed(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    smtp.recorder.replies["ann@example.org"] = "550 5.1.1 No such user"
    sold = sell_ecard(store)

    summary = sender.send_due(store.ctx)

    assert summary.failed == 1 and smtp.accepted == []
    row = only(store)
    assert row.state == "failed" and row.attempts == 1 and "550" in (row.last_error or "")
    store.clock.advance(days=1)
    assert sender.send_due(store.ctx).failed == 0 and only(store).attempts == 1
    [listed] = manage.failed(store.ctx, store.manager)
    assert listed.card_id == sold.cards[0].id and listed.masked_code == sold.cards[0].masked_code
    kinds = store.ctx.db.run(lambda s: list(s.scalars(select(AuditEvent.kind))), readonly=True)
    assert "email_failed" in kinds


def test_a_server_that_is_down_is_tried_again(store: Store) -> None:
    port = free_port()
    with SmtpServer() as placeholder:
        point_at(store, placeholder)
    edge_admin.set_settings(store.ctx, store.admin, {"smtp_port": str(port)})
    sell_ecard(store)

    summary = sender.send_due(store.ctx)

    assert summary.retrying == 1
    row = only(store)
    assert row.state == "scheduled" and "connection failed" in (row.last_error or "")


def test_no_mail_server_keeps_the_email_waiting(store: Store) -> None:
    sell_ecard(store)
    assert sender.send_due(store.ctx).retrying == 1
    row = only(store)
    assert row.state == "scheduled" and "No mail server" in (row.last_error or "")


def test_a_voided_card_is_not_emailed(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    sold = sell_ecard(store)
    edge.void(store.ctx, store.manager, sold.cards[0].code, "sold by mistake")
    assert sender.send_due(store.ctx).cancelled == 1
    assert only(store).state == "cancelled" and smtp.accepted == []


def test_a_stale_claim_is_taken_over_and_given_up_after_too_many(
    store: Store, smtp: SmtpServer
) -> None:
    point_at(store, smtp, email_max_attempts="2", email_claim_seconds="60")
    sell_ecard(store)
    first = sender.claim_next(store.ctx, "dies-1")  # a sender that claims, then dies
    assert isinstance(first, sender.Claimed)
    store.clock.advance(seconds=59)
    assert sender.claim_next(store.ctx, "too-early") is None  # the claim still holds
    store.clock.advance(seconds=2)
    second = sender.claim_next(store.ctx, "dies-2")
    assert isinstance(second, sender.Claimed) and second.message_id == first.message_id
    store.clock.advance(seconds=61)
    assert sender.claim_next(store.ctx, "third") == "failed"
    row = only(store)
    assert row.state == "failed" and "too many times" in (row.last_error or "")
    assert smtp.accepted == []


def test_the_smtp_time_out_is_well_inside_the_claim(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp, email_claim_seconds="12")
    sell_ecard(store)
    claim = sender.claim_next(store.ctx, "t")
    assert isinstance(claim, sender.Claimed) and claim.config.timeout == 4.0
