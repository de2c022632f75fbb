"""The central service: terminal enrolment and credentials, staff sessions.

Revision ID: 0005_central
Revises: 0004_settings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0005_central"
down_revision = "0004_settings"
branch_labels = None
depends_on = None


def _when(name: str) -> sa.Column[object]:
    return sa.Column(name, posapp.db.types.UTCDateTime(timezone=True))


def upgrade() -> None:
    with op.batch_alter_table("terminals") as batch:
        batch.add_column(sa.Column("enrol_code_hash", sa.String(length=64)))
        batch.add_column(_when("enrol_expires_at"))
        batch.add_column(sa.Column("credential_hash", sa.String(length=64)))
        batch.add_column(_when("enrolled_at"))
        batch.add_column(_when("revoked_at"))
        batch.add_column(_when("last_contact_at"))
        batch.add_column(sa.Column("app_version", sa.String(length=40)))
        batch.add_column(sa.Column("outbox_waiting", sa.Integer()))
        batch.create_unique_constraint("uq_terminals_enrol_code_hash", ["enrol_code_hash"])
        batch.create_unique_constraint("uq_terminals_credential_hash", ["credential_hash"])
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(length=64), primary_key=True),
        sa.Column("staff_id", sa.Uuid(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), sa.ForeignKey("terminals.id"), nullable=False),
        sa.Column("created_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", posapp.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", posapp.db.types.UTCDateTime(timezone=True)),
    )
    op.create_index("ix_staff_sessions_terminal", "staff_sessions", ["terminal_id"])


def downgrade() -> None:
    op.drop_index("ix_staff_sessions_terminal", table_name="staff_sessions")
    op.drop_table("staff_sessions")
    with op.batch_alter_table("terminals") as batch:
        batch.drop_constraint("uq_terminals_credential_hash", type_="unique")
        batch.drop_constraint("uq_terminals_enrol_code_hash", type_="unique")
        for column in (
            "outbox_waiting",
            "app_version",
            "last_contact_at",
            "revoked_at",
            "enrolled_at",
            "credential_hash",
            "enrol_expires_at",
            "enrol_code_hash",
        ):
            batch.drop_column(column)
