"""Random sales, reloads, partial refunds and voids across two currencies: once every sale
is undone, each card holds exactly what it held before, to the minor unit.

A USD card and a JPY card are reloaded at either store (USD or JPY, converted at the
stored rate) and pay for goods at either store; payments are refunded in random parts,
then in full, and reloads are voided last to first. Nothing may be created or lost.
"""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posapp import edge, edge_admin
from posapp.domain.errors import PosError
from posapp.services.back_office import admin
from posapp.services.checkout.sale_parts import CardLine, Payment
from tests.conftest import Store

STORES = ("S1", "JP")
#: (kind, card, store, amount text in that store's currency)
STEPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("reload"),
            st.sampled_from(["usd", "jpy"]),
            st.sampled_from(STORES),
            st.sampled_from(["25", "50"]),
        ),
        st.tuples(
            st.just("pay"),
            st.sampled_from(["usd", "jpy"]),
            st.sampled_from(STORES),
            st.integers(1, 4000).map(str),
        ),
    ),
    min_size=1,
    max_size=6,
)
PARTS = st.lists(st.integers(1, 99), max_size=3)


def _whole(store: str, text: str) -> str:
    """A whole amount (a denomination) in the store's currency."""
    return text if store == "JP" else f"{text}.00"


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS, parts=PARTS)
def test_undoing_every_sale_leaves_every_card_as_it_was(
    store: Store, steps: list[tuple[str, str, str, str]], parts: list[int]
) -> None:
    # The store fixture lives across examples: Tokyo and the rates are set up once.
    if "JP" not in {loc.code for loc in admin.list_locations(store.ctx)}:
        edge_admin.add_location(store.ctx, store.admin, "JP", "Tokyo", "JPY", "ja_JP")
        edge_admin.set_rate(store.ctx, store.admin, "USD", "JPY", "151.37")
        edge_admin.set_rate(store.ctx, store.admin, "JPY", "USD", "0.0066063")
        store.add_terminal("TJ", "JP")
    till = {"S1": "T1", "JP": "TJ"}
    people = {
        s: (store.sign_in("carl", location=s, terminal=till[s]),
            store.sign_in("mia", location=s, terminal=till[s]))
        for s in STORES
    }
    cards = {
        "usd": edge.issue(store.ctx, people["S1"][1], "70.00").card,
        "jpy": edge.issue(store.ctx, people["JP"][1], "7000").card,
    }
    start = {k: c.balance for k, c in cards.items()}
    reloads: list[tuple[uuid.UUID, str]] = []
    payments: list[tuple[uuid.UUID, str, int]] = []
    for kind, which, where, text in steps:
        cashier = people[where][0]
        code = cards[which].code
        assert code is not None
        try:
            if kind == "reload":
                money = _whole(where, text)
                line = CardLine(money, code=code)
                sold = edge.sell(store.ctx, cashier, [line], Payment(cash=money))
                reloads.append((sold.sale_id, where))
            else:
                paid = edge.pay(store.ctx, cashier, _minor_text(where, int(text)), codes=[code])
                if paid.state == "completed" and paid.due.minor == 0:
                    payments.append((paid.sale_id, where, paid.total.minor))
        except PosError:
            continue  # refused (too little on the card, above the maximum): nothing changed
    for (sale, where, total), part in zip(payments, parts, strict=False):
        share = max(1, total * part // 100)
        if share < total:
            edge.refund_sale(store.ctx, people[where][1], sale, _minor_text(where, share))
    for sale, where, _ in payments:
        edge.refund_sale(store.ctx, people[where][1], sale)
    for sale, where in reversed(reloads):
        edge.void_sale(store.ctx, people[where][1], sale, "undo")
    for which, card in cards.items():
        now = edge.balance(store.ctx, people["S1"][1], card.id).balance
        assert now == start[which], (which, steps, parts)


def _minor_text(store: str, minor: int) -> str:
    return str(minor) if store == "JP" else f"{minor // 100}.{minor % 100:02d}"
