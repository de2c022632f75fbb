"""Audit events and the per-terminal limit on failed look-ups."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import Uuid, bindparam, func, select
from sqlalchemy.orm import Session

from posapp.db.models import AuditEvent, Staff, Terminal
from posapp.db.types import UTCDateTime
from posapp.domain.errors import PosError, RateLimited
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings

LOOKUP_FAILED = "lookup_failed"
RATE_LIMITED = "rate_limited"
AUTH_FAILED = "auth_failed"


def record(
    session: Session,
    ctx: Context,
    actor: Actor | None,
    kind: str,
    detail: dict[str, Any] | None = None,
    *,
    card_id: uuid.UUID | None = None,
) -> None:
    """Add an audit event to the current transaction. ``detail`` never holds a full code."""
    session.add(
        AuditEvent(
            kind=kind,
            staff_id=actor.staff_id if actor else None,
            terminal_id=actor.terminal_id if actor else None,
            location_id=actor.location_id if actor else None,
            card_id=card_id,
            detail=detail or {},
            at=ctx.now(),
        )
    )


def record_apart(
    ctx: Context, actor: Actor | None, kind: str, detail: dict[str, Any] | None = None
) -> None:
    """Record an event in a transaction of its own: the refused operation rolled back."""
    ctx.db.run(lambda s: record(s, ctx, actor, kind, detail))


def record_refusal(ctx: Context, actor: Actor, exc: PosError) -> PosError:
    """Leave a trace of a refusal that changed nothing else; returns the refusal to show.

    A failed look-up is counted in a transaction that locks the terminal's row, so
    parallel failures are counted one after another: once the terminal (or the person,
    at any terminal) has reached its limit, a failure is answered ``rate_limited``
    rather than telling whether that code exists.
    """
    if isinstance(exc, RateLimited):
        record_apart(ctx, actor, RATE_LIMITED, {"reason": exc.message})
        return exc
    if exc.code.value in ("invalid_code", "card_not_found"):
        return ctx.db.run(lambda session: _count_failed_lookup(session, ctx, actor, exc))
    return exc


def _count_failed_lookup(session: Session, ctx: Context, actor: Actor, exc: PosError) -> PosError:
    # FOR NO KEY UPDATE: other transactions' audit rows only take a key-share lock on
    # these rows (their foreign keys), which must not wait on (or deadlock with) this one.
    if actor.terminal_id is not None:
        session.execute(
            select(Terminal.id)
            .where(Terminal.id == actor.terminal_id)
            .with_for_update(key_share=True)
        )
    if actor.staff_id is not None:
        session.execute(
            select(Staff.id).where(Staff.id == actor.staff_id).with_for_update(key_share=True)
        )
    limit = settings.load(session, actor.location_id).failed_lookup_limit
    window = failure_window(ctx, actor)
    by_terminal = session.scalar(RECENT_FAILURES, window) or 0
    # Moving to another till gives a person no fresh budget of unknown codes.
    by_person = session.scalar(
        select(func.count()).where(
            AuditEvent.staff_id == actor.staff_id,
            AuditEvent.kind == LOOKUP_FAILED,
            AuditEvent.at >= window["since"],
        )
    )
    if max(by_terminal, by_person or 0) >= limit:
        refusal = too_many_failures()
        record(session, ctx, actor, RATE_LIMITED, {"reason": refusal.message})
        return refusal
    record(session, ctx, actor, LOOKUP_FAILED, {"error": exc.code.value})
    return exc


def count_recent(
    session: Session,
    ctx: Context,
    kind: str,
    *,
    terminal_id: uuid.UUID | None = None,
    seconds: int = 60,
) -> int:
    since = ctx.now() - timedelta(seconds=seconds)
    query = (
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.kind == kind, AuditEvent.at >= since)
    )
    if terminal_id is not None:
        query = query.where(AuditEvent.terminal_id == terminal_id)
    return session.scalar(query) or 0


#: This terminal's failed look-ups since a time; built once, bound per call (hot path).
RECENT_FAILURES = (
    select(func.count())
    .select_from(AuditEvent)
    .where(
        AuditEvent.terminal_id == bindparam("terminal", type_=Uuid()),
        AuditEvent.kind == LOOKUP_FAILED,
        AuditEvent.at >= bindparam("since", type_=UTCDateTime()),
    )
)


_WINDOW = timedelta(seconds=60)


def failure_window(ctx: Context, actor: Actor) -> dict[str, Any]:
    """The parameters of :data:`RECENT_FAILURES` for ``actor`` now: the last minute."""
    return {"terminal": actor.terminal_id, "since": ctx.now() - _WINDOW}


def too_many_failures() -> RateLimited:
    return RateLimited(
        "Too many unknown or mistyped codes on this terminal: wait a minute and try again."
    )


def check_lookup_rate(session: Session, ctx: Context, actor: Actor, limit: int) -> None:
    """Refuse look-ups from a terminal that failed ``limit`` times in the last minute."""
    if (session.scalar(RECENT_FAILURES, failure_window(ctx, actor)) or 0) >= limit:
        raise too_many_failures()
