"""Staff sessions at the central service's tills.

Staff sign in with their PIN through :func:`posapp.services.security.staff.authenticate`,
so the core's back-off and lock-out apply, and get a session token bound to that
terminal that expires after the store's ``session_hours``. Every request is checked
against it (:mod:`posapp.central.identification`): the person's role, active flag and
lock are read again each time, so a change applies at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from posapp.central import offline_tickets, tokens
from posapp.central.identification import TerminalAccess
from posapp.db.models import StaffSession
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings
from posapp.services.security import staff as staff_service


@dataclass(frozen=True)
class SignedIn:
    token: str
    expires_at: datetime
    actor: Actor
    #: Vouches, on replay, for what the person does at this till offline until it expires.
    ticket: str
    ticket_expires_at: datetime


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
