"""Money transactions at SERIALIZABLE on a real PostgreSQL: a serialization failure or a
deadlock runs the work again (the same command, so the same idempotency key), a few times,
then answers ``busy``; under contention every operation is applied once or refused cleanly.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from posapp import edge
from posapp.codes import KeyRing
from posapp.db import engine
from posapp.db.engine import Database
from posapp.domain.errors import Busy, InvalidInput, PosError
from tests.conftest import Clock, PostgresServer, Store, fresh_postgres, open_store
from tests.invariants.ledger_check import assert_invariants

pytestmark = pytest.mark.postgres

THREADS = 8
ROUNDS = 12


@pytest.fixture
def serializable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.ISOLATION_ENV, "serializable")


@pytest.fixture
def pg_store(
    serializable: None, postgres: PostgresServer, pg_template: str, clock: Clock
) -> Iterator[Store]:
    from posapp.services.command_path.context import Context

    ctx = Context(Database(fresh_postgres(postgres, pg_template)), KeyRing.generate(), clock)
    try:
        yield open_store(ctx, clock)
    finally:
        ctx.close()


def _failing(sqlstate: str, runs: list[int]) -> Any:
    def work(session: Session) -> None:
        runs.append(1)
        session.execute(
            text(
                "DO $$ BEGIN RAISE EXCEPTION 'collided' USING ERRCODE = '"
                + sqlstate
                + "'; END $$"
            )
        )

    return work


@pytest.mark.parametrize("sqlstate", ["40001", "40P01"])
def test_a_transaction_that_keeps_failing_to_serialize_is_busy_after_a_few_runs(
    serializable: None, postgres: PostgresServer, pg_template: str, sqlstate: str
) -> None:
    db = Database(fresh_postgres(postgres, pg_template))
    try:
        runs: list[int] = []
        with pytest.raises(Busy):
            db.run(_failing(sqlstate, runs))
        assert len(runs) == engine.ATTEMPTS
        assert db.retries[sqlstate] == engine.ATTEMPTS - 1
    finally:
        db.dispose()


def test_the_isolation_level_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, postgres: PostgresServer, pg_template: str
) -> None:
    url = fresh_postgres(postgres, pg_template)
    for setting, seen in (("", "read committed"), ("serializable", "serializable")):
        monkeypatch.setenv(engine.ISOLATION_ENV, setting)
        db = Database(url)
        try:
            level = db.run(lambda s: s.execute(text("SHOW transaction_isolation")).scalar())
            assert level == seen
        finally:
            db.dispose()
    monkeypatch.setenv(engine.ISOLATION_ENV, "snapshot")
    with pytest.raises(InvalidInput, match="serializable"):
        Database(url)


def test_threads_redeeming_and_reloading_the_same_cards_apply_each_operation_once(
    pg_store: Store,
) -> None:
    store = pg_store
    codes = [edge.issue(store.ctx, store.manager, "60.00").card.code for _ in range(3)]
    assert all(codes)
    start = threading.Barrier(THREADS)
    outcomes: list[tuple[str, str, str, int, Any]] = []
    escaped: list[BaseException] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        pick = random.Random(n)
        start.wait()
        for i in range(ROUNDS):
            code = str(pick.choice(codes))
            cents = pick.randint(1, 20) * 100
            kind = "reload" if pick.random() < 0.3 else "redeem"
            key = f"thread{n}/{i}"
            try:
                if kind == "reload":
                    done: Any = edge.reload(store.ctx, store.manager, code, f"{cents / 100:.2f}",
                                            key=key)
                else:
                    done = edge.redeem(store.ctx, store.cashier, code, f"{cents / 100:.2f}",
                                       key=key)
            except PosError as exc:
                done = exc
            except BaseException as exc:  # anything else escaping is the failure under test
                with lock:
                    escaped.append(exc)
                continue
            with lock:
                outcomes.append((kind, code, key, cents, done))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert not escaped, escaped
    assert store.ctx.db.retries["40001"] > 0, "no transaction collided: nothing was tested"
    refusals = {type(done).__name__ for *_, done in outcomes if isinstance(done, PosError)}
    assert refusals <= {"InsufficientFunds", "CardDepleted", "Busy", "NotAllowed"}, refusals
    applied = [o for o in outcomes if not isinstance(o[4], PosError)]
    # Retries mostly get through: a few operations at most run out of attempts.
    assert Counter(type(o[4]).__name__ for o in outcomes)["Busy"] < len(outcomes) // 4
    assert len(applied) > THREADS
    for code in codes:
        moved = sum(
            cents if kind == "reload" else -cents
            for kind, card, _, cents, _ in applied
            if card == code
        )
        balance = edge.balance(store.ctx, store.cashier, str(code)).balance.minor
        assert balance == 6000 + moved
    # A replay of every applied key answers the first result and changes nothing.
    for kind, code, key, cents, first in applied:
        amount = f"{cents / 100:.2f}"
        if kind == "reload":
            again: Any = edge.reload(store.ctx, store.manager, str(code), amount, key=key)
            assert again.entry_id == first.entry_id
        else:
            again = edge.redeem(store.ctx, store.cashier, str(code), amount, key=key)
            assert again.entry_id == first.entry_id
    assert_invariants(store.ctx)
