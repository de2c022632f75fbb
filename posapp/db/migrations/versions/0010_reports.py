"""The money view: sealed daily totals of the ledger, and the indexes the reports read by.

Revision ID: 0010_reports
Revises: 0009_email
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0010_reports"
down_revision = "0009_email"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_day_totals",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("location_id", sa.Uuid(), sa.ForeignKey("locations.id"), primary_key=True),
        sa.Column("currency", sa.String(length=3), primary_key=True),
        sa.Column("movement", sa.String(length=16), primary_key=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
    )
    seal = op.create_table(
        "ledger_seal",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("sealed_until", sa.Date(), nullable=False),
    )
    # One row from the start, so that concurrent reports lock it rather than race to make it.
    op.bulk_insert(seal, [{"id": 1, "sealed_until": date(1970, 1, 1)}])
    op.create_index("ix_ledger_entries_recorded_at", "ledger_entries", ["recorded_at"])
    op.create_index("ix_ledger_entries_kind_card", "ledger_entries", ["kind", "card_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_ledger_entries_kind_card", table_name="ledger_entries")
    op.drop_index("ix_ledger_entries_recorded_at", table_name="ledger_entries")
    op.drop_table("ledger_seal")
    op.drop_table("ledger_day_totals")
