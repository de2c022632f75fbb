"""The Alembic history builds exactly the schema the models describe, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from posapp import edge
from posapp.codes import KeyRing
from posapp.db import migrate
from posapp.db.engine import Database
from posapp.db.models import Base, Location, Setting
from posapp.services.command_path.context import Context
from posapp.services.configuration import settings
from tests.conftest import Clock, open_store


def test_the_migrations_build_the_schema_of_the_models(db_url: str) -> None:
    db = Database(db_url)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_the_history_downgrades_to_nothing_and_upgrades_again(db_url: str) -> None:
    db = Database(db_url)
    migrate.downgrade(db, "base")
    assert "gift_cards" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db)
    assert "gift_cards" in inspect(db.engine).get_table_names()
    db.dispose()


def test_the_database_refuses_a_negative_balance(db_url: str) -> None:
    db = Database(db_url)
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO locations (id, code, name, currency, locale, timezone, created_at) "
            "VALUES ('00000000-0000-0000-0000-000000000001', 'X', 'X', 'USD', 'en_US', 'UTC', "
            "CURRENT_TIMESTAMP)"
        ))
        conn.execute(text(
            "INSERT INTO gift_cards (id, code_hash, code_last4, code_prefix, code_encrypted, "
            "currency, initial_balance_minor, balance_minor, status, issuing_location_id, scope, "
            "scope_locations, strategy, created_at, source, version, last_seq, change_seq) "
            "VALUES ('00000000-0000-0000-0000-000000000002', 'h', 'ABCD', '', :blob, 'USD', 0, "
            "-1, 'active', '00000000-0000-0000-0000-000000000001', 'all', '[]', 'balance', "
            "CURRENT_TIMESTAMP, 'pos', 1, 0, 0)"
        ), {"blob": b"x"})
    db.dispose()


def test_settings_stored_before_typed_settings_are_read_after_the_upgrade(db_url: str) -> None:
    db = Database(db_url)
    migrate.downgrade(db, "0001")
    now = datetime.now(UTC)
    with Session(db.engine) as session, session.begin():
        home = Location(code="S1", name="Home", currency="USD", created_at=now)
        tokyo = Location(code="S3", name="Tokyo", currency="JPY", created_at=now)
        session.add_all([home, tokyo])
        session.flush()
        old = {
            ("max_card_value", "*"): "500",
            ("denominations", "*"): ["20", "40"],
            ("denominations", str(tokyo.id)): ["1000", "2000"],
            ("allow_message", "*"): False,
            ("hold_timeout_minutes", str(tokyo.id)): 20,
            ("payment_methods", "*"): ["cash"],
            ("cashout_threshold", "*"): "0",
        }
        for (key, scope), value in old.items():
            session.add(Setting(key=key, scope=scope, value=value, updated_at=now,
                                location_id=None if scope == "*" else tokyo.id))
        tokyo_id = tokyo.id
    migrate.upgrade(db)
    with Session(db.engine) as session:
        everywhere, at_tokyo = settings.load(session, None), settings.load(session, tokyo_id)
    assert str(everywhere.max_value("USD")) == "500.00 USD"
    assert str(everywhere.max_value("JPY")) == "1000000 JPY"
    assert [str(m) for m in everywhere.fixed_amounts("USD")] == ["20.00 USD", "40.00 USD"]
    assert [str(m) for m in at_tokyo.fixed_amounts("JPY")] == ["1000 JPY", "2000 JPY"]
    assert (everywhere.allow_message, everywhere.payment_methods) == (False, ("cash",))
    assert (at_tokyo.hold_timeout_minutes, everywhere.hold_timeout_minutes) == (20, 15)
    db.dispose()


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory(str(migrate.MIGRATIONS)).get_current_head()


def test_a_store_in_use_downgrades_and_upgrades_with_its_references_kept(db_url: str) -> None:
    """SQLite rebuilds an altered table: with terminals, staff and cards referring to each
    other, the history still goes back and forth, and no reference is left dangling."""
    clock = Clock()
    store = open_store(Context(Database(db_url), KeyRing.generate(), clock), clock)
    code = edge.issue(store.ctx, store.manager, "20.00").card.code
    edge.redeem(store.ctx, store.cashier, code, "5.00")
    store.ctx.close()
    db = Database(db_url)
    migrate.downgrade(db, "0001")
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ledger_entries")).scalar() == 2
    db.dispose()
