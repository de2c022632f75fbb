"""The failed look-up limit holds under parallel guessing: counting and refusing happen
under the terminal's lock, so no more unknown codes are answered than the limit allows."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from posapp import codes, edge, edge_admin
from posapp.db.models import AuditEvent
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.accounting import audit
from tests.conftest import Store

LIMIT = 10
GUESSES = 100


def test_a_hundred_parallel_unknown_codes_answer_at_most_the_limit(store: Store) -> None:
    edge_admin.set_setting(store.ctx, store.admin, "failed_lookup_limit", str(LIMIT))
    start = threading.Barrier(GUESSES)
    answers: list[ErrorCode] = []

    def guess() -> None:
        start.wait()
        try:
            edge.balance(store.ctx, store.cashier, codes.generate())
        except PosError as exc:
            answers.append(exc.code)

    threads = [threading.Thread(target=guess) for _ in range(GUESSES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == GUESSES
    assert answers.count(ErrorCode.CARD_NOT_FOUND) == LIMIT
    assert answers.count(ErrorCode.RATE_LIMITED) == GUESSES - LIMIT
    counted = store.ctx.db.run(
        lambda s: s.scalar(
            select(func.count()).where(AuditEvent.kind == audit.LOOKUP_FAILED)
        ),
        readonly=True,
    )
    assert counted == LIMIT


def test_moving_to_another_till_gives_no_fresh_budget_of_unknown_codes(store: Store) -> None:
    edge_admin.set_setting(store.ctx, store.admin, "failed_lookup_limit", "3")
    store.add_terminal("T2")
    for _ in range(3):
        with pytest.raises(PosError) as err:
            edge.balance(store.ctx, store.cashier, codes.generate())
        assert err.value.code is ErrorCode.CARD_NOT_FOUND
    elsewhere = store.sign_in("carl", terminal="T2")
    with pytest.raises(PosError) as err:
        edge.balance(store.ctx, elsewhere, codes.generate())
    assert err.value.code is ErrorCode.RATE_LIMITED
    manager_there = store.sign_in("mia", terminal="T2")
    with pytest.raises(PosError) as err:
        edge.balance(store.ctx, manager_there, codes.generate())
    assert err.value.code is ErrorCode.CARD_NOT_FOUND  # someone else at that till is not held
