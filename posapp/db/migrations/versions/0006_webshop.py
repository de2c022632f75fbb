"""Web shops: an API key per online store, acting at its own terminal row.

Revision ID: 0006_webshop
Revises: 0005_central
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0006_webshop"
down_revision = "0005_central"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", posapp.db.types.UTCDateTime(timezone=True)),
        sa.ForeignKeyConstraint(
            ["terminal_id"], ["terminals.id"], name=op.f("fk_shop_keys_terminal_id_terminals")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_shop_keys_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_keys")),
        sa.UniqueConstraint("terminal_id", name=op.f("uq_shop_keys_terminal_id")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_shop_keys_key_hash")),
    )


def downgrade() -> None:
    op.drop_table("shop_keys")
