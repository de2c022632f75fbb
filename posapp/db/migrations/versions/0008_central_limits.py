"""The central service enforces tills' offline limits and throttles enrolment codes.

Terminals gain the times of their last sync and last settled sync (as the service saw
them), and the public part of their pending enrolment code with its wrong tries; what
tills took offline and wrong enrolment codes per client address get tables of their own.

Revision ID: 0008_central_limits
Revises: 0007_offline
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0008_central_limits"
down_revision = "0007_offline"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, posapp.db.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("terminals") as batch:
        batch.add_column(_when("last_sync_at"))
        batch.add_column(_when("offline_settled_at"))
        batch.add_column(sa.Column("enrol_code_id", sa.String(length=8)))
        batch.add_column(
            sa.Column("enrol_failures", sa.Integer(), nullable=False, server_default="0")
        )
        batch.create_unique_constraint("uq_terminals_enrol_code_id", ["enrol_code_id"])
    op.create_table(
        "offline_takes",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("terminal_id", sa.Uuid(), sa.ForeignKey("terminals.id"), nullable=False),
        sa.Column("card_id", sa.Uuid(), sa.ForeignKey("gift_cards.id"), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("taken_minor", sa.BigInteger(), nullable=False),
        _when("terminal_time", nullable=False),
        _when("recorded_at", nullable=False),
    )
    op.create_index(
        "ix_offline_takes_terminal", "offline_takes", ["terminal_id", "recorded_at"]
    )
    op.create_table(
        "enrol_failures",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("address", sa.String(length=64), nullable=False),
        _when("at", nullable=False),
    )
    op.create_index("ix_enrol_failures_address", "enrol_failures", ["address", "at"])


def downgrade() -> None:
    op.drop_index("ix_enrol_failures_address", table_name="enrol_failures")
    op.drop_table("enrol_failures")
    op.drop_index("ix_offline_takes_terminal", table_name="offline_takes")
    op.drop_table("offline_takes")
    with op.batch_alter_table("terminals") as batch:
        batch.drop_constraint("uq_terminals_enrol_code_id", type_="unique")
        for column in ("enrol_failures", "enrol_code_id", "offline_settled_at", "last_sync_at"):
            batch.drop_column(column)
