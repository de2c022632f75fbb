"""Several till processes, each with its own SQLite store, against one service through a
link that delays, drops, cuts replies after the commit and refuses for a while: afterwards
every operation was applied exactly once, every shortfall is in the queue, every outbox is
empty and the ledger's invariants hold."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.central.conftest import ROOT, Chain
from tests.central.offline.support import (
    sell,
    set_offline_limits,
    till_through,
    wait_for_settings,
)
from tests.conftest import PINS
from tests.invariants.ledger_check import assert_invariants
from tests.support.fault_proxy import FaultProxy

TILLS = 3
OPERATIONS = 30
RUN_TIMEOUT_S = 90


def _weather(proxy: FaultProxy, stop: threading.Event) -> None:
    """The link's faults, changing every half second, the same way every run."""
    spells = [
        lambda: proxy.cut_after_request(probability=0.3, seed=1),
        lambda: proxy.delay(2.5, probability=0.2, seed=2),
        lambda: proxy.drop(probability=0.5, seed=3),
        lambda: proxy.refuse(1.0),
        lambda: None,
    ]
    turn = 0
    while not stop.wait(0.5):
        proxy.heal()
        spells[turn % len(spells)]()
        turn += 1
    proxy.heal()


def _wait_for(outs: list[Path], suffix: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while not all(out.with_suffix(suffix).exists() for out in outs):
        assert time.monotonic() < deadline, f"the tills did not all write {suffix}"
        time.sleep(0.1)


def _stored(chain: Chain, terminal: str, key: str, condition: str) -> int:
    """How many operations under ``key`` sent by ``terminal`` meet ``condition`` (0 or 1)."""
    rows = chain.sql(
        "SELECT count(*) FROM operations o JOIN terminals t ON t.id = o.terminal_id "
        "WHERE t.name = :terminal AND o.key = replace(t.id::text, '-', '') || '/' || :slot "
        f"AND {condition}",
        terminal=terminal, slot=hashlib.sha256(key.encode()).hexdigest(),
    )
    return int(rows[0][0])


def _refusal_key(key: str) -> str:
    return "refused/" + hashlib.sha256(key.encode()).hexdigest()[:40]


@pytest.mark.slow
def test_tills_through_a_faulty_link_apply_every_operation_exactly_once(
    chain: Chain, tmp_path: Path
) -> None:
    set_offline_limits(chain, offline_redemption="yes", offline_card_cap="40",
                       offline_terminal_allowance="150")
    with FaultProxy("127.0.0.1", chain.service.port) as proxy:
        setup = till_through(chain, proxy, tmp_path / "setup.sqlite", "carl")
        wait_for_settings(setup, offline_redemption=True)
        codes = [sell(setup, 6000) for _ in range(4)]
        card_ids = [str(setup.balance(code)["id"]) for code in codes]
        setup.close()
        before = {i: 6000 for i in card_ids}

        workers = []
        for n in range(TILLS):
            saved = chain.enrol(f"fault{n}")
            routed = dataclasses.replace(saved, url=f"https://127.0.0.1:{proxy.port}")
            routed.save(tmp_path / f"cred{n}.json")
            spec = {
                "credential": str(tmp_path / f"cred{n}.json"),
                "store": str(tmp_path / f"till{n}.sqlite"),
                "user": "carl", "pin": PINS["carl"], "codes": codes,
                "operations": OPERATIONS, "seed": n,
            }
            (tmp_path / f"spec{n}.json").write_text(json.dumps(spec))
            workers.append(subprocess.Popen(
                [sys.executable, "-m", "tests.central.offline.till_worker",
                 str(tmp_path / f"spec{n}.json"), str(tmp_path / f"out{n}.json")],
                cwd=ROOT,
            ))
        outs_at = [tmp_path / f"out{n}.json" for n in range(TILLS)]
        _wait_for(outs_at, ".ready")  # the tills sign in while the link is good
        stop = threading.Event()
        weather = threading.Thread(target=_weather, args=(proxy, stop))
        weather.start()
        try:
            for out in outs_at:
                out.with_suffix(".go").touch()
            _wait_for(outs_at, ".ops")  # every operation ran under the faults
        finally:
            stop.set()
            weather.join()
        for worker in workers:
            assert worker.wait(timeout=RUN_TIMEOUT_S) == 0
    set_offline_limits(chain, offline_redemption="no")

    outs = [json.loads((tmp_path / f"out{n}.json").read_text()) for n in range(TILLS)]
    assert all(out["waiting"] == 0 for out in outs), [out["waiting"] for out in outs]
    kinds = {a["how"] for out in outs for a in out["accepted"]}
    assert "offline" in kinds and "online" in kinds, kinds

    asked = 0
    for out in outs:
        for op in out["accepted"]:
            # Applied once under its own key, or refused on replay and queued once: never both.
            # (A key closed by a refusal report holds no result: it was not run.)
            applied = _stored(chain, out["terminal"], op["key"], "o.request_hash <> 'closed'")
            queued = _stored(chain, out["terminal"], _refusal_key(op["key"]),
                             "o.result::jsonb ->> 'item_id' IS NOT NULL")
            assert applied + queued == 1, op
            if op["type"] == "card_redeem":
                asked += op["minor"]
            elif applied:
                sold = chain.sql("SELECT count(*) FROM sales WHERE reference = :k", k=op["key"])
                assert sold[0][0] == 1, op

    # Money: what the tills took from the cards is what the ledger took plus the queue.
    ids = list(card_ids)
    redeemed = -int(chain.sql(
        "SELECT coalesce(sum(amount_minor), 0) FROM ledger_entries "
        "WHERE kind = 'redeem' AND card_id::text = ANY(:ids)", ids=ids)[0][0])
    shortfall = int(chain.sql(
        "SELECT coalesce(sum(r.shortfall_minor), 0) FROM reconciliation_items r "
        "JOIN terminals t ON t.id = r.terminal_id "
        "WHERE t.name LIKE 'fault%' AND r.command IN ('card_redeem', 'card_redeem_offline')"
    )[0][0])
    assert redeemed + shortfall == asked
    balances = chain.sql(
        "SELECT balance_minor FROM gift_cards WHERE id::text = ANY(:ids)", ids=ids)
    assert all(row[0] >= 0 for row in balances)
    assert sum(row[0] for row in balances) == sum(before.values()) - redeemed
    assert_invariants(chain.db_url)
