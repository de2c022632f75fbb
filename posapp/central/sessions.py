"""Who is asking the central service: the terminal (by its credential) and the signed-in person.

Every request but enrolment presents a terminal credential; checking it also
records the till's last contact, app version and waiting operations. Staff
sign in with their PIN through :func:`posapp.services.security.staff.authenticate`, so
the core's back-off and lock-out apply, and get a session token bound to that
terminal that expires after the store's ``session_hours``. The person's role, active
flag and lock are read again at every request, so a change applies at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, select, update
from sqlalchemy.orm import Session

from posapp.central import offline_tickets, tokens
from posapp.db.models import Location, Staff, StaffSession, Terminal
from posapp.domain.errors import AuthFailed
from posapp.domain.roles import Role
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings
from posapp.services.security import staff as staff_service

_MAX_VERSION = 40
#: A till's last contact is written at most this often while its app version and waiting
#: operations stay the same (a change of either is written at once).
CONTACT_EVERY = timedelta(seconds=5)


@dataclass(frozen=True)
class TerminalAccess:
    id: uuid.UUID
    name: str
    location_id: uuid.UUID
    store: str
    #: The SHA-256 of the credential it presented: what its offline tickets are bound to.
    credential_digest: str
    currency: str
    locale: str


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


def _who(with_session: bool) -> Select[Any]:
    """One statement for the terminal (``:credential``), its store and, with a session
    (``:token``), its person. Built once: making a statement costs more than running it."""
    columns: list[Any] = [
        Terminal.id, Terminal.name, Terminal.location_id, Terminal.last_contact_at,
        Terminal.app_version, Terminal.outbox_waiting,
        Location.code, Location.currency, Location.locale,
    ]
    if with_session:
        columns += [
            StaffSession.terminal_id.label("session_terminal"), StaffSession.ended_at,
            StaffSession.expires_at, Staff.id.label("staff_id"), Staff.name.label("staff_name"),
            Staff.role, Staff.active, Staff.locked_at,
        ]
    query = select(*columns).join(Location, Location.id == Terminal.location_id)
    if with_session:
        query = query.outerjoin(
            StaffSession, StaffSession.token_hash == bindparam("token")
        ).outerjoin(Staff, Staff.id == StaffSession.staff_id)
    return query.where(Terminal.credential_hash == bindparam("credential"))


_TERMINAL, _WITH_SESSION = _who(False), _who(True)


def _contact(
    row: Any, now: datetime, version: str | None, waiting: int | None
) -> dict[str, object]:
    """What to record of this contact: nothing while the last one is recent and says the
    same (a write per request would cost every request a row lock and a WAL record)."""
    contact: dict[str, object] = {}
    if version and version[:_MAX_VERSION] != row.app_version:
        contact["app_version"] = version[:_MAX_VERSION]
    if waiting is not None and waiting != row.outbox_waiting:
        contact["outbox_waiting"] = waiting
    if contact or row.last_contact_at is None or now - row.last_contact_at >= CONTACT_EVERY:
        contact["last_contact_at"] = now
    return contact


def _actor(terminal: TerminalAccess, staff_id: uuid.UUID, name: str, role: str) -> Actor:
    return Actor(
        staff_id=staff_id,
        staff_name=name,
        role=Role(role),
        location_id=terminal.location_id,
        location_code=terminal.store,
        currency=terminal.currency,
        locale=terminal.locale,
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
    otherwise the session's. Records the till's contact (see :data:`CONTACT_EVERY`).
    """
    if not credential:
        raise _refused_credential()
    digest = tokens.digest(credential)
    query, params = _TERMINAL, {"credential": digest}
    if token is not None:
        query, params = _WITH_SESSION, {**params, "token": tokens.digest(token)}

    def work(session: Session) -> tuple[TerminalAccess, Actor | None] | AuthFailed:
        now = ctx.now()
        conn = session.connection()
        row = conn.execute(query, params).first()
        if row is None:
            return _refused_credential()
        terminal = TerminalAccess(row.id, row.name, row.location_id, row.code, digest,
                                  row.currency, row.locale)
        contact = _contact(row, now, version, waiting)
        if contact:
            conn.execute(update(Terminal).where(Terminal.id == row.id).values(**contact))
        if ticket is not None:
            person = _vouched(session, ctx, terminal, *ticket)
            if person is not None:
                return terminal, _actor(terminal, person.id, person.name, person.role)
        if token is None:
            return terminal, None
        usable = (
            row.staff_id is not None
            and row.session_terminal == terminal.id
            and row.ended_at is None
            and row.expires_at > now
            and row.active
            and row.locked_at is None
        )
        if not usable:
            return _refused_session()
        return terminal, _actor(terminal, row.staff_id, row.staff_name, row.role)

    outcome = ctx.db.run(work, lazy=True)
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

    def work(session: Session) -> tuple[datetime, datetime]:
        st = settings.current(session, ctx, terminal.location_id)
        lasts = timedelta(hours=st.session_hours)
        session.add(
            StaffSession(
                token_hash=tokens.digest(token),
                staff_id=actor.staff_id,
                terminal_id=terminal.id,
                created_at=now,
                expires_at=now + lasts,
            )
        )
        window = timedelta(hours=st.offline_window_hours)
        return now + lasts, now + offline_tickets.lifetime(lasts, window)

    expires, ticket_expires = ctx.db.run(work)
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
