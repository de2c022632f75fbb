"""``posapp email ...``: the sender for cron or a systemd timer, a test e-mail, the SMTP
password, and a manager's resend, reschedule, cancel and lists."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import uuid
from typing import Any

from posapp import edge
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import InvalidInput, PosError
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.results import SaleResult
from posapp.services.delivery import mail_setup, manage, sender

log = logging.getLogger(__name__)

#: Where ``email password`` reads the password when stdin is a terminal: never argv.
PASSWORD_ENV = "POSAPP_SMTP_PASSWORD"


def _card(p: argparse.ArgumentParser) -> None:
    p.add_argument("card", metavar="CARD", help="the card's code or id")
    p.add_argument("--idempotency-key")


def _card_name(text: str) -> Any:
    """A card id as a UUID (the manager's list), anything else as a typed code."""
    try:
        return uuid.UUID(text)
    except ValueError:
        return text


def after_sale(env: Env, result: SaleResult) -> Any:
    """A sale's result with where and when its e-cards are e-mailed; an e-card due now is
    sent first (the sale is complete whatever the mail server says: a failure is kept on
    the delivery and tried again by ``email send-due``)."""
    ids = [card.id for card in result.cards]
    data = result.to_dict()
    if not ids:
        return data
    try:
        sender.send_due(env.ctx, card_ids=ids)
    except PosError as exc:
        log.warning("e-mail after sale %s left for the sender: %s", result.sale_id, exc.message)
    views = manage.latest(env.ctx, env.actor, ids)
    if views:
        data["emails"] = [
            {"masked_code": v.masked_code, "to": v.recipient_email, "state": v.state,
             "scheduled_for": v.scheduled_for.isoformat(), "sent_at":
             v.sent_at.isoformat() if v.sent_at else None, "last_error": v.last_error}
            for v in views
        ]
    return data


def _send_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, help="at most this many")


def _test_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("address", metavar="ADDRESS")
    p.add_argument("--store", help="another store's mail settings")


def _password_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="a store's own password")
    p.add_argument("--idempotency-key")


def _show_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("card", metavar="CARD", help="the card's code or id")


@command("email", "send-due", help="send the e-mails that are due (for cron or a timer)")
@options(_send_opts)
def send_due(env: Env) -> Any:
    limit = env.args.limit
    if limit is not None and limit < 1:
        raise InvalidInput("--limit is a whole number above zero.")
    return sender.send_due(env.ctx, limit=limit)


@command("email", "test", help="send a test e-mail with the store's mail settings (admin)")
@options(_test_opts)
def test(env: Env) -> Any:
    return mail_setup.send_test(env.ctx, env.actor, env.args.address, env.args.store)


def _read_password() -> str:
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("SMTP password: ")
    return sys.stdin.readline().rstrip("\r\n")


@command("email", "password",
         help=f"set the SMTP password from stdin or ${PASSWORD_ENV}; empty removes it (admin)")
@options(_password_opts)
def password(env: Env) -> Any:
    a = env.args
    store = a.store.strip().upper() if a.store else None
    return bus.dispatch(env.ctx, env.actor,
                        c.SetSmtpPassword(_read_password(), store, a.idempotency_key))


@command("email", "failed", help="e-mails that gave up (manager)")
def failed(env: Env) -> Any:
    return {"failed": [d.to_dict() for d in manage.failed(env.ctx, env.actor)]}


@command("email", "show", help="a card's e-mails and their states (manager)")
@options(_show_opts)
def show(env: Env) -> Any:
    ref = edge.card(env.ctx, env.actor, _card_name(env.args.card))
    return {"deliveries": [d.to_dict() for d in manage.history(env.ctx, env.actor, ref)]}


def _resend_opts(p: argparse.ArgumentParser) -> None:
    _card(p)
    p.add_argument("--to", help="a corrected address (kept on the card)")
    p.add_argument("--name", help="a corrected recipient name")


@command("email", "resend", help="send a card's e-mail again now (manager)")
@options(_resend_opts)
def resend(env: Env) -> Any:
    a = env.args
    return edge.resend_email(env.ctx, env.actor, _card_name(a.card), to=a.to,
                             recipient_name=a.name, key=a.idempotency_key)


def _reschedule_opts(p: argparse.ArgumentParser) -> None:
    _card(p)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--on", metavar="YYYY-MM-DD", help="the new delivery day")
    when.add_argument("--now", action="store_true", help="send it at once")


@command("email", "reschedule", help="move a card's waiting e-mail to another day (manager)")
@options(_reschedule_opts)
def reschedule(env: Env) -> Any:
    a = env.args
    day = None if a.now else a.on
    return edge.reschedule_email(env.ctx, env.actor, _card_name(a.card), day,
                                 key=a.idempotency_key)


@command("email", "cancel", help="cancel a card's waiting e-mail (manager)")
@options(_card)
def cancel(env: Env) -> Any:
    a = env.args
    return edge.cancel_email(env.ctx, env.actor, _card_name(a.card), key=a.idempotency_key)
