"""Setting the chain up: first admin, stores, products, exchange rates, settings."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp import keys
from posapp.db import migrate
from posapp.db.models import CardProduct, ExchangeRate, Location, Staff, Terminal
from posapp.domain.errors import (
    Conflict,
    CurrencyMismatch,
    InvalidAmount,
    InvalidInput,
    NotFound,
    PosError,
)
from posapp.domain.roles import Permission, Role
from posapp.money import Money, check_currency, check_locale, parse_rate
from posapp.services import audit, pins, settings, terminals
from posapp.services.context import Actor, Context
from posapp.services.execution import run
from posapp.services.staff import create_staff


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


def check_store_code(code: str) -> str:
    value = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z0-9_-]{1,16}", value):
        raise InvalidInput("A store code is 1-16 letters, digits, - or _.")
    return value


def _new_location(
    session: Session, ctx: Context, code: str, name: str, currency: str, locale: str
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
        timezone="UTC",
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
    """Bring the schema up to date and record the key check of a database without one
    (after checking that the key file reads the database's cards)."""
    migrate.upgrade_if_due(ctx.db)  # Alembic is imported only when a migration is due
    ctx.db.run(lambda session: keys.record_check(session, ctx.keys, ctx.now()))


def add_location(
    ctx: Context, actor: Actor, code: str, name: str, currency: str, locale: str = "en_US"
) -> LocationView:
    actor.require(Permission.MANAGE_LOCATIONS)

    def work(session: Session) -> LocationView:
        loc = _new_location(session, ctx, code, name, currency, locale)
        if session.scalar(select(Terminal.id).limit(1)) is None:
            # The chain's first store gets the terminal its admin works at.
            terminals.register(session, ctx, loc, actor.terminal_name)
        audit.record(session, ctx, actor, "location_added", {"code": loc.code})
        return LocationView.of(loc)

    return run(ctx, actor, work)


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


def set_setting(
    ctx: Context, actor: Actor, key: str, value: str, *, store: str | None = None
) -> str:
    """An admin sets a global value, or a store's override with ``store``.

    Returns the value then in force there, as text. An amount given without a
    currency is in the store's currency (for a global value, the admin's own
    store's).
    """
    return set_settings(ctx, actor, {key: value}, store=store).text(key)


def set_settings(
    ctx: Context, actor: Actor, changes: dict[str, str], *, store: str | None = None
) -> settings.Settings:
    """Several values at once, all or none: the first refused raises
    :class:`~posapp.services.settings.SettingRefused` naming its key."""
    actor.require(Permission.MANAGE_SETTINGS)

    def work(session: Session) -> settings.Settings:
        loc = session.get(Location, location_id(session, store)) if store else None
        in_force = None
        for key, value in changes.items():
            try:
                in_force = settings.change(
                    session, key, value, location=loc, currency=actor.currency,
                    staff_id=actor.staff_id, now=ctx.now(),
                )
            except PosError as exc:
                raise settings.SettingRefused(key, exc) from exc
            audit.record(session, ctx, actor, "setting_changed", {"key": key, "store": store})
        return in_force or settings.load(session, loc.id if loc else None)

    in_force = run(ctx, actor, work)
    ctx.settings_cache.clear()
    return in_force


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


def set_rate(ctx: Context, actor: Actor, base: str, quote: str, rate: str) -> RateView:
    """An admin records that 1 ``base`` is worth ``rate`` ``quote`` from now on."""
    actor.require(Permission.MANAGE_SETTINGS)
    b, q, r = check_currency(base), check_currency(quote), parse_rate(rate)
    if b == q:
        raise InvalidInput("An exchange rate needs two different currencies.")

    def work(session: Session) -> RateView:
        row = ExchangeRate(base=b, quote=q, rate=r, valid_from=ctx.now(), created_by=actor.staff_id)
        session.add(row)
        audit.record(session, ctx, actor, "rate_set", {"base": b, "quote": q, "rate": str(r)})
        return RateView(b, q, r, row.valid_from)

    return run(ctx, actor, work)


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


@dataclass(frozen=True)
class ProductView:
    id: uuid.UUID
    sku: str
    name: str
    currency: str
    amount_type: str
    denominations: tuple[Money, ...]
    minimum: Money | None
    maximum: Money | None
    lifetime_days: int
    strategy: str
    scope: str

    @classmethod
    def of(cls, p: CardProduct) -> ProductView:
        cur = p.currency
        return cls(
            id=p.id,
            sku=p.sku,
            name=p.name,
            currency=cur,
            amount_type=p.amount_type,
            denominations=tuple(Money(d, cur) for d in p.denominations),
            minimum=Money(p.min_minor, cur) if p.min_minor is not None else None,
            maximum=Money(p.max_minor, cur) if p.max_minor is not None else None,
            lifetime_days=p.lifetime_days,
            strategy=p.strategy,
            scope=",".join(p.scope_locations) if p.scope == "list" else p.scope,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "sku": self.sku,
            "name": self.name,
            "currency": self.currency,
            "amount_type": self.amount_type,
            "denominations": [d.amount_str() for d in self.denominations],
            "min": self.minimum.amount_str() if self.minimum else None,
            "max": self.maximum.amount_str() if self.maximum else None,
            "lifetime_days": self.lifetime_days,
            "strategy": self.strategy,
            "scope": self.scope,
        }


def add_product(
    ctx: Context,
    actor: Actor,
    sku: str,
    name: str,
    *,
    currency: str | None = None,
    denominations: list[str] | None = None,
    minimum: str | None = None,
    maximum: str | None = None,
    lifetime_days: int = 0,
    strategy: str = "balance",
    scope: str = "all",
    categories: list[str] | None = None,
) -> ProductView:
    """An admin defines a card product: fixed denominations, a custom range, or both;
    ``categories`` restricts its cards to goods of those sale categories (none: all)."""
    actor.require(Permission.MANAGE_PRODUCTS)
    cur = check_currency(currency or actor.currency)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", sku or ""):
        raise InvalidInput("A SKU is 1-40 letters, digits, - or _.")
    fixed = [Money.parse(d, cur) for d in denominations or []]
    low = Money.parse(minimum, cur) if minimum else None
    high = Money.parse(maximum, cur) if maximum else None
    if (low is None) != (high is None) or (low and high and low > high):
        raise InvalidAmount("A custom range needs a minimum no larger than its maximum.")
    if not fixed and low is None:
        raise InvalidInput("A product needs denominations, a custom range, or both.")
    if strategy not in ("balance", "replacement"):
        raise InvalidInput("Strategy is balance or replacement.")
    if lifetime_days < 0:
        raise InvalidInput("Lifetime is zero (never expires) or more days.")
    scope_kind, scope_list = parse_scope(scope)
    kinds = sorted({c.strip().lower() for c in categories or [] if c.strip()})
    if any(not re.fullmatch(r"[a-z0-9_ -]{1,40}", k) for k in kinds):
        raise InvalidInput("A category is 1-40 letters, digits, spaces, - or _.")
    amount_type = "combined" if fixed and low else "fixed" if fixed else "custom"

    def work(session: Session) -> ProductView:
        if session.scalar(select(CardProduct).where(CardProduct.sku == sku)) is not None:
            raise Conflict("There is already a product with the SKU {sku}.", sku=sku)
        product = CardProduct(
            sku=sku,
            name=name.strip() or sku,
            currency=cur,
            amount_type=amount_type,
            denominations=[m.minor for m in fixed],
            min_minor=low.minor if low else None,
            max_minor=high.minor if high else None,
            lifetime_days=lifetime_days,
            scope=scope_kind,
            scope_locations=scope_list,
            strategy=strategy,
            allowed_categories=kinds,
            created_at=ctx.now(),
        )
        session.add(product)
        session.flush()
        audit.record(session, ctx, actor, "product_added", {"sku": sku})
        return ProductView.of(product)

    return run(ctx, actor, work)


def list_products(ctx: Context) -> list[ProductView]:
    return ctx.db.run(
        lambda s: [
            ProductView.of(p)
            for p in s.scalars(
                select(CardProduct).where(CardProduct.active.is_(True)).order_by(CardProduct.sku)
            )
        ],
        readonly=True,
    )


def parse_scope(text: str) -> tuple[str, list[str]]:
    """``all``, ``issuing`` or a list of store codes ``L1,L2``."""
    value = (text or "").strip()
    if value.lower() in ("all", "issuing"):
        return value.lower(), []
    codes = [check_store_code(c) for c in value.split(",") if c.strip()]
    if not codes:
        raise InvalidInput("Scope is all, issuing or a comma-separated list of store codes.")
    return "list", codes
