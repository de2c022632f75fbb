"""``posapp db``, ``location``, ``staff``, ``rate``, ``settings``, ``product``, ``batch``,
``import`` and ``export``."""

from __future__ import annotations

import argparse
from typing import Any

from posapp import edge_admin
from posapp.cli.registry import Env, command, options
from posapp.db import migrate
from posapp.domain.errors import InvalidInput
from posapp.services.back_office import admin, batches, csv_io, import_check
from posapp.services.back_office.products import list_products
from posapp.services.security import staff


def _init_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--admin", required=True, metavar="NAME")
    p.add_argument("--set-pin", required=True, metavar="PIN")
    p.add_argument("--store", metavar="CODE")
    p.add_argument("--store-name", metavar="NAME")
    p.add_argument("--currency", default="USD")
    p.add_argument("--locale", default="en_US")


@command("db", "init", help="create the database and its first admin")
@options(_init_opts)
def db_init(env: Env) -> Any:
    a = env.args
    loc = admin.init_database(
        env.setup_ctx,
        a.admin,
        a.set_pin,
        store_code=a.store,
        store_name=a.store_name,
        currency=a.currency,
        locale=a.locale,
        terminal_name=a.terminal,
    )
    return {
        "database": "ready",
        "revision": migrate.current_revision(env.ctx.db),
        "admin": a.admin,
        "location": loc.to_dict() if loc else None,
    }


@command("db", "upgrade", help="bring the schema to the newest version")
def db_upgrade(env: Env) -> Any:
    admin.upgrade_database(env.ctx)
    return {"database": "ready", "revision": migrate.current_revision(env.ctx.db)}


def _keyed(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--idempotency-key",
        help="sent again with the same key, the command returns its first result",
    )


def _location_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", required=True)
    p.add_argument("--currency", required=True)
    p.add_argument("--locale", default="en_US")
    p.add_argument("--timezone", default="UTC", help="IANA zone, e.g. Europe/Berlin")
    _keyed(p)


@command("location", "add", help="add a store (admin)")
@options(_location_opts)
def location_add(env: Env) -> Any:
    a = env.args
    return edge_admin.add_location(
        env.ctx, env.actor, a.code, a.name, a.currency, a.locale, timezone=a.timezone,
        key=a.idempotency_key,
    )


@command("location", "list", help="list stores")
def location_list(env: Env) -> Any:
    env.actor  # noqa: B018 - signing in is required
    return {"locations": [loc.to_dict() for loc in admin.list_locations(env.ctx)]}


def _staff_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=["cashier", "manager", "admin"])
    p.add_argument("--set-pin", required=True, metavar="PIN")
    _keyed(p)


@command("staff", "add", help="add a staff member with a PIN (admin)")
@options(_staff_opts)
def staff_add(env: Env) -> Any:
    a = env.args
    return edge_admin.add_staff(
        env.ctx, env.actor, a.name, a.role, a.set_pin, key=a.idempotency_key
    )


def _staff_set_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", choices=["cashier", "manager", "admin"])
    p.add_argument("--set-pin", metavar="PIN")
    p.add_argument("--active", choices=["yes", "no"])
    _keyed(p)


@command("staff", "set", help="change a staff member's role, PIN or active flag (admin)")
@options(_staff_set_opts)
def staff_set(env: Env) -> Any:
    a = env.args
    active = None if a.active is None else a.active == "yes"
    return edge_admin.set_staff(
        env.ctx, env.actor, a.name, role=a.role, pin=a.set_pin, active=active,
        key=a.idempotency_key,
    )


def _staff_name_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME")
    _keyed(p)


@command("staff", "unlock", help="lift the lock after too many wrong PINs (manager)")
@options(_staff_name_opts)
def staff_unlock(env: Env) -> Any:
    return edge_admin.unlock_staff(
        env.ctx, env.actor, env.args.name, key=env.args.idempotency_key
    )


@command("staff", "list", help="list staff (admin)")
def staff_list(env: Env) -> Any:
    return {"staff": [s.to_dict() for s in staff.list_staff(env.ctx, env.actor)]}


def _rate_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("base", metavar="BASE")
    p.add_argument("quote", metavar="QUOTE")
    p.add_argument("rate", metavar="RATE", help="how many QUOTE one BASE buys")
    _keyed(p)


@command("rate", "set", help="set an exchange rate (admin)")
@options(_rate_opts)
def rate_set(env: Env) -> Any:
    a = env.args
    return edge_admin.set_rate(
        env.ctx, env.actor, a.base, a.quote, a.rate, key=a.idempotency_key
    )


def _settings_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p.add_argument("--store", metavar="CODE", help="override for one store only")
    _keyed(p)


@command("settings", "set", help="set a global or per-store setting (admin)")
@options(_settings_opts)
def settings_set(env: Env) -> Any:
    a = env.args
    value = edge_admin.set_setting(
        env.ctx, env.actor, a.key, a.value, store=a.store, key=a.idempotency_key
    )
    return {"key": a.key, "value": value, "store": a.store}


def _settings_show_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="CODE")


@command("settings", "show", help="the settings in force")
@options(_settings_show_opts)
def settings_show(env: Env) -> Any:
    env.actor  # noqa: B018 - signing in is required
    return {"settings": admin.effective_settings(env.ctx, env.args.store).as_json()}


def _product_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("sku", metavar="SKU")
    p.add_argument("--name", required=True)
    p.add_argument("--currency")
    p.add_argument("--denominations", help="fixed amounts, e.g. 25.00,50.00")
    p.add_argument("--min")
    p.add_argument("--max")
    p.add_argument("--lifetime-days", type=int, default=0)
    p.add_argument("--strategy", default="balance", choices=["balance", "replacement"])
    p.add_argument("--scope", default="all")
    p.add_argument("--categories", help="sale categories its cards may pay for, e.g. books,music")
    _keyed(p)


@command("product", "add", help="define a gift card product (admin)")
@options(_product_opts)
def product_add(env: Env) -> Any:
    a = env.args
    denominations = [d for d in (a.denominations or "").split(",") if d.strip()]
    return edge_admin.add_product(
        env.ctx,
        env.actor,
        a.sku,
        a.name,
        currency=a.currency,
        denominations=denominations,
        minimum=a.min,
        maximum=a.max,
        lifetime_days=a.lifetime_days,
        strategy=a.strategy,
        scope=a.scope,
        categories=(a.categories or "").split(","),
        key=a.idempotency_key,
    )


@command("product", "list", help="list gift card products")
def product_list(env: Env) -> Any:
    env.actor  # noqa: B018 - signing in is required
    return {"products": [p.to_dict() for p in list_products(env.ctx)]}


def _batch_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--count", required=True, type=int)
    p.add_argument("--amount", help="face value (default: set at activation)")
    p.add_argument("--product", metavar="SKU")
    _keyed(p)


@command("batch", "create", help="generate a batch of inactive physical cards (admin)")
@options(_batch_opts)
def batch_create(env: Env) -> Any:
    a = env.args
    return edge_admin.create_batch(
        env.ctx, env.actor, a.count, amount=a.amount, product_sku=a.product,
        key=a.idempotency_key,
    )


@command("batch", "list", help="list batches (admin)")
def batch_list(env: Env) -> Any:
    return {
        "batches": [
            {
                "batch_id": str(b.batch_id),
                "count": b.count,
                "face_value": b.face_value.amount_str() if b.face_value else None,
                "currency": b.currency,
                "created_at": b.created_at.isoformat(),
                "printed_at": b.printed_at.isoformat() if b.printed_at else None,
            }
            for b in batches.list_batches(env.ctx, env.actor)
        ]
    }


def _file_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("what", choices=["cards"])
    p.add_argument("file", metavar="FILE.csv")


def _import_opts(p: argparse.ArgumentParser) -> None:
    _file_opts(p)
    p.add_argument("--map", metavar="FIELD=COLUMN,...",
                   help="name the columns, e.g. code=CardNo,balance=Amt,ignore=Notes")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--dry-run", action="store_true",
                     help="check every row, write nothing")
    how.add_argument("--preview", action="store_true",
                     help="list the columns found and every bad line, write nothing")


@command("import", help="import cards from a CSV file, all rows or none (manager)")
@options(_import_opts)
def import_cards(env: Env) -> Any:
    a = env.args
    mapping = import_check.Mapping.parse(a.map)
    if a.preview:
        return csv_io.preview_import(env.ctx, env.actor, a.file, mapping=mapping)
    return csv_io.import_cards(env.ctx, env.actor, a.file, mapping=mapping, dry_run=a.dry_run)


@command("export", help="export cards to a CSV file with masked codes (manager)")
@options(_file_opts)
def export_cards(env: Env) -> Any:
    if not env.args.file.endswith(".csv"):
        raise InvalidInput("The export file name must end in .csv.")
    count = csv_io.export_cards(env.ctx, env.actor, env.args.file)
    return {"exported": count, "file": env.args.file}
