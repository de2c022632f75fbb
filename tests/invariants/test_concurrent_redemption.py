"""Sixteen processes redeem one card at the same moment: it is never overdrawn.

the ledger's no-overdraft invariant, on SQLite (BEGIN IMMEDIATE) and PostgreSQL (FOR UPDATE).
Each worker is a fresh Python process with its own engine; all wait, connected,
for one ``go`` so that their transactions collide.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from posapp import edge
from tests.conftest import Store
from tests.invariants.ledger_check import assert_invariants
from tests.invariants.worker_support import spawn, worker_config

WORKERS = 16


class Pool:
    """Sixteen worker processes, started once for the module: each round is a barrier."""

    def __init__(self) -> None:
        self.procs = [spawn("redeem_worker") for _ in range(WORKERS)]

    def _send(self, proc: subprocess.Popen[str], line: str) -> None:
        assert proc.stdin is not None
        proc.stdin.write(line + "\n")
        proc.stdin.flush()

    def _read(self, proc: subprocess.Popen[str]) -> str:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if not line:
            proc.kill()
            _, err = proc.communicate(timeout=30)
            raise AssertionError(f"a redeem worker died: {err}")
        return line

    def redeem_at_once(
        self, store: Store, code: str, amount: str, keys: list[str | None]
    ) -> list[Any]:
        for proc, key in zip(self.procs, keys, strict=True):
            self._send(
                proc, worker_config(store.ctx, store.cashier, code=code, amount=amount, key=key)
            )
        for proc in self.procs:
            assert self._read(proc) == "ready"
        for proc in self.procs:  # every worker is connected and waiting: release them together
            self._send(proc, "go")
        return [json.loads(self._read(proc)) for proc in self.procs]

    def close(self) -> None:
        for proc in self.procs:
            if proc.stdin is not None:
                proc.stdin.close()
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    workers = Pool()
    yield workers
    workers.close()


def _card(store: Store, amount: str) -> str:
    code = edge.issue(store.ctx, store.manager, amount).card.code
    assert code is not None
    return code


def _entries(store: Store, code: str) -> list[str]:
    return [e.kind for e in edge.history(store.ctx, store.manager, code)]


@pytest.mark.slow
def test_sixteen_processes_redeeming_one_card_never_overdraw_it(store: Store, pool: Pool) -> None:
    code = _card(store, "100.00")
    results = pool.redeem_at_once(store, code, "15.00", [None] * WORKERS)
    outcome = Counter("ok" if "entry_id" in r else r["error"] for r in results)
    assert outcome == {"ok": 6, "insufficient_funds": 10}, results
    assert len({r["entry_id"] for r in results if "entry_id" in r}) == 6
    # Each success saw the balance its own redemption left: 85, 70, ... 10, once each.
    seen = sorted(r["balance"] for r in results if "entry_id" in r)
    assert seen == ["10.00", "25.00", "40.00", "55.00", "70.00", "85.00"]
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "10.00"
    assert _entries(store, code).count("redeem") == 6
    assert_invariants(store.ctx)


@pytest.mark.slow
def test_sixteen_processes_with_their_own_keys_each_have_one_effect_at_most(
    store: Store, pool: Pool
) -> None:
    code = _card(store, "100.00")
    keys: list[str | None] = [f"till-{n}-sale-1" for n in range(WORKERS)]
    results = pool.redeem_at_once(store, code, "15.00", keys)
    assert sum("entry_id" in r for r in results) == 6, results
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "10.00"
    # A retry of every key by one process afterwards changes nothing and answers the same.
    for key, first in zip(keys, results, strict=True):
        try:
            again = edge.redeem(store.ctx, store.cashier, code, "15.00", key=key)
        except Exception as exc:  # the key of a refused attempt was never taken
            assert "entry_id" not in first
            assert getattr(exc, "code", None) == "insufficient_funds"
        else:
            assert str(again.entry_id) == first["entry_id"]
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "10.00"
    assert _entries(store, code).count("redeem") == 6
    assert_invariants(store.ctx)


@pytest.mark.slow
def test_sixteen_processes_sending_the_same_key_redeem_once_and_all_get_its_entry(
    store: Store, pool: Pool
) -> None:
    code = _card(store, "100.00")
    results = pool.redeem_at_once(store, code, "15.00", ["one-sale-retried"] * WORKERS)
    assert all("entry_id" in r for r in results), results
    assert len({r["entry_id"] for r in results}) == 1
    assert {r["balance"] for r in results} == {"85.00"}
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "85.00"
    assert _entries(store, code) == ["issue", "redeem"]
    assert_invariants(store.ctx)
