"""The one place where a card's balance changes: lock, check, append an entry.

Every balance change goes through :func:`post`, inside a transaction that
holds the card row (``FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on
SQLite). It keeps the five invariants of DESIGN §4: the balance equals the
sum of the card's entries, each entry chains from the previous one, the
balance never goes below zero, and voided cards never change again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, text
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import GiftCard, LedgerEntry, Location
from posapp.domain.card import Change
from posapp.domain.errors import CardNotFound, InvalidCode
from posapp.domain.roles import Permission, require
from posapp.money import Money
from posapp.services import audit
from posapp.services.context import Actor, Context
from posapp.services.settings import Settings


@dataclass(frozen=True)
class PostedEntry:
    """The ledger entry just appended (the card's row changes with the transaction)."""

    id: uuid.UUID
    seq: int
    balance_after: int


# The statements of the redemption's hot path, built once and bound per call.
_INSERT_ENTRY = insert(cast(Table, LedgerEntry.__table__))
_CARD = select(GiftCard, audit.RECENT_FAILURES.scalar_subquery()).where(
    GiftCard.code_hash == bindparam("code_hash")
)
_CARD_LOCKED = _CARD.with_for_update(of=GiftCard)


@dataclass(frozen=True)
class Conversion:
    """An amount converted into the card's currency, with the rate used."""

    original: Money
    rate: Decimal


def next_change_seq(session: Session) -> int:
    """The next value of the chain-wide change counter (section 10's pull)."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.scalar(text("SELECT nextval('card_change_seq')")))
    # SQLite writers are serialised by BEGIN IMMEDIATE, so max + 1 is safe.
    return int(session.scalar(select(func.coalesce(func.max(GiftCard.change_seq), 0))) or 0) + 1


def normalize(code_text: str, settings: Settings) -> str:
    return codes.normalize(code_text, settings["code_prefix"], settings["code_length"])


def find_card(
    session: Session,
    ctx: Context,
    actor: Actor,
    code_text: str | uuid.UUID,
    settings: Settings,
    *,
    lock: bool = True,
) -> tuple[GiftCard, str]:
    """Look a card up by its code (rate-limited per terminal); lock its row when ``lock``.

    A manager working from the card list may name the card by its id instead
    (a ``uuid.UUID``); the full code is then decrypted for the caller. Ids
    appear in outputs, so a cashier must always present the code itself.
    """
    if isinstance(code_text, uuid.UUID):
        require(actor.role, Permission.LIST_CARDS)
        query = select(GiftCard).where(GiftCard.id == code_text)
        found = session.scalar(query.with_for_update() if lock else query)
        if found is None:
            raise CardNotFound("That gift card does not exist.")
        return found, ctx.keys.decrypt(found.code_encrypted, found.code_hash)
    limit = settings["failed_lookup_limit"]
    try:
        code = normalize(code_text, settings)
    except InvalidCode:
        audit.check_lookup_rate(session, ctx, actor, limit)
        raise
    # One round trip: the card (locked) and this terminal's recent failed look-ups.
    params = {"code_hash": ctx.keys.lookup_hash(code), **audit.failure_window(ctx, actor)}
    row = session.execute(_CARD_LOCKED if lock else _CARD, params).first()
    if row is None:
        audit.check_lookup_rate(session, ctx, actor, limit)
        raise CardNotFound(f"No gift card has the code ending {code[-4:]}.")
    card, failures = row
    if failures >= limit:
        raise audit.too_many_failures()
    return card, code


def lock_card(session: Session, card_id: uuid.UUID) -> GiftCard:
    card = session.scalar(
        select(GiftCard).where(GiftCard.id == card_id).with_for_update(),
        execution_options={"populate_existing": True},
    )
    if card is None:
        raise CardNotFound("That gift card no longer exists.")
    return card


_LOCATION_CODES: dict[uuid.UUID, str] = {}


def location_code(session: Session, location_id: uuid.UUID) -> str:
    """A store's code; cached, since a code never changes and ids are never reused."""
    code = _LOCATION_CODES.get(location_id)
    if code is None:
        code = session.scalar(select(Location.code).where(Location.id == location_id))
        if code is None:
            return "?"
        _LOCATION_CODES[location_id] = code
    return code


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
    card: GiftCard,
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
    entry_id = uuid.uuid4()
    now = ctx.now()
    card.last_seq += 1
    # A plain INSERT, not an ORM object: the entry is never changed again, and skipping
    # the unit of work keeps the hot path of every redemption short.
    session.execute(
        _INSERT_ENTRY,
        {
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
        },
    )
    card.balance_minor = after
    move(session, card, change)
    return PostedEntry(entry_id, card.last_seq, after)


def move(session: Session, card: GiftCard, change: Change) -> None:
    """Put the card in the state ``change`` ends in (freeze, unfreeze need no entry)."""
    change.apply(card)
    touch(session, card)


def ceiling(st: Settings, currency: str) -> Money:
    """The store's maximum card value in ``currency`` (the card model enforces it)."""
    return st.money("max_card_value", currency)
