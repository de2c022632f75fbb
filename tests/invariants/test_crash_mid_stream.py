"""SIGKILL a till in the middle of a stream of operations: nothing acknowledged is lost,
nothing is half done, and the invariants hold."""

from __future__ import annotations

import os
import random
import signal
import time
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from posapp import edge
from posapp.services.command_path import bus
from tests.conftest import Store
from tests.invariants.ledger_check import assert_invariants
from tests.invariants.worker_support import spawn, worker_config


@dataclass(frozen=True)
class Ack:
    op: str
    id: str
    key: str
    amount: str
    code: str


def _run_and_kill(
    store: Store, codes: list[str], run: str, acks_before_kill: int, delay_s: float
) -> tuple[list[Ack], str]:
    proc = spawn("stream_worker")
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(worker_config(store.ctx, store.cashier, codes=codes, run=run) + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ready"
    acks: list[Ack] = []
    refused: list[str] = []
    try:
        while len(acks) < acks_before_kill:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"the till died by itself: {proc.stderr.read()}")
            if line.startswith("ACK "):
                acks.append(Ack(*line.split()[1:]))
            else:
                refused.append(line)
        time.sleep(delay_s)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    rest = proc.stdout.read()  # acknowledged before it died, but not yet read
    acks += [Ack(*line.split()[1:]) for line in rest.splitlines() if line.startswith("ACK ")]
    assert not refused, refused
    return acks, rest


def _check_after_crash(store: Store, run: str, acks: list[Ack]) -> None:
    assert_invariants(store.ctx, now=store.clock())
    # Keys are stored under the terminal that sent them, hashed: map ours to theirs.
    slots = {bus.scoped_key(store.cashier, f"{run}-{n}"): f"{run}-{n}" for n in range(10_000)}
    with store.ctx.db.engine.connect() as conn:
        committed = {
            slots[row.key]
            for row in conn.execute(text("SELECT key FROM operations"))
            if row.key in slots
        }
        entries = {
            str(uuid.UUID(str(row.id))): row.idempotency_key
            for row in conn.execute(text("SELECT id, idempotency_key FROM ledger_entries"))
        }
        sale_state = {
            str(uuid.UUID(str(row.id))): row.state
            for row in conn.execute(text("SELECT id, state FROM sales"))
        }
    acked = {a.key for a in acks}
    assert acked <= committed, f"acknowledged but lost: {sorted(acked - committed)}"
    # The till works one operation at a time: at most the one in flight is committed
    # without having been acknowledged.
    last = max(int(k.rsplit("-", 1)[1]) for k in acked)
    assert committed - acked <= {f"{run}-{last + 1}"}, sorted(committed - acked)
    for ack in acks:
        if ack.op == "redeem":
            # The entry is keyed by its operation, never by the caller's key.
            assert entries.get(ack.id, "").startswith("op/")
            again = edge.redeem(store.ctx, store.cashier, ack.code, ack.amount, key=ack.key)
            assert str(again.entry_id) == ack.id
        else:
            assert sale_state.get(ack.id) == "completed"
            if ack.op == "pay":
                again = edge.pay(
                    store.ctx, store.cashier, ack.amount, codes=[ack.code], key=ack.key
                )
                assert str(again.sale_id) == ack.id
    assert_invariants(store.ctx, now=store.clock())


@pytest.mark.slow
def test_a_till_killed_mid_stream_loses_no_acknowledged_operation_and_leaves_no_half_one(
    store: Store,
) -> None:
    codes = [edge.issue(store.ctx, store.manager, "500.00").card.code or "" for _ in range(3)]
    rng = random.Random(20261121)
    for attempt in range(3):
        run = f"crash{attempt}"
        acks, _ = _run_and_kill(
            store, codes, run, acks_before_kill=rng.randint(6, 30), delay_s=rng.uniform(0, 0.03)
        )
        assert {a.op for a in acks} >= {"redeem", "sell", "pay"}
        _check_after_crash(store, run, acks)
