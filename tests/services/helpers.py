"""Helpers for service tests: snapshots that show a refusal changed nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from posapp.db.models import GiftCard, Hold, LedgerEntry, Sale
from posapp.services.command_path.context import Context


def snapshot(ctx: Context) -> tuple[object, ...]:
    """Every balance and status, and the number of entries, holds and sales."""

    def read(session) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
        cards = tuple(
            session.execute(
                select(
                    GiftCard.id, GiftCard.balance_minor, GiftCard.status, GiftCard.version
                ).order_by(GiftCard.id)
            ).all()
        )
        counts = tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (LedgerEntry, Hold, Sale)
        )
        return cards, counts

    return ctx.db.run(read, readonly=True)
