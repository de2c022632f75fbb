"""``posapp sale ...``, ``posapp receipt`` data, and reports."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from posapp import edge
from posapp.cli.cards import _terms, terms_of
from posapp.cli.email import after_sale
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import InvalidInput
from posapp.services.accounting import reports
from posapp.services.checkout import sales
from posapp.services.checkout.sale_parts import CardLine, Payment


def _tenders(p: argparse.ArgumentParser) -> None:
    pay = p.add_mutually_exclusive_group()
    pay.add_argument("--cash")
    pay.add_argument("--external")


def _sell_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--amount", required=True)
    p.add_argument("--card", help="a batch card to activate, or a card to reload")
    p.add_argument("--product", help="card product SKU")
    _tenders(p)
    _terms(p)
    p.add_argument("--reference")
    p.add_argument("--idempotency-key")


@command("sale", "sell", help="sell an e-card, or activate/reload a card, paid")
@options(_sell_opts)
def sell(env: Env) -> Any:
    a = env.args
    line = CardLine(amount=a.amount, code=a.card, terms=terms_of(a), product_sku=a.product)
    result = edge.sell(
        env.ctx,
        env.actor,
        [line],
        Payment(cash=a.cash, external=a.external),
        reference=a.reference,
        key=a.idempotency_key,
    )
    return after_sale(env, result)


def _pay_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--total", required=True)
    p.add_argument("--card", action="append", default=[], metavar="CODE")
    p.add_argument("--cash")
    p.add_argument("--external")
    p.add_argument("--reference")
    p.add_argument("--idempotency-key")


@command("sale", "pay", help="pay for goods with gift cards and other tenders")
@options(_pay_opts)
def pay(env: Env) -> Any:
    a = env.args
    return edge.pay(
        env.ctx,
        env.actor,
        a.total,
        codes=a.card,
        payment=Payment(cash=a.cash, external=a.external),
        reference=a.reference,
        key=a.idempotency_key,
    )


def _sale_id(p: argparse.ArgumentParser) -> None:
    p.add_argument("sale_id", metavar="SALE_ID")


@command("sale", "show", help="show a sale")
@options(_sale_id)
def show(env: Env) -> Any:
    return sales.get_sale(env.ctx, env.actor, edge.sale_id(env.args.sale_id))


def _void_opts(p: argparse.ArgumentParser) -> None:
    _sale_id(p)
    p.add_argument("--reason", required=True)
    p.add_argument("--idempotency-key")


@command("sale", "void", help="void a completed sale: balances back at once (manager)")
@options(_void_opts)
def void(env: Env) -> Any:
    a = env.args
    return edge.void_sale(env.ctx, env.actor, a.sale_id, a.reason, key=a.idempotency_key)


def _refund_opts(p: argparse.ArgumentParser) -> None:
    _sale_id(p)
    p.add_argument("--amount", help="refund part of the sale (default: all that is left)")
    p.add_argument("--idempotency-key")


@command("sale", "refund", help="refund a sale to the tenders that paid it (manager)")
@options(_refund_opts)
def refund(env: Env) -> Any:
    a = env.args
    return edge.refund_sale(env.ctx, env.actor, a.sale_id, a.amount, key=a.idempotency_key)


def _store_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store")


@command("report", "liability", help="money owed on cards, per currency and store (manager)")
@options(_store_opt)
def liability(env: Env) -> Any:
    return reports.liability(env.ctx, env.actor, store=env.args.store)


def _day_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", help="YYYY-MM-DD (UTC), default today")


def parse_day(text: str | None, now: datetime) -> datetime:
    """A business day given as YYYY-MM-DD (UTC), or today."""
    if not text:
        return now
    try:
        return datetime.fromisoformat(text).replace(tzinfo=now.tzinfo)
    except ValueError as exc:
        raise InvalidInput("{text!r} is not a date such as 2026-11-21.", text=text) from exc


@command("report", "day", help="end-of-day totals per terminal (manager)")
@options(_day_opts)
def day(env: Env) -> Any:
    when = parse_day(env.args.date, env.ctx.now())
    rows = reports.end_of_day(env.ctx, env.actor, when)
    return {
        "date": when.date().isoformat(),
        "terminals": [
            {
                "terminal": r.terminal,
                "sales": r.sales,
                "cards_sold": r.cards_sold.amount_str(),
                "card_payments": r.card_payments.amount_str(),
                "cash": r.cash.amount_str(),
                "external": r.external.amount_str(),
                "voided": r.voided,
                "refunded": r.refunded.amount_str(),
                "cashed_out": r.cashed_out.amount_str(),
                "drawer": r.drawer.amount_str(),
            }
            for r in rows
        ],
    }
