"""E-gift cards by e-mail: a delivery record per message, the SMTP password encrypted.

Revision ID: 0009_email
Revises: 0008_central_limits
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import posapp.db.types

revision = "0009_email"
down_revision = "0008_central_limits"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, posapp.db.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "email_deliveries",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("card_id", sa.Uuid(), sa.ForeignKey("gift_cards.id"), nullable=False),
        sa.Column("location_id", sa.Uuid(), sa.ForeignKey("locations.id"), nullable=False),
        sa.Column("recipient_email", sa.String(length=254), nullable=False),
        sa.Column("recipient_name", sa.String(length=120)),
        sa.Column("state", sa.String(length=16), nullable=False),
        _when("scheduled_for", nullable=False),
        _when("due_at", nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("claim_token", sa.String(length=32)),
        _when("claimed_until"),
        sa.Column("message_id", sa.String(length=255)),
        _when("sent_at"),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.Uuid(), sa.ForeignKey("staff.id")),
        _when("created_at", nullable=False),
        _when("updated_at", nullable=False),
    )
    op.create_index("ix_email_deliveries_card_id", "email_deliveries", ["card_id"])
    op.create_index("ix_email_deliveries_state_due", "email_deliveries", ["state", "due_at"])
    op.create_table(
        "smtp_secrets",
        sa.Column("scope", sa.String(length=40), primary_key=True),
        sa.Column("password_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), sa.ForeignKey("staff.id")),
        _when("updated_at", nullable=False),
    )


def downgrade() -> None:
    op.drop_table("smtp_secrets")
    op.drop_index("ix_email_deliveries_state_due", table_name="email_deliveries")
    op.drop_index("ix_email_deliveries_card_id", table_name="email_deliveries")
    op.drop_table("email_deliveries")
