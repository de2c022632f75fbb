"""Physical card stock: where each printed card is (stock room, in transit, at a store,
sold, damaged, lost) and which store holds it.

Cards of batches made before this revision are placed as follows: a card still inactive is
in the stock room of the store that made its batch (it could be sold there before, and
still can); a batch card already activated is sold. Cards that were never printed stock
(e-cards, imports, back-office issues) have no stock state.

A ``cashout_threshold`` stored by early versions (``0``, no currency) did nothing: cash-out
did not exist. It is removed, so cash-out starts off until an admin sets an amount.

Revision ID: 0011_stock
Revises: 0010_reports
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_stock"
down_revision = "0010_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding gift_cards on SQLite (batch mode) would rewrite the
    # table every other table refers to. SQLite takes the reference only in the ADD itself.
    op.add_column("gift_cards", sa.Column("stock_state", sa.String(length=12), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE gift_cards ADD COLUMN stock_location_id CHAR(32) "
                   "REFERENCES locations (id)")
    else:
        op.add_column("gift_cards", sa.Column("stock_location_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            "fk_gift_cards_stock_location", "gift_cards", "locations",
            ["stock_location_id"], ["id"],
        )
    op.execute("DELETE FROM settings WHERE key IN ('cashout_threshold', 'cashout_manager_over')")
    op.create_index("ix_gift_cards_stock", "gift_cards", ["stock_location_id", "stock_state"])
    op.execute(
        "UPDATE gift_cards SET stock_state = CASE WHEN status = 'inactive' THEN 'stock_room' "
        "ELSE 'sold' END, stock_location_id = issuing_location_id WHERE batch_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_gift_cards_stock", table_name="gift_cards")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_gift_cards_stock_location", "gift_cards", type_="foreignkey")
    op.drop_column("gift_cards", "stock_location_id")
    op.drop_column("gift_cards", "stock_state")
