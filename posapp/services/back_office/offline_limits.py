"""The store's offline policy, enforced again where a till's offline redemption is replayed.

A till holds itself to its store's offline limits, but a modified or faulty till could
replay more than it was allowed to take. So the service checks each replayed offline
redemption against the same settings, with what it has itself recorded of the terminal:

* the till's time of the redemption is neither in the future (beyond
  :data:`CLOCK_SKEW`) nor older than ``offline_window_hours``;
* the till had synced with the service within ``offline_window_hours`` before it (the
  service keeps the time of the terminal's last complete pull);
* it was not taken before the terminal's last *settled* sync (a complete pull with its
  outbox empty: everything taken before it had reached the service);
* what this terminal took offline from the card, and from all cards, since that settled
  sync stays within ``offline_card_cap`` and ``offline_terminal_allowance``.

A redemption outside the window takes nothing; one past a limit takes what the limit
leaves. The caller puts the rest in the reconciliation queue.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.db.models import OfflineTake, Terminal
from posapp.domain.errors import InvalidInput, NotAllowed
from posapp.money import Money
from posapp.services.command_path import commands as c
from posapp.services.configuration.settings import Settings

#: How far a till's clock may run ahead of (or behind) the service's and still be believed.
CLOCK_SKEW = timedelta(minutes=5)


def _limit(st: Settings, key: str, currency: str) -> Money:
    found = getattr(st, key).get(currency)
    if found is None:
        raise NotAllowed("An offline redemption is at most the store's offline limits "
                         "(none for {currency}).", currency=currency)
    return Money(found[0].minor, currency)


def _outside_window(terminal: Terminal, taken_at: datetime, now: datetime,
                    window: timedelta) -> str:
    """Why the till's time of the redemption is outside the store's window ('' if inside)."""
    hours = int(window.total_seconds() // 3600)
    if taken_at > now + CLOCK_SKEW:
        return (f"The till's time of the redemption ({taken_at.isoformat()}) is later than "
                "the service's clock.")
    if taken_at < now - window:
        return (f"The redemption reached the service more than {hours} hours after the "
                "till took it.")
    if terminal.last_sync_at is None or taken_at > terminal.last_sync_at + window + CLOCK_SKEW:
        return (f"The till had not synced with the service in the {hours} hours before "
                "it took the redemption.")
    settled = terminal.offline_settled_at
    if settled is not None and taken_at < settled - CLOCK_SKEW:
        return ("The till's time of the redemption is before its last sync with nothing "
                "left to send, which it should have reached the service by.")
    return ""


def room(
    session: Session, now: datetime, terminal_id: uuid.UUID, st: Settings,
    cmd: c.SettleOfflineRedemption,
) -> tuple[int, str]:
    """What of ``cmd.amount`` (minor units) the terminal may take offline, and why not all.

    Locks the terminal's row, so two replays from one terminal count one after the other.
    """
    asked = cmd.amount
    if cmd.taken_at.tzinfo is None:
        raise InvalidInput("The till's time of an offline redemption must carry its time zone.")
    cap = _limit(st, "offline_card_cap", asked.currency)
    allowance = _limit(st, "offline_terminal_allowance", asked.currency)
    # NO KEY UPDATE: two replays of the terminal wait for each other, while the rows that
    # only refer to it (the operation's record, audit) are written without waiting.
    terminal = session.scalar(
        select(Terminal).where(Terminal.id == terminal_id).with_for_update(key_share=True)
    )
    assert terminal is not None, "an actor's terminal exists"
    outside = _outside_window(
        terminal, cmd.taken_at, now, timedelta(hours=st.offline_window_hours)
    )
    if outside:
        return 0, outside
    used = select(func.coalesce(func.sum(OfflineTake.taken_minor), 0)).where(
        OfflineTake.terminal_id == terminal.id, OfflineTake.currency == asked.currency
    )
    if terminal.offline_settled_at is not None:
        used = used.where(OfflineTake.recorded_at > terminal.offline_settled_at)
    by_terminal = int(session.scalar(used) or 0)
    by_card = int(session.scalar(used.where(OfflineTake.card_id == cmd.card_id)) or 0)
    card_room = max(0, cap.minor - by_card)
    till_room = max(0, allowance.minor - by_terminal)
    if asked.minor <= min(card_room, till_room):
        return asked.minor, ""
    if card_room <= till_room:
        return card_room, (f"This till may take at most {cap} from one card offline; "
                           f"{Money(card_room, asked.currency)} of it was left.")
    return till_room, (f"This till may take at most {allowance} from cards offline between "
                       f"two syncs; {Money(till_room, asked.currency)} of it was left.")


def record(session: Session, now: datetime, terminal_id: uuid.UUID | None,
           cmd: c.SettleOfflineRedemption, taken_minor: int) -> None:
    """Count ``taken_minor`` against the terminal's allowance and the card's cap."""
    session.add(OfflineTake(
        terminal_id=terminal_id, card_id=cmd.card_id, currency=cmd.amount.currency,
        taken_minor=taken_minor, terminal_time=cmd.taken_at, recorded_at=now,
    ))
