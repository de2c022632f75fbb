"""Staff, PINs and sign-in: who is acting, at which store and terminal.

Sign-in resists guessing. Each attempt runs in one transaction that locks the
terminal's and the staff member's rows, so parallel attempts are counted one
after another: after a few wrong PINs in a row each further attempt must wait
longer (per staff member at the terminal where they were typed, and per
terminal), and after :data:`LOCK_AFTER` wrong PINs in a row the staff member is
locked until a manager or admin unlocks them. The last active admin is never
locked (nobody could lift it); their back-off still grows to :data:`MAX_WAIT`
seconds between guesses at that terminal, and other terminals let them in.
Every wrong PIN and every refused attempt leaves an audit event.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp import keys
from posapp.db.models import AuditEvent, Staff, Terminal
from posapp.domain.errors import (
    AuthFailed,
    Conflict,
    InvalidInput,
    InvalidState,
    NotFound,
    PosError,
    RateLimited,
)
from posapp.domain.roles import Permission, Role
from posapp.services.accounting import audit
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.security import pins, terminals

#: Wrong PINs in a row that cost nothing; each one after that doubles the wait.
FREE_ATTEMPTS = 3
#: The longest wait between two attempts, in seconds.
MAX_WAIT = 900
#: Wrong PINs in a row after which a staff member is locked.
LOCK_AFTER = 10
#: A terminal's count of wrong PINs is forgotten after this long without one.
TERMINAL_DECAY = timedelta(minutes=15)
SIGN_IN_REFUSED = "sign_in_refused"


def wait_after(failures: int) -> int:
    """Seconds an attempt must wait after ``failures`` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT)


def check_name(name: str) -> str:
    value = (name or "").strip()
    if not re.fullmatch(r"[\w .'-]{1,64}", value):
        raise InvalidInput("A staff name is 1-64 letters, digits, spaces, dots or hyphens.")
    return value


def check_pin_for(session: Session, pin: str, role: Role) -> str:
    """``pin`` if it is long enough for ``role`` under the global minimum-length settings."""
    return pins.check_pin(pin, getattr(settings.load(session, None), pins.min_length_key(role)))


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    name: str
    role: str
    active: bool
    locked: bool = False

    @classmethod
    def of(cls, staff: Staff) -> StaffView:
        return cls(staff.id, staff.name, staff.role, staff.active, staff.locked_at is not None)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "name": self.name,
            "role": self.role,
            "active": self.active,
            "locked": self.locked,
        }

    def to_record(self) -> dict[str, object]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> StaffView:
        return cls(
            uuid.UUID(data["id"]), data["name"], data["role"], data["active"], data["locked"]
        )


def create_staff(session: Session, ctx: Context, name: str, role: Role, pin: str) -> Staff:
    name = check_name(name)
    if session.scalar(select(Staff).where(Staff.name == name)) is not None:
        raise Conflict("There is already a staff member called {name}.", name=name)
    check_pin_for(session, pin, role)
    staff = Staff(
        name=name,
        role=role.value,
        pin_hash=pins.hash_pin(pin, keys.pin_pepper(ctx.keys)),
        created_at=ctx.now(),
    )
    session.add(staff)
    session.flush()
    return staff


def add(session: Session, ctx: Context, actor: Actor, cmd: c.AddStaff, op_key: str) -> StaffView:
    """An admin adds a staff member with a hashed PIN."""
    staff = create_staff(session, ctx, cmd.staff, cmd.role, cmd.pin)
    audit.record(session, ctx, actor, "staff_added", {"name": staff.name, "role": staff.role})
    return StaffView.of(staff)


def _named(session: Session, name: str) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.name == name).with_for_update(key_share=True))
    if staff is None:
        raise NotFound("No staff member is called {name}.", name=name)
    return staff


def _is_last_admin(session: Session, staff: Staff) -> bool:
    """True when ``staff`` is the only active admin (the admins' rows stay locked)."""
    if staff.role != Role.ADMIN.value or not staff.active:
        return False
    admins = session.scalars(
        select(Staff.id).where(Staff.role == Role.ADMIN.value, Staff.active.is_(True))
        .with_for_update(key_share=True)
    ).all()
    return list(admins) == [staff.id]


def _needs_new_pin(session: Session, old: Role, new: Role) -> bool:
    """A PIN's length is not stored: moving to a role with a longer minimum needs a new PIN."""
    values = settings.load(session, None)
    return getattr(values, pins.min_length_key(new)) > getattr(values, pins.min_length_key(old))


def change(
    session: Session, ctx: Context, actor: Actor, cmd: c.SetStaff, op_key: str
) -> StaffView:
    """An admin changes a staff member's role, PIN or active flag.

    The last active admin can be neither disabled nor demoted: nobody could
    administer the chain afterwards.
    """
    staff = _named(session, cmd.staff)
    new_role, pin, active = cmd.role, cmd.pin, cmd.active
    losing_admin = (new_role is not None and new_role is not Role.ADMIN) or active is False
    if losing_admin and _is_last_admin(session, staff):
        raise InvalidState(
            "{name} is the last active admin: add another admin first.",
            name=staff.name,
        )
    if new_role is not None:
        if pin is None and _needs_new_pin(session, Role(staff.role), new_role):
            raise InvalidInput(
                "A {role} needs a longer PIN than a {old_role}: give a new one.",
                role=new_role, old_role=Role(staff.role),
            )
        staff.role = new_role.value
    if pin is not None:
        check_pin_for(session, pin, Role(staff.role))
        staff.pin_hash = pins.hash_pin(pin, keys.pin_pepper(ctx.keys))
    if active is not None:
        staff.active = active
    role = new_role.value if new_role is not None else None
    changed = {"role": role, "pin": pin is not None, "active": active}
    audit.record(session, ctx, actor, "staff_changed", {"name": staff.name, **changed})
    return StaffView.of(staff)


def unlock(
    session: Session, ctx: Context, actor: Actor, cmd: c.UnlockStaff, op_key: str
) -> StaffView:
    """A manager or admin lifts the lock left by too many wrong PINs."""
    staff = _named(session, cmd.staff)
    if Role(staff.role).rank > actor.role.rank:
        raise InvalidState("Only an admin can unlock {name}.", name=staff.name)
    staff.locked_at = None
    staff.failed_pins = 0
    staff.last_failed_at = None
    staff.last_failed_terminal_id = None
    audit.record(session, ctx, actor, "staff_unlocked", {"name": staff.name})
    return StaffView.of(staff)


def list_staff(ctx: Context, actor: Actor) -> list[StaffView]:
    actor.require(Permission.MANAGE_STAFF)
    return run(
        ctx,
        actor,
        lambda s: [StaffView.of(x) for x in s.scalars(select(Staff).order_by(Staff.name))],
        readonly=True,
    )


def _refusal(staff: Staff | None, terminal: Terminal | None, now: datetime) -> PosError | None:
    """Why this attempt may not test a PIN now, or None."""
    if staff is not None and staff.locked_at is not None:
        return AuthFailed(
            "{name} is locked after too many wrong PINs: a manager or admin must unlock them "
            "(`posapp staff unlock {name}`).",
            name=staff.name,
        )
    for counter in (staff, terminal):
        if counter is None or counter.last_failed_at is None:
            continue
        if counter is terminal and now - counter.last_failed_at > TERMINAL_DECAY:
            continue
        # A person's back-off holds at the till where the wrong PINs were typed: a
        # guesser there cannot keep them out of every other till.
        if counter is staff and terminal is not None and (
            staff.last_failed_terminal_id not in (None, terminal.id)
        ):
            continue
        ready = counter.last_failed_at + timedelta(seconds=wait_after(counter.failed_pins))
        if now < ready:
            wait = int((ready - now).total_seconds()) + 1
            return RateLimited(
                "Too many wrong PINs: wait {wait} seconds before trying again.",
                wait=wait,
            )
    return None


def _count_failure(
    session: Session, staff: Staff | None, terminal: Terminal | None, now: datetime
) -> None:
    if terminal is not None:
        decayed = terminal.last_failed_at is None or now - terminal.last_failed_at > TERMINAL_DECAY
        terminal.failed_pins = 1 if decayed else terminal.failed_pins + 1
        terminal.last_failed_at = now
    if staff is not None:
        staff.failed_pins += 1
        staff.last_failed_at = now
        staff.last_failed_terminal_id = terminal.id if terminal else None
        if staff.failed_pins >= LOCK_AFTER and not _is_last_admin(session, staff):
            staff.locked_at = now


def _locked_staff(session: Session, name: str) -> Staff | None:
    return session.scalar(
        select(Staff)
        .where(Staff.name == name)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )


def authenticate(
    ctx: Context,
    name: str,
    pin: str,
    *,
    location_code: str | None = None,
    terminal_name: str,
    record_login: bool = False,
) -> Actor:
    """Check a staff member's PIN at a registered terminal and return who acts, where.

    Wrong or unknown names and PINs give the same ``auth_failed``. The count of
    wrong PINs and the refusal happen in one transaction (see the module's doc).
    """
    pepper = keys.pin_pepper(ctx.keys)

    def work(session: Session) -> Actor | PosError:
        location, terminal = terminals.for_sign_in(session, location_code, terminal_name)
        staff = _locked_staff(session, name)
        now = ctx.now()
        where: dict[str, object] = {"name": name, "terminal": terminal_name}
        refusal = _refusal(staff, terminal, now)
        if refusal is not None:
            _audit(session, ctx, staff, terminal, SIGN_IN_REFUSED, where)
            return refusal
        if staff is None or not staff.active or not pins.verify_pin(pin, staff.pin_hash, pepper):
            _count_failure(session, staff, terminal, now)
            _audit(session, ctx, staff, terminal, audit.AUTH_FAILED, where)
            return AuthFailed("Wrong name or PIN.")
        if staff.failed_pins or staff.last_failed_at is not None:
            staff.failed_pins, staff.last_failed_at = 0, None
            staff.last_failed_terminal_id = None
        if pins.needs_rehash(staff.pin_hash):
            staff.pin_hash = pins.hash_pin(pin, pepper)
        actor = Actor(
            staff_id=staff.id,
            staff_name=staff.name,
            role=Role(staff.role),
            location_id=location.id if location else None,
            location_code=location.code if location else "",
            currency=location.currency if location else "",
            locale=location.locale if location else "en_US",
            terminal_id=terminal.id if terminal else None,
            terminal_name=terminal.name if terminal else terminal_name,
        )
        if record_login:
            audit.record(session, ctx, actor, "login", {"name": staff.name})
        return actor

    outcome = ctx.db.run(work)
    if isinstance(outcome, PosError):
        raise outcome
    return outcome


def _audit(
    session: Session,
    ctx: Context,
    staff: Staff | None,
    terminal: Terminal | None,
    kind: str,
    detail: dict[str, object],
) -> None:
    session.add(
        AuditEvent(
            kind=kind,
            staff_id=staff.id if staff else None,
            terminal_id=terminal.id if terminal else None,
            location_id=terminal.location_id if terminal else None,
            detail=detail,
            at=ctx.now(),
        )
    )


def sign_in_names(ctx: Context, *, at_least: Role = Role.CASHIER) -> list[str]:
    """Names of active staff holding ``at_least`` that role, for sign-in and approval lists."""
    roles = [r.value for r in at_least.and_above()]
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
