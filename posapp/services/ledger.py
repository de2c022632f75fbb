"""The one writer of balances: append a ledger entry and move the card with it.

Every balance change goes through :func:`post`, inside a transaction that
holds the card row (``FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on
SQLite), with a :class:`~posapp.domain.card.Change` the card model has
checked. That keeps the ledger's invariants: the balance equals the sum of the
card's entries, each entry chains from the previous one, the balance never
goes below zero, and voided cards never change again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.card import Change
from posapp.money import Money
from posapp.services import integrity
from posapp.services.card_rows import INSERT_ENTRY, CardRow, save
from posapp.services.context import Actor, Context
from posapp.services.settings import Settings


@dataclass(frozen=True)
class PostedEntry:
    """The ledger entry just appended (the card's row changes with the transaction)."""

    id: uuid.UUID
    seq: int
    balance_after: int


@dataclass(frozen=True)
class Conversion:
    """An amount converted into the card's currency, with the rate used."""

    original: Money
    rate: Decimal


def next_change_seq(session: Session) -> int:
    """The next value of the chain-wide change counter (terminals pull what changed)."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.scalar(text("SELECT nextval('card_change_seq')")))
    # SQLite writers are serialised by BEGIN IMMEDIATE, so max + 1 is safe.
    return int(session.scalar(select(func.coalesce(func.max(GiftCard.change_seq), 0))) or 0) + 1


def touch(session: Session, card: GiftCard) -> None:
    """Mark the card changed (for terminals' pulls): a new version and change number."""
    card.version += 1
    if session.get_bind().dialect.name == "postgresql":
        # Drawn by the card's UPDATE itself: no separate round trip for the sequence.
        card.change_seq = func.nextval("card_change_seq")
    else:
        card.change_seq = next_change_seq(session)


def post(
    session: Session,
    ctx: Context,
    actor: Actor,
    card: GiftCard | CardRow,
    change: Change,
    *,
    key: str,
    reference: str | None = None,
    note: str | None = None,
    sale_id: uuid.UUID | None = None,
    source: str | None = None,
    conversion: Conversion | None = None,
) -> PostedEntry:
    """Append the ledger entry of ``change`` and move the card's balance and state.

    The caller holds the card row locked and has had ``change`` checked by the
    card model.
    """
    assert change.kind is not None, "a change without an entry is moved, not posted"
    before = card.balance_minor
    after = before + change.amount
    now = ctx.now()
    card.last_seq += 1
    entry_id = uuid.uuid4()
    entry: dict[str, object] = {
        "id": entry_id,
        "card_id": card.id,
        "seq": card.last_seq,
        "kind": change.kind.value,
        "amount_minor": change.amount,
        "balance_before": before,
        "balance_after": after,
        "currency": card.currency,
        "exchange_rate": conversion.rate if conversion else None,
        "original_amount_minor": conversion.original.minor if conversion else None,
        "original_currency": conversion.original.currency if conversion else None,
        "staff_id": actor.staff_id,
        "terminal_id": actor.terminal_id,
        "location_id": actor.location_id or card.issuing_location_id,
        "sale_id": sale_id,
        "reference": reference,
        "note": note,
        "source": source,
        "created_at": now,
        "recorded_at": now,
        "origin": "online",
        "idempotency_key": key,
    }
    integrity.link(ctx.keys, card, entry)
    card.balance_minor = after
    if isinstance(card, CardRow):
        change.apply(card)
        save(session, card, entry)
    else:
        session.execute(INSERT_ENTRY, entry)
        move(session, card, change)
    return PostedEntry(entry_id, card.last_seq, after)


def move(session: Session, card: GiftCard, change: Change) -> None:
    """Put the card in the state ``change`` ends in (freeze, unfreeze need no entry)."""
    change.apply(card)
    touch(session, card)


def ceiling(st: Settings, currency: str) -> Money:
    """The store's maximum card value in ``currency`` (the card model enforces it)."""
    return st.max_value(currency)
