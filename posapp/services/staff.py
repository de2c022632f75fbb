"""Staff, PINs and sign-in: who is acting, at which store and terminal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import Location, Staff, Terminal
from posapp.domain.errors import AuthFailed, Conflict, InvalidInput, NotFound, RateLimited
from posapp.domain.roles import Permission, Role
from posapp.services import audit
from posapp.services.context import Actor, Context
from posapp.services.execution import run

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
#: Failed PINs for one name in a minute before sign-in is refused for a while.
MAX_FAILED_PINS = 5


def check_pin(pin: str) -> str:
    if not isinstance(pin, str) or not re.fullmatch(r"\d{4,8}", pin):
        raise InvalidInput("A PIN is 4 to 8 digits.")
    return pin


def check_name(name: str) -> str:
    value = (name or "").strip()
    if not re.fullmatch(r"[\w .'-]{1,64}", value):
        raise InvalidInput("A staff name is 1-64 letters, digits, spaces, dots or hyphens.")
    return value


def hash_pin(pin: str) -> str:
    """scrypt with a random salt, stored as ``scrypt$n$r$p$salt$hash``."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(check_pin(pin).encode(), salt=salt, dklen=32, **_SCRYPT)
    b64 = base64.b64encode
    return "scrypt${n}${r}${p}$".format(**_SCRYPT) + f"{b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    name: str
    role: str
    active: bool

    def to_dict(self) -> dict[str, object]:
        return {"id": str(self.id), "name": self.name, "role": self.role, "active": self.active}


def create_staff(session: Session, ctx: Context, name: str, role: Role, pin: str) -> Staff:
    name = check_name(name)
    if session.scalar(select(Staff).where(Staff.name == name)) is not None:
        raise Conflict(f"There is already a staff member called {name}.")
    staff = Staff(name=name, role=role.value, pin_hash=hash_pin(pin), created_at=ctx.now())
    session.add(staff)
    session.flush()
    return staff


def add_staff(ctx: Context, actor: Actor, name: str, role: str, pin: str) -> StaffView:
    """An admin adds a staff member with a hashed PIN."""
    actor.require(Permission.MANAGE_STAFF)
    parsed = Role.parse(role)
    check_pin(pin)

    def work(session: Session) -> StaffView:
        staff = create_staff(session, ctx, name, parsed, pin)
        audit.record(session, ctx, actor, "staff_added", {"name": staff.name, "role": staff.role})
        return StaffView(staff.id, staff.name, staff.role, staff.active)

    return run(ctx, actor, work)


def set_staff(
    ctx: Context,
    actor: Actor,
    name: str,
    *,
    role: str | None = None,
    pin: str | None = None,
    active: bool | None = None,
) -> StaffView:
    """An admin changes a staff member's role, PIN or active flag."""
    actor.require(Permission.MANAGE_STAFF)
    new_role = Role.parse(role) if role is not None else None
    new_hash = hash_pin(pin) if pin is not None else None

    def work(session: Session) -> StaffView:
        staff = session.scalar(select(Staff).where(Staff.name == name))
        if staff is None:
            raise NotFound(f"No staff member is called {name}.")
        if new_role is not None:
            staff.role = new_role.value
        if new_hash is not None:
            staff.pin_hash = new_hash
        if active is not None:
            staff.active = active
        changed = {"role": role, "pin": pin is not None, "active": active}
        audit.record(session, ctx, actor, "staff_changed", {"name": staff.name, **changed})
        return StaffView(staff.id, staff.name, staff.role, staff.active)

    return run(ctx, actor, work)


def list_staff(ctx: Context, actor: Actor) -> list[StaffView]:
    actor.require(Permission.MANAGE_STAFF)
    return run(
        ctx,
        actor,
        lambda s: [
            StaffView(x.id, x.name, x.role, x.active)
            for x in s.scalars(select(Staff).order_by(Staff.name))
        ],
        readonly=True,
    )


def _location(session: Session, code: str | None) -> Location | None:
    if code:
        found = session.scalar(select(Location).where(Location.code == code.strip().upper()))
        if found is None:
            raise NotFound(f"There is no store with the code {code}.")
        return found
    return session.scalar(select(Location).order_by(Location.created_at, Location.code).limit(1))


def _terminal(session: Session, ctx: Context, location: Location, name: str) -> Terminal:
    terminal = session.scalar(
        select(Terminal).where(Terminal.location_id == location.id, Terminal.name == name)
    )
    if terminal is None:
        terminal = Terminal(
            location_id=location.id, name=name, printer={}, scanner={}, created_at=ctx.now()
        )
        session.add(terminal)
        session.flush()
    return terminal


def authenticate(
    ctx: Context,
    name: str,
    pin: str,
    *,
    location_code: str | None = None,
    terminal_name: str = "cli",
    record_login: bool = False,
) -> Actor:
    """Check a staff member's PIN and return who acts, where.

    Wrong or unknown names and PINs give the same ``auth_failed``; after
    :data:`MAX_FAILED_PINS` failures for a name in a minute, sign-in is refused
    with ``rate_limited`` even with the right PIN.
    """

    def work(session: Session) -> Actor | None:
        location = _location(session, location_code)
        failures = audit.count_recent(session, ctx, audit.AUTH_FAILED, detail_name=name)
        if failures >= MAX_FAILED_PINS:
            raise RateLimited("Too many wrong PINs: wait a minute before trying again.")
        staff = session.scalar(select(Staff).where(Staff.name == name, Staff.active.is_(True)))
        if staff is None or not verify_pin(str(pin), staff.pin_hash):
            return None
        terminal = _terminal(session, ctx, location, terminal_name) if location else None
        actor = Actor(
            staff_id=staff.id,
            staff_name=staff.name,
            role=Role(staff.role),
            location_id=location.id if location else None,
            location_code=location.code if location else "",
            currency=location.currency if location else "",
            locale=location.locale if location else "en_US",
            terminal_id=terminal.id if terminal else None,
            terminal_name=terminal_name,
        )
        if record_login:
            audit.record(session, ctx, actor, "login", {"name": staff.name})
        return actor

    actor = ctx.db.run(work)
    if actor is None:
        audit.record_apart(ctx, None, audit.AUTH_FAILED, {"name": name})
        raise AuthFailed("Wrong name or PIN.")
    return actor


def sign_in_names(ctx: Context, *, at_least: Role = Role.CASHIER) -> list[str]:
    """Names of active staff holding ``at_least`` that role, for sign-in and approval lists."""
    roles = [r.value for r in Role if r.rank >= at_least.rank]
    return ctx.db.run(
        lambda s: list(
            s.scalars(
                select(Staff.name)
                .where(Staff.active.is_(True), Staff.role.in_(roles))
                .order_by(Staff.name)
            )
        ),
        readonly=True,
    )


def authorize_override(
    ctx: Context, actor: Actor, name: str, pin: str, permission: Permission
) -> Actor:
    """A manager authorises one action on ``actor``'s terminal with their own PIN.

    Returns an actor with the manager's authority at the same terminal (the
    cashier stays signed in); the override is audited.
    """
    other = authenticate(
        ctx, name, pin, location_code=actor.location_code or None, terminal_name=actor.terminal_name
    )
    other.require(permission)
    audit.record_apart(
        ctx, actor, "manager_override", {"by": other.staff_name, "action": permission.value}
    )
    return actor.acting_as(other)
