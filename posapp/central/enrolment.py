"""Tills join the central service: a one-time code from an admin, then a revocable credential.

An admin registers a till and gets an enrolment code (valid the store's ``enrol_code_hours``,
shown once, stored hashed). The till exchanges it once for a terminal credential,
32 random bytes of which the service keeps only the hash. Revoking a terminal
refuses its credential from the next request on and ends its staff sessions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from posapp.central import tokens
from posapp.db.models import (
    AuditEvent,
    EnrolFailure,
    Location,
    ShopKey,
    StaffSession,
    Terminal,
)
from posapp.domain.errors import AuthFailed, NotAllowed, PosError, RateLimited
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.security import terminals
from posapp.services.security.terminals import TerminalView

#: Wrong codes naming one terminal after which its code is void (an admin gives a new one).
CODE_TRIES = 5
#: Wrong codes from one client address within ADDRESS_WINDOW after which it is refused.
ADDRESS_TRIES = 10
ADDRESS_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class EnrolCode:
    """A terminal and the one-time code that enrols it (shown once, never stored)."""

    terminal: TerminalView
    code: str
    expires_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.terminal.to_dict(),
            "enrol_code": self.code,
            "enrol_expires_at": self.expires_at.isoformat(),
        }


@dataclass(frozen=True)
class Enrolled:
    """What a till receives for its code: its credential, name and store."""

    credential: str
    terminal: str
    store: str


def _new_code(session: Session, ctx: Context, terminal: Terminal, store: str) -> EnrolCode:
    while True:  # the first group names the terminal: unique among pending codes
        code = tokens.new_enrol_code()
        code_id = tokens.enrol_code_id(code)
        if session.scalar(select(Terminal.id).where(Terminal.enrol_code_id == code_id)) is None:
            break
    terminal.enrol_code_hash = tokens.enrol_code_digest(code)
    terminal.enrol_code_id, terminal.enrol_failures = code_id, 0
    hours = settings.current(session, ctx, terminal.location_id).enrol_code_hours
    terminal.enrol_expires_at = ctx.now() + timedelta(hours=hours)
    session.flush()
    return EnrolCode(TerminalView.of(terminal, store), code, terminal.enrol_expires_at)


def add_terminal(ctx: Context, actor: Actor, name: str, store: str) -> EnrolCode:
    """An admin registers a till at ``store`` with a code to enrol it."""
    actor.require(Permission.MANAGE_LOCATIONS)

    def work(session: Session) -> EnrolCode:
        terminal, code = terminals.add(session, ctx, actor, name, store)
        return _new_code(session, ctx, terminal, code)

    return run(ctx, actor, work)


def new_code(ctx: Context, actor: Actor, name: str, store: str | None = None) -> EnrolCode:
    """A fresh enrolment code for a registered till (a new machine, or after a revocation).

    The till's current credential keeps working until the code is used.
    """
    actor.require(Permission.MANAGE_LOCATIONS)

    def work(session: Session) -> EnrolCode:
        terminal, code = terminals.named(session, name, store)
        if session.scalar(select(ShopKey.id).where(ShopKey.terminal_id == terminal.id)):
            # A till there would share the shop's look-up counter and idempotency keys.
            raise NotAllowed("{name} is a web shop, not a till: it uses its API key.", name=name)
        audit.record(session, ctx, actor, "terminal_enrol_code", {"name": name, "store": code})
        return _new_code(session, ctx, terminal, code)

    return run(ctx, actor, work)


def _event(session: Session, now: datetime, kind: str, terminal: Terminal | None,
           detail: dict[str, object]) -> None:
    session.add(AuditEvent(
        kind=kind, terminal_id=terminal.id if terminal else None,
        location_id=terminal.location_id if terminal else None, detail=detail, at=now,
    ))


def _wrong_code(session: Session, now: datetime, code: str, address: str) -> AuthFailed:
    """Count a wrong code against its address and the terminal it names; audited."""
    session.execute(delete(EnrolFailure).where(
        EnrolFailure.address == address, EnrolFailure.at <= now - ADDRESS_WINDOW))
    session.add(EnrolFailure(address=address, at=now))
    named = session.scalar(
        select(Terminal).where(Terminal.enrol_code_id == tokens.enrol_code_id(code))
        .with_for_update()
    )
    detail: dict[str, object] = {"address": address}
    if named is not None:
        named.enrol_failures += 1
        detail["name"] = named.name
        if named.enrol_failures >= CODE_TRIES:
            # Whoever is guessing has had enough tries at this code: it works no more.
            named.enrol_code_hash = named.enrol_code_id = named.enrol_expires_at = None
            _event(session, now, "terminal_enrol_code_voided", named, dict(detail))
    _event(session, now, "terminal_enrol_refused", named, detail)
    return AuthFailed(
        "That enrolment code is not valid: it is wrong, was already used or has "
        "expired. An admin gives a new one with `posapp terminal code NAME`."
    )


def enrol(ctx: Context, code: str, address: str = "") -> Enrolled:
    """Exchange a one-time code for a terminal credential (at most once, before it expires).

    Wrong codes are counted per client ``address`` (after :data:`ADDRESS_TRIES` in
    :data:`ADDRESS_WINDOW` it is refused for a while, even a right code) and per terminal
    (after :data:`CODE_TRIES` the code it names is void); each is audited.
    """
    credential = tokens.new_token()
    address = address[:64]

    def work(session: Session) -> Enrolled | PosError:
        now = ctx.now()
        recent = session.scalar(
            select(func.count()).select_from(EnrolFailure)
            .where(EnrolFailure.address == address, EnrolFailure.at > now - ADDRESS_WINDOW)
        )
        if (recent or 0) >= ADDRESS_TRIES:
            _event(session, now, "terminal_enrol_throttled", None, {"address": address})
            minutes = int(ADDRESS_WINDOW.total_seconds() // 60)
            return RateLimited(
                "Too many wrong enrolment codes from this address: try again in {minutes} "
                "minutes.", minutes=minutes,
            )
        # One statement takes the code: of two tills sending it at once, one gets it.
        taken = session.execute(
            update(Terminal)
            .where(
                Terminal.enrol_code_hash == tokens.enrol_code_digest(code),
                Terminal.enrol_expires_at > now,
            )
            .values(
                enrol_code_hash=None,
                enrol_code_id=None,
                enrol_failures=0,
                enrol_expires_at=None,
                credential_hash=tokens.digest(credential),
                enrolled_at=now,
                revoked_at=None,
            )
            .returning(Terminal.id, Terminal.name, Terminal.location_id)
        ).first()
        if taken is None:
            return _wrong_code(session, now, code, address)
        store = session.get_one(Location, taken.location_id).code
        # A session opened under the credential this one replaces must not follow the
        # terminal to its new machine.
        _end_sessions(session, taken.id, now)
        session.add(
            AuditEvent(
                kind="terminal_enrolled",
                terminal_id=taken.id,
                location_id=taken.location_id,
                detail={"name": taken.name, "store": store, "address": address},
                at=now,
            )
        )
        return Enrolled(credential, taken.name, store)

    outcome = ctx.db.run(work)
    if isinstance(outcome, PosError):
        raise outcome
    return outcome


def _end_sessions(session: Session, terminal_id: uuid.UUID, now: datetime) -> None:
    session.execute(
        update(StaffSession)
        .where(StaffSession.terminal_id == terminal_id, StaffSession.ended_at.is_(None))
        .values(ended_at=now)
    )


def revoke(ctx: Context, actor: Actor, name: str, store: str | None = None) -> TerminalView:
    """Refuse the till's credential from now on and end its staff sessions."""
    actor.require(Permission.MANAGE_LOCATIONS)

    def work(session: Session) -> TerminalView:
        terminal, code = terminals.named(session, name, store)
        now = ctx.now()
        terminal.revoked_at = now
        terminal.credential_hash = None
        terminal.enrol_code_hash = None
        terminal.enrol_expires_at = None
        _end_sessions(session, terminal.id, now)
        audit.record(session, ctx, actor, "terminal_revoked", {"name": name, "store": code})
        session.flush()
        return TerminalView.of(terminal, code)

    return run(ctx, actor, work)

