"""``posapp serve`` (the chain's central service) and the commands that connect tills to it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from posapp.central import enrolment, till_file
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import InvalidInput


def _serve_opts(p: argparse.ArgumentParser) -> None:
    # Also accepted after the command word; SUPPRESS keeps a value given before it.
    p.add_argument("--db", default=argparse.SUPPRESS, help="the chain's database URL")
    p.add_argument("--key-file", default=argparse.SUPPRESS, help="the chain's key file")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--cert", type=Path, metavar="PEM", help="TLS certificate (chain) file")
    p.add_argument("--key", type=Path, metavar="PEM", help="TLS private key file")
    p.add_argument(
        "--workers", type=int, default=1, metavar="N",
        help="serve with N processes (more cores; each with its own database pool)",
    )
    p.add_argument(
        "--send-email-every", type=int, default=60, metavar="SECONDS",
        help="send due e-gift card e-mails this often, and at once after a sale "
        "(0: not from the service; run `posapp email send-due` by a timer instead)",
    )


@command("serve", help="run the chain's central service over the database (--cert/--key: TLS)")
@options(_serve_opts)
def serve(env: Env) -> Any:
    from posapp.central.serve import serve as run_service

    if not 0 < env.args.port < 65536:
        raise InvalidInput("--port is 1-65535.")
    if not 0 <= env.args.send_email_every <= 86400:
        raise InvalidInput("--send-email-every is 0 (off) to 86400 seconds.")
    run_service(
        env.ctx, host=env.args.host, port=env.args.port, cert=env.args.cert, key=env.args.key,
        send_email_every=env.args.send_email_every, workers=env.args.workers,
    )
    return {"stopped": True}


def _enroll_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", metavar="URL", help="the central service, https://HOST:PORT")
    p.add_argument("code", metavar="CODE", help="the one-time code an admin gave")
    p.add_argument(
        "--fingerprint",
        metavar="SHA256",
        help="the service certificate's SHA-256 as `posapp serve` logs it (checked if given)",
    )
    p.add_argument(
        "--credential-file", type=Path, help="where to keep the credential (default: config dir)"
    )


@command("terminal", "enroll", help="enrol this till at the central service with a one-time code")
@options(_enroll_opts)
def terminal_enroll(env: Env) -> Any:
    from posapp.central.client import enrol

    target = env.args.credential_file or till_file.default_path()
    saved = enrol(env.args.url, env.args.code, expected=env.args.fingerprint)
    saved.save(target)
    return {
        "terminal": saved.terminal,
        "store": saved.store,
        "url": saved.url,
        "certificate_sha256": saved.fingerprint,
        "credential_file": str(target),
    }


def _named_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--store", metavar="CODE", help="needed when several stores use the name")


@command("terminal", "revoke", help="refuse a till's credential from now on (admin)")
@options(_named_opts)
def terminal_revoke(env: Env) -> Any:
    return enrolment.revoke(env.ctx, env.actor, env.args.name, env.args.store)


@command("terminal", "code", help="a new one-time enrolment code for a registered till (admin)")
@options(_named_opts)
def terminal_code(env: Env) -> Any:
    return enrolment.new_code(env.ctx, env.actor, env.args.name, env.args.store)
