"""How a service call runs: one retried transaction, refusals audited, replays answered."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from posapp.db.models import Operation
from posapp.domain.errors import Conflict, InvalidInput, PosError
from posapp.services import audit
from posapp.services.context import Actor, Context

R = TypeVar("R")


class Recordable(Protocol):
    def to_record(self) -> dict[str, Any]: ...


RR = TypeVar("RR", bound=Recordable)


def run(ctx: Context, actor: Actor, work: Callable[[Session], R], *, readonly: bool = False) -> R:
    """Run ``work`` as one transaction; a refusal rolls it back and may leave an audit event."""
    try:
        return ctx.db.run(work, readonly=readonly)
    except PosError as exc:
        shown = audit.record_refusal(ctx, actor, exc)
        if shown is exc:
            raise
        raise shown from exc


def request_hash(request: dict[str, Any]) -> str:
    blob = json.dumps(request, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


def check_key(key: str | None) -> str | None:
    if key is not None and not (1 <= len(key) <= 100 and key.isprintable()):
        raise InvalidInput("An idempotency key is 1-100 printable characters.")
    return key


def _claim(
    session: Session, ctx: Context, actor: Actor, key: str, kind: str, digest: str
) -> dict[str, Any] | None:
    """Take ``key`` for this transaction, or return the first result stored under it.

    On PostgreSQL a concurrent claimer of the same key waits on the insert
    until the first transaction ends, then sees its row.
    """
    row = session.get(Operation, key)
    if row is None:
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
                key=key,
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
        if session.connection().execute(stmt).first() is not None:
            return None
        row = session.scalar(
            select(Operation).where(Operation.key == key),
            execution_options={"populate_existing": True},
        )
    assert row is not None
    if row.kind != kind or row.request_hash != digest:
        raise Conflict("This idempotency key was already used for a different operation.")
    return row.result


def run_once(
    ctx: Context,
    actor: Actor,
    *,
    kind: str,
    key: str | None,
    request: dict[str, Any],
    work: Callable[[Session, str], RR],
    replay: Callable[[Session, dict[str, Any]], RR],
) -> RR:
    """Run a balance-changing operation at most once per idempotency ``key``.

    ``work`` gets the operation key from which its ledger entries derive
    theirs. A second call with the same key and arguments returns the first
    result (rebuilt by ``replay``) and changes nothing; with other arguments
    it raises :class:`Conflict`.
    """
    check_key(key)
    # Only a keyed call can be replayed, so only it needs the fingerprint of its arguments.
    digest = request_hash({"kind": kind, **request}) if key is not None else ""

    def transaction(session: Session) -> RR:
        if key is not None:
            stored = _claim(session, ctx, actor, key, kind, digest)
            if stored is not None:
                return replay(session, stored)
        result = work(session, key or uuid.uuid4().hex)
        if key is not None:
            row = session.get(Operation, key)
            assert row is not None
            row.result = result.to_record()
        return result

    return run(ctx, actor, transaction)
