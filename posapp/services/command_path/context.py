"""What every service call needs: the database, the keys, the clock, and who is acting."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from posapp import keys as key_file_checks
from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.domain.card import Place
from posapp.domain.errors import InvalidState
from posapp.domain.roles import Permission, Role, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """The database, the chain's key ring and a clock (injected so tests can move time)."""

    db: Database
    keys: KeyRing
    clock: Callable[[], datetime] = field(default=utc_now)
    #: Settings per location with the monotonic time they were read (see settings.current).
    settings_cache: dict[object, tuple[float, Any]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def open(cls, db_url: str, key_file: Path, **engine_kwargs: object) -> Context:
        """The database with the installed key file, refused unless it is this database's."""
        db = Database(db_url, **engine_kwargs)
        try:
            return cls(db, key_file_checks.open_keys(key_file, db))
        except BaseException:
            db.dispose()
            raise

    @classmethod
    def setup(cls, db_url: str, key_file: Path, **engine_kwargs: object) -> Context:
        """Like :meth:`open`, but a new database gets a new key file when there is none."""
        db = Database(db_url, **engine_kwargs)
        try:
            return cls(db, key_file_checks.keys_for_setup(key_file, db))
        except BaseException:
            db.dispose()
            raise

    def now(self) -> datetime:
        return self.clock()

    def close(self) -> None:
        self.db.dispose()


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member at a terminal of a location."""

    staff_id: uuid.UUID | None
    staff_name: str
    role: Role
    location_id: uuid.UUID | None
    location_code: str
    currency: str
    locale: str
    terminal_id: uuid.UUID | None
    terminal_name: str

    def require(self, permission: Permission) -> None:
        require(self.role, permission)

    @property
    def store_id(self) -> uuid.UUID:
        """The location this actor works at; refuses when the chain has no store yet."""
        if self.location_id is None:
            raise InvalidState("There is no store yet: add one with `posapp location add`.")
        return self.location_id

    @cached_property
    def place(self) -> Place:
        """Where this actor presents cards (for the cards' redemption scope)."""
        return Place(self.location_id, self.location_code)

    def acting_as(self, other: Actor) -> Actor:
        """The same terminal, with ``other``'s authority (a manager override)."""
        return Actor(
            staff_id=other.staff_id,
            staff_name=other.staff_name,
            role=other.role,
            location_id=self.location_id,
            location_code=self.location_code,
            currency=self.currency,
            locale=self.locale,
            terminal_id=self.terminal_id,
            terminal_name=self.terminal_name,
        )


class Caller(Protocol):
    """Who sends a command when only the command's own transaction can tell: the central
    service checks a request's terminal credential and staff session there, so that the
    request is one transaction and sees every revocation committed before it."""

    def identify(self, session: Session) -> Actor:
        """The actor, read in ``session``'s transaction before anything else is done in it,
        or a refusal (a :class:`~posapp.domain.errors.PosError`); called again when the
        transaction is retried."""
        ...
