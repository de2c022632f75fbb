"""Settings stored as the text an admin types; money settings per currency.

Earlier values were stored as JSON of their Python value (``true``, ``16``,
``["25", "50"]``) and amounts had no currency. Each is rewritten as the text
its parser reads; an amount without a currency is given the currency of its
store, or for a global value the currency of the first store (the one made
with the database), which is the currency it was used in before.

Revision ID: 0004_settings
Revises: 0003_ledger_chain
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_settings"
down_revision = "0003_ledger_chain"
branch_labels = None
depends_on = None

_MONEY = ("max_card_value", "custom_min", "custom_max", "denominations")

_settings = sa.table(
    "settings",
    sa.column("id", sa.Uuid()),
    sa.column("key", sa.String()),
    sa.column("scope", sa.String()),
    sa.column("value", sa.JSON()),
)
_locations = sa.table(
    "locations",
    sa.column("id", sa.Uuid()),
    sa.column("currency", sa.String()),
    sa.column("created_at", sa.DateTime()),
)


def _text(key: str, value: Any, currency: str | None) -> str:
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, list):
        text = ",".join(str(v) for v in value)
    else:
        text = str(value)
    has_currency = any(ch.isalpha() for ch in text)
    if key in _MONEY and currency and text.strip() and not has_currency:
        return f"{currency} {text}"
    return text


def upgrade() -> None:
    conn = op.get_bind()
    currencies = {
        str(row.id): row.currency
        for row in conn.execute(sa.select(_locations.c.id, _locations.c.currency))
    }
    first = conn.execute(
        sa.select(_locations.c.currency).order_by(_locations.c.created_at).limit(1)
    ).scalar()
    for row in conn.execute(sa.select(_settings)).all():
        currency = first if row.scope == "*" else currencies.get(row.scope)
        text = _text(row.key, row.value, currency)
        if text != row.value:
            conn.execute(
                _settings.update().where(_settings.c.id == row.id).values(value=text)
            )


def downgrade() -> None:
    """The text form is kept: earlier code reads flags, numbers and plain text from it,
    and cannot represent amounts per currency at all."""
