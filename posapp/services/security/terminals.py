"""Registered terminals: an admin adds each till to a store; only those can sign in.

Failed look-ups and wrong PINs are counted per terminal, so a terminal must be
something an admin registered, not any name a caller types.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from posapp.db.models import Location, Terminal
from posapp.domain.errors import AuthFailed, Conflict, InvalidInput, NotFound
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

MAX_NAME = 64


@dataclass(frozen=True)
class TerminalView:
    id: uuid.UUID
    name: str
    store: str
    created_at: datetime
    #: How the till reaches the central service: ``local`` (never enrolled), ``enrolling``
    #: (a code is waiting), ``enrolled`` or ``revoked``.
    access: str = "local"
    last_contact_at: datetime | None = None
    app_version: str | None = None
    #: Operations the till last said were waiting in its outbox.
    outbox_waiting: int | None = None

    @classmethod
    def of(cls, terminal: Terminal, store: str) -> TerminalView:
        if terminal.revoked_at is not None:
            access = "revoked"
        elif terminal.credential_hash is not None:
            access = "enrolled"
        elif terminal.enrol_code_hash is not None:
            access = "enrolling"
        else:
            access = "local"
        return cls(
            terminal.id,
            terminal.name,
            store,
            terminal.created_at,
            access,
            terminal.last_contact_at,
            terminal.app_version,
            terminal.outbox_waiting,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "store": self.store,
            "created_at": self.created_at.isoformat(),
            "access": self.access,
            "last_contact_at": self.last_contact_at.isoformat() if self.last_contact_at else None,
            "app_version": self.app_version,
            "outbox_waiting": self.outbox_waiting,
        }

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> TerminalView:
        last = data["last_contact_at"]
        return cls(
            uuid.UUID(data["id"]),
            data["name"],
            data["store"],
            datetime.fromisoformat(data["created_at"]),
            data["access"],
            datetime.fromisoformat(last) if last else None,
            data["app_version"],
            data["outbox_waiting"],
        )


def check_terminal_name(name: str) -> str:
    value = name.strip() if isinstance(name, str) else ""
    if not 1 <= len(value) <= MAX_NAME or not value.isprintable():
        raise InvalidInput(
            "A terminal name is 1-{max_name} printable characters.",
            max_name=MAX_NAME,
        )
    return value


def register(session: Session, ctx: Context, location: Location, name: str) -> Terminal:
    """Add terminal ``name`` to ``location``; a second one of that name is ``conflict``."""
    name = check_terminal_name(name)
    taken = select(Terminal.id).where(Terminal.location_id == location.id, Terminal.name == name)
    if session.scalar(taken) is not None:
        raise Conflict(
            "Store {store} already has a terminal called {name}.",
            store=location.code, name=name,
        )
    terminal = Terminal(
        location_id=location.id, name=name, printer={}, scanner={}, created_at=ctx.now()
    )
    session.add(terminal)
    try:
        # A concurrent registration of the same name loses here, not with a crash.
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise Conflict(
            "Store {store} already has a terminal called {name}.",
            store=location.code, name=name,
        ) from None
    return terminal


def register_at(
    session: Session, ctx: Context, actor: Actor, cmd: c.AddTerminal, op_key: str
) -> TerminalView:
    """An admin registers a terminal at a store."""
    return TerminalView.of(*add(session, ctx, actor, cmd.terminal, cmd.store))


def store_location(session: Session, store: str) -> Location:
    location = session.scalar(
        select(Location).where(Location.code == (store or "").strip().upper())
    )
    if location is None:
        raise NotFound("There is no store with the code {code}.", code=store)
    return location


def add(
    session: Session, ctx: Context, actor: Actor, name: str, store: str
) -> tuple[Terminal, str]:
    """Register terminal ``name`` at ``store`` in ``session`` (audited); it and the store's code."""
    location = store_location(session, store)
    terminal = register(session, ctx, location, name)
    audit.record(
        session, ctx, actor, "terminal_added", {"name": terminal.name, "store": location.code}
    )
    return terminal, location.code


def named(session: Session, name: str, store: str | None) -> tuple[Terminal, str]:
    """The terminal an admin names, locked; a name at several stores needs the store."""
    query = select(Terminal, Location.code).join(Location, Location.id == Terminal.location_id)
    query = query.where(Terminal.name == check_terminal_name(name))
    if store:
        query = query.where(Location.id == store_location(session, store).id)
    found = session.execute(query.with_for_update(of=Terminal)).all()
    if not found:
        if store:
            raise NotFound("No terminal is called {name} at store {store}.", name=name, store=store)
        raise NotFound("No terminal is called {name}.", name=name)
    if len(found) > 1:
        raise InvalidInput(
            "Several stores have a terminal called {name}: give --store CODE.", name=name
        )
    return found[0][0], found[0][1]


def list_terminals(ctx: Context, actor: Actor) -> list[TerminalView]:
    actor.require(Permission.MANAGE_LOCATIONS)
    query = (
        select(Terminal, Location.code)
        .join(Location, Location.id == Terminal.location_id)
        .order_by(Location.code, Terminal.name)
    )
    return run(
        ctx,
        actor,
        lambda s: [TerminalView.of(t, code) for t, code in s.execute(query)],
        readonly=True,
    )


def _unknown(name: str, location: Location | None) -> AuthFailed:
    if location is None:
        return AuthFailed(
            "The terminal {name!r} is not registered: an admin adds it with "
            "`posapp terminal add NAME --store CODE`.",
            name=name,
        )
    return AuthFailed(
        "The terminal {name!r} is not registered at store {store}: an admin adds it with "
        "`posapp terminal add NAME --store CODE`.",
        name=name, store=location.code,
    )


def for_sign_in(
    session: Session, location_code: str | None, name: str
) -> tuple[Location | None, Terminal | None]:
    """The store and registered terminal a sign-in happens at, locked for its counters.

    Without a store code, the terminal's own store (the first store when the name is
    registered at several). A chain without any store yet has no terminals: its admin
    signs in to add the first store.
    """
    if location_code:
        location = session.scalar(
            select(Location).where(Location.code == location_code.strip().upper())
        )
        if location is None:
            raise NotFound(
                "There is no store with the code {code}.", code=location_code
            )
        where = Terminal.location_id == location.id
    else:
        location = None
        if session.scalar(select(Location.id).limit(1)) is None:
            return None, None
        where = Terminal.location_id.is_not(None)
    terminal_id = session.scalar(
        select(Terminal.id)
        .join(Location, Location.id == Terminal.location_id)
        .where(where, Terminal.name == name)
        .order_by(Location.created_at, Location.code)
        .limit(1)
    )
    if terminal_id is None:
        raise _unknown(name, location)
    terminal = session.scalar(
        select(Terminal)
        .where(Terminal.id == terminal_id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    assert terminal is not None
    return session.get_one(Location, terminal.location_id), terminal
