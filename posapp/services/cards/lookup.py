"""Finding cards: by the code a customer presents (rate-limited per terminal), by id for
managers, and re-locking a card a sale already names.

A code is read twice: at the edge, :func:`parse_code` turns what was typed or
scanned into its canonical text (a non-ASCII or malformed code is refused there
and counted as a failed look-up); here, :func:`by_code` applies the store's code
format (check symbol, O/I/L read as 0/1) and finds the card by its keyed hash.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.lazy_session import require_transaction, single_statement
from posapp.db.models import GiftCard, Location
from posapp.db.plain import Plain
from posapp.domain.errors import CardNotFound, InvalidCode, InvalidInput, RateLimited
from posapp.domain.roles import Permission
from posapp.services.accounting import audit
from posapp.services.cards.rows import COLUMNS, CardRow, contended
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from posapp.services.configuration import settings
from posapp.services.configuration.settings import Settings

_FAILURES = audit.RECENT_FAILURES.scalar_subquery().label("failures")
_MATCHED = GiftCard.code_hash.label("matched")


@lru_cache(maxsize=64)
def _find_statement(plain: bool, lock: bool, count: int) -> Select[Any]:
    """The card (locked or not) and this terminal's recent failed look-ups, in one round
    trip, among ``count`` candidate hashes; each row also names the hash it matched.

    The card comes as an ORM object, or as the columns of a :class:`CardRow` when
    ``plain`` (the redemption's hot path). One statement per number of candidates (a
    handful), built once: an expanding IN would be rendered again at every call.
    """
    found = select(*COLUMNS) if plain else select(GiftCard)
    stmt = found.add_columns(_FAILURES, _MATCHED).where(
        GiftCard.code_hash.in_([bindparam(f"h{i}") for i in range(count)])
    )
    return stmt.with_for_update(of=GiftCard) if lock else stmt


@lru_cache(maxsize=32)
def _plain_find(count: int, lock: bool) -> Plain:
    """The hot path's look-up, sent as plain SQL on the driver's cursor."""
    return Plain(_find_statement(True, lock, count))


#: Longest text taken as a code at all (imported codes are at most 40 symbols).
_MAX_CODE_TEXT = 64
#: ASCII letters and digits, and the check symbols Crockford adds (* ~ $ =).
_CODE_TEXT = re.compile(r"[A-Z0-9*~$=]+")


def canonical(text: str) -> str:
    """A typed or scanned code as plain upper-case ASCII without spaces or hyphens.

    Raises :class:`InvalidCode` for anything else (full-width or Cyrillic
    letters included), so no code is ever hashed or compared in another form.
    """
    if not isinstance(text, str):
        raise InvalidCode("A gift card code is text.")
    raw = "".join(ch for ch in text if ch not in " \t\r\n-").upper()
    if len(raw) > _MAX_CODE_TEXT or not _CODE_TEXT.fullmatch(raw):
        raise InvalidCode("That is not a gift card code: it has characters no code has.")
    return raw


def parse_code(ctx: Context, actor: Actor, text: str) -> str:
    """The edge's reading of a code: :func:`canonical`, with a refusal counted as a failed
    look-up of this terminal (and refused as rate-limited past the limit)."""
    try:
        return canonical(text)
    except InvalidCode as exc:

        def check_rate(session: Session) -> None:
            limit = settings.current(session, ctx, actor.location_id).failed_lookup_limit
            audit.check_lookup_rate(session, ctx, actor, limit)

        try:
            ctx.db.run(check_rate, readonly=True)
        except RateLimited as limited:
            audit.record_refusal(ctx, actor, limited)
            raise limited from exc
        audit.record_refusal(ctx, actor, exc)
        raise


def normalize(code: str, st: Settings) -> str:
    """The form a new card given ``code`` is stored under (today's prefix and length)."""
    return codes.normalize(code, st.code_prefix, st.code_length)


def code_hashes(ctx: Context, code: str, st: Settings) -> dict[str, str]:
    """The look-up hash of every form ``code`` may be stored under (today's code format,
    every earlier one, an imported code), mapped to that form, today's reading first."""
    found = codes.candidates(code, st.code_prefix, st.code_length, st.earlier_formats)
    return {ctx.keys.lookup_hash(form): form for form in found}


def by_code(
    session: Session,
    ctx: Context,
    actor: Actor,
    code: str,
    st: Settings,
    *,
    lock: bool = True,
) -> tuple[GiftCard, str]:
    """The card with ``code`` and its normalised code; its row locked when ``lock``.

    Every miss (mistyped, unknown) counts against this terminal's failed look-up
    limit; past it, even a right code is refused for a minute.
    """
    found, form = _find(session, ctx, actor, code, st, lock=lock)
    card: GiftCard = found[0]
    return card, form


def row_by_code(
    session: Session, ctx: Context, actor: Actor, code: str, st: Settings
) -> tuple[CardRow, str]:
    """As :func:`by_code` (locked), the card as a plain :class:`CardRow`; in a
    single-statement unit not locked: its write checks the card's version instead."""
    found, form = _find(session, ctx, actor, code, st, lock=True, plain=True)
    return CardRow.of(found), form


def _find(
    session: Session,
    ctx: Context,
    actor: Actor,
    code: str,
    st: Settings,
    *,
    lock: bool,
    plain: bool = False,
) -> tuple[Any, str]:
    """The row of the card ``code`` names (the card or its columns first, then the
    terminal's recent failures, then the hash it matched) and its normalised code."""
    limit = st.failed_lookup_limit
    try:
        hashes = code_hashes(ctx, code, st)
    except InvalidCode:
        audit.check_lookup_rate(session, ctx, actor, limit)
        raise
    params = {f"h{i}": digest for i, digest in enumerate(hashes)}
    params.update(audit.failure_window(ctx, actor))
    rows: Sequence[Any]
    if plain:
        unlocked = single_statement(session) is not None
        if unlocked and any(contended(digest) for digest in hashes):
            require_transaction(session)  # lost a race lately: wait for its lock instead
        rows = _plain_find(len(hashes), not unlocked).rows(session, params)
    else:
        rows = session.execute(_find_statement(False, lock, len(hashes)), params).all()
    if not rows:
        audit.check_lookup_rate(session, ctx, actor, limit)
        shown = codes.visible_tail(next(iter(hashes.values())))
        if shown:
            raise CardNotFound("No gift card has the code ending {last4}.", last4=shown)
        raise CardNotFound("No gift card has that code.")
    # Two stored codes matching two readings of one input is all but impossible; the
    # reading under today's settings wins, as it would for a new card.
    order = list(hashes)
    found = min(rows, key=lambda row: order.index(row[-1]))
    if found[-2] >= limit:
        raise audit.too_many_failures()
    return found, hashes[found[-1]]


def by_id(
    session: Session, ctx: Context, actor: Actor, card_id: uuid.UUID, *, lock: bool = True
) -> tuple[GiftCard, str]:
    """A manager names a card by its id (from the card list): no code to guess, so no rate
    limit, but only roles that may list cards. Returns the card and its full code."""
    actor.require(Permission.LIST_CARDS)
    query = select(GiftCard).where(GiftCard.id == card_id)
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise CardNotFound("That gift card does not exist.")
    return found, ctx.keys.decrypt(found.code_encrypted, found.code_hash)


@dataclass(frozen=True)
class CardRef:
    """Which card: by the code a customer presents, or by id (managers, from the card list)."""

    code: str | None = None
    card_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if (self.code is None) == (self.card_id is None):
            raise InvalidInput("Name a card by its code or by its id, not both.")


def card(
    session: Session, ctx: Context, actor: Actor, ref: CardRef, st: Settings, *, lock: bool = True
) -> tuple[GiftCard, str]:
    """The card ``ref`` names: by code (rate-limited) or by id (managers)."""
    if ref.card_id is not None:
        return by_id(session, ctx, actor, ref.card_id, lock=lock)
    assert ref.code is not None
    return by_code(session, ctx, actor, ref.code, st, lock=lock)


def view(session: Session, found: GiftCard | CardRow, *, code: str | None = None) -> CardView:
    """The card as every result shows it (masked unless ``code`` is given)."""
    return CardView.of(found, location_code(session, found.issuing_location_id), code=code)


def lock_card(session: Session, card_id: uuid.UUID) -> GiftCard:
    """Re-read and lock a card the caller already knows (a sale's tender or line)."""
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
