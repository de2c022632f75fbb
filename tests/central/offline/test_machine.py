"""A hypothesis state machine: one card spent online and offline at several tills while their
links go down and come back.

After every step: no card is overdrawn in the central database, no till has taken more
offline than its allowance or a card's cap, and the money adds up: what was sold is the
card's balance plus what the ledger redeemed; what the tills took from customers is what
the ledger redeemed plus what waits in their outboxes plus the reconciliation queue.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from posapp.central.till import Till
from posapp.central.till_store import cards, outbox
from posapp.domain.errors import Offline, PosError
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.central.offline.support import (
    key,
    sell,
    set_offline_limits,
    till_through,
    usd,
    wait_for_settings,
)
from tests.invariants.ledger_check import assert_invariants
from tests.support.fault_proxy import FaultProxy

TILLS = 3
SOLD = 10_000
CAP = 3_000
ALLOWANCE = 5_000


@pytest.fixture(scope="module")
def tills(chain: Chain, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
    list[tuple[Till, FaultProxy]]
]:
    set_offline_limits(chain, offline_redemption="yes", offline_card_cap=str(CAP // 100),
                       offline_terminal_allowance=str(ALLOWANCE // 100))
    where = tmp_path_factory.mktemp("machine")
    made = []
    for n in range(TILLS):
        proxy = FaultProxy("127.0.0.1", chain.service.port).start()
        made.append((till_through(chain, proxy, where / f"m{n}.sqlite", "carl"), proxy))
    wait_for_settings(made[0][0], offline_redemption=True)
    for till, _proxy in made:
        till.pull()
    yield made
    for till, proxy in made:
        till.close()
        proxy.stop()
    set_offline_limits(chain, offline_redemption="no")


def _pending(till: Till, card_id: str) -> int:
    """Minor units this till took offline from the card that wait in its outbox."""
    with till.store.reading() as conn:
        rows = conn.execute(select(outbox.c.command)).scalars()
        return sum(int(cmd["amount"]["minor"]) for cmd in rows
                   if cmd.get("card_id") == card_id)


@pytest.mark.slow
def test_one_card_spent_at_several_tills_through_outages(
    chain: Chain, tills: list[tuple[Till, FaultProxy]]
) -> None:
    class Machine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            for till, proxy in tills:
                proxy.heal()
                till.check_link(force=True)
                till.sync()
                assert till.store.count_waiting() == 0
            self.code = sell(tills[0][0], SOLD)
            self.card_id = str(tills[0][0].balance(self.code)["id"])
            for till, _proxy in tills:
                till.pull()
            self.taken = 0  # what the tills gave customers for this card, online and offline

        @rule(n=st.integers(0, TILLS - 1))
        def link_down(self, n: int) -> None:
            till, proxy = tills[n]
            proxy.refuse()
            proxy.cut_after_request()
            try:
                till.balance(self.code)
            except Offline:
                pass
            assert not till.online

        @rule(n=st.integers(0, TILLS - 1))
        def link_up(self, n: int) -> None:
            till, proxy = tills[n]
            proxy.heal()
            assert till.check_link(force=True)

        @rule(n=st.integers(0, TILLS - 1), minor=st.integers(1, 40).map(lambda d: d * 100))
        def spend(self, n: int, minor: int) -> None:
            till = tills[n][0]
            try:
                done = till.run(c.RedeemCard(CardRef(code=self.code), usd(minor), key=key()))
            except PosError:
                return  # refused (offline limits, or too little left online): nothing taken
            self.taken += minor
            assert done.get("redeemed") in (usd(minor).amount_str(), None)

        def central(self, sql: str) -> int:
            return int(chain.sql(sql, id=self.card_id)[0][0])

        @invariant()
        def money_adds_up(self) -> None:
            balance = self.central("SELECT balance_minor FROM gift_cards WHERE id = :id")
            redeemed = -self.central(
                "SELECT coalesce(sum(amount_minor), 0) FROM ledger_entries "
                "WHERE card_id = :id AND kind = 'redeem'")
            queued = self.central(
                "SELECT coalesce(sum(shortfall_minor), 0) FROM reconciliation_items "
                "WHERE card_id = :id")
            pending = sum(_pending(till, self.card_id) for till, _proxy in tills)
            assert balance >= 0
            assert balance + redeemed == SOLD
            assert redeemed + pending + queued == self.taken

        @invariant()
        def offline_limits_hold(self) -> None:
            for till, _proxy in tills:
                assert till.store.number("allowance_used") <= ALLOWANCE
                with till.store.reading() as conn:
                    taken = conn.scalar(select(cards.c.offline_taken_minor)
                                        .where(cards.c.id == self.card_id))
                assert (taken or 0) <= CAP

        def teardown(self) -> None:
            for till, proxy in tills:
                proxy.heal()
                till.check_link(force=True)
                till.sync()
                assert till.store.count_waiting() == 0
            self.money_adds_up()
            assert_invariants(chain.db_url)

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=8, stateful_step_count=12, deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


