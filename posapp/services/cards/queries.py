"""Reading cards: balance checks, histories, and the searchable, paged card list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.codes import mask
from posapp.db.models import GiftCard, LedgerEntry, Location, Staff
from posapp.domain.errors import InvalidCode, InvalidInput
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission
from posapp.domain.transitions import effective_status
from posapp.services.cards import lookup
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout import holds
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.command_path.results import CardView, EntryView
from posapp.services.configuration import settings

SORTABLE = {
    "created_at": GiftCard.created_at,
    "balance": GiftCard.balance_minor,
    "status": GiftCard.status,
    "expires_at": GiftCard.expires_at,
    "last4": GiftCard.code_last4,
    "recipient": GiftCard.recipient_name,
}


def _balance_view(session: Session, ctx: Context, card: GiftCard) -> CardView:
    """Masked card with its available amount; an active card past expiry shows expired."""
    now = ctx.now()
    found = lookup.view(session, card)
    held = holds.pending_total(session, card.id, now)
    shown = found.with_available(max(0, card.balance_minor - held))
    return replace(shown, status=effective_status(Status(card.status), card.expires_at, now).value)


def balance(ctx: Context, actor: Actor, ref: CardRef) -> CardView:
    """A balance check: masked code, balance, available, status (expired if past due)."""
    actor.require(Permission.CHECK_BALANCE)

    def work(session: Session) -> CardView:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = lookup.card(session, ctx, actor, ref, st, lock=False)
        return _balance_view(session, ctx, card)

    return run(ctx, actor, work)


@dataclass(frozen=True)
class BalanceCheck:
    card: CardView
    last_entries: list[EntryView]


def check(ctx: Context, actor: Actor, ref: CardRef, *, last: int = 5) -> BalanceCheck:
    """A counter balance check: the card and its last entries in one look-up."""
    actor.require(Permission.CHECK_BALANCE)
    actor.require(Permission.VIEW_HISTORY)

    def work(session: Session) -> BalanceCheck:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = lookup.card(session, ctx, actor, ref, st, lock=False)
        return BalanceCheck(_balance_view(session, ctx, card), _history(session, card.id, last))

    return run(ctx, actor, work, readonly=True)


def care(ctx: Context, actor: Actor, ref: CardRef, *, last: int) -> BalanceCheck:
    """A manager's look at one card before freezing, voiding or adjusting it: the card and
    its last ``last`` entries (the card care page of a till in central mode)."""
    actor.require(Permission.LIST_CARDS)
    return check(ctx, actor, ref, last=last)


def _history(session: Session, card_id: uuid.UUID, limit: int | None) -> list[EntryView]:
    query = (
        select(LedgerEntry, Staff.name, Location.code)
        .outerjoin(Staff, Staff.id == LedgerEntry.staff_id)
        .join(Location, Location.id == LedgerEntry.location_id)
        .where(LedgerEntry.card_id == card_id)
        .order_by(LedgerEntry.seq.desc() if limit else LedgerEntry.seq)
    )
    if limit:
        query = query.limit(limit)
    rows = [EntryView.of(e, name, loc) for e, name, loc in session.execute(query)]
    return list(reversed(rows)) if limit else rows


def history(
    ctx: Context, actor: Actor, ref: CardRef, *, limit: int | None = None
) -> list[EntryView]:
    """Every ledger entry of a card, oldest first (or the last ``limit``)."""
    actor.require(Permission.VIEW_HISTORY)

    def work(session: Session) -> list[EntryView]:
        st = settings.current(session, ctx, actor.store_id)
        card, _ = lookup.card(session, ctx, actor, ref, st, lock=False)
        return _history(session, card.id, limit)

    return run(ctx, actor, work)


def card_history(ctx: Context, actor: Actor, card_id: uuid.UUID) -> list[EntryView]:
    """A manager's view of a card's history by id (from the card grid)."""
    actor.require(Permission.LIST_CARDS)
    return run(ctx, actor, lambda s: _history(s, card_id, None), readonly=True)


@dataclass(frozen=True)
class CardFilter:
    status: str | None = None
    search: str | None = None  # last four, recipient, purchaser, e-mail, or a whole code
    store: str | None = None  # issuing store code
    created_from: datetime | None = None
    created_to: datetime | None = None

    def checked(self) -> CardFilter:
        if self.status and self.status not in {s.value for s in Status}:
            raise InvalidInput("Unknown status {status!r}.", status=self.status)
        if self.search and len(self.search) > 100:
            raise InvalidInput("Search text is at most 100 characters.")
        return self


def _filtered(
    session: Session, ctx: Context, f: CardFilter, st: settings.Settings
) -> Select[GiftCard, str]:
    query = select(GiftCard, Location.code).join(
        Location, Location.id == GiftCard.issuing_location_id
    )
    if f.status:
        query = query.where(GiftCard.status == f.status)
    if f.store:
        query = query.where(Location.code == f.store.strip().upper())
    if f.created_from:
        query = query.where(GiftCard.created_at >= f.created_from)
    if f.created_to:
        query = query.where(GiftCard.created_at < f.created_to)
    text = (f.search or "").strip()
    if not text:
        return query
    try:
        hashes = list(lookup.code_hashes(ctx, lookup.canonical(text), st))
    except InvalidCode:
        hashes = []
    prefixes = [st.code_prefix, *(p for p, _ in st.earlier_formats)]
    whole = codes.reads_as_ours(text, prefixes) or any(ch.isdigit() for ch in text)
    if hashes and whole and len(text) > 4:
        # A whole code (ours, or any with a digit: a name has none) is looked up by its hash
        # only, so it never reaches a LIKE (or a log).
        return query.where(GiftCard.code_hash.in_(hashes))
    pattern = f"%{text.lower()}%"
    conditions: list[ColumnElement[bool]] = [
        GiftCard.code_hash.in_(hashes),
        func.lower(GiftCard.recipient_name).like(pattern),
        func.lower(GiftCard.recipient_email).like(pattern),
        func.lower(GiftCard.purchaser_name).like(pattern),
        func.lower(GiftCard.purchaser_email).like(pattern),
    ]
    if len(text) == 4:
        conditions.append(GiftCard.code_last4 == text.upper())
    return query.where(or_(*conditions))


def list_cards(
    ctx: Context,
    actor: Actor,
    f: CardFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 100,
    sort: str = "created_at",
    descending: bool = True,
) -> list[CardView]:
    """One page of cards matching ``f``, masked, sorted by ``sort``."""
    actor.require(Permission.LIST_CARDS)
    f = (f or CardFilter()).checked()
    if sort not in SORTABLE:
        raise InvalidInput(
            "Cannot sort by {sort!r}; use one of {options}.",
            sort=sort, options=", ".join(SORTABLE),
        )
    if offset < 0 or not 1 <= limit <= 10000:
        raise InvalidInput("A page starts at 0 or later and holds 1 to 10000 cards.")
    column = SORTABLE[sort]
    order = [column.desc() if descending else column.asc(), GiftCard.id]

    def work(session: Session) -> list[CardView]:
        st = settings.current(session, ctx, actor.location_id)
        query = _filtered(session, ctx, f, st).order_by(*order).offset(offset).limit(limit)
        return [CardView.of(card, loc) for card, loc in session.execute(query)]

    return run(ctx, actor, work, readonly=True)


def count_cards(ctx: Context, actor: Actor, f: CardFilter | None = None) -> int:
    actor.require(Permission.LIST_CARDS)
    f = (f or CardFilter()).checked()

    def work(session: Session) -> int:
        st = settings.current(session, ctx, actor.location_id)
        sub = _filtered(session, ctx, f, st).with_only_columns(GiftCard.id).subquery()
        return int(session.scalar(select(func.count()).select_from(sub)) or 0)

    return run(ctx, actor, work, readonly=True)


@dataclass(frozen=True)
class EntryRow:
    """A ledger entry in the all-cards history: the entry and its card's masked code."""

    entry: EntryView
    card_id: uuid.UUID
    masked_code: str


def list_entries(
    ctx: Context,
    actor: Actor,
    *,
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[EntryRow]:
    """A page of ledger entries across all cards, newest first (managers)."""
    actor.require(Permission.LIST_CARDS)
    if offset < 0 or not 1 <= limit <= 10000:
        raise InvalidInput("A page starts at 0 or later and holds 1 to 10000 entries.")
    query = (
        select(LedgerEntry, Staff.name, Location.code, GiftCard.code_last4, GiftCard.code_prefix)
        .outerjoin(Staff, Staff.id == LedgerEntry.staff_id)
        .join(Location, Location.id == LedgerEntry.location_id)
        .join(GiftCard, GiftCard.id == LedgerEntry.card_id)
        .order_by(LedgerEntry.recorded_at.desc(), LedgerEntry.card_id, LedgerEntry.seq.desc())
        .offset(offset)
        .limit(limit)
    )
    if kind:
        query = query.where(LedgerEntry.kind == kind)
    if since:
        query = query.where(LedgerEntry.recorded_at >= since)
    if until:
        query = query.where(LedgerEntry.recorded_at < until)

    def work(session: Session) -> list[EntryRow]:
        return [
            EntryRow(EntryView.of(e, name, loc), e.card_id, mask(last4, prefix=prefix or None))
            for e, name, loc, last4, prefix in session.execute(query)
        ]

    return run(ctx, actor, work, readonly=True)


def matching_ids(ctx: Context, actor: Actor, f: CardFilter | None = None) -> list[uuid.UUID]:
    """Every card matching ``f`` (a manager's "all that match the filter"), oldest first."""
    actor.require(Permission.LIST_CARDS)
    f = (f or CardFilter()).checked()

    def work(session: Session) -> list[uuid.UUID]:
        st = settings.current(session, ctx, actor.location_id)
        query = _filtered(session, ctx, f, st).with_only_columns(GiftCard.id)
        return list(session.scalars(query.order_by(GiftCard.created_at, GiftCard.id)))

    return run(ctx, actor, work, readonly=True)


def masked_codes(ctx: Context, actor: Actor, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The masked code of each card in ``ids`` that exists (a manager's list of refusals)."""
    actor.require(Permission.LIST_CARDS)

    def work(session: Session) -> dict[uuid.UUID, str]:
        found: dict[uuid.UUID, str] = {}
        for start in range(0, len(ids), 1000):
            query = select(GiftCard.id, GiftCard.code_last4, GiftCard.code_prefix).where(
                GiftCard.id.in_(ids[start:start + 1000])
            )
            for card_id, last4, prefix in session.execute(query):
                found[card_id] = mask(last4, prefix=prefix or None)
        return found

    return run(ctx, actor, work, readonly=True)
