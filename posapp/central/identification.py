"""Who sent a request to the central service: the terminal (by its credential) and the
person signed in there (by a staff session token, or an offline ticket on a replay).

A command sent to the service is identified inside the transaction that runs it
(:class:`Caller`, handed to :func:`posapp.services.command_path.bus.dispatch`): one
transaction and one statement more per request, not a transaction of its own. So a
revocation, a sign-out or a person's lock committed before the request's transaction is
seen by it, and a refusal comes before the command has done anything. Other requests
(sign-in, the reads) use :func:`authorize`, the same check in a transaction of its own.

A redemption tried as a single-statement unit (:mod:`posapp.db.lazy_session`) does not
read its sender again while the process found it lately (until the till's next contact is
due): it trusts the till and person found then, and its write checks, in the same
statement, that they are still so (:data:`_STILL`: the credential, the session unexpired
and not ended, the person active and unlocked, and every name, role and store setting the
actor was built from). A revocation, a sign-out or a lock committed before that write is
seen by it: the write does nothing and the command runs again as a transaction, which
checks the sender in full.

Every check also notes the till's contact (time, app version, waiting operations). It is
written apart, after the request's work and only when something changed or the last one
written is :data:`CONTACT_EVERY` old: a write per request would cost every request a row
lock, and a refused command (rolled back) must not lose it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, bindparam, select, true, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from posapp.central import offline_tickets, tokens
from posapp.db.lazy_session import WriteGuard, single_statement
from posapp.db.models import Location, Staff, StaffSession, Terminal
from posapp.db.plain import Plain
from posapp.domain.errors import AuthFailed, Busy
from posapp.domain.roles import Role
from posapp.services.command_path.context import Actor, Context

log = logging.getLogger("posapp.central")
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


def _refused_credential() -> AuthFailed:
    return AuthFailed(
        "This terminal's credential is not valid (missing, wrong or revoked): an admin "
        "gives a new enrolment code with `posapp terminal code NAME`."
    )


def _refused_session() -> AuthFailed:
    return AuthFailed("Not signed in at this terminal (or the session has ended): sign in again.")


def _not_signed_in() -> AuthFailed:
    return AuthFailed("Not signed in: sign in first (POST /v1/sessions).")


_TERMINAL_COLUMNS: tuple[Any, ...] = (
    Terminal.id, Terminal.name, Terminal.location_id, Terminal.last_contact_at,
    Terminal.app_version, Terminal.outbox_waiting,
    Location.code, Location.currency, Location.locale,
)


def _usable(now: str) -> ColumnElement[bool]:
    """That the staff session joined is one a person may act in at this terminal at the
    moment ``:<now>``: the terminal's, neither ended nor expired, its person active and not
    locked. The one rule, read with the sender (:data:`_WITH_SESSION`) and checked by a
    trusted sender's write (:data:`_STILL`)."""
    return and_(
        StaffSession.terminal_id == Terminal.id,
        StaffSession.ended_at.is_(None),
        StaffSession.expires_at > bindparam(now, type_=StaffSession.expires_at.type),
        Staff.active == true(),
        Staff.locked_at.is_(None),
    )


_SESSION_COLUMNS: tuple[Any, ...] = (
    Staff.id, Staff.name, Staff.role, _usable("now").label("usable"),
)


def _who(with_session: bool) -> Select[Any]:
    """One statement for the terminal (``:credential``), its store and, with a session
    (``:token``), its person and whether they may act there at ``:now``."""
    columns = _TERMINAL_COLUMNS + (_SESSION_COLUMNS if with_session else ())
    query = select(*columns).join(Location, Location.id == Terminal.location_id)
    if with_session:
        query = query.outerjoin(
            StaffSession, StaffSession.token_hash == bindparam("token")
        ).outerjoin(Staff, Staff.id == StaffSession.staff_id)
    return query.where(Terminal.credential_hash == bindparam("credential"))


#: Rendered once and sent on the transaction's own cursor (see :mod:`posapp.db.plain`):
#: SQLAlchemy's per-call execution cost more than the statement itself.
_TERMINAL, _WITH_SESSION = Plain(_who(False)), Plain(_who(True))


def _still() -> ColumnElement[bool]:
    """That the till (``:g_credential``) and the person signed in there (``:g_token``) are
    still as they were found: the session usable at ``:g_now``, and the values the actor was
    built from unchanged."""
    same = {
        Terminal.id: "g_terminal", Terminal.name: "g_terminal_name",
        Terminal.location_id: "g_location", Location.code: "g_store",
        Location.currency: "g_currency", Location.locale: "g_locale",
        Staff.id: "g_staff", Staff.name: "g_name", Staff.role: "g_role",
    }
    return (
        select(Terminal.id)
        .join(Location, Location.id == Terminal.location_id)
        .join(StaffSession, StaffSession.token_hash == bindparam("g_token", type_=String()))
        .join(Staff, Staff.id == StaffSession.staff_id)
        .where(
            Terminal.credential_hash == bindparam("g_credential", type_=String()),
            _usable("g_now"),
            *(column == bindparam(name, type_=column.type) for column, name in same.items()),
        )
        .exists()
    )


#: The condition a trusted sender's write checks (see the module's account).
_STILL = _still()
_KNOWN_MAX = 4096


@dataclass(frozen=True)
class _Known:
    """A till and the person signed in there as found at ``at`` (the context's clock), with
    the app version and waiting operations that request reported; trusted until the till's
    next contact is due (``until``), so a busy till's contact is written as often as ever."""

    terminal: TerminalAccess
    actor: Actor
    version: str | None
    waiting: int | None
    at: datetime
    until: datetime


#: (credential digest, session token digest) -> what was found for them.
_KNOWN: dict[tuple[str, str], _Known] = {}


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


class Caller:
    """The sender of one request: its terminal ``credential`` and, with ``token``, the person
    signed in there; with ``ticket`` (an offline ticket and the terminal time of the
    operation it is sent with), the person it names when it vouches for that time
    (:mod:`posapp.central.offline_tickets`), otherwise the session's. ``staff``: a person
    must be signed in.

    :meth:`identify` runs in a transaction (the command's, or :func:`authorize`'s) and may
    run again when that transaction is retried; :meth:`record_contact` then writes the
    contact it noted, if due. A session of another terminal, an expired or ended one, or
    one whose person has since been disabled or locked is refused like a wrong one.
    """

    def __init__(
        self,
        ctx: Context,
        credential: str,
        token: str | None,
        *,
        staff: bool = True,
        version: str | None = None,
        waiting: int | None = None,
        ticket: tuple[str, datetime] | None = None,
    ) -> None:
        self._ctx = ctx
        self._digest = tokens.digest(credential) if credential else ""
        self._token = tokens.digest(token) if token is not None else None
        self._staff = staff
        self._version = version[:_MAX_VERSION] if version else None
        self._waiting = waiting
        self._ticket = ticket
        #: Whether a check of this request trusted what the process knew (once only: if
        #: its work runs again, the sender is read again).
        self._trusted = False
        #: The terminal and person the last check found (None until found).
        self.terminal: TerminalAccess | None = None
        self.actor: Actor | None = None
        self._contact: dict[str, object] = {}

    def identify(self, session: Session) -> Actor:
        """The person acting (the :class:`~posapp.services.command_path.context.Caller`
        protocol); refused unless one is signed in."""
        _, actor = self.check(session)
        if actor is None:
            raise _not_signed_in()
        return actor

    def check(self, session: Session) -> tuple[TerminalAccess, Actor | None]:
        """The terminal and, when a session or ticket was sent, the person acting there."""
        self.terminal = self.actor = None
        self._contact = {}
        if not self._digest:
            raise _refused_credential()
        now = self._ctx.now()
        known = self._trust(session, now)
        if known is not None:
            self.terminal, self.actor = known.terminal, known.actor
            return known.terminal, known.actor
        if self._token is None:
            found = _TERMINAL.rows(session, {"credential": self._digest})
        else:
            _KNOWN.pop((self._digest, self._token), None)  # kept again if it passes
            found = _WITH_SESSION.rows(
                session, {"credential": self._digest, "token": self._token, "now": now}
            )
        if not found:
            raise _refused_credential()
        row = found[0]
        terminal = self.terminal = TerminalAccess(
            row[0], row[1], row[2], row[6], self._digest, row[7], row[8]
        )
        self._contact = self._due(row[3], row[4], row[5], now)
        actor = self._person(session, terminal, row)
        if actor is None and self._staff:
            raise _refused_session() if self._token is not None else _not_signed_in()
        self.actor = actor
        contact = now if "last_contact_at" in self._contact else row[3]
        self._remember(now, contact + CONTACT_EVERY)
        return terminal, actor

    def _trust(self, session: Session, now: datetime) -> _Known | None:
        """What the process knew of this sender, when ``session`` is a single-statement unit
        whose write can check it still holds (the guard is set on it)."""
        unit = single_statement(session)
        if unit is None or self._token is None or self._ticket is not None or self._trusted:
            return None
        known = _KNOWN.get((self._digest, self._token))
        if (
            known is None
            or not known.at <= now < known.until
            or (known.version, known.waiting) != (self._version, self._waiting)
        ):
            return None
        self._trusted = True
        terminal, actor = known.terminal, known.actor
        unit.guard = WriteGuard(
            _STILL,
            {
                "g_credential": self._digest, "g_token": self._token, "g_now": now,
                "g_terminal": terminal.id, "g_terminal_name": terminal.name,
                "g_location": terminal.location_id, "g_store": terminal.store,
                "g_currency": terminal.currency, "g_locale": terminal.locale,
                "g_staff": actor.staff_id, "g_name": actor.staff_name,
                "g_role": actor.role.value,
            },
        )
        return known

    def _remember(self, now: datetime, until: datetime) -> None:
        """Keep what this check found of a person signed in (not of one an offline ticket
        named: a ticket vouches for one operation's time)."""
        terminal, actor = self.terminal, self.actor
        if self._token is None or self._ticket is not None or terminal is None or actor is None:
            return
        if len(_KNOWN) >= _KNOWN_MAX:
            _KNOWN.clear()
        _KNOWN[(self._digest, self._token)] = _Known(
            terminal, actor, self._version, self._waiting, now, until
        )

    def _person(self, session: Session, terminal: TerminalAccess, row: Any) -> Actor | None:
        if self._ticket is not None:
            person = _vouched(session, self._ctx, terminal, *self._ticket)
            if person is not None:
                return _actor(terminal, person.id, person.name, person.role)
        if self._token is None:
            return None
        staff_id, name, role, usable = row[9:]
        if not usable:  # None when no session has this token
            raise _refused_session()
        return _actor(terminal, staff_id, name, role)

    def _due(
        self, last: datetime | None, version: str | None, waiting: int | None, now: datetime
    ) -> dict[str, object]:
        """What to record of this contact: nothing while the last one is recent and says the
        same."""
        contact: dict[str, object] = {}
        if self._version and self._version != version:
            contact["app_version"] = self._version
        if self._waiting is not None and self._waiting != waiting:
            contact["outbox_waiting"] = self._waiting
        if contact or last is None or now - last >= CONTACT_EVERY:
            contact["last_contact_at"] = now
        return contact

    @property
    def contact_due(self) -> bool:
        """Whether :meth:`record_contact` has a contact to write."""
        return bool(self._contact) and self.terminal is not None

    def authorize(self) -> tuple[TerminalAccess, Actor | None]:
        """:meth:`check` in a transaction of its own, then :meth:`record_contact`."""
        try:
            return self._ctx.db.run(self.check, lazy=True)
        finally:
            self.record_contact()

    def record_contact(self) -> None:
        """Write the contact the last check noted, if one is due, in a transaction of its
        own: it is kept whether the request's work committed or was refused. A failure to
        write it is logged and fails nothing (the next request finds it still due)."""
        contact, terminal = self._contact, self.terminal
        if not contact or terminal is None:
            return
        self._contact = {}
        try:
            self._ctx.db.run(
                lambda s: s.execute(
                    update(Terminal).where(Terminal.id == terminal.id).values(**contact)
                )
            )
        except (DBAPIError, Busy):
            log.warning("a till's contact was not recorded", exc_info=True)


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


def authorize(
    ctx: Context,
    credential: str,
    token: str | None,
    *,
    version: str | None = None,
    waiting: int | None = None,
    ticket: tuple[str, datetime] | None = None,
) -> tuple[TerminalAccess, Actor | None]:
    """The terminal presenting ``credential`` and, with ``token`` (or ``ticket``), the
    person acting there, checked in a transaction of its own (see :class:`Caller`)."""
    return Caller(
        ctx, credential, token, staff=False, version=version, waiting=waiting, ticket=ticket
    ).authorize()
