"""Sign-in counters on staff and terminals, and the key check value.

Revision ID: 0002_security
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0002_security"
down_revision = "0001"
branch_labels = None
depends_on = None


def _counters(table: str, *, lock: bool) -> None:
    with op.batch_alter_table(table) as batch:
        batch.add_column(
            sa.Column("failed_pins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("last_failed_at", posapp.db.types.UTCDateTime(timezone=True))
        )
        if lock:
            batch.add_column(sa.Column("last_failed_terminal_id", sa.Uuid()))
            batch.add_column(sa.Column("locked_at", posapp.db.types.UTCDateTime(timezone=True)))


def upgrade() -> None:
    _counters("staff", lock=True)
    _counters("terminals", lock=False)
    op.create_table(
        "key_checks",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("check_value", sa.String(length=64), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_checks")),
    )


def downgrade() -> None:
    op.drop_table("key_checks")
    with op.batch_alter_table("terminals") as batch:
        batch.drop_column("last_failed_at")
        batch.drop_column("failed_pins")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("locked_at")
        batch.drop_column("last_failed_terminal_id")
        batch.drop_column("last_failed_at")
        batch.drop_column("failed_pins")
