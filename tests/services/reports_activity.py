"""A seeded year of card activity in three stores and two currencies, run through the
real command path, and a slow reference of the money view over every entry."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from posapp import edge, edge_admin
from posapp.db.models import GiftCard, LedgerEntry, Location
from posapp.domain.errors import PosError
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path.context import Actor
from tests.conftest import Store

YEAR_START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
STORES = {"S1": "USD", "S2": "USD", "EU": "EUR"}


@dataclass
class Entry:
    card: uuid.UUID
    seq: int
    kind: str
    amount: int
    before: int
    after: int
    recorded: datetime
    sold: bool
    at: str  # store code where it happened
    store: str  # card's issuing store code
    currency: str


def year_of_activity(s: Store, seed: int = 7, steps: int = 160) -> None:
    """Sell, issue, reload, spend (also in the other store), refund, adjust, void, transfer
    and expire cards over a year; refusals (a spent-out card, an expired one) are skipped."""
    rnd = random.Random(seed)
    s.clock.now = YEAR_START
    edge_admin.add_location(s.ctx, s.admin, "S2", "Uptown", "USD")
    s.add_terminal("T1", "S2")
    edge_admin.add_location(s.ctx, s.admin, "EU", "Paris", "EUR", "fr_FR")
    s.add_terminal("T1", "EU")
    cashiers = {code: s.sign_in("carl", location=code) for code in STORES}
    managers = {code: s.sign_in("mia", location=code) for code in STORES}
    cards: list[tuple[str, str]] = []  # (code, issuing store)

    def same_currency(store: str) -> str:
        return rnd.choice([c for c, cur in STORES.items() if cur == STORES[store]])

    def amount() -> str:
        return f"{rnd.randint(1, 150)}.{rnd.randint(0, 99):02d}"

    for _ in range(steps):
        s.clock.advance(hours=rnd.randint(12, 96))
        here = rnd.choice(list(STORES))
        terms = CardTerms(expires_days=rnd.choice([30, 90, 365, None]))
        roll = rnd.random()
        try:
            if roll < 0.2 or not cards:
                sold = edge.sell(
                    s.ctx, cashiers[here], [CardLine(amount(), terms=terms)], Payment(cash="999")
                )
                cards.append((sold.cards[0].code or "", here))
            elif roll < 0.3:
                issued = edge.issue(s.ctx, managers[here], amount(), terms=terms)
                cards.append((issued.card.code or "", here))
            else:
                code, home = rnd.choice(cards)
                _card_operation(s, rnd, code, managers[same_currency(home)],
                                cashiers[same_currency(home)], amount(), cards, home)
        except PosError:
            pass
        if rnd.random() < 0.08:
            edge.expire_cards(s.ctx, s.admin)


def _card_operation(
    s: Store, rnd: random.Random, code: str, manager: Actor, cashier: Actor, value: str,
    cards: list[tuple[str, str]], home: str,
) -> None:
    roll = rnd.random()
    if roll < 0.45:
        edge.redeem(s.ctx, cashier, code, value)
    elif roll < 0.6:
        edge.reload(s.ctx, manager, code, value)
    elif roll < 0.72:
        edge.refund(s.ctx, manager, code, value)
    elif roll < 0.84:
        sign = rnd.choice(["", "-"])
        edge.adjust(s.ctx, manager, code, f"{sign}{rnd.randint(1, 9)}.00", "count correction")
    elif roll < 0.9:
        edge.void(s.ctx, manager, code, "lost")
    else:
        moved = edge.transfer(s.ctx, manager, code)
        cards.append((moved.card.code or "", home))


def all_entries(s: Store) -> list[Entry]:
    def read(session) -> list[Entry]:  # type: ignore[no-untyped-def]
        codes = {k: v for k, v in session.execute(select(Location.id, Location.code))}
        issuing = {
            k: v for k, v in session.execute(select(GiftCard.id, GiftCard.issuing_location_id))
        }
        e = LedgerEntry
        rows = session.execute(
            select(e.card_id, e.seq, e.kind, e.amount_minor, e.balance_before, e.balance_after,
                   e.recorded_at, e.sale_id, e.location_id, e.currency)
        )
        return [
            Entry(card, seq, kind, amt, bef, aft, rec, sale is not None, codes[loc],
                  codes[issuing[card]], cur)
            for card, seq, kind, amt, bef, aft, rec, sale, loc, cur in rows
        ]

    return s.ctx.db.run(read, readonly=True)


def owed_at(entries: list[Entry], when: datetime) -> dict[tuple[str, str], int]:
    """What cards held at ``when`` and was still owed: each card's newest balance, unless
    its newest expire, refund or reinstate entry is an expire. Balances, not sums of amounts."""
    newest: dict[uuid.UUID, Entry] = {}
    lapse: dict[uuid.UUID, Entry] = {}
    for e in sorted(entries, key=lambda x: (x.card, x.seq)):
        if e.recorded >= when:
            continue
        newest[e.card] = e
        if e.kind in ("expire", "refund", "reinstate"):
            lapse[e.card] = e
    out: dict[tuple[str, str], int] = {}
    for card, e in newest.items():
        if card in lapse and lapse[card].kind == "expire":
            continue
        out[(e.store, e.currency)] = out.get((e.store, e.currency), 0) + e.after
    return out
