"""Who is asking the central service: the terminal (by its credential) and the signed-in person.

Every request but enrolment presents a terminal credential; checking it also
records the till's last contact, app version and waiting operations. Staff
sign in with their PIN through :func:`posapp.services.security.staff.authenticate`, so
the core's back-off and lock-out apply, and get a session token bound to that
terminal that expires after :data:`SESSION_LIFETIME`. The person's role, active
flag and lock are read again at every request, so a change applies at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from posapp.central import offline_tickets, tokens
from posapp.db.models import Location, Staff, StaffSession, Terminal
from posapp.domain.errors import AuthFailed
from posapp.domain.roles import Role
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings
from posapp.services.security import staff as staff_service

#: A shift and some: a till signs its person in again after this long.
SESSION_LIFETIME = timedelta(hours=12)
_MAX_VERSION = 40


@dataclass(frozen=True)
class TerminalAccess:
    id: uuid.UUID
    name: str
    location_id: uuid.UUID
    store: str
    #: The SHA-256 of the credential it presented: what its offline tickets are bound to.
    credential_digest: str


@dataclass(frozen=True)
class SignedIn:
    token: str
    expires_at: datetime
    actor: Actor
    #: Vouches, on replay, for what the person does at this till offline until it expires.
    ticket: str
    ticket_expires_at: datetime


def _refused_credential() -> AuthFailed:
    return AuthFailed(
        "This terminal's credential is not valid (missing, wrong or revoked): an admin "
        "gives a new enrolment code with `posapp terminal code NAME`."
    )


def _refused_session() -> AuthFailed:
    return AuthFailed("Not signed in at this terminal (or the session has ended): sign in again.")


def _terminal(
    session: Session, ctx: Context, credential: str, version: str | None, waiting: int | None
) -> TerminalAccess:
    if not credential:
        raise _refused_credential()
    contact: dict[str, object] = {"last_contact_at": ctx.now()}
    if version:
        contact["app_version"] = version[:_MAX_VERSION]
    if waiting is not None:
        contact["outbox_waiting"] = waiting
    digest = tokens.digest(credential)
    found = session.execute(
        update(Terminal)
        .where(Terminal.credential_hash == digest)
        .values(**contact)
        .returning(Terminal.id, Terminal.name, Terminal.location_id)
    ).first()
    if found is None:
        raise _refused_credential()
    store = session.get_one(Location, found.location_id).code
    return TerminalAccess(found.id, found.name, found.location_id, store, digest)


def _actor(session: Session, terminal: TerminalAccess, staff: Staff) -> Actor:
    location = session.get_one(Location, terminal.location_id)
    return Actor(
        staff_id=staff.id,
        staff_name=staff.name,
        role=Role(staff.role),
        location_id=location.id,
        location_code=location.code,
        currency=location.currency,
        locale=location.locale,
        terminal_id=terminal.id,
        terminal_name=terminal.name,
    )


def authorize(
    ctx: Context,
    credential: str,
    token: str | None,
    *,
    version: str | None = None,
    waiting: int | None = None,
    ticket: tuple[str, datetime] | None = None,
) -> tuple[TerminalAccess, Actor | None]:
    """The terminal presenting ``credential`` and, with ``token``, the person signed in there.

    A session of another terminal, an expired or ended one, or one whose person has
    since been disabled or locked is refused like a wrong one. With ``ticket`` (an
    offline ticket and the terminal time of the operation it is sent with), the person
    it names, when it vouches for that time (:mod:`posapp.central.offline_tickets`);
    otherwise the session's.
    """

    def work(session: Session) -> tuple[TerminalAccess, Actor | None] | AuthFailed:
        try:
            terminal = _terminal(session, ctx, credential, version, waiting)
        except AuthFailed as refused:
            return refused
        if ticket is not None:
            person = _vouched(session, ctx, terminal, *ticket)
            if person is not None:
                return terminal, _actor(session, terminal, person)
        if token is None:
            return terminal, None
        found = session.execute(
            select(StaffSession, Staff)
            .join(Staff, Staff.id == StaffSession.staff_id)
            .where(StaffSession.token_hash == tokens.digest(token))
        ).first()
        if found is None:
            return _refused_session()
        signed, person = found
        usable = (
            signed.terminal_id == terminal.id
            and signed.ended_at is None
            and signed.expires_at > ctx.now()
            and person.active
            and person.locked_at is None
        )
        if not usable:
            return _refused_session()
        return terminal, _actor(session, terminal, person)

    outcome = ctx.db.run(work)
    if isinstance(outcome, AuthFailed):
        raise outcome
    return outcome


def _vouched(
    session: Session, ctx: Context, terminal: TerminalAccess, text: str, at: datetime
) -> Staff | None:
    """The person an offline ticket names, if it vouches for an operation taken at ``at``."""
    found = offline_tickets.read(ctx.keys, terminal.credential_digest, text)
    if found is None or not offline_tickets.covers(found, terminal.id, at, ctx.now()):
        return None
    person = session.get(Staff, found.staff_id)
    if person is None or not person.active:
        return None
    if person.locked_at is not None and person.locked_at <= at:
        return None
    return person


def sign_in(ctx: Context, terminal: TerminalAccess, name: str, pin: str) -> SignedIn:
    """Check ``pin`` as a sign-in at ``terminal`` does (back-off, lock-out, audit), then open
    a session bound to that terminal."""
    actor = staff_service.authenticate(
        ctx, name, pin, location_code=terminal.store, terminal_name=terminal.name,
        record_login=True,
    )
    assert actor.staff_id is not None, "a person signed in"
    token = tokens.new_token()
    now = ctx.now()
    expires = now + SESSION_LIFETIME

    def work(session: Session) -> datetime:
        session.add(
            StaffSession(
                token_hash=tokens.digest(token),
                staff_id=actor.staff_id,
                terminal_id=terminal.id,
                created_at=now,
                expires_at=expires,
            )
        )
        window = settings.current(session, ctx, terminal.location_id).offline_window_hours
        return now + offline_tickets.lifetime(SESSION_LIFETIME, timedelta(hours=window))

    ticket_expires = ctx.db.run(work)
    ticket = offline_tickets.issue(ctx.keys, terminal.credential_digest, offline_tickets.Ticket(
        terminal.id, actor.staff_id, now, ticket_expires))
    return SignedIn(token, expires, actor, ticket, ticket_expires)


def sign_out(ctx: Context, terminal: TerminalAccess, token: str) -> None:
    ctx.db.run(
        lambda s: s.execute(
            update(StaffSession)
            .where(
                StaffSession.token_hash == tokens.digest(token),
                StaffSession.terminal_id == terminal.id,
                StaffSession.ended_at.is_(None),
            )
            .values(ended_at=ctx.now())
        )
    )
