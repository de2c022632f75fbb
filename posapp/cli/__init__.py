"""The command line (see README.md): ``posapp [GLOBAL OPTIONS] COMMAND ...``.

Exit status: 0 ok, 2 usage, 3 domain rejection, 4 auth or permission,
1 unexpected. With ``--json`` stdout holds exactly one JSON object, also on
failure: ``{"error": CODE, "message": TEXT}``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from posapp import paths
from posapp.cli import admin as _admin  # noqa: F401 - registers commands
from posapp.cli import cards as _cards  # noqa: F401 - registers commands
from posapp.cli import central as _central  # noqa: F401 - registers commands
from posapp.cli import central_mode
from posapp.cli import email as _email  # noqa: F401 - registers commands
from posapp.cli import ledger as _ledger  # noqa: F401 - registers commands
from posapp.cli import reconciliation as _reconciliation  # noqa: F401 - registers commands
from posapp.cli import reports as _reports  # noqa: F401 - registers commands
from posapp.cli import sales as _sales  # noqa: F401 - registers commands
from posapp.cli import security as _security  # noqa: F401 - registers commands
from posapp.cli import stock as _stock  # noqa: F401 - registers commands
from posapp.cli import webshop as _webshop  # noqa: F401 - registers commands
from posapp.cli.output import as_dict, render_text, write_json, write_text
from posapp.cli.registry import COMMANDS, Command, Env
from posapp.domain.errors import PosError
from posapp.services.command_path.context import Actor, Context
from posapp.services.security.staff import authenticate

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_REJECTED, EXIT_AUTH = 0, 1, 2, 3, 4
log = logging.getLogger("posapp")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def build_parser(commands: Iterable[Command]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="posapp", description="GiftPOS gift cards: point of sale and back office."
    )
    parser.add_argument("--db", help="database URL (default: $POSAPP_DB or the local SQLite file)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--user", default=os.environ.get("POSAPP_USER"))
    parser.add_argument("--pin", default=os.environ.get("POSAPP_PIN"))
    parser.add_argument("--location", help="store code (default: the first store)")
    parser.add_argument(
        "--terminal",
        default=paths.terminal_name(),
        help="registered terminal name (default: $POSAPP_TERMINAL or this machine's name)",
    )
    parser.add_argument("--key-file", help="key file (default: $POSAPP_KEY_FILE or config dir)")
    # Read before parsing (its FILE is optional before the command word); listed for --help.
    parser.add_argument("--central", metavar="FILE", nargs="?",
                        help="run the counter's and card commands as the till enrolled in FILE "
                        "(default: central.json in the config dir), through the central service")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    top.required = True
    # Each group of words ("terminal", "webshop key") gets its sub-commands once.
    groups: dict[tuple[str, ...], argparse._SubParsersAction[Any]] = {(): top}
    for cmd in commands:
        for depth in range(1, len(cmd.words)):
            path = cmd.words[:depth]
            if path not in groups:
                group = groups[path[:-1]].add_parser(path[-1], help=f"{' '.join(path)} commands")
                dest = "action" if depth == 1 else f"action{depth}"
                groups[path] = group.add_subparsers(
                    dest=dest, metavar="ACTION", parser_class=_Parser
                )
                groups[path].required = True
        sub = groups[cmd.words[:-1]].add_parser(cmd.words[-1], help=cmd.help)
        cmd.configure(sub)
        sub.set_defaults(_command=cmd)
    return parser


def _sign_in(args: argparse.Namespace) -> Any:
    def sign_in(ctx: Context) -> Actor:
        if not args.user or args.pin is None:
            raise UsageError("this command needs --user NAME --pin PIN (or POSAPP_USER/POSAPP_PIN)")
        return authenticate(
            ctx, args.user, args.pin, location_code=args.location, terminal_name=args.terminal
        )

    return sign_in


def _fail(
    out: TextIO,
    err: TextIO,
    as_json: bool,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Report a failure; ``details`` (what a refusal found, e.g. ledger problems) follow."""
    if as_json:
        write_json({"error": code, "message": message, **(details or {})}, out)
    else:
        err.write(f"error ({code}): {message}\n")
        if details:
            err.write("\n".join(render_text(details)) + "\n")


def main(
    argv: Sequence[str] | None = None,
    *,
    extra: Iterable[Command] = (),
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one command; ``extra`` adds commands wired by the entry point (printing)."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv[: argv.index("--") if "--" in argv else len(argv)]
    commands = [*COMMANDS, *extra]
    argv, central = central_mode.split_argv(argv, {cmd.words[0] for cmd in commands})
    try:
        args = build_parser(commands).parse_args(argv)
        why = central and central_mode.unavailable(args._command.words)
        if why:
            raise UsageError(why)
    except UsageError as exc:
        _fail(out, err, as_json, "usage", str(exc))
        return EXIT_USAGE
    key_file = Path(args.key_file) if args.key_file else paths.key_file()
    db_url = args.db or paths.default_db_url()
    env = Env(
        args=args,
        open_context=lambda: Context.open(db_url, key_file),
        sign_in=_sign_in(args),
        open_setup_context=lambda: Context.setup(db_url, key_file),
        key_file=key_file,
    )
    try:
        if central is None:
            result = args._command.run(env)
        elif not args.user or args.pin is None:
            raise UsageError("this command needs --user NAME --pin PIN (or POSAPP_USER/POSAPP_PIN)")
        else:
            result = central_mode.run(args, central, args.user, args.pin)
        data = as_dict(result)
    except UsageError as exc:
        _fail(out, err, as_json, "usage", str(exc))
        return EXIT_USAGE
    except PosError as exc:
        _fail(out, err, as_json, exc.code.value, exc.message, exc.details)
        return EXIT_AUTH if exc.is_auth else EXIT_REJECTED
    except Exception as exc:  # the one place that turns a crash into exit status 1
        log.exception("unexpected error in %s", " ".join(args._command.words))
        _fail(out, err, as_json, "unexpected", f"{type(exc).__name__}: {exc}")
        return EXIT_UNEXPECTED
    finally:
        env.close()
    (write_json if args.json else write_text)(data, out)
    return EXIT_OK
