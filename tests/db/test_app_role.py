"""The README's least-privilege PostgreSQL role, created with exactly the README's grants:
the app works as it (a redemption, `ledger verify`), and it cannot truncate, alter or
rewrite the ledger."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from posapp import edge
from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.services.accounting import integrity, rollforward
from posapp.services.command_path.context import Context
from posapp.services.security import staff
from tests.conftest import PINS, Clock, fresh_postgres, open_store
from tests.support.postgres import PostgresServer, to_libpq_url

pytestmark = pytest.mark.postgres

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_grants() -> str:
    """The SQL block under the README's least-privilege heading, as written there."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### A least-privilege application role", 1)[1]
    found = re.search(r"```sql\n(.*?)```", section, re.S)
    assert found, "the README shows the role's grants in a sql block"
    return found.group(1)


@pytest.fixture
def shop_url(postgres: PostgresServer, pg_template: str) -> str:
    return fresh_postgres(postgres, pg_template)


@pytest.fixture
def app_role(shop_url: str) -> Iterator[str]:
    """The README's role (under a name of its own on this server); the URL to log in as it."""
    name = f"giftpos_app_{os.getpid()}"
    grants = readme_grants().replace("giftpos_app", name)
    with psycopg.connect(to_libpq_url(shop_url), autocommit=True) as conn:
        conn.execute(grants)  # type: ignore[arg-type]  # the README's text, run as written
    yield make_url(shop_url).set(username=name, password="change-me").render_as_string(False)
    with psycopg.connect(to_libpq_url(shop_url), autocommit=True) as conn:
        conn.execute(f'DROP OWNED BY "{name}"')  # type: ignore[arg-type]
        conn.execute(f'DROP ROLE "{name}"')  # type: ignore[arg-type]


def test_the_app_runs_as_the_least_privilege_role(shop_url: str, app_role: str) -> None:
    keys, clock = KeyRing.generate(), Clock()
    owner = Context(Database(shop_url), keys, clock)
    try:
        open_store(owner, clock)
    finally:
        owner.close()
    ctx = Context(Database(app_role), keys, clock)
    try:
        manager = staff.authenticate(ctx, "mia", PINS["mia"], terminal_name="T1")
        cashier = staff.authenticate(ctx, "carl", PINS["carl"], terminal_name="T1")
        card = edge.issue(ctx, manager, "50.00")
        assert card.card.code is not None
        edge.redeem(ctx, cashier, card.card.code, "12.50")
        report = integrity.verify(ctx, manager)
        assert report.ok and (report.cards, report.entries) == (1, 2), report.problems
        start = clock.now - timedelta(days=1)
        clock.advance(days=3)  # the roll-forward seals the card's day: rows of its own
        roll = rollforward.rollforward(ctx, manager, start, clock.now)
        assert [ln.closing.amount_str() for ln in roll.lines] == ["37.50"]
    finally:
        ctx.close()

    refused = {
        "TRUNCATE ledger_entries": "permission denied",
        "TRUNCATE gift_cards CASCADE": "permission denied",
        "ALTER TABLE ledger_entries DISABLE TRIGGER USER": "must be owner",
        "DROP TRIGGER ledger_entries_append_only ON ledger_entries": "must be owner",
        "UPDATE ledger_entries SET amount_minor = 0": "permission denied",
        "DELETE FROM ledger_entries": "permission denied",
        "UPDATE ledger_chain SET legacy_entries = 1000": "permission denied",
        "UPDATE ledger_day_totals SET amount_minor = 0": "permission denied",
        "DELETE FROM ledger_day_totals": "permission denied",
        "CREATE TABLE stash (x int)": "permission denied",
    }
    with psycopg.connect(to_libpq_url(app_role), autocommit=True) as conn:
        for statement, why in refused.items():
            with pytest.raises(psycopg.Error, match=why):
                conn.execute(statement)  # type: ignore[arg-type]
        assert conn.execute("SELECT count(*) FROM ledger_entries").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM ledger_day_totals").fetchone() == (2,)
