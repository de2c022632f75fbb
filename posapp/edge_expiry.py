"""The edge of expiry extensions: the new last day a card is usable, as typed (a date, or a
number of days from today in the store's time zone), for one card or many."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

from posapp.domain.errors import InvalidInput
from posapp.domain.transitions import LONGEST_LIFETIME
from posapp.edge import CardName, card
from posapp.edge_counter import delivery_date
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardResult
from posapp.services.delivery.scheduling import store_zone

_MOST_DAYS = LONGEST_LIFETIME.days


_CARD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def card_name(text: str) -> CardName:
    """A card named on the command line: its id as the card list and exports write it
    (lower-case, with its hyphens), else a code."""
    value = text.strip()
    return uuid.UUID(value) if _CARD_ID.fullmatch(value) else text


def until_day(text: str) -> date:
    """A last day typed as ``YYYY-MM-DD`` (ASCII digits, a real calendar day)."""
    day = delivery_date(text)
    if day is None:
        raise InvalidInput("Give the new last day as YYYY-MM-DD, e.g. 2027-12-31.")
    return day


def days_count(text: str) -> int:
    """A number of days typed as ASCII digits, 1 to the longest card lifetime."""
    value = text.strip()
    if not re.fullmatch(r"[0-9]{1,6}", value) or not 1 <= int(value) <= _MOST_DAYS:
        raise InvalidInput(
            "{text!r} is not a number of days from 1 to {most:,}.", text=text[:40], most=_MOST_DAYS
        )
    return int(value)


def today(ctx: Context, actor: Actor) -> date:
    """Today in the time zone of the actor's store (where the manager counts days)."""
    zone = ctx.db.run(lambda s: store_zone(s, actor.store_id))
    return ctx.now().astimezone(zone).date()


def days_ahead(ctx: Context, actor: Actor, text: str) -> date:
    """The day ``text`` days from today in the actor's store."""
    return today(ctx, actor) + timedelta(days=days_count(text))


def extend(
    ctx: Context, actor: Actor, name: CardName, until: date, *, key: str | None = None
) -> CardResult:
    """Move one card's expiry so that it is usable through ``until``."""
    cmd = c.ExtendExpiry(card(ctx, actor, name), until, key)
    result: CardResult = bus.dispatch(ctx, actor, cmd)
    return result
