"""Fixtures for the command-line tests: a shop set up through the CLI itself.

The shop: stores S1 "Main Street" (USD, the first store), S2 "Harbour" (USD) and
E1 "Paris" (EUR); root (admin), mia (manager) and carl (cashier) with the PINs of
``tests.conftest.PINS``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from posapp import paths
from posapp.services.back_office import batches
from posapp.services.command_path.context import Context
from posapp.services.security import pins, staff
from tests.cli.runner import Cli
from tests.conftest import PINS

CARD_KEYS = {
    "id",
    "masked_code",
    "status",
    "balance",
    "initial_balance",
    "currency",
    "expires_at",
    "scope",
    "location",
}
SALE_KEYS = {"sale_id", "total", "tenders", "due", "change", "cards"}
#: Keys a sale result shows beyond the documented shapes (no codes among them).
SALE_EXTRA_KEYS = {"receipt_number", "state"}
#: Shown only when the sale made e-cards: where and when each is e-mailed (no codes).
SALE_EMAIL_KEY = "emails"
TENDER_KEYS = {"type", "masked_code", "amount"}
ENTRY_KEYS = {
    "id",
    "kind",
    "amount",
    "balance_before",
    "balance_after",
    "staff",
    "location",
    "reference",
    "note",
    "created_at",
}


#: scrypt as the app runs it costs ~40 ms a sign-in and every command signs in; the CLI
#: tests hash their PINs with a small cost instead (the stored hash names its own cost,
#: so checking a PIN stays scrypt). Real-process tests keep the app's cost.
FAST_SCRYPT = {"n": 2**4, "r": 8, "p": 1}


@pytest.fixture(autouse=True)
def fast_pin_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pins, "_SCRYPT", FAST_SCRYPT)


def set_up_shop(cli: Cli) -> None:
    cli.ok(
        "db",
        "init",
        "--admin",
        "root",
        "--set-pin",
        PINS["root"],
        "--store",
        "S1",
        "--store-name",
        "Main Street",
    )
    cli.ok("staff", "add", "mia", "--role", "manager", "--set-pin", PINS["mia"], user="root")
    cli.ok("staff", "add", "carl", "--role", "cashier", "--set-pin", PINS["carl"], user="root")
    cli.ok("location", "add", "S2", "--name", "Harbour", "--currency", "USD", user="root")
    cli.ok(
        "location",
        "add",
        "E1",
        "--name",
        "Paris",
        "--currency",
        "EUR",
        "--locale",
        "fr_FR",
        user="root",
    )
    # db init registered this machine's terminal at S1; it works at every store.
    for store in ("S2", "E1"):
        cli.ok("terminal", "add", paths.terminal_name(), "--store", store, user="root")


@pytest.fixture(scope="session")
def shop_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A SQLite shop set up once through the CLI; each test gets a copy."""
    where = tmp_path_factory.mktemp("cli_shop")
    db, key = where / "shop.sqlite3", where / "keys.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pins, "_SCRYPT", FAST_SCRYPT)
        set_up_shop(Cli(f"sqlite:///{db}", key))
    return db, key


@pytest.fixture
def cli(shop_template: tuple[Path, Path], tmp_path: Path) -> Cli:
    """The shop on a fresh SQLite copy, driven in-process."""
    db, key = tmp_path / "giftpos.sqlite3", tmp_path / "keys.json"
    shutil.copy(shop_template[0], db)
    shutil.copy(shop_template[1], key)
    key.chmod(0o600)
    return Cli(f"sqlite:///{db}", key)


@pytest.fixture
def fresh_cli(sqlite_template: Path, tmp_path: Path) -> Cli:
    """A migrated, empty SQLite database with a new key file."""
    db = tmp_path / "giftpos.sqlite3"
    shutil.copy(sqlite_template, db)
    return Cli(f"sqlite:///{db}", tmp_path / "keys.json")


@pytest.fixture
def empty_cli(db_url: str, tmp_path: Path) -> Cli:
    """A migrated, empty database (SQLite, then PostgreSQL) with a new key file."""
    return Cli(db_url, tmp_path / "keys.json")


@pytest.fixture
def any_cli(empty_cli: Cli) -> Cli:
    """The shop on SQLite and on PostgreSQL (for the representative subset)."""
    set_up_shop(empty_cli)
    return empty_cli


def sell(cli: Cli, amount: str = "100.00", *extra: str, **options: Any) -> dict[str, Any]:
    """carl sells an e-card for cash; the sold card (with its full code)."""
    options.setdefault("user", "carl")
    sale = cli.ok("sale", "sell", "--amount", amount, "--cash", amount, *extra, **options)
    return sale["cards"][0]


def issue(cli: Cli, amount: str = "50.00", *extra: str, **options: Any) -> dict[str, Any]:
    """mia issues a card from the back office; the card (with its full code)."""
    options.setdefault("user", "mia")
    return cli.ok("card", "issue", "--amount", amount, *extra, **options)


def batch_codes(cli: Cli, batch_id: str) -> list[str]:
    """The codes of a batch as printed on its cards (read back with the key file)."""
    ctx = Context.open(cli.db_url, cli.key_file)
    try:
        admin = staff.authenticate(ctx, "root", PINS["root"], terminal_name=paths.terminal_name())
        _, cards = batches.batch_cards(ctx, admin, batch_id)
        codes = [c.code for c in cards]
    finally:
        ctx.close()
    cli.codes_shown.update(codes)
    return codes
