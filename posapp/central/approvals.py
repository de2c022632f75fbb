"""A manager's approval on a cashier's till in central mode: one operation, with their PIN.

The cashier stays signed in. The till sends the manager's name and PIN, the permission,
and the command name and idempotency key of the one operation it is for
(``POST /v1/approvals``); the
service checks the PIN exactly as a sign-in at that terminal does (back-off, lock-out),
checks the manager's role, audits a ``manager_override`` and answers a sealed approval.
The till sends the operation with that approval (``X-Manager-Approval``); the service
then runs it with the manager's authority at the cashier's terminal, as an override on
a till on the database does. An approval is honoured only from the same terminal and
cashier, for that command with that key (a key names one operation: the same key with
other arguments is a conflict), within :data:`LIFETIME`, and while the manager is still
active, not locked and holds the permission. The PIN itself is never kept.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from posapp.central import protocol, sealed
from posapp.central.requests import json_body, text
from posapp.db.models import Staff
from posapp.domain.errors import AuthFailed, InvalidInput, PermissionDenied
from posapp.domain.roles import Permission, Role, allows
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.security import staff

_LABEL = b"giftpos manager approval key v1"
_LONGEST = 600
#: How long an approval waits for the operation it is for.
LIFETIME = timedelta(minutes=2)


@dataclass(frozen=True)
class Approval:
    sealed: str
    manager: str
    role: Role
    expires_at: datetime


def _key_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def permission_named(name: object) -> Permission:
    try:
        return Permission(str(name))
    except ValueError as exc:
        raise InvalidInput("There is no permission {name!r}.", name=str(name)[:40]) from exc


def issue(ctx: Context, cashier: Actor, name: str, pin: str, permission: Permission,
          command: str, key: str) -> Approval:
    """Check the manager's PIN and role at the cashier's terminal (audited) and seal the
    approval of the one operation ``command`` with ``key``."""
    if not key or len(key) > 100:
        raise InvalidInput("An approval is for one operation: send its key (1-100 characters).")
    if command not in c.COMMANDS:
        raise InvalidInput("There is no command {name!r}.", name=command[:40])
    manager = staff.authorize_override(ctx, cashier, name, pin, permission)
    assert manager.staff_id is not None and cashier.terminal_id is not None
    expires = ctx.now() + LIFETIME
    text = sealed.seal(ctx.keys, _LABEL, str(cashier.terminal_id), {
        "c": str(cashier.staff_id), "m": str(manager.staff_id), "p": permission.value,
        "n": command, "k": _key_digest(key), "e": expires.isoformat(),
    })
    return Approval(text, manager.staff_name, manager.role, expires)


def _refused() -> AuthFailed:
    return AuthFailed("The manager's approval is not valid here (or has run out): ask for "
                      "it again.")


def acting(ctx: Context, cashier: Actor, text: str, command: c.Command) -> Actor:
    """The actor to run ``command`` as: the approving manager at the cashier's terminal."""
    data = sealed.unseal(ctx.keys, _LABEL, str(cashier.terminal_id), text, longest=_LONGEST)
    key = getattr(command, "key", None)
    if (data is None or data["c"] != str(cashier.staff_id) or key is None
            or data["n"] != command.name or data["k"] != _key_digest(key)
            or datetime.fromisoformat(data["e"]) <= ctx.now()):
        raise _refused()
    permission = Permission(data["p"])
    manager_id = uuid.UUID(data["m"])

    def read(session: Session) -> tuple[str, str] | None:
        person = session.get(Staff, manager_id)
        if person is None or not person.active or person.locked_at is not None:
            return None
        return person.name, person.role

    found = ctx.db.run(read, readonly=True)
    if found is None:
        raise _refused()
    name, role = found
    if not allows(Role(role), permission):
        raise PermissionDenied("{name} may no longer approve this.", name=name)
    # The manager's authority at the cashier's terminal, as Actor.acting_as gives it.
    return dataclasses.replace(cashier, staff_id=manager_id, staff_name=name, role=Role(role))


def router(ctx: Context, acting: Callable[[Request, str], Awaitable[Actor]]) -> APIRouter:
    """``POST /v1/approvals`` ``{"name", "pin", "permission", "command", "key"}``: the
    sealed approval of that one operation, for the cashier signed in at the till."""
    api = APIRouter(prefix=protocol.API)

    @api.post("/approvals")
    async def approve(request: Request) -> dict[str, Any]:
        body = await json_body(request)
        name, pin, key = text(body, "name"), text(body, "pin"), text(body, "key")
        command = text(body, "command")
        assert name is not None and pin is not None and key is not None and command is not None
        permission = permission_named(body.get("permission"))
        cashier = await acting(request, "approval")
        done = await run_in_threadpool(issue, ctx, cashier, name, pin, permission, command, key)
        return {"approval": done.sealed, "manager": done.manager, "role": done.role.value,
                "expires_at": done.expires_at.isoformat()}

    return api
