"""Ledger hash chain: a keyed hash on each entry, the chain head on each card, and
PostgreSQL refusing TRUNCATE of the ledger and the cards; staging tables for imports
that commit in chunks.

Revision ID: 0003_ledger_chain
Revises: 0002_security
Create Date: 2026-11-29 21:00:00

The migration cannot see the key file, so entries already in the ledger stay
unhashed: their number is recorded in ``ledger_chain``, and ``posapp ledger verify``
accepts at most that many entries without a hash, each at the start of its card's chain
(the balances of those entries are still checked).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0003_ledger_chain"
down_revision = "0002_security"
branch_labels = None
depends_on = None

#: Row triggers do not fire on TRUNCATE, so the append-only rule needs a statement trigger.
_POSTGRES_NO_TRUNCATE = [
    """CREATE FUNCTION giftpos_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '% may not be truncated: the ledger is append-only',
             TG_TABLE_NAME; END $$""",
    """CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
       FOR EACH STATEMENT EXECUTE FUNCTION giftpos_refuse_truncate()""",
    """CREATE TRIGGER gift_cards_no_truncate BEFORE TRUNCATE ON gift_cards
       FOR EACH STATEMENT EXECUTE FUNCTION giftpos_refuse_truncate()""",
]


def upgrade() -> None:
    op.add_column("ledger_entries", sa.Column("chain_hash", sa.LargeBinary(), nullable=True))
    op.add_column("gift_cards", sa.Column("chain_head", sa.LargeBinary(), nullable=True))
    chain = op.create_table(
        "ledger_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("legacy_entries", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_chain")),
    )
    legacy = op.get_bind().scalar(sa.text("SELECT COUNT(*) FROM ledger_entries"))
    op.bulk_insert(chain, [{"id": 1, "legacy_entries": int(legacy or 0)}])
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRES_NO_TRUNCATE:
            op.execute(statement)
    _create_import_tables()


def _create_import_tables() -> None:
    op.create_table(
        "card_imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file", sa.String(length=255), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_card_imports_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_card_imports_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_imports")),
    )
    op.create_index(op.f("ix_card_imports_state"), "card_imports", ["state"], unique=False)
    op.create_table(
        "import_rows",
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("code_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recipient_name", sa.String(length=120), nullable=True),
        sa.Column("recipient_email", sa.String(length=254), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"], ["card_imports.id"], name=op.f("fk_import_rows_import_id_card_imports")
        ),
        sa.PrimaryKeyConstraint("import_id", "line", name=op.f("pk_import_rows")),
    )


def downgrade() -> None:
    op.drop_table("import_rows")
    op.drop_index(op.f("ix_card_imports_state"), table_name="card_imports")
    op.drop_table("card_imports")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER gift_cards_no_truncate ON gift_cards")
        op.execute("DROP TRIGGER ledger_entries_no_truncate ON ledger_entries")
        op.execute("DROP FUNCTION giftpos_refuse_truncate()")
    op.drop_table("ledger_chain")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy would drop the
    # ledger's append-only triggers.
    op.drop_column("gift_cards", "chain_head")
    op.drop_column("ledger_entries", "chain_hash")
