"""A year of ledger volume by direct inserts: cards in three stores and two currencies,
each with a chain of entries (issue, redemptions here and elsewhere, reloads, now and then
an expiry and a refund after it) whose balances add up. No hashes: the benchmarks time the
reports' sums, not the verification that comes before them."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from posapp import edge_admin
from posapp.db.models import GiftCard, LedgerEntry, Location
from posapp.services.command_path.context import Actor, Context

YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)
STORES = {"S1": "USD", "S2": "USD", "EU": "EUR"}
CHUNK = 20_000


def fill(ctx: Context, admin: Actor, entries: int, *, per_card: int = 10, seed: int = 11) -> int:
    """Add stores S2 and EU (S1 exists) and about ``entries`` entries; returns the number."""
    edge_admin.add_location(ctx, admin, "S2", "Uptown", "USD")
    edge_admin.add_location(ctx, admin, "EU", "Paris", "EUR", "fr_FR")
    ids = ctx.db.run(lambda s: {c: i for i, c in s.execute(select(Location.id, Location.code))})
    rng = random.Random(seed)
    cards: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    made = 0
    while made < entries:
        card, chain = _card(rng, ids, per_card)
        cards.append(card)
        rows += chain
        made += len(chain)
        if len(rows) >= CHUNK:
            _flush(ctx, cards, rows)
            cards, rows = [], []
    _flush(ctx, cards, rows)
    return made


def _flush(ctx: Context, cards: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    if not cards:
        return

    def write(session: Any) -> None:
        session.execute(insert(GiftCard), cards)
        session.execute(insert(LedgerEntry), rows)

    ctx.db.run(write)


def _card(
    rng: random.Random, ids: dict[str, uuid.UUID], per_card: int
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    home = rng.choice(list(STORES))
    currency = STORES[home]
    near = [ids[code] for code, cur in STORES.items() if cur == currency]
    card_id = uuid.uuid4()
    when = YEAR_START + timedelta(seconds=rng.randint(0, 300 * 86400))
    balance, status, lapsed = 0, "active", False
    chain: list[dict[str, Any]] = []
    for seq in range(1, rng.randint(per_card // 2, per_card * 3 // 2) + 1):
        when += timedelta(seconds=rng.randint(60, 6 * 86400))
        if seq == 1:
            kind, amount = "issue", rng.randint(500, 20000)
        elif lapsed:
            kind, amount, lapsed = "refund", rng.randint(100, 2000), False
        elif rng.random() < 0.03:
            kind, amount, lapsed = "expire", 0, True
        elif balance and rng.random() < 0.75:
            kind, amount = "redeem", -rng.randint(1, balance)
        else:
            kind, amount = "reload", rng.randint(100, 5000)
        chain.append({
            "id": uuid.uuid4(), "card_id": card_id, "seq": seq, "kind": kind,
            "amount_minor": amount, "balance_before": balance,
            "balance_after": balance + amount, "currency": currency,
            "location_id": ids[home] if kind in ("issue", "expire") else rng.choice(near),
            "created_at": when, "recorded_at": when, "origin": "online",
            "idempotency_key": f"bench/{card_id.hex}/{seq}",
        })
        balance += amount
    status = "expired" if lapsed else ("active" if balance else "depleted")
    card = {
        "id": card_id, "code_hash": card_id.hex + card_id.hex, "code_last4": "0000",
        "code_encrypted": b"-", "currency": currency, "initial_balance_minor":
        chain[0]["amount_minor"], "balance_minor": balance, "status": status,
        "issuing_location_id": ids[home], "created_at": chain[0]["created_at"],
        "source": "backoffice", "last_seq": len(chain),
    }
    return card, chain
