"""``posapp --central [FILE] COMMAND ...``: the counter's and card commands of a till of a chain.

The command line parses its arguments as always; the commands are built by the same edge
builders (:mod:`posapp.edge_counter`) and run by :class:`posapp.central.till.Till`: on the
service when online, from the till's outbox when offline (what its policy allows; the rest
is refused with ``Offline``), exactly as the desktop app in central mode does. Commands
that need the chain's database in this process are not offered here.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from posapp import edge_counter as build
from posapp.central import till_file
from posapp.cli.cards import terms_of
from posapp.domain.errors import PosError
from posapp.services.cards.lookup import CardRef, canonical
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c

if TYPE_CHECKING:
    from posapp.central.till import Till

#: One command run through the till: its arguments, the till, the store's currency.
Run = Callable[[argparse.Namespace, "Till", str], dict[str, Any]]


def _card(a: argparse.Namespace) -> CardRef:
    return CardRef(code=canonical(a.code))


def _sell(a: argparse.Namespace, till: Till, currency: str) -> dict[str, Any]:
    line = CardLine(amount=a.amount, code=a.card, terms=terms_of(a), product_sku=a.product)
    return till.run(build.sell(canonical, currency, [line],
                               Payment(cash=a.cash, external=a.external),
                               reference=a.reference, key=a.idempotency_key))


def _extend(a: argparse.Namespace, till: Till, currency: str) -> dict[str, Any]:
    # --days counts from the till's own calendar day: the till stands in its store.
    until = a.until if a.days is None else date.today() + timedelta(days=a.days)
    return till.run(c.ExtendExpiry(_card(a), until, a.idempotency_key))


COMMANDS: dict[tuple[str, ...], Run] = {
    ("card", "balance"): lambda a, till, cur: till.balance(a.code),
    ("card", "history"): lambda a, till, cur: till.history(canonical(a.code), last=500),
    ("card", "redeem"): lambda a, till, cur: till.run(build.redeem(
        cur, _card(a), a.amount, reference=a.reference, key=a.idempotency_key)),
    ("card", "reload"): lambda a, till, cur: till.run(build.reload(
        cur, _card(a), a.amount, key=a.idempotency_key)),
    ("card", "adjust"): lambda a, till, cur: till.run(build.adjust(
        cur, _card(a), a.amount, a.note, key=a.idempotency_key)),
    ("card", "freeze"): lambda a, till, cur: till.run(build.freeze(_card(a), a.reason)),
    ("card", "unfreeze"): lambda a, till, cur: till.run(build.unfreeze(_card(a))),
    ("card", "void"): lambda a, till, cur: till.run(build.void(
        _card(a), a.reason, key=a.idempotency_key)),
    ("card", "transfer"): lambda a, till, cur: till.run(build.transfer(
        _card(a), key=a.idempotency_key)),
    ("card", "extend"): _extend,
    ("sale", "sell"): _sell,
}


def split_argv(argv: Sequence[str], words: set[str]) -> tuple[list[str], Path | None]:
    """``argv`` without ``--central [FILE]`` (given before the command), and the credential
    file it names: FILE when given, else the default ``central.json``; None without it."""
    rest = list(argv)
    first = next((n for n, arg in enumerate(rest) if arg in words or arg == "--"), len(rest))
    if "--central" not in rest[:first]:
        return rest, None
    at = rest.index("--central")
    given = rest[at + 1] if at + 1 < first and not rest[at + 1].startswith("-") else None
    del rest[at:at + (2 if given else 1)]
    return rest, Path(given) if given else till_file.default_path()


def unavailable(words: Sequence[str]) -> str | None:
    """Why ``posapp WORDS`` cannot run in central mode, or None when it can."""
    if tuple(words) in COMMANDS:
        return None
    offered = ", ".join(sorted(" ".join(w) for w in COMMANDS))
    return (f"`posapp {' '.join(words)}` needs the chain's database in this process: it is "
            f"not available in central mode (--central). Run it where the database is; a "
            f"till offers: {offered}.")


def run(args: argparse.Namespace, credential_file: Path, user: str, pin: str) -> dict[str, Any]:
    """Sign in at the till (online, it sends what waited), run the command, sign out. What
    the outbox sent on the way is answered under ``replayed``."""
    from posapp.central.till import Till  # its HTTP client is loaded only in central mode

    saved = till_file.TillCredential.load(credential_file)
    till = Till.open(saved, till_file.store_path(credential_file))
    try:
        signed = till.sign_in(user, pin)
        try:
            done = COMMANDS[tuple(args._command.words)](args, till, str(
                signed["staff"]["currency"]))
        finally:
            if till.client.session is not None:
                with contextlib.suppress(PosError):  # the session ends by itself in time
                    till.client.sign_out()
        replayed = till.replayed()
        return {**done, "replayed": replayed} if replayed else done
    finally:
        till.close()
