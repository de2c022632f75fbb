"""``posapp recon list|resolve``: the queue of what tills took offline and could not get."""

from __future__ import annotations

import argparse
from typing import Any

from posapp.cli.registry import Env, command, options
from posapp.services.back_office import reconciliation


def _list_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--all", action="store_true", help="resolved items too")


@command("recon", "list", help="offline shortfalls and refusals waiting at this store (manager)")
@options(_list_opts)
def recon_list(env: Env) -> Any:
    found = reconciliation.list_items(env.ctx, env.actor, open_only=not env.args.all)
    return {"items": [item.to_dict() for item in found], "count": len(found)}


def _resolve_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", metavar="ID", help="the item's id, as `recon list` shows it")
    p.add_argument("--note", required=True, help="what was done about it (kept, audited)")


@command("recon", "resolve", help="close a reconciliation item with a note (manager)")
@options(_resolve_opts)
def recon_resolve(env: Env) -> Any:
    return reconciliation.resolve(env.ctx, env.actor, env.args.id, env.args.note)
