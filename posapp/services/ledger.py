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
from datetime import datetime
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, Uuid, bindparam, func, insert, select, text
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import GiftCard, Hold, LedgerEntry, Location
from posapp.db.types import UTCDateTime
from posapp.domain.errors import CardNotFound, InsufficientFunds, InvalidAmount, InvalidCode
from posapp.domain.lifecycle import Kind, Status, check_not_voided
from posapp.domain.roles import Permission, require
from posapp.money import Money
from posapp.services import audit, integrity
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
    GiftCard.code_hash.in_(bindparam("code_hashes", expanding=True))
)
_CARD_LOCKED = _CARD.with_for_update(of=GiftCard)
_PENDING_HOLDS = select(func.coalesce(func.sum(Hold.amount_minor), 0)).where(
    Hold.card_id == bindparam("card", type_=Uuid()),
    Hold.state == "pending",
    Hold.expires_at > bindparam("now", type_=UTCDateTime()),
)


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
    """The form a new card given ``code_text`` is stored under."""
    return codes.normalize(code_text, settings.code_prefix, settings.code_length)


def code_hashes(ctx: Context, code_text: str, settings: Settings) -> dict[str, str]:
    """The look-up hash of every form the code may be stored under, mapped to that form."""
    found = codes.candidates(
        code_text, settings.code_prefix, settings.code_length, settings.earlier_formats
    )
    return {ctx.keys.lookup_hash(code): code for code in found}


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
    limit = settings.failed_lookup_limit
    try:
        hashes = code_hashes(ctx, code_text, settings)
    except InvalidCode:
        audit.check_lookup_rate(session, ctx, actor, limit)
        raise
    # One round trip: the card (locked) and this terminal's recent failed look-ups.
    params = {"code_hashes": list(hashes), **audit.failure_window(ctx, actor)}
    rows = session.execute(_CARD_LOCKED if lock else _CARD, params).all()
    if not rows:
        audit.check_lookup_rate(session, ctx, actor, limit)
        shown = codes.visible_tail(next(iter(hashes.values())))
        raise CardNotFound(
            f"No gift card has the code ending {shown}." if shown else "No gift card has that code."
        )
    # Two stored codes matching two readings of one input is all but impossible; the
    # reading under today's settings wins, as it would for a new card.
    order = list(hashes)
    card, failures = min(rows, key=lambda row: order.index(row[0].code_hash))
    if failures >= limit:
        raise audit.too_many_failures()
    return card, hashes[card.code_hash]


def lock_card(session: Session, card_id: uuid.UUID) -> GiftCard:
    card = session.scalar(
        select(GiftCard).where(GiftCard.id == card_id).with_for_update(),
        execution_options={"populate_existing": True},
    )
    if card is None:
        raise CardNotFound("That gift card no longer exists.")
    return card


def pending_holds(session: Session, card_id: uuid.UUID, now: datetime) -> int:
    """Minor units reserved on the card by open sales whose holds have not expired."""
    return int(session.scalar(_PENDING_HOLDS, {"card": card_id, "now": now}) or 0)


def available(session: Session, card: GiftCard, now: datetime) -> int:
    """Balance less pending holds: what a new payment may take."""
    return card.balance_minor - pending_holds(session, card.id, now)


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
    kind: Kind,
    amount_minor: int,
    *,
    key: str,
    reference: str | None = None,
    note: str | None = None,
    sale_id: uuid.UUID | None = None,
    source: str | None = None,
    conversion: Conversion | None = None,
) -> PostedEntry:
    """Append one ledger entry and move the card's balance by ``amount_minor``.

    The caller holds the card row locked. Refuses (changing nothing) a change
    to a voided card and one that would take the balance below zero.
    """
    check_not_voided(Status(card.status))
    before = card.balance_minor
    after = before + amount_minor
    if after < 0:
        have = Money(before, card.currency).amount_str()
        raise InsufficientFunds(f"The card holds only {have} {card.currency}.")
    now = ctx.now()
    card.last_seq += 1
    entry_id = uuid.uuid4()
    entry: dict[str, object] = {
        "id": entry_id,
        "card_id": card.id,
        "seq": card.last_seq,
        "kind": kind.value,
        "amount_minor": amount_minor,
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
    # A plain INSERT, not an ORM object: the entry is never changed again, and skipping the
    # unit of work keeps the hot path of every redemption short.
    session.execute(_INSERT_ENTRY, entry)
    card.balance_minor = after
    touch(session, card)
    return PostedEntry(entry_id, card.last_seq, after)


def check_max_value(card_currency: str, balance_after: int, settings: Settings) -> None:
    """No card may hold more than the configured maximum."""
    ceiling = settings.max_value(card_currency)
    if balance_after > ceiling.minor:
        raise InvalidAmount(f"A card may hold at most {ceiling.amount_str()} {card_currency}.")
