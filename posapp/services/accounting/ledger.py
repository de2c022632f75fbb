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
from typing import Protocol, cast

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.card import CardRecord, Change
from posapp.money import Money
from posapp.services.accounting import integrity
from posapp.services.cards.rows import INSERT_ENTRY, CardRow, save
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration.settings import Settings


@dataclass(frozen=True)
class PostedEntry:
    """The ledger entry just appended (the card's row changes with the transaction)."""

    id: uuid.UUID
    seq: int
    balance_after: int
    #: What open sales held on the card, read by the write itself (a plain card row's
    #: write does: see :func:`posapp.services.cards.rows.save`); 0 when not read there.
    held: int = 0


class Ledgered(CardRecord, Protocol):
    """What an entry is chained onto: a card row, or one about to be inserted."""

    id: uuid.UUID
    last_seq: int
    chain_head: bytes | None


@dataclass(frozen=True)
class Conversion:
    """An amount converted into the card's currency, with the rate used."""

    original: Money
    rate: Decimal


def next_change_seqs(session: Session, count: int) -> list[int]:
    """``count`` fresh values of the change counter, in order (for cards made in bulk)."""
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        query = text("SELECT nextval('card_change_seq') FROM generate_series(1, :n)")
        return [int(v) for v in session.scalars(query, {"n": count})]
    first = next_change_seq(session)
    return list(range(first, first + count))


def next_change_seq(session: Session) -> int:
    """The next value of the chain-wide change counter (terminals pull what changed)."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.scalar(text("SELECT nextval('card_change_seq')")))
    # SQLite writers are serialised by BEGIN IMMEDIATE, so max + 1 is safe.
    return int(session.scalar(select(func.coalesce(func.max(GiftCard.change_seq), 0))) or 0) + 1


def touch(session: Session, card: GiftCard) -> None:
    """Mark the card changed (for terminals' pulls): a new version and change number."""
    card.version += 1
    _number(session, card)


def _number(session: Session, card: GiftCard) -> None:
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
    entry = entry_of(
        ctx, actor, card, change, key=key, reference=reference, note=note, sale_id=sale_id,
        source=source, conversion=conversion,
    )
    held = 0
    if isinstance(card, CardRow):  # a redemption's plain row: entry and card in one write
        held = save(session, card, entry)
    else:
        # A plain INSERT, not an ORM object: the entry is never changed again, and skipping
        # the unit of work keeps every posting short.
        session.execute(INSERT_ENTRY, entry)
        touch(session, card)
    return PostedEntry(cast(uuid.UUID, entry["id"]), card.last_seq, card.balance_minor, held)


def entry_of(
    ctx: Context,
    actor: Actor,
    card: Ledgered,
    change: Change,
    *,
    key: str,
    reference: str | None = None,
    note: str | None = None,
    sale_id: uuid.UUID | None = None,
    source: str | None = None,
    conversion: Conversion | None = None,
) -> dict[str, object]:
    """The ledger entry of ``change``, chained onto the card, with the card (a row or one
    about to be inserted) moved to its new balance and state. The caller inserts the entry
    and gives the card its new version and change number."""
    assert change.kind is not None, "a change without an entry is moved, not posted"
    before = card.balance_minor
    after = before + change.amount
    now = ctx.now()
    card.last_seq += 1
    entry: dict[str, object] = {
        "id": uuid.uuid4(),
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
    change.apply(card)
    return entry


def move(session: Session, card: GiftCard, change: Change) -> None:
    """Put the card in the state ``change`` ends in (freeze, unfreeze need no entry)."""
    change.apply(card)
    touch(session, card)


def ceiling(st: Settings, currency: str) -> Money:
    """The store's maximum card value in ``currency`` (the card model enforces it)."""
    return st.max_value(currency)
