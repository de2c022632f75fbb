"""The ledger refuses UPDATE and DELETE, and the invariant checker sees tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from posapp import edge
from tests.conftest import Store
from tests.invariants.ledger_check import assert_invariants, snapshot, violations


def _one_card(store: Store) -> str:
    code = edge.issue(store.ctx, store.manager, "100.00").card.code
    assert code is not None
    edge.redeem(store.ctx, store.cashier, code, "30.00")
    return code


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_entries SET note = 'rewritten'",
        "UPDATE ledger_entries SET amount_minor = 0, balance_after = balance_before",
        "DELETE FROM ledger_entries",
    ],
)
def test_the_database_itself_refuses_to_update_or_delete_a_ledger_entry(
    store: Store, statement: str
) -> None:
    _one_card(store)
    before = snapshot(store.ctx)
    with pytest.raises(DBAPIError, match="append-only"):
        with store.ctx.db.engine.begin() as conn:
            conn.execute(text(statement))
    assert snapshot(store.ctx) == before
    assert_invariants(store.ctx)


def test_a_healthy_database_passes_the_invariant_check(store: Store) -> None:
    _one_card(store)
    assert violations(store.ctx) == []
    assert_invariants(store.ctx.db.url)


def _without_append_only_trigger(store: Store, statement: str) -> None:
    """Tamper as an attacker with database access would: past the trigger."""
    with store.ctx.db.engine.begin() as conn:
        if store.ctx.db.is_sqlite:
            conn.execute(text("DROP TRIGGER ledger_entries_no_update"))
            conn.execute(text(statement))
        else:
            conn.execute(text("ALTER TABLE ledger_entries DISABLE TRIGGER USER"))
            conn.execute(text(statement))
            conn.execute(text("ALTER TABLE ledger_entries ENABLE TRIGGER USER"))


def test_the_check_sees_a_balance_that_differs_from_its_entries(store: Store) -> None:
    _one_card(store)
    with store.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE gift_cards SET balance_minor = balance_minor + 1"))
    with pytest.raises(AssertionError, match="entries sum to 7000"):
        assert_invariants(store.ctx)


def test_the_check_sees_a_gap_in_a_card_s_chain_of_entries(store: Store) -> None:
    _one_card(store)
    _without_append_only_trigger(store, "UPDATE ledger_entries SET seq = 3 WHERE seq = 2")
    with pytest.raises(AssertionError, match="does not follow seq 1"):
        assert_invariants(store.ctx)


def test_the_check_sees_an_entry_that_does_not_start_where_the_last_ended(store: Store) -> None:
    _one_card(store)
    _without_append_only_trigger(
        store,
        "UPDATE ledger_entries SET balance_before = 9000, balance_after = 6000 WHERE seq = 2",
    )
    found = violations(store.ctx)
    assert any("does not follow" in v for v in found), found
    assert any("last entry ends at 6000" in v for v in found), found


def test_the_check_sees_a_voided_card_that_kept_value(store: Store) -> None:
    code = _one_card(store)
    edge.void(store.ctx, store.manager, code, "lost")
    with store.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE gift_cards SET balance_minor = 500"))
    found = violations(store.ctx)
    assert any("voided card" in v and "holds 500" in v for v in found), found


def test_the_check_sees_a_pending_hold_larger_than_the_balance(store: Store) -> None:
    from posapp.services.checkout.sale_parts import GoodsLine

    code = _one_card(store)
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Vase", "50.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, code)
    assert_invariants(store.ctx, now=store.clock())
    with store.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE holds SET amount_minor = 7001"))
    with pytest.raises(AssertionError, match="available -1 < 0"):
        assert_invariants(store.ctx, now=store.clock())
