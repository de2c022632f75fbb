"""The till's own SQLite store: private, and a pull never forgets what waits in the outbox."""

from __future__ import annotations

import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path

from posapp.central.till_store import TillStore
from posapp.money import Money
from posapp.services.command_path import commands as c


def _card(card_id: uuid.UUID, available: int) -> dict[str, object]:
    return {
        "id": str(card_id), "lookup": "ab" * 32, "masked": "GC-****-****-****-Q9XT",
        "currency": "USD", "balance_minor": available, "available_minor": available,
        "status": "active", "expires_at": None, "scope": "all", "scope_locations": [],
        "issuing_store_id": str(uuid.uuid4()), "change_seq": 7,
    }


def test_the_store_file_is_private_and_a_pull_keeps_what_the_outbox_took(tmp_path: Path) -> None:
    store = TillStore(tmp_path / "till.sqlite")
    assert stat.S_IMODE((tmp_path / "till.sqlite").stat().st_mode) == 0o600
    card_id, now = uuid.uuid4(), datetime.now(UTC)
    taken = c.SettleOfflineRedemption(card_id, Money(1500, "USD"), "carl", now, key="k1")
    with store.transaction() as conn:
        store.save_cards(conn, [_card(card_id, 5000)], now)
        store.take(conn, card_id, 1500)
        store.enqueue(conn, taken, staff="carl", at=now)
    # A pull while the redemption still waits (the replay stopped on a busy service): the
    # service's balance does not hold it yet, so the till still counts it as taken.
    with store.transaction() as conn:
        store.save_cards(conn, [_card(card_id, 5000)], now)
    assert store.offline_taken(card_id) == 1500
    waiting = store.waiting()
    assert [w.command for w in waiting] == [taken] and waiting[0].staff == "carl"
    store.done(waiting[0].seq)
    with store.transaction() as conn:
        store.save_cards(conn, [_card(card_id, 3500)], now)
    assert store.offline_taken(card_id) == 0 and store.count_waiting() == 0
    store.close()
