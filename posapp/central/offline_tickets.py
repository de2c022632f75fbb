"""Offline tickets: how a till shows, on replay, who took an operation while it was offline.

At each online sign-in the service gives the till a ticket: "this staff member signed in
at this terminal at this time", signed with HMAC-SHA256 under a key derived from the
chain's site secret (HKDF, a label of its own) and bound to the terminal's credential.
The till keeps it with the person's name; when it replays an operation that person took
offline, it sends the ticket and the operation's terminal time, and the service acts for
that person instead of whoever is signed in now, so the ledger, audit and reconciliation
queue name who served the customer.

A ticket is honoured only for the operations a till takes offline, from the terminal
(and credential) it was issued to, for a terminal time from its issue (less the clock
skew) to its expiry and not ahead of the service's clock, and while the person is
active and was not locked before that time. A till learns nothing from a ticket it
could forge others with; enrolling the terminal again makes its tickets worthless.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from posapp.central import sealed
from posapp.codes import KeyRing
from posapp.services.back_office.offline_limits import CLOCK_SKEW
from posapp.services.command_path import commands as c

_LABEL = b"giftpos offline ticket key v1"
_MAX_TICKET = 400

#: The operations a ticket may stand in for a session in: those a till takes offline.
OFFLINE_KINDS = frozenset({
    c.SellCards.name, c.ReloadCard.name, c.CompleteSale.name,
    c.SettleOfflineRedemption.name, c.ReportOfflineRefusal.name,
})


@dataclass(frozen=True)
class Ticket:
    terminal_id: uuid.UUID
    staff_id: uuid.UUID
    issued_at: datetime
    expires_at: datetime


def issue(keys: KeyRing, credential_digest: str, ticket: Ticket) -> str:
    return sealed.seal(keys, _LABEL, credential_digest, {
        "t": str(ticket.terminal_id), "s": str(ticket.staff_id),
        "i": ticket.issued_at.isoformat(), "e": ticket.expires_at.isoformat(),
    })


def read(keys: KeyRing, credential_digest: str, text: str) -> Ticket | None:
    """The ticket ``text`` holds if the service signed it for this credential, else None."""
    data = sealed.unseal(keys, _LABEL, credential_digest, text, longest=_MAX_TICKET)
    if data is None:
        return None
    return Ticket(uuid.UUID(data["t"]), uuid.UUID(data["s"]),
                  datetime.fromisoformat(data["i"]), datetime.fromisoformat(data["e"]))


def covers(ticket: Ticket, terminal_id: uuid.UUID, at: datetime, now: datetime) -> bool:
    """Whether ``ticket`` vouches for an operation this terminal took at ``at``."""
    return (
        ticket.terminal_id == terminal_id
        and ticket.issued_at - CLOCK_SKEW <= at <= ticket.expires_at
        and at <= now + CLOCK_SKEW
    )


def lifetime(session_lifetime: timedelta, offline_window: timedelta) -> timedelta:
    """A ticket covers the person's session and what they may do offline after it."""
    return max(session_lifetime, offline_window)
