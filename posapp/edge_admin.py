"""The back office at the edge: what an admin typed, parsed once into a command, and run.

Staff, stores, terminals, settings, exchange rates, products and batches change
through :func:`posapp.services.command_path.bus.dispatch` like cards and sales do, so the
central service runs them and a till's outbox replays them the same way. Each
function here parses its text (a role, a PIN's form, amounts in the right
currency, a store code, a scope) and dispatches the command; ``key`` is the
caller's idempotency key: sent again, the same command returns the first result.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from posapp.domain.errors import InvalidAmount, InvalidInput, PosError
from posapp.domain.roles import Role
from posapp.money import Money, check_currency, check_locale, parse_rate
from posapp.services.back_office import batches, stock
from posapp.services.back_office.admin import LocationView, RateView, check_timezone
from posapp.services.back_office.batches import BatchView
from posapp.services.back_office.products import ProductView
from posapp.services.cards.lookup import canonical, parse_code
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration import settings
from posapp.services.configuration.definitions import definition
from posapp.services.configuration.store_codes import check_store_code, parse_scope
from posapp.services.security import pins, staff, terminals
from posapp.services.security.staff import StaffView
from posapp.services.security.terminals import TerminalView


def add_staff(
    ctx: Context, actor: Actor, name: str, role: str | Role, pin: str, *, key: str | None = None
) -> StaffView:
    """An admin adds a staff member (the PIN is hashed, never stored as given)."""
    parsed = role if isinstance(role, Role) else Role.parse(role)
    cmd = c.AddStaff(staff.check_name(name), parsed, pins.check_pin(pin), key)
    result: StaffView = bus.dispatch(ctx, actor, cmd)
    return result


def set_staff(
    ctx: Context,
    actor: Actor,
    name: str,
    *,
    role: str | Role | None = None,
    pin: str | None = None,
    active: bool | None = None,
    key: str | None = None,
) -> StaffView:
    """An admin changes a staff member's role, PIN or active flag."""
    parsed = role if isinstance(role, Role) or role is None else Role.parse(role)
    cmd = c.SetStaff(
        staff.check_name(name), parsed, None if pin is None else pins.check_pin(pin), active, key
    )
    result: StaffView = bus.dispatch(ctx, actor, cmd)
    return result


def unlock_staff(ctx: Context, actor: Actor, name: str, *, key: str | None = None) -> StaffView:
    """A manager or admin lifts the lock left by too many wrong PINs."""
    result: StaffView = bus.dispatch(ctx, actor, c.UnlockStaff(staff.check_name(name), key))
    return result


def set_settings(
    ctx: Context,
    actor: Actor,
    changes: dict[str, str],
    *,
    store: str | None = None,
    key: str | None = None,
) -> settings.Settings:
    """Several values at once, all or none: the first refused raises
    :class:`~posapp.services.configuration.settings.SettingRefused` naming its key."""
    for name, value in changes.items():
        try:
            definition(name)
            if not isinstance(value, str):
                raise InvalidInput("A setting's value is text.")
        except PosError as exc:
            raise settings.SettingRefused(name, exc) from exc
    cmd = c.SetSettings(dict(changes), check_store_code(store) if store else None, key)
    result: settings.Settings = bus.dispatch(ctx, actor, cmd)
    return result


def set_setting(
    ctx: Context,
    actor: Actor,
    name: str,
    value: str,
    *,
    store: str | None = None,
    key: str | None = None,
) -> str:
    """An admin sets a global value, or a store's override with ``store``; returns the value
    then in force there, as text. An amount given without a currency is in the store's
    currency (for a global value, the admin's own store's)."""
    return set_settings(ctx, actor, {name: value}, store=store, key=key).text(name)


def set_rate(
    ctx: Context, actor: Actor, base: str, quote: str, rate: str, *, key: str | None = None
) -> RateView:
    """An admin records that 1 ``base`` is worth ``rate`` ``quote`` from now on."""
    b, q = check_currency(base), check_currency(quote)
    if b == q:
        raise InvalidInput("An exchange rate needs two different currencies.")
    result: RateView = bus.dispatch(ctx, actor, c.SetRate(b, q, parse_rate(rate), key))
    return result


def add_product(
    ctx: Context,
    actor: Actor,
    sku: str,
    name: str,
    *,
    currency: str | None = None,
    denominations: Sequence[str] | None = None,
    minimum: str | None = None,
    maximum: str | None = None,
    lifetime_days: int = 0,
    strategy: str = "balance",
    scope: str = "all",
    categories: Sequence[str] | None = None,
    key: str | None = None,
) -> ProductView:
    """An admin defines a card product: fixed denominations, a custom range, or both;
    ``categories`` restricts its cards to goods of those sale categories (none: all)."""
    cur = check_currency(currency or actor.currency)
    fixed = tuple(Money.parse(d, cur) for d in denominations or ())
    low = Money.parse(minimum, cur) if minimum else None
    high = Money.parse(maximum, cur) if maximum else None
    scope_kind, stores = parse_scope(scope)
    kinds = tuple(sorted({k.strip().lower() for k in categories or () if k.strip()}))
    cmd = c.AddProduct(
        (sku or "").strip(), name, cur, fixed, low, high, lifetime_days, strategy.strip().lower(),
        scope_kind, tuple(stores), kinds, key,
    )
    result: ProductView = bus.dispatch(ctx, actor, cmd)
    return result


def add_location(
    ctx: Context,
    actor: Actor,
    code: str,
    name: str,
    currency: str,
    locale: str = "en_US",
    *,
    timezone: str = "UTC",
    key: str | None = None,
) -> LocationView:
    """An admin adds a store (the chain's first also gets the admin's terminal)."""
    if not name.strip():
        raise InvalidInput("A store needs a name.")
    cmd = c.AddLocation(
        check_store_code(code), name.strip(), check_currency(currency), check_locale(locale), key,
        check_timezone(timezone),
    )
    result: LocationView = bus.dispatch(ctx, actor, cmd)
    return result


def add_terminal(
    ctx: Context, actor: Actor, name: str, store: str, *, key: str | None = None
) -> TerminalView:
    """An admin registers a terminal at a store."""
    cmd = c.AddTerminal(terminals.check_terminal_name(name), check_store_code(store), key)
    result: TerminalView = bus.dispatch(ctx, actor, cmd)
    return result


def create_batch(
    ctx: Context,
    actor: Actor,
    count: int,
    *,
    amount: str | Money | None = None,
    product_sku: str | None = None,
    key: str | None = None,
) -> BatchView:
    """An admin generates ``count`` inactive cards (face value optional) in one transaction;
    a typed face value is in the product's currency (without a product, the store's)."""
    if isinstance(amount, str):
        face: Money | None = Money.parse(amount, batches.face_currency(ctx, actor, product_sku))
    else:
        face = amount
        if face is not None and face.minor <= 0:
            raise InvalidAmount("The amount must be above zero.")
    result: BatchView = bus.dispatch(ctx, actor, c.CreateBatch(count, face, product_sku, key))
    return result


def mark_printed(
    ctx: Context, actor: Actor, batch: uuid.UUID | str, *, key: str | None = None
) -> BatchView:
    """Record that a batch's cards were printed (whoever may print them may mark them)."""
    cmd = c.MarkBatchPrinted(batches.parse_batch_id(batch), key)
    result: BatchView = bus.dispatch(ctx, actor, cmd)
    return result


def ship_batch(
    ctx: Context, actor: Actor, batch: str, store: str, *, key: str | None = None
) -> stock.Moved:
    """A manager sends a batch's stock-room cards to ``store``."""
    cmd = c.ShipBatch(batches.parse_batch_id(batch), check_store_code(store), key)
    result: stock.Moved = bus.dispatch(ctx, actor, cmd)
    return result


def receive_batch(
    ctx: Context, actor: Actor, batch: str, missing: Sequence[str] = (), *, key: str | None = None
) -> stock.Moved:
    """A manager receives at their store the batch's cards sent there; ``missing`` are the
    codes of cards that did not arrive."""
    codes = tuple(parse_code(ctx, actor, text) for text in missing)
    cmd = c.ReceiveBatch(batches.parse_batch_id(batch), codes, key)
    result: stock.Moved = bus.dispatch(ctx, actor, cmd)
    return result


def mark_cards(
    ctx: Context, actor: Actor, codes: Sequence[str], state: str, reason: str,
    *, key: str | None = None,
) -> stock.Moved:
    """A manager marks unsold printed cards damaged or lost."""
    if not codes:
        raise InvalidInput("Name at least one card.")
    parsed = tuple(parse_code(ctx, actor, text) for text in codes)
    result: stock.Moved = bus.dispatch(
        ctx, actor, c.MarkCards(parsed, state.strip().lower(), reason, key))
    return result


def count_stock(ctx: Context, actor: Actor, store: str, lines: Iterable[str]) -> stock.StockCount:
    """The codes scanned at ``store`` (one a line; blank lines skipped) against its stock."""
    codes = [canonical(line) for line in lines if line.strip()]
    return stock.count(ctx, actor, check_store_code(store), codes)
