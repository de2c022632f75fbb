"""Staff at a till in central mode: what an online sign-in leaves behind for offline use.

At each successful online sign-in the till keeps, per person, the offline ticket the
service issued (sent with what they take offline, so the replay acts for them) and a
verifier of their PIN: scrypt (memory-hard) of the PIN under a salt of this till's own
and the person's name, with their role and an expiry of the store's offline window.
The chain's PIN pepper never reaches a till, so the verifier is all it can check.

Offline, a person who signed in here online before may sign in again with that PIN
until the verifier expires, under the core's back-off and lock-out counts kept in the
till's store: after :data:`~posapp.services.security.staff.FREE_ATTEMPTS` wrong PINs each
attempt waits longer, and after :data:`~posapp.services.security.staff.LOCK_AFTER` the
verifier is dropped (the person signs in online next). A pull drops the verifiers of
people the service no longer lists as active and unlocked.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from posapp.central.till_store import TillStore, staff_access
from posapp.domain.errors import AuthFailed, Offline, RateLimited
from posapp.services.security.staff import LOCK_AFTER, wait_after

#: scrypt's cost: 16 MiB and about 50 ms for each PIN checked, here and by a thief of the file.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}


def _salt(store: TillStore, conn: Connection) -> bytes:
    found = store.get("pin_salt", conn)
    if found is None:
        found = secrets.token_hex(16)
        store.put(conn, "pin_salt", found)
    return bytes.fromhex(found)


def _verifier(salt: bytes, name: str, pin: str) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt + name.encode(), **SCRYPT).hex()


def remember(
    store: TillStore, name: str, role: str, pin: str, ticket: str, *, now: datetime,
    window: timedelta,
) -> None:
    """Keep what an online sign-in of ``name`` lets this till do offline."""
    with store.transaction() as conn:
        verifier = _verifier(_salt(store, conn), name, pin)
        conn.execute(delete(staff_access).where(staff_access.c.name == name))
        conn.execute(insert(staff_access).values(
            name=name, role=role, ticket=ticket, verifier=verifier,
            expires_at=(now + window).isoformat(), failed=0, last_failed_at=None,
        ))


def ticket(store: TillStore, name: str) -> str | None:
    with store.reading() as conn:
        found = conn.scalar(select(staff_access.c.ticket).where(staff_access.c.name == name))
    return str(found) if found else None


def sign_in_offline(store: TillStore, name: str, pin: str, now: datetime) -> str:
    """Check ``pin`` against the verifier kept for ``name``; their role, or a refusal."""
    with store.transaction() as conn:
        row = conn.execute(select(staff_access).where(staff_access.c.name == name)).first()
        if row is None or datetime.fromisoformat(row.expires_at) <= now:
            raise Offline(
                "The till is offline and {name} has not signed in here online within the "
                "offline window: they sign in when the link is back.", name=name,
            )
        if row.last_failed_at is not None:
            ready = datetime.fromisoformat(row.last_failed_at) + timedelta(
                seconds=wait_after(row.failed))
            if now < ready:
                wait = int((ready - now).total_seconds()) + 1
                raise RateLimited(
                    "Too many wrong PINs: wait {wait} seconds before trying again.", wait=wait
                )
        if hmac.compare_digest(_verifier(_salt(store, conn), name, pin), row.verifier):
            conn.execute(update(staff_access).where(staff_access.c.name == name)
                         .values(failed=0, last_failed_at=None))
            return str(row.role)
        if row.failed + 1 >= LOCK_AFTER:
            conn.execute(delete(staff_access).where(staff_access.c.name == name))
        else:
            conn.execute(update(staff_access).where(staff_access.c.name == name)
                         .values(failed=row.failed + 1, last_failed_at=now.isoformat()))
    raise AuthFailed("Wrong name or PIN.")


def forget_unusable(store: TillStore, conn: Connection, staff: list[dict[str, Any]]) -> None:
    """Drop the verifiers of people the service lists as inactive or locked, or not at all."""
    usable = {s["name"]: s["role"] for s in staff if s.get("active") and not s.get("locked")}
    conn.execute(delete(staff_access).where(staff_access.c.name.not_in(list(usable))))
    for name, role in usable.items():  # a new role applies offline from this pull on
        conn.execute(update(staff_access).where(staff_access.c.name == name).values(role=role))
