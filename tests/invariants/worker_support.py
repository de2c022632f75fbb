"""What test processes and their worker processes share: the actor, keys, spawning."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.domain.roles import Role
from posapp.services.command_path.context import Actor, Context

ROOT = Path(__file__).resolve().parents[2]


def actor_to_json(actor: Actor) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in asdict(actor).items()}


def actor_from_json(data: dict[str, Any]) -> Actor:
    ids = ("staff_id", "location_id", "terminal_id")
    fields = {k: (uuid.UUID(v) if k in ids and v else v) for k, v in data.items()}
    fields["role"] = Role(fields["role"])
    return Actor(**fields)


def worker_config(ctx: Context, actor: Actor, **extra: Any) -> str:
    """One JSON line telling a worker which database, keys and actor to use."""
    config = {
        "db_url": ctx.db.url,
        "keys": ctx.keys.to_json(),
        "actor": actor_to_json(actor),
        **extra,
    }
    return json.dumps(config)


def open_context(config: dict[str, Any]) -> tuple[Context, Actor]:
    ctx = Context(Database(config["db_url"]), KeyRing.from_json(config["keys"]))
    return ctx, actor_from_json(config["actor"])


def spawn(module: str) -> subprocess.Popen[str]:
    """A fresh Python process running ``tests.invariants.<module>`` (nothing inherited)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", f"tests.invariants.{module}"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
