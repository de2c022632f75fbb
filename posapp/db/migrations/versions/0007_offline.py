"""Offline tills: the reconciliation queue of what a replayed operation could not get.

Revision ID: 0007_offline
Revises: 0006_webshop
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0007_offline"
down_revision = "0006_webshop"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, posapp.db.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "reconciliation_items",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("operation_key", sa.String(length=128), nullable=False, unique=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("command", sa.String(length=40), nullable=False),
        sa.Column("location_id", sa.Uuid(), sa.ForeignKey("locations.id"), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), sa.ForeignKey("terminals.id")),
        sa.Column("staff_id", sa.Uuid(), sa.ForeignKey("staff.id")),
        sa.Column("cashier", sa.String(length=80), nullable=False),
        sa.Column("card_id", sa.Uuid(), sa.ForeignKey("gift_cards.id")),
        sa.Column("sale_id", sa.Uuid(), sa.ForeignKey("sales.id")),
        sa.Column("reference", sa.String(length=120)),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("asked_minor", sa.BigInteger(), nullable=False),
        sa.Column("taken_minor", sa.BigInteger(), nullable=False),
        sa.Column("shortfall_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _when("terminal_time"),
        _when("created_at", nullable=False),
        sa.Column("resolved_by", sa.Uuid(), sa.ForeignKey("staff.id")),
        _when("resolved_at"),
        sa.Column("resolution_note", sa.Text()),
    )
    op.create_index(
        "ix_reconciliation_items_location_id", "reconciliation_items", ["location_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_reconciliation_items_location_id", table_name="reconciliation_items")
    op.drop_table("reconciliation_items")
