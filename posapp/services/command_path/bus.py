"""The one command path: every command runs here, in one unit of work, at most once per key.

:data:`ROUTES` maps each command type to the permission it needs and the
handler that runs it; :func:`dispatch` is the only way a command is run, by
the CLI, the app, and (later) the central service and an offline outbox.

Idempotency keys belong to the terminal that sent them: the same key from two
terminals is two operations. A key is stored as ``<terminal>/<sha256 of key>``,
so no caller can reach another terminal's keys, and the ledger's own entry keys
(derived from a fresh operation id, or ``expire/<card>/<date>`` for the expiry
job) never derive from a caller's text. A replay returns the first result; a
full code it showed is shown again only to the same staff member; the same key
with other arguments is refused as :class:`~posapp.domain.errors.Conflict`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from posapp.db.lazy_session import NeedsTransaction
from posapp.db.models import GiftCard, Operation
from posapp.domain.errors import Conflict, InvalidInput
from posapp.domain.roles import Permission
from posapp.services.back_office import admin, batches, products, reconciliation, stock
from posapp.services.cards import care, expiry
from posapp.services.checkout import cashout, returns, sales, selling, spending
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Caller, Context
from posapp.services.command_path.execution import Identified, run
from posapp.services.command_path.results import CardResult, CardView, Redemption, SaleResult
from posapp.services.configuration import settings, text_limits
from posapp.services.delivery import mail_setup, manage
from posapp.services.delivery.views import DeliveryView
from posapp.services.security import staff, terminals

Handler = Callable[[Session, Context, Actor, Any, str], Any]


@dataclass(frozen=True)
class Route:
    permission: Permission
    handler: Handler
    #: The result's type, rebuilt from its stored record on a replay.
    result: Any
    #: The handler's common case is plain statements: its ORM Session is made only if used.
    lazy: bool = False
    #: Without an idempotency key, its one write checks what it read: tried first without a
    #: transaction (PostgreSQL; see :mod:`posapp.db.lazy_session`).
    single: bool = False


ROUTES: dict[type[c.Command], Route] = {
    c.IssueCard: Route(Permission.ISSUE, care.issue, CardResult),
    c.ActivateCard: Route(Permission.ACTIVATE, care.activate, CardResult),
    c.RedeemCard: Route(
        Permission.REDEEM, spending.redeem, Redemption, lazy=True, single=True
    ),
    c.ReloadCard: Route(Permission.RELOAD, care.reload, CardResult),
    c.RefundCard: Route(Permission.REFUND, care.refund, CardResult),
    c.AdjustCard: Route(Permission.ADJUST, care.adjust, CardResult),
    c.FreezeCard: Route(Permission.FREEZE, care.freeze, CardView),
    c.UnfreezeCard: Route(Permission.FREEZE, care.unfreeze, CardView),
    c.VoidCard: Route(Permission.VOID, care.void, CardResult),
    c.TransferCard: Route(Permission.TRANSFER, care.transfer, CardResult),
    c.CashOut: Route(Permission.CASH_OUT, cashout.cash_out, cashout.CashedOut),
    c.PaySale: Route(Permission.PAY, sales.pay, SaleResult),
    c.SellCards: Route(Permission.SELL, selling.sell, SaleResult),
    c.OpenSale: Route(Permission.PAY, sales.open_sale, SaleResult),
    c.ApplyCard: Route(Permission.PAY, sales.apply_card, SaleResult),
    c.RemoveCard: Route(Permission.PAY, sales.remove_card, SaleResult),
    c.CompleteSale: Route(Permission.PAY, sales.complete_sale, SaleResult),
    c.CancelSale: Route(Permission.PAY, sales.cancel_sale, SaleResult),
    c.VoidSale: Route(Permission.VOID_SALE, returns.void_sale, SaleResult),
    c.RefundSale: Route(Permission.REFUND_SALE, returns.refund_sale, SaleResult),
    c.SettleOfflineRedemption: Route(
        Permission.REDEEM, reconciliation.settle, reconciliation.Settled
    ),
    c.ReportOfflineRefusal: Route(
        Permission.PAY, reconciliation.report_refusal, reconciliation.Settled
    ),
    c.AddStaff: Route(Permission.MANAGE_STAFF, staff.add, staff.StaffView),
    c.SetStaff: Route(Permission.MANAGE_STAFF, staff.change, staff.StaffView),
    c.UnlockStaff: Route(Permission.UNLOCK_STAFF, staff.unlock, staff.StaffView),
    c.SetSettings: Route(Permission.MANAGE_SETTINGS, admin.change_settings, settings.Settings),
    c.SetRate: Route(Permission.MANAGE_SETTINGS, admin.record_rate, admin.RateView),
    c.AddProduct: Route(Permission.MANAGE_PRODUCTS, products.create, products.ProductView),
    c.AddLocation: Route(Permission.MANAGE_LOCATIONS, admin.create_location, admin.LocationView),
    c.AddTerminal: Route(
        Permission.MANAGE_LOCATIONS, terminals.register_at, terminals.TerminalView
    ),
    c.CreateBatch: Route(Permission.MANAGE_BATCHES, batches.generate, batches.BatchView),
    c.MarkBatchPrinted: Route(Permission.REPRINT, batches.record_printed, batches.BatchView),
    c.ShipBatch: Route(Permission.MANAGE_STOCK, stock.ship, stock.Moved),
    c.ReceiveBatch: Route(Permission.MANAGE_STOCK, stock.receive, stock.Moved),
    c.MarkCards: Route(Permission.MANAGE_STOCK, stock.mark, stock.Moved),
    c.SetSmtpPassword: Route(
        Permission.MANAGE_SETTINGS, mail_setup.set_password, mail_setup.PasswordSet
    ),
    # Sending a card's code again is a reprint by other means: a manager's, audited.
    c.ResendEmail: Route(Permission.REPRINT, manage.resend, DeliveryView),
    c.RescheduleEmail: Route(Permission.REPRINT, manage.reschedule, DeliveryView),
    c.CancelEmail: Route(Permission.REPRINT, manage.cancel, DeliveryView),
    c.ExtendExpiry: Route(Permission.EXTEND_EXPIRY, care.extend_expiry, CardResult),
}


def dispatch(ctx: Context, who: Actor | Caller, command: c.Command) -> Any:
    """Run ``command`` for ``who``: one transaction, at most once per idempotency key.

    ``who`` is the actor, or a :class:`~posapp.services.command_path.context.Caller` that
    names the actor first thing in that same transaction (the central service's request):
    every check below then follows it, so a caller refused learns nothing about the
    command, and nothing is done.
    """
    if isinstance(command, c.ExpireCards):
        # The expiry job commits in chunks so counters are never blocked for long; each
        # card's entry carries its own key, so a second run expires nothing twice.
        actor = who if isinstance(who, Actor) else ctx.db.run(who.identify, lazy=True)
        text_limits.check(command)
        actor.require(Permission.EXPIRE)
        return expiry.expire_cards(ctx, actor, now=command.now)
    route = ROUTES.get(type(command))
    if route is None:
        raise InvalidInput("No handler for {command}.", command=type(command).__name__)
    # Without a key the route's one write may stand alone (no key record to write with it).
    single = route.single and getattr(command, "key", None) is None
    if isinstance(who, Actor):
        work = _transaction(ctx, who, route, command)
        return run(ctx, who, work, lazy=route.lazy, single=single)
    found, identified = _identifying(ctx, who, route, command)
    return run(ctx, found, identified, lazy=route.lazy, single=single)


def dispatch_now(ctx: Context, who: Caller, command: c.Command) -> Any:
    """Run ``command`` for ``who`` at once as one self-committing statement, or raise
    :class:`~posapp.db.lazy_session.NeedsTransaction` having changed nothing.

    For a caller that must not wait (the central service's event loop): only a command
    whose route may stand alone without a key is tried, once (see
    :meth:`posapp.db.engine.Database.run_single`). Every check of :func:`dispatch` runs;
    a refusal of any kind, like a card that needs its lock, raises ``NeedsTransaction``,
    and :func:`dispatch` then runs the command again (and records the refusal) as ever.
    """
    route = ROUTES.get(type(command))
    if route is None or not route.single or getattr(command, "key", None) is not None:
        raise NeedsTransaction()
    _, identified = _identifying(ctx, who, route, command)
    return ctx.db.run_single(identified)


def _identifying(
    ctx: Context, who: Caller, route: Route, command: c.Command
) -> tuple[Identified, Callable[[Session], Any]]:
    """The transaction that names ``who``'s actor first thing, then runs ``command`` for it."""
    found = Identified(who)

    def identified(session: Session) -> Any:
        return _transaction(ctx, found.identify(session), route, command)(session)

    return found, identified


def _transaction(
    ctx: Context, actor: Actor, route: Route, command: c.Command
) -> Callable[[Session], Any]:
    """The transaction that runs ``command`` for ``actor``, once its checks pass."""
    text_limits.check(command)
    actor.require(route.permission)
    key: str | None = getattr(command, "key", None)
    if key is None:
        return lambda s: route.handler(s, ctx, actor, command, _op_key())
    check_key(key)
    slot = scoped_key(actor, key)
    digest = fingerprint(ctx, command)

    def transaction(session: Session) -> Any:
        claimed = _claim(session, ctx, actor, slot, command.name, digest)
        if claimed is not None:
            stored, same_staff = claimed
            return _replay(session, ctx, route.result, stored, reveal=same_staff)
        result = route.handler(session, ctx, actor, command, _op_key())
        row = session.get(Operation, slot)
        assert row is not None
        row.result = result.to_record()
        return result

    return transaction


def _op_key() -> str:
    """The operation id from which its ledger entries' keys derive (never caller text)."""
    return f"op/{secrets.token_hex(16)}"


def check_key(key: str) -> str:
    if not (1 <= len(key) <= 100 and key.isprintable()):
        raise InvalidInput("An idempotency key is 1-100 printable characters.")
    return key


def scoped_key(actor: Actor, key: str) -> str:
    """Where ``key`` is stored: under the terminal that sent it."""
    terminal = actor.terminal_id.hex if actor.terminal_id else "none"
    return f"{terminal}/{hashlib.sha256(key.encode()).hexdigest()}"


def fingerprint(ctx: Context, command: c.Command) -> str:
    """A keyed hash of the command's arguments (its codes are never stored)."""
    request = {k: v for k, v in command.to_dict().items() if k != "key"}
    return ctx.keys.lookup_hash(json.dumps(request, sort_keys=True, default=str))


def _claim(
    session: Session, ctx: Context, actor: Actor, slot: str, kind: str, digest: str
) -> tuple[dict[str, Any], bool] | None:
    """Take ``slot`` for this transaction, or return the first result stored under it and
    whether the same staff member sent it.

    On PostgreSQL a concurrent claimer of the same key waits on the insert
    until the first transaction ends, then sees its row.
    """
    row = session.get(Operation, slot)
    if row is None:
        if _insert_slot(session, ctx, actor, slot, kind, digest):
            return None
        row = session.scalar(
            select(Operation).where(Operation.key == slot),
            execution_options={"populate_existing": True},
        )
    assert row is not None
    if row.kind != kind or row.request_hash != digest:
        raise Conflict("This idempotency key was already used for a different operation.")
    return row.result, row.staff_id == actor.staff_id


def _insert_slot(
    session: Session, ctx: Context, actor: Actor, slot: str, kind: str, digest: str
) -> bool:
    """Insert the record of ``slot`` unless it exists; whether this insert made it."""
    insert: Callable[..., Any]  # either dialect's INSERT, which has ON CONFLICT
    if session.get_bind().dialect.name == "postgresql":
        # Imported here: the PostgreSQL dialect is a tenth of a second a SQLite till
        # would pay at every start.
        from sqlalchemy.dialects.postgresql import insert
    else:
        insert = sqlite_insert
    stmt = (
        insert(Operation)
        .values(
            key=slot,
            kind=kind,
            request_hash=digest,
            result={},
            staff_id=actor.staff_id,
            terminal_id=actor.terminal_id,
            created_at=ctx.now(),
        )
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(Operation.key)
    )
    # rowcount is -1 for this statement on psycopg: RETURNING says whether it inserted.
    return session.connection().execute(stmt).first() is not None


#: The request hash of a key closed without being run (see :func:`close_key`).
CLOSED = "closed"


def close_key(session: Session, ctx: Context, actor: Actor, key: str, kind: str) -> bool:
    """Close this terminal's ``key`` so that a ``kind`` command sent under it later is refused
    as :class:`Conflict` rather than run; False when the key was already used (it ran).

    A till that was refused on a resend of an operation and reports it as not done closes
    the operation's key, in the same transaction: the first send, held up on the network,
    can then no longer arrive and be applied after all.
    """
    check_key(key)
    return _insert_slot(session, ctx, actor, scoped_key(actor, key), kind, CLOSED)


def _replay(
    session: Session, ctx: Context, result_type: Any, stored: dict[str, Any], *, reveal: bool
) -> Any:
    result = result_type.from_record(stored)
    return _reveal(session, ctx, result) if reveal else result


def _reveal(session: Session, ctx: Context, value: Any) -> Any:
    """The full codes the first run showed, decrypted again for the same staff member."""
    if isinstance(value, CardView):
        if not value.shown:
            return value
        card = session.get(GiftCard, value.id)
        assert card is not None
        return dataclasses.replace(
            value, code=ctx.keys.decrypt(card.code_encrypted, card.code_hash)
        )
    if isinstance(value, tuple):
        return tuple(_reveal(session, ctx, v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _reveal(session, ctx, getattr(value, f.name))
            for f in dataclasses.fields(value)
            if isinstance(getattr(value, f.name), (CardView, tuple))
        }
        return dataclasses.replace(value, **changes)
    return value
