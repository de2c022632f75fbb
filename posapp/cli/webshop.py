"""``posapp webshop key ...``: the API keys online stores use at the central service."""

from __future__ import annotations

import argparse
from typing import Any

from posapp.central import shop_keys
from posapp.cli.registry import Env, command, options


def _add_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME", help="the web shop's name (its terminal at the store)")
    p.add_argument("--store", metavar="CODE", required=True, help="the store it sells for")
    p.add_argument(
        "--refunds", action="store_true", help="let it refund (it acts as a manager, not a cashier)"
    )


@command("webshop", "key", "add", help="create a web shop's API key, shown once (admin)")
@options(_add_opts)
def key_add(env: Env) -> Any:
    return shop_keys.add(
        env.ctx, env.actor, env.args.name, env.args.store, refunds=env.args.refunds
    )


@command("webshop", "key", "list", help="the web shops' keys (admin)")
def key_list(env: Env) -> Any:
    return {"keys": [k.to_dict() for k in shop_keys.list_keys(env.ctx, env.actor)]}


def _revoke_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--store", metavar="CODE", help="needed when several stores use the name")


@command("webshop", "key", "revoke", help="refuse a web shop's key from now on (admin)")
@options(_revoke_opts)
def key_revoke(env: Env) -> Any:
    return shop_keys.revoke(env.ctx, env.actor, env.args.name, env.args.store)
