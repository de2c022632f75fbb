"""``posapp stock ship|receive|mark|report|count``: printed cards between stock room and
stores (see ``docs/stock.md``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from posapp import edge_admin
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import InvalidInput
from posapp.services.back_office import stock


def _ship_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("batch_id", metavar="BATCH_ID")
    p.add_argument("--store", required=True, metavar="CODE", help="the store it goes to")
    p.add_argument("--idempotency-key")


@command("stock", "ship", help="send a batch's stock-room cards to a store (manager)")
@options(_ship_opts)
def ship(env: Env) -> Any:
    a = env.args
    return edge_admin.ship_batch(env.ctx, env.actor, a.batch_id, a.store, key=a.idempotency_key)


def _receive_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("batch_id", metavar="BATCH_ID")
    p.add_argument("--missing", nargs="*", default=[], metavar="CODE",
                   help="codes of cards that did not arrive (marked lost)")
    p.add_argument("--idempotency-key")


@command("stock", "receive", help="receive a batch's cards at this store (manager)")
@options(_receive_opts)
def receive(env: Env) -> Any:
    a = env.args
    return edge_admin.receive_batch(env.ctx, env.actor, a.batch_id, a.missing,
                                    key=a.idempotency_key)


def _mark_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--as", dest="state", required=True, choices=["damaged", "lost"])
    p.add_argument("--reason", required=True)
    p.add_argument("--idempotency-key")


@command("stock", "mark", help="mark unsold printed cards damaged or lost (manager)")
@options(_mark_opts)
def mark(env: Env) -> Any:
    a = env.args
    return edge_admin.mark_cards(env.ctx, env.actor, a.codes, a.state, a.reason,
                                 key=a.idempotency_key)


@command("stock", "report", help="printed cards per store and stock state (manager)")
def report(env: Env) -> Any:
    return {"stock": [line.to_dict() for line in stock.report(env.ctx, env.actor)]}


def _count_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", required=True, metavar="CODE")
    p.add_argument("file", nargs="?", metavar="FILE_OF_CODES",
                   help="one scanned code a line; standard input when left out")


@command("stock", "count", help="compare the codes scanned at a store with its stock (manager)")
@options(_count_opts)
def count(env: Env) -> Any:
    a = env.args
    if a.file is None:
        lines = sys.stdin.read().splitlines()
    else:
        try:
            lines = Path(a.file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput("Cannot read {file}: {reason}", file=a.file,
                               reason=str(exc)) from exc
    return edge_admin.count_stock(env.ctx, env.actor, a.store, lines)
