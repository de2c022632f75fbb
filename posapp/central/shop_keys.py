"""Web shops' API keys: created by an admin for one store, shown once, stored hashed, revoked.

A web shop acts at the central service as a till of its store with a cashier
signed in: it has a terminal row of its own (so its failed look-ups are counted,
and its idempotency keys scoped, as a till's are) and a staff row of its own that
never signs in (it is inactive and its PIN is random and thrown away). A key
created with ``refunds`` acts as a manager, which a refund needs at a till too.
Every request reads the key again, so a revoked key is refused at once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from posapp import keys
from posapp.central import tokens
from posapp.central.identification import CONTACT_EVERY
from posapp.db.models import Location, ShopKey, Staff, Terminal
from posapp.domain.errors import AuthFailed, InvalidInput, NotFound
from posapp.domain.roles import Permission, Role
from posapp.services.accounting import audit
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.security import pins, terminals

#: What a key starts with, so a leaked one is recognised (by a secret scanner, a person).
PREFIX = "gpk_"
#: Short enough for "web shop NAME at STORE" to be a staff name.
MAX_NAME = 32


@dataclass(frozen=True)
class ShopKeyView:
    name: str
    store: str
    role: str
    created_at: datetime
    revoked_at: datetime | None
    last_contact_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "store": self.store,
            "role": self.role,
            "created_at": self.created_at.isoformat(),
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "last_contact_at": self.last_contact_at.isoformat() if self.last_contact_at else None,
        }


@dataclass(frozen=True)
class NewShopKey:
    """A web shop's key as it is created: shown this once, never stored."""

    shop: ShopKeyView
    key: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.shop.to_dict(), "key": self.key}


def _view(key: ShopKey, terminal: Terminal, store: str) -> ShopKeyView:
    return ShopKeyView(
        terminal.name, store, key.role, key.created_at, key.revoked_at, terminal.last_contact_at
    )


def _check_name(name: str) -> str:
    value = terminals.check_terminal_name(name)
    if len(value) > MAX_NAME:
        raise InvalidInput(
            "A web shop's name is 1-{max_name} printable characters.", max_name=MAX_NAME
        )
    return value


def add(ctx: Context, actor: Actor, name: str, store: str, *, refunds: bool = False) -> NewShopKey:
    """An admin creates web shop ``name`` at ``store`` and its key (a cashier's rights, or a
    manager's with ``refunds``)."""
    actor.require(Permission.MANAGE_LOCATIONS)
    name = _check_name(name)
    role = Role.MANAGER if refunds else Role.CASHIER
    key = PREFIX + tokens.new_token()

    def work(session: Session) -> NewShopKey:
        terminal, code = terminals.add(session, ctx, actor, name, store)
        unusable_pin = "".join(secrets.choice("0123456789") for _ in range(pins.MAX_LENGTH))
        person = Staff(
            name=f"web shop {name} at {code}",
            role=role.value,
            pin_hash=pins.hash_pin(unusable_pin, keys.pin_pepper(ctx.keys)),
            active=False,
            created_at=ctx.now(),
        )
        session.add(person)
        session.flush()
        shop = ShopKey(
            terminal_id=terminal.id,
            staff_id=person.id,
            key_hash=tokens.digest(key),
            role=role.value,
            created_at=ctx.now(),
        )
        session.add(shop)
        session.flush()
        audit.record(
            session, ctx, actor, "shop_key_added", {"name": name, "store": code, "role": shop.role}
        )
        return NewShopKey(_view(shop, terminal, code), key)

    return run(ctx, actor, work)


def _listed(session: Session) -> Any:
    return (
        select(ShopKey, Terminal, Location.code)
        .join(Terminal, Terminal.id == ShopKey.terminal_id)
        .join(Location, Location.id == Terminal.location_id)
    )


def list_keys(ctx: Context, actor: Actor) -> list[ShopKeyView]:
    actor.require(Permission.MANAGE_LOCATIONS)

    def work(session: Session) -> list[ShopKeyView]:
        rows = session.execute(_listed(session).order_by(Location.code, Terminal.name)).all()
        return [_view(key, terminal, code) for key, terminal, code in rows]

    return run(ctx, actor, work, readonly=True)


def revoke(ctx: Context, actor: Actor, name: str, store: str | None = None) -> ShopKeyView:
    """Refuse web shop ``name``'s key from its next request on."""
    actor.require(Permission.MANAGE_LOCATIONS)

    def work(session: Session) -> ShopKeyView:
        query = _listed(session).where(Terminal.name == _check_name(name))
        if store:
            query = query.where(Location.id == terminals.store_location(session, store).id)
        found = session.execute(query.with_for_update(of=ShopKey)).all()
        if not found:
            if store:
                raise NotFound("No web shop is called {name} at {store}.", name=name, store=store)
            raise NotFound("No web shop is called {name}.", name=name)
        if len(found) > 1:
            raise InvalidInput(
                "Several stores have a web shop called {name}: give --store.", name=name
            )
        key, terminal, code = found[0]
        if key.revoked_at is None:
            key.revoked_at = ctx.now()
            audit.record(session, ctx, actor, "shop_key_revoked", {"name": name, "store": code})
        session.flush()
        return _view(key, terminal, code)

    return run(ctx, actor, work)


def _refused() -> AuthFailed:
    return AuthFailed(
        "This web shop key is not valid (missing, wrong or revoked): an admin creates a new "
        "one with `posapp webshop key add`."
    )


def authorize(ctx: Context, key: str) -> Actor:
    """The actor web shop ``key`` names: its store, its terminal, a cashier's (or manager's)
    rights; refused when the key is unknown or revoked."""
    if not key.startswith(PREFIX):
        raise _refused()

    def work(session: Session) -> Actor | None:
        found = session.execute(
            select(ShopKey, Staff, Location, Terminal.name, Terminal.last_contact_at)
            .join(Staff, Staff.id == ShopKey.staff_id)
            .join(Terminal, Terminal.id == ShopKey.terminal_id)
            .join(Location, Location.id == Terminal.location_id)
            .where(
                ShopKey.key_hash == tokens.digest(key),
                ShopKey.revoked_at.is_(None),
                # `terminal revoke NAME` stops a shop too, as an admin would expect.
                Terminal.revoked_at.is_(None),
            )
        ).first()
        if found is None:
            return None
        shop, person, location, terminal_name, last_contact = found
        now = ctx.now()
        if last_contact is None or now - last_contact >= CONTACT_EVERY:
            # Not at every request: the write locks the shop's one terminal row, which
            # would make a busy shop's requests wait for each other.
            session.execute(
                update(Terminal).where(Terminal.id == shop.terminal_id).values(last_contact_at=now)
            )
        return Actor(
            staff_id=person.id,
            staff_name=person.name,
            role=Role(shop.role),
            location_id=location.id,
            location_code=location.code,
            currency=location.currency,
            locale=location.locale,
            terminal_id=shop.terminal_id,
            terminal_name=terminal_name,
        )

    actor = ctx.db.run(work)
    if actor is None:
        raise _refused()
    return actor
