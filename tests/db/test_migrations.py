"""The Alembic history builds exactly the schema the models describe, on both databases."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from posapp.db import migrate
from posapp.db.engine import Database
from posapp.db.models import Base


def test_the_migrations_build_the_schema_of_the_models(db_url: str) -> None:
    db = Database(db_url)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_the_history_downgrades_to_nothing_and_upgrades_again(db_url: str) -> None:
    db = Database(db_url)
    with db.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "base")
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


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory(str(migrate.MIGRATIONS)).get_current_head()
