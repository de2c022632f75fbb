"""Initial schema: every entity of the domain, the change sequence and the append-only ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 23:19:47.160267
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    """``table.column`` references ``target.id``, named as the models' convention names it."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "card_products",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_type", sa.String(length=16), nullable=False),
        sa.Column("denominations", sa.JSON(), nullable=False),
        sa.Column("min_minor", sa.BigInteger(), nullable=True),
        sa.Column("max_minor", sa.BigInteger(), nullable=True),
        sa.Column("lifetime_days", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("scope_locations", sa.JSON(), nullable=False),
        sa.Column("strategy", sa.String(length=16), nullable=False),
        sa.Column("allow_message", sa.Boolean(), nullable=False),
        sa.Column("require_recipient_email", sa.Boolean(), nullable=False),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("allowed_categories", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_products")),
        sa.UniqueConstraint("sku", name=op.f("uq_card_products_sku")),
    )
    op.create_table(
        "locations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("locale", sa.String(length=16), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
        sa.UniqueConstraint("code", name=op.f("uq_locations_code")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_name")),
    )
    op.create_table(
        "batches",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("face_value_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("printed_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        _fk("batches", "created_by", "staff"),
        _fk("batches", "location_id", "locations"),
        _fk("batches", "product_id", "card_products"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batches")),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Numeric(precision=20, scale=10), nullable=False),
        sa.Column("valid_from", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        _fk("exchange_rates", "created_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
    )
    with op.batch_alter_table("exchange_rates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_rates_pair", ["base", "quote", "valid_from"], unique=False
        )

    op.create_table(
        "settings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        _fk("settings", "location_id", "locations"),
        _fk("settings", "updated_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", "scope", name=op.f("uq_settings_key")),
    )
    op.create_table(
        "terminals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("printer", sa.JSON(), nullable=False),
        sa.Column("scanner", sa.JSON(), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        _fk("terminals", "location_id", "locations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terminals")),
        sa.UniqueConstraint("location_id", "name", name=op.f("uq_terminals_location_id")),
    )
    op.create_table(
        "gift_cards",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("code_last4", sa.String(length=4), nullable=False),
        sa.Column("code_prefix", sa.String(length=8), nullable=False),
        sa.Column("code_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.Column("batch_serial", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("initial_balance_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_minor", sa.BigInteger(), nullable=False),
        sa.Column("face_value_minor", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("issuing_location_id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("scope_locations", sa.JSON(), nullable=False),
        sa.Column("strategy", sa.String(length=16), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("activated_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("expires_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("purchaser_name", sa.String(length=120), nullable=True),
        sa.Column("purchaser_email", sa.String(length=254), nullable=True),
        sa.Column("recipient_name", sa.String(length=120), nullable=True),
        sa.Column("recipient_email", sa.String(length=254), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("replaced_by", sa.Uuid(), nullable=True),
        sa.Column("frozen_by", sa.Uuid(), nullable=True),
        sa.Column("frozen_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("frozen_reason", sa.Text(), nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("voided_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("voided_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("balance_minor >= 0", name=op.f("ck_gift_cards_balance_not_negative")),
        _fk("gift_cards", "batch_id", "batches"),
        _fk("gift_cards", "frozen_by", "staff"),
        _fk("gift_cards", "issuing_location_id", "locations"),
        _fk("gift_cards", "product_id", "card_products"),
        _fk("gift_cards", "replaced_by", "gift_cards"),
        _fk("gift_cards", "voided_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_cards")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_gift_cards_code_hash")),
    )
    with op.batch_alter_table("gift_cards", schema=None) as batch_op:
        batch_op.create_index(
            "ix_gift_cards_batch_serial", ["batch_id", "batch_serial"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_gift_cards_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_cards_code_last4"), ["code_last4"], unique=False)
        # The card list pages newest first: (created_at, id) serves it without a sort.
        batch_op.create_index("ix_gift_cards_created_id", ["created_at", "id"], unique=False)
        batch_op.create_index(
            "ix_gift_cards_status_location", ["status", "issuing_location_id"], unique=False
        )

    op.create_table(
        "operations",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        _fk("operations", "staff_id", "staff"),
        _fk("operations", "terminal_id", "terminals"),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_operations")),
    )
    op.create_table(
        "sales",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("receipt_number", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("change_minor", sa.BigInteger(), nullable=False),
        sa.Column("refunded_minor", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("closed_reason", sa.Text(), nullable=True),
        _fk("sales", "closed_by", "staff"),
        _fk("sales", "location_id", "locations"),
        _fk("sales", "staff_id", "staff"),
        _fk("sales", "terminal_id", "terminals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales")),
        sa.UniqueConstraint("location_id", "receipt_number", name=op.f("uq_sales_location_id")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        _fk("audit_events", "card_id", "gift_cards"),
        _fk("audit_events", "location_id", "locations"),
        _fk("audit_events", "staff_id", "staff"),
        _fk("audit_events", "terminal_id", "terminals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_events_terminal_kind_at", ["terminal_id", "kind", "at"], unique=False
        )

    op.create_table(
        "holds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", posapp.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_holds_hold_positive")),
        _fk("holds", "card_id", "gift_cards"),
        _fk("holds", "sale_id", "sales"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
    )
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.create_index("ix_holds_card_state", ["card_id", "state"], unique=False)

    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_before", sa.BigInteger(), nullable=False),
        sa.Column("balance_after", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.Numeric(precision=20, scale=10), nullable=True),
        sa.Column("original_amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("original_currency", sa.String(length=3), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=True),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("idempotency_key", sa.String(length=160), nullable=False),
        sa.CheckConstraint(
            "balance_after = balance_before + amount_minor",
            name=op.f("ck_ledger_entries_entry_adds_up"),
        ),
        sa.CheckConstraint("balance_after >= 0", name=op.f("ck_ledger_entries_entry_not_negative")),
        _fk("ledger_entries", "card_id", "gift_cards"),
        _fk("ledger_entries", "location_id", "locations"),
        _fk("ledger_entries", "sale_id", "sales"),
        _fk("ledger_entries", "staff_id", "staff"),
        _fk("ledger_entries", "terminal_id", "terminals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_ledger_entries_idempotency_key")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_entries_card_seq", ["card_id", "seq"], unique=False)

    op.create_table(
        "sale_lines",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        _fk("sale_lines", "card_id", "gift_cards"),
        _fk("sale_lines", "product_id", "card_products"),
        _fk("sale_lines", "sale_id", "sales"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_lines")),
    )
    op.create_table(
        "sale_tenders",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("hold_id", sa.Uuid(), nullable=True),
        sa.Column("card_amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("refunded_minor", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=True),
        _fk("sale_tenders", "card_id", "gift_cards"),
        _fk("sale_tenders", "hold_id", "holds"),
        _fk("sale_tenders", "sale_id", "sales"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_tenders")),
    )

    _create_database_extras()


_SQLITE_APPEND_ONLY = [
    """CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
       BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END""",
    """CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
       BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END""",
]

_POSTGRES_APPEND_ONLY = [
    "CREATE SEQUENCE card_change_seq",
    """CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'ledger entries are append-only'; END $$""",
    """CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
       FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only()""",
]


def _create_database_extras() -> None:
    """The ledger refuses UPDATE and DELETE in the database itself, as a backstop."""
    dialect = op.get_bind().dialect.name
    for statement in _POSTGRES_APPEND_ONLY if dialect == "postgresql" else _SQLITE_APPEND_ONLY:
        op.execute(statement)


def downgrade() -> None:
    # Dropping a table drops its indexes with it.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        op.execute("DROP FUNCTION ledger_entries_append_only()")
        op.execute("DROP SEQUENCE card_change_seq")
    op.drop_table("sale_tenders")
    op.drop_table("sale_lines")
    op.drop_table("ledger_entries")
    op.drop_table("holds")
    op.drop_table("audit_events")
    op.drop_table("sales")
    op.drop_table("operations")
    op.drop_table("gift_cards")
    op.drop_table("terminals")
    op.drop_table("settings")
    op.drop_table("exchange_rates")
    op.drop_table("batches")
    op.drop_table("staff")
    op.drop_table("locations")
    op.drop_table("card_products")
