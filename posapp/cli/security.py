"""``posapp terminal`` (registered tills) and ``posapp keys`` (the chain's key file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from posapp import edge_admin, paths
from posapp.central import enrolment
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import KeyFileError
from posapp.services.security import key_setup, terminals


def _terminal_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--store", required=True, metavar="CODE")
    p.add_argument(
        "--enrol",
        action="store_true",
        help="also print a one-time code with which the till enrols at the central service",
    )


@command("terminal", "add", help="register a terminal at a store (admin)")
@options(_terminal_opts)
def terminal_add(env: Env) -> Any:
    if env.args.enrol:
        return enrolment.add_terminal(env.ctx, env.actor, env.args.name, env.args.store)
    return edge_admin.add_terminal(env.ctx, env.actor, env.args.name, env.args.store)


@command("terminal", "list", help="the registered terminals (admin)")
def terminal_list(env: Env) -> Any:
    return {"terminals": [t.to_dict() for t in terminals.list_terminals(env.ctx, env.actor)]}


@command("keys", "init", help="create the key file for a new database (first terminal)")
def keys_init(env: Env) -> Any:
    if env.key_file.exists() or env.key_file.is_symlink():
        raise KeyFileError(
            "{path} already exists; a key file is never overwritten.",
            path=env.key_file,
        )
    return {"key_file": str(env.key_file), "fingerprint": key_setup.fingerprint(env.setup_ctx)}


def _file_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")


@command("keys", "export", help="copy the chain's key file to FILE, for another terminal (admin)")
@options(_file_opts)
def keys_export(env: Env) -> Any:
    target = Path(env.args.file)
    return {"file": str(target), "fingerprint": key_setup.export_keys(env.ctx, env.actor, target)}


@command("keys", "import", help="install the chain's key file from FILE on this terminal")
@options(_file_opts)
def keys_import(env: Env) -> Any:
    db_url = env.args.db or paths.default_db_url()
    found = key_setup.import_keys(db_url, env.key_file, Path(env.args.file))
    return {"key_file": str(env.key_file), "fingerprint": found}
