"""A card's void is stamped no earlier than its closing entry, on a clock that moves.

The tests' clock stands still, so a void stamped before its own entry (each reading the
clock once) passes there; the service runs on the real clock, where it did not.
"""

from __future__ import annotations

from posapp import edge
from posapp.services.command_path.context import Context
from tests.conftest import Store
from tests.invariants.ledger_check import assert_invariants


def test_void_and_transfer_on_the_real_clock_leave_no_entry_after_the_void(
    store: Store,
) -> None:
    real = Context(store.ctx.db, store.ctx.keys)
    for _ in range(20):
        voided = edge.issue(real, store.manager, "10.00").card.code
        moved = edge.issue(real, store.manager, "10.00").card.code
        assert voided and moved
        edge.void(real, store.manager, voided, "damaged")
        edge.transfer(real, store.manager, moved)
    assert_invariants(real)
