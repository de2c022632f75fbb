"""A hypothesis state machine of the card lifecycle and its ledger, on both databases.

A model tracks every card's balance, status, expiry and holds, and every open sale.
Each rule calls the real services and says what must happen: the new balances, or
the exact error code of a refusal, which must have changed nothing. After every
step the model is compared with the database and the ledger's invariants are
checked over the whole database.
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from posapp import codes as codes_mod
from posapp import edge, edge_admin, edge_expiry
from posapp.codes import KeyRing
from posapp.db.engine import Database
from posapp.db.models import GiftCard
from posapp.domain.errors import PosError
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path.context import Actor, Context
from tests.conftest import Clock, Store, fresh_postgres, open_store
from tests.invariants.ledger_check import assert_invariants, snapshot

MAX_CARD = 1_000_000  # 10,000.00: the default max_card_value
HOLD = timedelta(minutes=15)
#: The walks every run takes (GIFTPOS_MACHINE_EXAMPLES=N explores N random walks instead).
WALKS_SEED = 0
EXTENSION = timedelta(days=30)

BAD_AMOUNTS = [
    "-5.00", "0", "0.00", "NaN", "nan", "Infinity", "-inf", "1.234", "0.001", "1e3",
    "abc", "", " ", "12,50", "1,000.00", "10000000000", "99999999999.99", "--1", "1.2.3",
]  # fmt: skip


# The current example's store, set by each machine as it starts (one example at a time).
ctx: Context
clock: Clock
manager: Actor
cashier: Actor
far_cashier: Actor

#: What the machine did, over all examples: to show it does not pass vacuously.
SEEN: Counter[str] = Counter()


class SeededRandomness:
    """Ids, codes and keys drawn from a seed, so that a walk replays step for step: hypothesis
    draws the seed, and every uuid4 and code body of the example comes from it."""

    def __init__(self) -> None:
        self.rng = random.Random(0)

    def seed(self, value: str) -> None:
        self.rng.seed(value)

    def uuid4(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def token_bytes(self, n: int) -> bytes:
        return self.rng.randbytes(n)


SEEDED = SeededRandomness()


def _money(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


@dataclass
class Card:
    id: uuid.UUID
    code: str
    balance: int
    status: str
    expires_at: datetime | None
    scope: str = "all"
    strategy: str = "balance"


@dataclass
class OpenSale:
    total: int
    tenders: list[dict[str, Any]] = field(default_factory=list)  # card, amount, expires, live


@dataclass
class Done:
    """A keyed operation that succeeded: to replay, and to replay with another argument."""

    call: Callable[[], Any]
    other: Callable[[], Any]
    result: dict[str, Any]


def _refusal(status: str) -> str:
    return {
        "frozen": "card_frozen",
        "expired": "card_expired",
        "voided": "card_voided",
        "inactive": "card_inactive",
        "depleted": "insufficient_funds",
    }[status]


def machine_for(new_store: Callable[[], Store]) -> type[RuleBasedStateMachine]:
    counter = itertools.count()

    class CardLifecycle(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            SEEDED.seed("the store")  # a stream no drawn seed restarts (ids must stay unique)
            global ctx, clock, manager, cashier, far_cashier
            self.store = store = new_store()  # each example starts from an empty database
            ctx, clock = store.ctx, store.clock
            manager, cashier = store.manager, store.cashier
            store.add_terminal("T9", "S2")
            far_cashier = store.sign_in("carl", location="S2", terminal="T9")
            self.cards: list[Card] = []
            self.sales: dict[uuid.UUID, OpenSale] = {}
            self.done: list[Done] = []
            self.entries = snapshot(ctx)["counts"]["ledger_entries"]

        @initialize(seed=st.integers(0, 2**32 - 1))
        def draw_the_seed(self, seed: int) -> None:
            SEEDED.seed(f"walk {seed}")

        # ------------------------------------------------------------ helpers
        def key(self) -> str:
            return f"m{next(counter)}-{uuid.uuid4().hex[:8]}"

        def now(self) -> datetime:
            return clock()

        def effective(self, card: Card) -> str:
            if (
                card.status in ("active", "depleted")
                and card.expires_at is not None
                and card.expires_at <= self.now()
            ):
                return "expired"
            return card.status

        def held(self, card: Card) -> int:
            return sum(
                t["amount"]
                for sale in self.sales.values()
                for t in sale.tenders
                if t["card"] is card and t["live"] and t["expires"] > self.now()
            )

        def available(self, card: Card) -> int:
            return card.balance - self.held(card)

        def by_balance(self, card: Card) -> None:
            card.status = "active" if card.balance > 0 else "depleted"

        def refused(self, expected: str | set[str], call: Callable[[], Any]) -> None:
            """``call`` must raise one of the ``expected`` codes and change nothing."""
            want = {expected} if isinstance(expected, str) else expected
            SEEN[f"refused {'/'.join(sorted(want))}"] += 1
            before = snapshot(ctx)
            try:
                call()
            except PosError as exc:
                assert exc.code.value in want, f"expected {want}, got {exc.code.value}: {exc}"
            else:
                raise AssertionError(f"expected a refusal {want}, but it was done")
            assert snapshot(ctx) == before, "a refused operation changed something"

        def new_card_from(self, view: Any, old: Card | None = None) -> Card:
            assert view.code is not None, "a new card's full code is shown once"
            card = Card(
                view.id,
                view.code,
                view.balance.minor,
                view.status,
                view.expires_at,
                old.scope if old else "all",
                old.strategy if old else "balance",
            )
            self.cards.append(card)
            return card

        def close_old(self, old: Card) -> None:
            old.balance, old.status = 0, "voided"
            self.release(old)

        def release(self, card: Card) -> None:
            for sale in self.sales.values():
                for t in sale.tenders:
                    if t["card"] is card:
                        t["live"] = False

        def replaced(self, old: Card, new_view: Any) -> None:
            """The replacement strategy closed ``old`` and moved its balance to a new code."""
            balance = old.balance
            self.close_old(old)
            new = self.new_card_from(new_view, old)
            assert new.balance == balance
            self.entries += 2
            SEEN["ok replacement"] += 1

        # --------------------------------------------------------------- rules
        @rule(
            amount=st.integers(1, 20_000),
            days=st.sampled_from([None, None, 1]),
            scope=st.sampled_from(["all", "issuing"]),
            strategy=st.sampled_from(["balance", "balance", "replacement"]),
        )
        def issue(self, amount: int, days: int | None, scope: str, strategy: str) -> None:
            terms = CardTerms(expires_days=days, scope=scope, strategy=strategy)
            key = self.key()
            result = edge.issue(ctx, manager, _money(amount), terms=terms, key=key)
            card = self.new_card_from(result.card)
            card.scope, card.strategy = scope, strategy
            assert (card.balance, card.status) == (amount, "active")
            if days:
                assert card.expires_at == self.now() + timedelta(days=days)
            self.entries += 1
            self.done.append(
                Done(
                    lambda: edge.issue(ctx, manager, _money(amount), terms=terms, key=key),
                    lambda: edge.issue(ctx, manager, _money(amount + 1), terms=terms, key=key),
                    result.to_dict(),
                )
            )

        @rule(amount=st.sampled_from(["25.00", "50.00", "100.00", "7.77"]))
        def sell_a_new_card(self, amount: str) -> None:
            key = self.key()
            line, pay = [CardLine(amount)], Payment(cash=amount)
            result = edge.sell(ctx, cashier, line, pay, key=key)
            assert result.state == "completed" and result.change.minor == 0
            (view,) = result.cards
            card = self.new_card_from(view)
            assert card.balance == int(amount.replace(".", "")) and card.status == "active"
            self.entries += 1
            self.done.append(
                Done(
                    lambda: edge.sell(ctx, cashier, line, pay, key=key),
                    lambda: edge.sell(ctx, cashier, line, Payment(cash="999.00"), key=key),
                    result.to_dict(),
                )
            )

        @precondition(lambda self: self.cards)
        @rule(data=st.data())
        def sell_a_reload(self, data: st.DataObject) -> None:
            card = data.draw(st.sampled_from(self.cards))
            line, pay = [CardLine("25.00", code=card.code)], Payment(external="25.00")
            status = self.effective(card)
            if status not in ("active", "depleted"):
                return self.refused(
                    _refusal(status), lambda: edge.sell(ctx, cashier, line, pay)
                )
            if card.balance + 2500 > MAX_CARD:
                return self.refused(
                    "invalid_amount", lambda: edge.sell(ctx, cashier, line, pay)
                )
            edge.sell(ctx, cashier, line, pay, key=self.key())
            card.balance += 2500
            card.status = "active"
            self.entries += 1

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), amount=st.integers(1, 15_000), far=st.booleans())
        def redeem(self, data: st.DataObject, amount: int, far: bool) -> None:
            card = data.draw(st.sampled_from(self.cards))
            actor = far_cashier if far else cashier
            key = self.key()

            def call(minor: int = amount) -> Any:
                return edge.redeem(ctx, actor, card.code, _money(minor), key=key)

            status = self.effective(card)
            if status != "active":
                return self.refused(_refusal(status), call)
            if far and card.scope == "issuing":
                return self.refused("wrong_location", call)
            if amount > self.available(card):
                return self.refused("insufficient_funds", call)
            result = call()
            assert result.redeemed.minor == amount
            SEEN["ok redeem"] += 1
            card.balance -= amount
            self.by_balance(card)
            self.entries += 1
            if card.strategy == "replacement" and card.balance > 0:
                assert result.new_card is not None
                self.replaced(card, result.new_card)
            else:
                assert result.new_card is None
            self.done.append(Done(call, lambda: call(amount + 1), result.to_dict()))

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), amount=st.integers(1, 5_000))
        def reload(self, data: st.DataObject, amount: int) -> None:
            card = data.draw(st.sampled_from(self.cards))
            key = self.key()

            def call(minor: int = amount) -> Any:
                return edge.reload(ctx, manager, card.code, _money(minor), key=key)

            status = self.effective(card)
            if status not in ("active", "depleted"):
                return self.refused(_refusal(status), call)
            if card.balance + amount > MAX_CARD:
                return self.refused("invalid_amount", call)
            result = call()
            card.balance += amount
            card.status = "active"
            self.entries += 1
            self.done.append(Done(call, lambda: call(amount + 1), result.to_dict()))

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), amount=st.integers(1, 5_000))
        def refund(self, data: st.DataObject, amount: int) -> None:
            card = data.draw(st.sampled_from(self.cards))
            key = self.key()

            def call(minor: int = amount) -> Any:
                return edge.refund(ctx, manager, card.code, _money(minor), key=key)

            if card.balance + amount > MAX_CARD:
                return self.refused("invalid_amount", call)
            if card.status == "voided":
                return self.refused("card_voided", call)
            result = call()
            card.balance += amount
            now = self.now()
            if card.expires_at is not None and card.expires_at < now + EXTENSION:
                card.expires_at = now + EXTENSION
            if card.status != "frozen":
                card.status = "active"
            assert result.card.expires_at == card.expires_at
            self.entries += 1
            self.done.append(Done(call, lambda: call(amount + 1), result.to_dict()))

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), amount=st.integers(-12_000, 12_000).filter(bool))
        def adjust(self, data: st.DataObject, amount: int) -> None:
            card = data.draw(st.sampled_from(self.cards))
            key = self.key()

            def call(minor: int = amount) -> Any:
                return edge.adjust(ctx, manager, card.code, _money(minor), "stock count", key=key)

            if card.status == "voided":
                return self.refused("card_voided", call)
            if amount > 0 and card.balance + amount > MAX_CARD:
                return self.refused("invalid_amount", call)
            # Taking value down may not take what open sales hold (available >= 0).
            if amount < 0 and -amount > self.available(card):
                return self.refused("insufficient_funds", call)
            result = call()
            SEEN["ok adjust down" if amount < 0 else "ok adjust up"] += 1
            card.balance += amount
            if card.status in ("active", "depleted"):
                self.by_balance(card)
            self.entries += 1
            self.done.append(Done(call, lambda: call(amount + 1 or 2), result.to_dict()))

        def freeze(self, data: st.DataObject) -> None:
            card = data.draw(st.sampled_from(self.cards))
            status = self.effective(card)
            call = lambda: edge.freeze(ctx, manager, card.code, "reported lost")  # noqa: E731
            if status == "frozen":
                return self.refused("invalid_state", call)
            if status not in ("active", "depleted"):
                return self.refused(_refusal(status), call)
            assert call().status == "frozen"
            SEEN["ok freeze"] += 1
            card.status = "frozen"
            # A card reported lost pays nothing from that moment, whoever scans it.
            key = self.key()
            self.refused(
                "card_frozen", lambda: edge.redeem(ctx, cashier, card.code, _money(1), key=key)
            )

        def unfreeze(self, data: st.DataObject) -> None:
            card = data.draw(st.sampled_from(self.cards))
            call = lambda: edge.unfreeze(ctx, manager, card.code)  # noqa: E731
            if card.status != "frozen":
                # A voided card says so; any other card is simply not frozen.
                return self.refused(
                    "card_voided" if card.status == "voided" else "invalid_state", call
                )
            call()
            self.by_balance(card)
            card.status = self.effective(card)

        @precondition(lambda self: self.cards)
        @rule(data=st.data())
        def void(self, data: st.DataObject) -> None:
            card = data.draw(st.sampled_from(self.cards))
            key = self.key()
            call = lambda: edge.void(ctx, manager, card.code, "stolen", key=key)  # noqa: E731
            if card.status == "voided":
                return self.refused("card_voided", call)
            result = call()
            assert result.card.status == "voided" and result.card.balance.minor == 0
            SEEN["ok void"] += 1
            self.close_old(card)
            self.entries += 1
            other = lambda: edge.void(ctx, manager, card.code, "other", key=key)  # noqa: E731
            self.done.append(Done(call, other, result.to_dict()))

        @precondition(lambda self: self.cards)
        @rule(data=st.data())
        def transfer(self, data: st.DataObject) -> None:
            card = data.draw(st.sampled_from(self.cards))
            call = lambda: edge.transfer(ctx, manager, card.code, key=self.key())  # noqa: E731
            status = self.effective(card)
            if status in ("voided", "expired"):
                return self.refused(_refusal(status), call)
            if card.balance == 0 or self.held(card):  # nothing to move, or a sale holds it
                return self.refused("invalid_state", call)
            result = call()
            self.replaced(card, result.card)
            SEEN["ok transfer"] += 1

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), days=st.sampled_from([0, 1, 2, 5]))
        def extend_expiry(self, data: st.DataObject, days: int) -> None:
            # Mostly a card with a date to move: few cards of a walk have one.
            dated = [c for c in self.cards if c.expires_at is not None]
            card = data.draw(st.sampled_from(dated if dated and days else self.cards))
            until = (self.now() + timedelta(days=days)).date()
            new = datetime.combine(until + timedelta(days=1), time(), tzinfo=UTC)
            key = self.key()

            def call(day: date = until) -> Any:
                return edge_expiry.extend(ctx, manager, card.code, day, key=key)

            status = self.effective(card)
            if status in ("voided", "inactive"):
                return self.refused(_refusal(status), call)
            if card.expires_at is None:
                return self.refused("invalid_state", call)  # it never expires: it keeps that
            if new <= self.now() or new <= card.expires_at:
                return self.refused("invalid_input", call)
            result = call()
            if card.status == "expired":  # put out by the expiry job: reinstated, with an entry
                self.entries += 1
                SEEN["ok extend an expired card"] += 1
            if status == "expired":
                self.by_balance(card)
            card.expires_at = new
            assert (result.card.status, result.card.expires_at) == (card.status, new)
            SEEN["ok extend"] += 1
            self.done.append(Done(call, lambda: call(until + timedelta(days=1)), result.to_dict()))

        def movable(self) -> list[Card]:
            return [c for c in self.cards if self.effective(c) in ("active", "frozen")
                    and c.balance > 0 and not self.held(c)]

        @precondition(lambda self: self.movable())
        @rule(data=st.data())
        def transfer_a_card_with_money_on_it(self, data: st.DataObject) -> None:
            """Most cards a walk draws are spent or closed; a manager moves live ones."""
            card = data.draw(st.sampled_from(self.movable()))
            result = edge.transfer(ctx, manager, card.code, key=self.key())
            self.replaced(card, result.card)
            SEEN["ok transfer"] += 1

        @rule(step=st.sampled_from([timedelta(minutes=1), timedelta(minutes=20),
                                    timedelta(days=1, minutes=1), timedelta(days=1)]))  # fmt: skip
        def time_passes_and_expiry_runs(self, step: timedelta) -> None:
            clock.advance(seconds=step.total_seconds())
            # Cards left by earlier examples in this database expire too.
            with ctx.db.transaction(readonly=True) as session:
                others = session.scalars(
                    select(GiftCard.id).where(
                        GiftCard.status.in_(["active", "depleted"]),
                        GiftCard.expires_at <= self.now(),
                        GiftCard.id.not_in([c.id for c in self.cards] or [uuid.uuid4()]),
                    )
                ).all()
            run = edge.expire_cards(ctx, manager)
            self.entries += len(others)
            due = [
                c
                for c in self.cards
                if c.status in ("active", "depleted") and self.effective(c) == "expired"
            ]
            assert run.expired == len(due) + len(others)
            SEEN["ok expire"] += len(due)
            for card in due:
                card.status = "expired"
            self.entries += len(due)

        @rule(total=st.integers(100, 20_000))
        def open_a_sale(self, total: int) -> None:
            sale = edge.open_sale(ctx, cashier, [GoodsLine("Lamp", _money(total))])
            self.sales[sale.sale_id] = OpenSale(total)

        @precondition(lambda self: self.sales and self.cards)
        @rule(data=st.data())
        def scan_a_card_into_a_sale(self, data: st.DataObject) -> None:
            sale_id = data.draw(st.sampled_from(list(self.sales)))
            sale, card = self.sales[sale_id], data.draw(st.sampled_from(self.cards))
            call = lambda: edge.apply_card(ctx, cashier, sale_id, card.code)  # noqa: E731
            due = sale.total - sum(t["applied"] for t in sale.tenders)
            status = self.effective(card)
            if any(t["card"] is card for t in sale.tenders) or due <= 0:
                # A card already in the sale, or nothing left to pay; a card that has since
                # been voided, frozen or expired may be refused for that first.
                dead = {_refusal(status)} if status != "active" else set()
                return self.refused({"invalid_state", *dead}, call)
            if status != "active":
                return self.refused(_refusal(status), call)
            if self.available(card) <= 0:
                return self.refused("insufficient_funds", call)
            hold = min(due, self.available(card))
            result = call()
            assert result.tenders[-1].amount.minor == hold
            SEEN["ok scan"] += 1
            sale.tenders.append(
                {"card": card, "amount": hold, "applied": hold, "live": True,
                 "expires": self.now() + HOLD}
            )  # fmt: skip

        @precondition(lambda self: self.sales)
        @rule(data=st.data())
        def complete_a_sale(self, data: st.DataObject) -> None:
            sale_id = data.draw(st.sampled_from(list(self.sales)))
            sale = self.sales[sale_id]
            rest = sale.total - sum(t["applied"] for t in sale.tenders)
            pay = Payment(cash=_money(rest)) if rest > 0 else None
            key = self.key()
            call = lambda: edge.complete_sale(ctx, cashier, sale_id, pay, key=key)  # noqa: E731
            for t in sale.tenders:
                card = t["card"]
                if not t["live"] or t["expires"] <= self.now():
                    return self.refused("invalid_state", call)
                if self.effective(card) != "active":  # frozen or expired since it was scanned
                    return self.refused({"invalid_state", _refusal(self.effective(card))}, call)
            result = call()
            assert result.state == "completed" and result.due.minor == 0
            SEEN["ok complete"] += 1
            del self.sales[sale_id]
            new_views = iter(c for c in result.cards if c.code is not None)
            for t in sorted(sale.tenders, key=lambda t: str(t["card"].id)):
                card = t["card"]
                card.balance -= t["amount"]
                self.by_balance(card)
                self.entries += 1
                if card.strategy == "replacement" and card.balance > 0:
                    self.replaced(card, next(new_views))

        @precondition(lambda self: self.sales)
        @rule(data=st.data())
        def cancel_a_sale(self, data: st.DataObject) -> None:
            sale_id = data.draw(st.sampled_from(list(self.sales)))
            assert edge.cancel_sale(ctx, cashier, sale_id).state == "voided"
            del self.sales[sale_id]

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), total=st.integers(1, 8_000))
        def pay_in_one_go(self, data: st.DataObject, total: int) -> None:
            card = data.draw(st.sampled_from(self.cards))
            status, avail = self.effective(card), self.available(card)
            applied = min(total, max(avail, 0))
            pay = Payment(cash=_money(total - applied)) if total > applied else None
            key = self.key()

            def call(minor: int = total) -> Any:
                return edge.pay(ctx, cashier, _money(minor), codes=[card.code], payment=pay,
                                 key=key)  # fmt: skip

            if status != "active":
                return self.refused(_refusal(status), call)
            if avail <= 0:
                return self.refused("insufficient_funds", call)
            result = call()
            card.balance -= applied
            self.by_balance(card)
            self.entries += 1
            new_views = [c for c in result.cards if c.code is not None]
            if card.strategy == "replacement" and card.balance > 0:
                self.replaced(card, new_views[0])
            self.done.append(Done(call, lambda: call(total + 1), result.to_dict()))

        def replay_with_the_same_key(self, data: st.DataObject) -> None:
            done = data.draw(st.sampled_from(self.done))
            before = snapshot(ctx)
            assert done.call().to_dict() == done.result
            SEEN["ok replay"] += 1
            assert snapshot(ctx) == before

        def replay_the_key_with_another_argument(self, data: st.DataObject) -> None:
            done = data.draw(st.sampled_from(self.done))
            self.refused("conflict", done.other)
            SEEN["ok conflict"] += 1

        def a_bad_amount_is_refused(self, data: st.DataObject) -> None:
            text = data.draw(st.sampled_from(BAD_AMOUNTS))
            op = data.draw(
                st.sampled_from(["redeem", "reload", "refund", "adjust", "issue", "sell", "pay"])
            )
            self._bad_amount(data, text, op)

        def _bad_amount(self, data: st.DataObject, text: str, op: str) -> None:
            card = data.draw(st.sampled_from(self.cards))
            if op == "adjust" and text.startswith("-") and text not in ("-inf", "--1"):
                text = "0.00"
            calls: dict[str, Callable[[], Any]] = {
                "redeem": lambda: edge.redeem(ctx, cashier, card.code, text),
                "reload": lambda: edge.reload(ctx, manager, card.code, text),
                "refund": lambda: edge.refund(ctx, manager, card.code, text),
                "adjust": lambda: edge.adjust(ctx, manager, card.code, text, "why"),
                "issue": lambda: edge.issue(ctx, manager, text),
                "sell": lambda: edge.sell(ctx, cashier, [CardLine(text)], Payment(cash="5")),
                "pay": lambda: edge.pay(ctx, cashier, text, codes=[card.code]),
            }
            self.refused("invalid_amount", calls[op])

        def a_bad_code_is_refused(self, data: st.DataObject) -> None:
            how = data.draw(
                st.sampled_from(
                    ["symbol", "swap", "short", "junk", "unknown", "imported", "number", "none"]
                )
            )
            card = data.draw(st.sampled_from(self.cards))
            code, expected = card.code, "invalid_code"
            body = code[2:-1]
            if how == "symbol":
                i = data.draw(st.integers(0, len(body) - 1))
                new = "0" if body[i] != "0" else "1"
                code = "GC" + body[:i] + new + body[i + 1 :] + code[-1]
            elif how == "swap":
                pairs = [i for i in range(len(body) - 1) if body[i] != body[i + 1]]
                i = pairs[data.draw(st.integers(0, 99)) % len(pairs)]
                code = "GC" + body[:i] + body[i + 1] + body[i] + body[i + 2 :] + code[-1]
            elif how == "short":
                code = code[:-2]
            elif how == "junk":
                code = "GC-!!!!-####"
            elif how == "unknown":
                code, expected = codes_mod.generate("GC", 16), "card_not_found"
            elif how == "imported":
                code, expected = "ZZTOP123456", "card_not_found"
            elif how == "number":
                code = 1234567890  # type: ignore[assignment]
            else:
                code = None  # type: ignore[assignment]
            self.refused(expected, lambda: edge.redeem(ctx, cashier, code, "1.00"))
            self.refused(expected, lambda: edge.reload(ctx, manager, code, "1.00"))

        def a_cashier_may_not_do_a_manager_s_work(self, data: st.DataObject) -> None:
            op = data.draw(
                st.sampled_from(
                    [
                        "issue",
                        "reload",
                        "refund",
                        "adjust",
                        "freeze",
                        "void",
                        "transfer",
                        "expire",
                        "by_id",
                    ]
                )
            )
            card = data.draw(st.sampled_from(self.cards))
            calls: dict[str, Callable[[], Any]] = {
                "issue": lambda: edge.issue(ctx, cashier, "10.00"),
                "reload": lambda: edge.reload(ctx, cashier, card.code, "10.00"),
                "refund": lambda: edge.refund(ctx, cashier, card.code, "10.00"),
                "adjust": lambda: edge.adjust(ctx, cashier, card.code, "10.00", "why"),
                "freeze": lambda: edge.freeze(ctx, cashier, card.code, "why"),
                "void": lambda: edge.void(ctx, cashier, card.code, "why"),
                "transfer": lambda: edge.transfer(ctx, cashier, card.code),
                "expire": lambda: edge.expire_cards(ctx, cashier),
                "by_id": lambda: edge.redeem(ctx, cashier, card.id, "1.00"),
            }
            self.refused("permission_denied", calls[op])

        # ----------------------------------------------- grouped and repeated rules
        # Hypothesis picks rules evenly: grouping the rare ones and repeating the ones
        # that move money makes an example reach deep states within few steps.
        @initialize(amounts=st.lists(st.integers(500, 20_000), min_size=2, max_size=3),
                    strategy=st.sampled_from(["balance", "replacement"]))  # fmt: skip
        def a_few_cards_exist(self, amounts: list[int], strategy: str) -> None:
            for n, amount in enumerate(amounts):
                self.issue(amount, 1 if n == 1 else None, "all", strategy if n == 0 else "balance")

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), freeze=st.booleans())
        def freeze_or_unfreeze(self, data: st.DataObject, freeze: bool) -> None:
            (self.freeze if freeze else self.unfreeze)(data)

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), which=st.sampled_from(["amount", "code", "role"]))
        def bad_input_changes_nothing(self, data: st.DataObject, which: str) -> None:
            {
                "amount": self.a_bad_amount_is_refused,
                "code": self.a_bad_code_is_refused,
                "role": self.a_cashier_may_not_do_a_manager_s_work,
            }[which](data)

        @precondition(lambda self: self.done)
        @rule(data=st.data(), same=st.booleans())
        def a_key_is_replayed(self, data: st.DataObject, same: bool) -> None:
            if same:
                self.replay_with_the_same_key(data)
            else:
                self.replay_the_key_with_another_argument(data)

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), amount=st.integers(1, 15_000), far=st.booleans())
        def redeem_again(self, data: st.DataObject, amount: int, far: bool) -> None:
            self.redeem(data, amount, far)

        @precondition(lambda self: self.sales and self.cards)
        @rule(data=st.data())
        def scan_another_card(self, data: st.DataObject) -> None:
            self.scan_a_card_into_a_sale(data)

        @precondition(lambda self: self.cards)
        @rule(data=st.data(), amount=st.integers(-12_000, 12_000).filter(bool))
        def adjust_again(self, data: st.DataObject, amount: int) -> None:
            self.adjust(data, amount)

        def teardown(self) -> None:
            self.store.ctx.close()

        # ---------------------------------------------------------- invariants
        @invariant()
        def the_database_matches_the_model_and_the_invariants_hold(self) -> None:
            clock.advance(seconds=1)  # each step happens at its own time
            with ctx.db.transaction(readonly=True) as session:
                rows = {
                    c.id: (c.balance_minor, c.status)
                    for c in session.scalars(
                        select(GiftCard).where(GiftCard.id.in_([c.id for c in self.cards]))
                    )
                }
            expected = {c.id: (c.balance, c.status) for c in self.cards}
            assert rows == expected
            assert snapshot(ctx)["counts"]["ledger_entries"] == self.entries
            assert_invariants(ctx, now=self.now())

    return CardLifecycle


@pytest.fixture
def new_store(request: pytest.FixtureRequest, db_url: str) -> Callable[[], Store]:
    """A factory of empty stores (S1 and S2) on the kind of database ``db_url`` is."""

    files = itertools.count()

    def make() -> Store:
        if db_url.startswith("sqlite"):
            # Not from uuid4: the machine seeds it, and each example needs a file of its own.
            name = f"machine-{os.getpid()}-{next(files)}.db"
            target = Path(db_url.removeprefix("sqlite:///")).with_name(name)
            shutil.copy(request.getfixturevalue("sqlite_template"), target)
            url = f"sqlite:///{target}"
        else:
            url = fresh_postgres(
                request.getfixturevalue("postgres"), request.getfixturevalue("pg_template")
            )
        clock = Clock()
        store = open_store(Context(Database(url), KeyRing.generate(), clock), clock)
        edge_admin.set_setting(store.ctx, store.admin, "failed_lookup_limit", "10000")
        edge_admin.add_location(store.ctx, store.admin, "S2", "Harbour", "USD")
        store.add_terminal("T1", "S2")
        return store

    return make


@pytest.mark.slow
def test_the_card_lifecycle_keeps_the_ledger_invariants_after_every_step(
    new_store: Callable[[], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uuid, "uuid4", SEEDED.uuid4)
    monkeypatch.setattr(codes_mod, "secrets", SEEDED)
    machine = machine_for(new_store)
    if "GIFTPOS_MACHINE_EXAMPLES" not in os.environ:
        # A seed of its own, not hypothesis' derandomized one: that one hashes the source of
        # hypothesis' own runner, which reads differently once PySide6 has been imported
        # (another test's module), so the walks would depend on which tests ran before.
        machine = seed(WALKS_SEED)(machine)
    machine.TestCase.settings = settings(
        max_examples=int(os.environ.get("GIFTPOS_MACHINE_EXAMPLES", "20")),
        stateful_step_count=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        # The walks drawn for this run only: none saved by an earlier failing run first.
        database=None,
        # A failing walk is reported as found: shrinking replays walks of forty steps,
        # each on a database of its own, for longer than the suite's time limit.
        phases=[Phase.explicit, Phase.generate],
    )
    SEEN.clear()
    machine.TestCase().runTest()
    print(sorted(SEEN.items()))
    # Ids, codes and keys come from a seed hypothesis draws, so each walk replays step for
    # step and these paths are reached by the same examples every run.
    assert sum(n for k, n in SEEN.items() if k.startswith("ok ")) >= 100, SEEN
    for what in (
        "redeem",
        "transfer",
        "replay",
        "conflict",
        "void",
        "adjust down",
        "scan",
        "complete",
        "freeze",
        "expire",
        "replacement",
        "extend",
        "extend an expired card",
    ):
        assert SEEN[f"ok {what}"], f"the machine never did a {what}: {SEEN}"
    for what in (
        "insufficient_funds",
        "invalid_amount",
        "invalid_code",
        "permission_denied",
        "card_voided",
        "card_frozen",
        "conflict",
    ):
        assert SEEN[f"refused {what}"], f"the machine never saw {what}: {SEEN}"
