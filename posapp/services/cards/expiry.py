"""The daily expiry job: past-due cards become expired, abandoned holds are let go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.card import Card, Change
from posapp.domain.errors import InvalidInput
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission
from posapp.services.accounting import ledger
from posapp.services.checkout import holds
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

#: Cards expired per transaction: keeps locks short on a large chain.
CHUNK = 500
#: How far ahead of this machine's clock a given time may be (another terminal's clock).
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class ExpiryRun:
    expired: int
    holds_expired: int
    now: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "expired": self.expired,
            "holds_expired": self.holds_expired,
            "now": self.now.isoformat(),
        }


def expire_cards(ctx: Context, actor: Actor, *, now: datetime | None = None) -> ExpiryRun:
    """Move every active or depleted card past its expiry to ``expired``.

    Each gets an ``expire`` entry of amount 0: the balance stays on the card
    (breakage in the liability report) but cannot be spent unless a refund or
    a manager extends the expiry. Running it twice expires nothing twice.
    """
    actor.require(Permission.EXPIRE)
    at = now or ctx.now()
    if at > ctx.now() + CLOCK_SKEW:
        # Expiry cannot be undone: a time in the future would expire cards (and let go of
        # every open sale's hold) before their date.
        raise InvalidInput(
            "The expiry job cannot run as of a time in the future; leave --now out to use now."
        )
    released = run(ctx, actor, lambda s: holds.expire_stale(s, at))
    total = 0
    while True:
        done = run(ctx, actor, lambda s: _expire_chunk(s, ctx, actor, at))
        total += done
        if done < CHUNK:
            return ExpiryRun(total, released, at)


def _expire_chunk(session: Session, ctx: Context, actor: Actor, at: datetime) -> int:
    cards = session.scalars(
        select(GiftCard)
        .where(
            GiftCard.status.in_([Status.ACTIVE.value, Status.DEPLETED.value]),
            GiftCard.expires_at.is_not(None),
            GiftCard.expires_at <= at,
        )
        .order_by(GiftCard.id)
        .limit(CHUNK)
        .with_for_update()
    ).all()
    for card in cards:
        post_expiry(session, ctx, actor, card, Card(card, at).expire())
    return len(cards)


def post_expiry(session: Session, ctx: Context, actor: Actor, card: GiftCard, change: Change
                ) -> None:
    """The ``expire`` entry of a card past its date (by the job, or unfrozen after it): one
    per card and date, whoever writes it first."""
    assert card.expires_at is not None  # only a card with a date expires
    ledger.post(
        session, ctx, actor, card, change,
        key=f"expire/{card.id}/{card.expires_at.isoformat()}",
        note=f"expired {card.expires_at.date().isoformat()}",
    )


def release_stale_holds(ctx: Context) -> int:
    """At start-up: let go of holds left by sales that were never finished."""
    return ctx.db.run(lambda s: holds.expire_stale(s, ctx.now()))
