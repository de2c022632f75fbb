"""Setting the chain up: first admin, stores, products, exchange rates, settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp import keys
from posapp.db import migrate
from posapp.db.models import ExchangeRate, Location, Staff, Terminal
from posapp.domain.errors import (
    Conflict,
    CurrencyMismatch,
    InvalidInput,
    NotFound,
    PosError,
)
from posapp.domain.roles import Role
from posapp.money import check_currency, check_locale, check_rate
from posapp.services.accounting import audit
from posapp.services.cards import masks
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings
from posapp.services.configuration.store_codes import check_store_code
from posapp.services.security import pins, terminals
from posapp.services.security.staff import create_staff


@dataclass(frozen=True)
class LocationView:
    id: uuid.UUID
    code: str
    name: str
    currency: str
    locale: str
    timezone: str

    @classmethod
    def of(cls, loc: Location) -> LocationView:
        return cls(loc.id, loc.code, loc.name, loc.currency, loc.locale, loc.timezone)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "code": self.code,
            "name": self.name,
            "currency": self.currency,
            "locale": self.locale,
            "timezone": self.timezone,
        }

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> LocationView:
        return cls(
            uuid.UUID(data["id"]), data["code"], data["name"], data["currency"],
            data["locale"], data["timezone"],
        )


def check_timezone(name: str) -> str:
    """An IANA time zone name such as ``Europe/Berlin``."""
    import zoneinfo

    value = name.strip()
    if value not in zoneinfo.available_timezones() and value != "UTC":
        raise InvalidInput("{name!r} is not a time zone, e.g. Europe/Berlin.", name=name[:64])
    return value


def _new_location(
    session: Session, ctx: Context, code: str, name: str, currency: str, locale: str,
    timezone: str = "UTC",
) -> Location:
    code = check_store_code(code)
    if not name.strip():
        raise InvalidInput("A store needs a name.")
    if session.scalar(select(Location).where(Location.code == code)) is not None:
        raise Conflict("There is already a store with the code {code}.", code=code)
    loc = Location(
        code=code,
        name=name.strip(),
        currency=check_currency(currency),
        locale=check_locale(locale),
        timezone=check_timezone(timezone),
        created_at=ctx.now(),
    )
    session.add(loc)
    session.flush()
    return loc


def init_database(
    ctx: Context,
    admin_name: str,
    admin_pin: str,
    *,
    store_code: str | None = None,
    store_name: str | None = None,
    currency: str = "USD",
    locale: str = "en_US",
    terminal_name: str | None = None,
) -> LocationView | None:
    """Create the schema (Alembic, to the newest revision), the first admin, and the
    first store with this machine's terminal ``terminal_name``.

    Records the key file's check value. Refuses with ``conflict`` when staff
    already exist: a second ``db init`` never touches a database in use.
    """
    pins.check_pin(admin_pin)
    if store_code and terminal_name is not None:
        terminals.check_terminal_name(terminal_name)
    migrate.upgrade(ctx.db)

    def work(session: Session) -> LocationView | None:
        if session.scalar(select(func.count()).select_from(Staff)):
            raise Conflict("This database is already set up; use `posapp db upgrade`.")
        keys.record_check(session, ctx.keys, ctx.now())
        create_staff(session, ctx, admin_name, Role.ADMIN, admin_pin)
        if store_code:
            loc = _new_location(
                session, ctx, store_code, store_name or store_code, currency, locale
            )
            if terminal_name is not None:
                terminals.register(session, ctx, loc, terminal_name)
            return LocationView.of(loc)
        return None

    return ctx.db.run(work)


def upgrade_database(ctx: Context) -> None:
    """Bring the schema up to date, record the key check of a database without one
    (after checking that the key file reads the database's cards), and fix once what
    only the key file can (:func:`~posapp.services.cards.masks.upgrade_masks`)."""
    migrate.upgrade_if_due(ctx.db)  # Alembic is imported only when a migration is due
    ctx.db.run(lambda session: keys.record_check(session, ctx.keys, ctx.now()))
    masks.upgrade_masks(ctx)


def create_location(
    session: Session, ctx: Context, actor: Actor, cmd: c.AddLocation, op_key: str
) -> LocationView:
    loc = _new_location(
        session, ctx, cmd.code, cmd.title, cmd.currency, cmd.locale, cmd.timezone
    )
    if session.scalar(select(Terminal.id).limit(1)) is None:
        # The chain's first store gets the terminal its admin works at.
        terminals.register(session, ctx, loc, actor.terminal_name)
    audit.record(session, ctx, actor, "location_added", {"code": loc.code})
    return LocationView.of(loc)


def list_locations(ctx: Context) -> list[LocationView]:
    return ctx.db.run(
        lambda s: [LocationView.of(x) for x in s.scalars(select(Location).order_by(Location.code))],
        readonly=True,
    )


def location_id(session: Session, code: str) -> uuid.UUID:
    found = session.scalar(select(Location.id).where(Location.code == check_store_code(code)))
    if found is None:
        raise NotFound("There is no store with the code {code}.", code=code)
    return found


def change_settings(
    session: Session, ctx: Context, actor: Actor, cmd: c.SetSettings, op_key: str
) -> settings.Settings:
    """Several values at once, global or a store's override (``cmd.store``), all or none:
    the first refused raises
    :class:`~posapp.services.configuration.settings.SettingRefused` naming its key.
    An amount given without a currency is in the store's currency (for a global
    value, the admin's own store's)."""
    loc = session.get(Location, location_id(session, cmd.store)) if cmd.store else None
    in_force = None
    for key, value in cmd.changes.items():
        try:
            in_force = settings.change(
                session, key, value, location=loc, currency=actor.currency,
                staff_id=actor.staff_id, now=ctx.now(),
            )
        except PosError as exc:
            raise settings.SettingRefused(key, exc) from exc
        audit.record(session, ctx, actor, "setting_changed", {"key": key, "store": cmd.store})
    # Read afresh by the next call through this context, not in a few seconds.
    ctx.settings_cache.clear()
    return in_force or settings.load(session, loc.id if loc else None)


def effective_settings(ctx: Context, store: str | None = None) -> settings.Settings:
    """The settings in force at ``store`` (the global values when None)."""

    def work(session: Session) -> settings.Settings:
        loc = location_id(session, store) if store else None
        return settings.load(session, loc)

    return ctx.db.run(work, readonly=True)


def overridden_keys(ctx: Context, store: str) -> set[str]:
    """The settings ``store`` overrides rather than taking the global value."""

    def work(session: Session) -> set[str]:
        return settings.overrides(session, location_id(session, store))

    return ctx.db.run(work, readonly=True)


@dataclass(frozen=True)
class RateView:
    base: str
    quote: str
    rate: Decimal
    valid_from: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "quote": self.quote,
            "rate": str(self.rate),
            "valid_from": self.valid_from.isoformat(),
        }

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> RateView:
        return cls(
            data["base"], data["quote"], Decimal(data["rate"]),
            datetime.fromisoformat(data["valid_from"]),
        )


def record_rate(
    session: Session, ctx: Context, actor: Actor, cmd: c.SetRate, op_key: str
) -> RateView:
    """An admin records that 1 ``base`` is worth ``rate`` ``quote`` from now on."""
    b, q, r = check_currency(cmd.base), check_currency(cmd.quote), check_rate(cmd.rate)
    if b == q:
        raise InvalidInput("An exchange rate needs two different currencies.")
    row = ExchangeRate(base=b, quote=q, rate=r, valid_from=ctx.now(), created_by=actor.staff_id)
    session.add(row)
    audit.record(session, ctx, actor, "rate_set", {"base": b, "quote": q, "rate": str(r)})
    return RateView(b, q, r, row.valid_from)


def current_rate(session: Session, source: str, target: str, now: datetime) -> Decimal:
    """How many ``target`` one ``source`` buys now, from a stored rate in either direction."""
    for base, quote, invert in ((source, target, False), (target, source, True)):
        rate = session.scalar(
            select(ExchangeRate.rate)
            .where(
                ExchangeRate.base == base,
                ExchangeRate.quote == quote,
                ExchangeRate.valid_from <= now,
            )
            .order_by(ExchangeRate.valid_from.desc())
            .limit(1)
        )
        if rate is not None and Decimal(rate) > 0:
            return (Decimal(1) / Decimal(rate)) if invert else Decimal(rate)
    raise CurrencyMismatch(
        "No exchange rate from {source} to {target} is set.",
        source=source, target=target,
    )
