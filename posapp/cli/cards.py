"""``posapp card ...`` and ``posapp cards expire``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from posapp import edge, edge_bulk, edge_expiry
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import InvalidInput, PosError
from posapp.services.back_office import csv_io
from posapp.services.cards import bulk, queries
from posapp.services.cards.issuing import CardTerms


def _code(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE")


def _terms(p: argparse.ArgumentParser) -> None:
    p.add_argument("--recipient-email")
    p.add_argument("--recipient-name")
    p.add_argument("--message")
    p.add_argument("--purchaser-name", help="who the card is from (named in the e-mail)")
    p.add_argument("--deliver-on", metavar="YYYY-MM-DD",
                   help="the day the e-card is e-mailed (store's time zone); default: at once")


def terms_of(args: argparse.Namespace, **extra: Any) -> CardTerms:
    return CardTerms(
        recipient_name=args.recipient_name,
        recipient_email=args.recipient_email,
        message=args.message,
        purchaser_name=args.purchaser_name,
        deliver_on=edge.delivery_date(args.deliver_on),
        **extra,
    )


def _issue_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--amount", required=True)
    p.add_argument("--currency")
    p.add_argument("--expires-days", type=int)
    p.add_argument("--scope", help="all, issuing, or store codes L1,L2")
    p.add_argument("--strategy", choices=["balance", "replacement"])
    _terms(p)
    p.add_argument("--code", help="import an existing code instead of making one")
    p.add_argument("--reference")
    p.add_argument("--idempotency-key")


@command("card", "issue", help="issue an active card from the back office (manager)")
@options(_issue_opts)
def issue(env: Env) -> Any:
    a = env.args
    terms = terms_of(a, expires_days=a.expires_days, scope=a.scope, strategy=a.strategy)
    return edge.issue(
        env.ctx,
        env.actor,
        a.amount,
        currency=a.currency,
        terms=terms,
        code=a.code,
        reference=a.reference,
        key=a.idempotency_key,
    )


def _activate_opts(p: argparse.ArgumentParser) -> None:
    _code(p)
    p.add_argument("--amount", required=True)
    p.add_argument("--reference")
    p.add_argument("--idempotency-key")


@command("card", "activate", help="activate a batch card without a sale (manager)")
@options(_activate_opts)
def activate(env: Env) -> Any:
    a = env.args
    return edge.activate(
        env.ctx, env.actor, a.code, a.amount, reference=a.reference, key=a.idempotency_key
    )


@command("card", "balance", help="check a card's balance")
@options(_code)
def balance(env: Env) -> Any:
    return edge.balance(env.ctx, env.actor, env.args.code)


def _redeem_opts(p: argparse.ArgumentParser) -> None:
    _code(p)
    p.add_argument("--amount", required=True)
    p.add_argument("--reference")
    p.add_argument("--idempotency-key")


@command("card", "redeem", help="take an amount off a card")
@options(_redeem_opts)
def redeem(env: Env) -> Any:
    a = env.args
    return edge.redeem(
        env.ctx, env.actor, a.code, a.amount, reference=a.reference, key=a.idempotency_key
    )


def _amount_opts(p: argparse.ArgumentParser) -> None:
    _code(p)
    p.add_argument("--amount", required=True)
    p.add_argument("--idempotency-key")


@command("card", "reload", help="add value to a card from the back office (manager)")
@options(_amount_opts)
def reload(env: Env) -> Any:
    a = env.args
    return edge.reload(env.ctx, env.actor, a.code, a.amount, key=a.idempotency_key)


def _refund_opts(p: argparse.ArgumentParser) -> None:
    _amount_opts(p)
    p.add_argument("--reference")


@command("card", "refund", help="refund value to a card (manager)")
@options(_refund_opts)
def refund(env: Env) -> Any:
    a = env.args
    return edge.refund(
        env.ctx, env.actor, a.code, a.amount, reference=a.reference, key=a.idempotency_key
    )


def _adjust_opts(p: argparse.ArgumentParser) -> None:
    _amount_opts(p)
    p.add_argument("--note", required=True)


@command("card", "adjust", help="correct a balance up or down with a note (manager)")
@options(_adjust_opts)
def adjust(env: Env) -> Any:
    a = env.args
    return edge.adjust(env.ctx, env.actor, a.code, a.amount, a.note, key=a.idempotency_key)


def _reason_opts(p: argparse.ArgumentParser) -> None:
    _code(p)
    p.add_argument("--reason", required=True)


@command("card", "freeze", help="freeze a card (manager)")
@options(_reason_opts)
def freeze(env: Env) -> Any:
    return edge.freeze(env.ctx, env.actor, env.args.code, env.args.reason)


@command("card", "unfreeze", help="lift a freeze (manager)")
@options(_code)
def unfreeze(env: Env) -> Any:
    return edge.unfreeze(env.ctx, env.actor, env.args.code)


def _void_opts(p: argparse.ArgumentParser) -> None:
    _reason_opts(p)
    p.add_argument("--idempotency-key")


@command("card", "void", help="void a card for good (manager)")
@options(_void_opts)
def void(env: Env) -> Any:
    a = env.args
    return edge.void(env.ctx, env.actor, a.code, a.reason, key=a.idempotency_key)


def _transfer_opts(p: argparse.ArgumentParser) -> None:
    _code(p)
    p.add_argument("--idempotency-key")


@command("card", "transfer", help="move the balance to a new card; the old one is closed")
@options(_transfer_opts)
def transfer(env: Env) -> Any:
    return edge.transfer(env.ctx, env.actor, env.args.code, key=env.args.idempotency_key)


def _checked(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argument parsed by the edge while the command line is read: bad text is a usage
    error (exit status 2) and nothing runs."""

    def read(text: str) -> Any:
        try:
            return parse(text)
        except PosError as exc:
            raise argparse.ArgumentTypeError(exc.message) from exc

    read.__name__ = parse.__name__
    return read


def _new_expiry_opts(p: argparse.ArgumentParser, *, required: bool) -> None:
    when = p.add_mutually_exclusive_group(required=required)
    when.add_argument("--until", metavar="YYYY-MM-DD", type=_checked(edge_expiry.until_day),
                      help="extend: the last day the card is usable (store's time zone)")
    when.add_argument("--days", metavar="N", type=_checked(edge_expiry.days_count),
                      help="extend: usable until N days from today")


def new_expiry(env: Env) -> date | None:
    """The last day asked for with --until or --days (None: neither given)."""
    a = env.args
    if a.days is not None:
        return edge_expiry.today(env.ctx, env.actor) + timedelta(days=a.days)
    day: date | None = a.until
    return day


def _extend_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE|ID")
    _new_expiry_opts(p, required=True)
    p.add_argument("--idempotency-key")


@command("card", "extend", help="move a card's expiry later (manager)")
@options(_extend_opts)
def extend(env: Env) -> Any:
    until = new_expiry(env)
    assert until is not None  # the option group is required
    name = edge_expiry.card_name(env.args.code)
    return edge_expiry.extend(env.ctx, env.actor, name, until, key=env.args.idempotency_key)


@command("card", "history", help="every ledger entry of a card")
@options(_code)
def history(env: Env) -> Any:
    entries = edge.history(env.ctx, env.actor, env.args.code)
    return {"entries": [e.to_dict() for e in entries]}


def _list_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status")
    p.add_argument("--search")
    p.add_argument("--store")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--limit", type=int, default=100)


@command("card", "list", help="list cards, masked (manager)")
@options(_list_opts)
def list_cards(env: Env) -> Any:
    a = env.args
    found = queries.list_cards(
        env.ctx,
        env.actor,
        queries.CardFilter(status=a.status, search=a.search, store=a.store),
        offset=a.offset,
        limit=a.limit,
    )
    return {"cards": [c.to_dict() for c in found]}


def _expire_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--now", help="ISO 8601 time to expire as of (default: now)")


def parse_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(
            "{text!r} is not an ISO 8601 time such as 2026-12-31T00:00:00Z.",
            text=text,
        ) from exc
    if value.tzinfo is None:
        raise InvalidInput("Give the time zone, e.g. 2026-12-31T00:00:00+00:00.")
    return value


@command("cards", "expire", help="expire past-due cards and release stale holds (manager)")
@options(_expire_opts)
def expire(env: Env) -> Any:
    return edge.expire_cards(env.ctx, env.actor, now=parse_time(env.args.now))


def _bulk_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=[*(a.value for a in bulk.Action), "export"])
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--filter", action="append", metavar="NAME=VALUE",
                       help="status=, store= or search= (repeatable); all cards that match")
    which.add_argument("--ids", metavar="FILE", help="a file of card ids, one a line")
    p.add_argument("--reason", help="the reason (freeze and void need one)")
    _new_expiry_opts(p, required=False)
    p.add_argument("--bulk-id", help="the id of an earlier run to finish (nothing is done twice)")
    p.add_argument("--to", metavar="FILE.csv", help="export: the file to write (codes masked)")


@command("cards", "bulk",
         help="freeze, unfreeze, void, extend the expiry of, resend the e-mail of, or export "
              "many cards")
@options(_bulk_opts)
def bulk_action(env: Env) -> Any:
    a = env.args
    if a.ids:
        ids = edge_bulk.ids_from_file(a.ids)
        source: dict[str, object] = {"ids_file": a.ids}
    else:
        ids, source = edge_bulk.matching(env.ctx, env.actor, a.filter)
    if a.action == "export":
        if not (a.to or "").endswith(".csv"):
            raise InvalidInput("Give the file to write with --to FILE.csv.")
        count = csv_io.export_cards(env.ctx, env.actor, a.to, ids=ids)
        return {"exported": count, "file": a.to}
    result = bulk.run_bulk(
        env.ctx, env.actor, bulk.action_of(a.action), ids,
        reason=a.reason, until=new_expiry(env), bulk_id=a.bulk_id, source=source,
    )
    return result.to_dict()
