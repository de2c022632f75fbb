"""Sending a till's outbox to the service in order, each operation at most once.

Each operation is sent with its own idempotency key until the service gives a definite
answer: a result (also the first result again, when an earlier reply was lost) or a
refusal. A refusal is recorded in the till's store before anything else is sent, and
the operation is then reported to the service's reconciliation queue under a key
derived from its own, so it is never sent again and never lost. A link that fails or a
service that is busy stops the replay; the rest waits, in order, for the next one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from typing import TYPE_CHECKING, Any

from posapp.central import till_staff
from posapp.central.client import Unreachable
from posapp.central.till_store import Waiting
from posapp.domain.errors import AuthFailed, Busy, PosError, RateLimited
from posapp.money import Money
from posapp.services.command_path import commands as c

if TYPE_CHECKING:
    from posapp.central.till import Till

#: Refusals that say "not now" rather than "no": the operation is sent again later.
_TRANSIENT = (Busy, RateLimited, AuthFailed)
_REASON = 1000


def _report(row: Waiting) -> c.ReportOfflineRefusal:
    amount = row.detail.get("amount")
    card, sale = row.detail.get("card_id"), row.detail.get("sale_id")
    return c.ReportOfflineRefusal(
        command=row.command.name,
        operation_key=row.key,
        reason=(row.last_error or "refused")[:_REASON],
        cashier=row.staff,
        taken_at=row.terminal_time,
        amount=Money(int(amount["minor"]), str(amount["currency"])) if amount else None,
        card_id=uuid.UUID(card) if card else None,
        sale_id=uuid.UUID(sale) if sale else None,
        reference=row.detail.get("reference"),
        key="refused/" + hashlib.sha256(row.key.encode()).hexdigest()[:40],
    )


def _send(till: Till, command: c.Command, row: Waiting) -> dict[str, Any]:
    """Send ``command`` for ``row``'s cashier: with their offline ticket, the service acts
    for them rather than for whoever is signed in now."""
    answer: dict[str, Any] = till._request(
        lambda: till.client.run(command, ticket=till_staff.ticket(till.store, row.staff),
                                taken_at=row.terminal_time)
    )
    return answer


def replay(till: Till) -> list[dict[str, Any]]:
    """Send every waiting operation, oldest first; the answers of those that went through."""
    answers: list[dict[str, Any]] = []
    for row in till.store.waiting():
        if row.state != "refused":
            try:
                result = _send(till, row.command, row)
            except Unreachable:
                break
            except _TRANSIENT as later:
                till.store.attempted(row.seq, later.message)
                break
            except PosError as refusal:
                till.store.attempted(row.seq, refusal.message, "refused")
                row = dataclasses.replace(row, state="refused", last_error=refusal.message)
            else:
                till.store.done(row.seq)
                answers.append({"key": row.key, "type": row.command.name, "result": result,
                                "unconfirmed": row.state == "unconfirmed"})
                continue
        try:
            queued = _send(till, _report(row), row)
        except Unreachable:
            break
        except _TRANSIENT as later:
            till.store.attempted(row.seq, later.message)
            break
        except PosError as refusal:
            # Kept, never dropped: the till shows it and the next replay tries it again.
            till.store.attempted(row.seq, f"{row.last_error} (not reported: {refusal.message})")
            continue
        till.store.done(row.seq)
        answers.append({"key": row.key, "type": row.command.name, "refused": row.last_error,
                        "queued": queued, "unconfirmed": row.state == "unconfirmed"})
    return answers
