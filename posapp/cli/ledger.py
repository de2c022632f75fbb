"""``posapp ledger verify``: check every card's hash chain and balance."""

from __future__ import annotations

from typing import Any

from posapp.cli.registry import Env, command
from posapp.services.accounting import integrity


@command("ledger", "verify", help="check every card's entries, balance and hash chain (manager)")
def ledger_verify(env: Env) -> Any:
    report = integrity.require_intact(env.ctx, env.actor)
    return {"message": report.summary(), **report.to_dict()}
