"""Benchmark: redeem throughput on PostgreSQL, 8 concurrent clients (target: >= 0.6).

Eight client processes, each with its own connection, redeem 0.01 at a time:

* service: a ``RedeemCard`` command through ``posapp.edge.redeem`` (the one command
  path) as a cashier, one terminal per client;
* raw: a psycopg loop doing the same SQL in one transaction per redemption: look the
  card up by its HMAC code hash with ``SELECT ... FOR UPDATE``, update its balance
  (and version and change sequence), insert the ledger entry (next seq of the card's
  chain), commit.

Both run the same number of operations, measured in the same run, in two cases:
uncontended (8 clients on 8 cards, one each: the target) and contended (8 clients on
1 card: every redemption waits for the one before). Rounds alternate service and raw;
the best round of each counts.

The database is a throw-away cluster (tests.support.postgres.PostgresCluster) unless
POSAPP_BENCH_PG_URL names a server, on which a new database is created.

Run: ``.venv/bin/python bench/bench_redeem_pg.py [--quick] [--ops N] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib  # noqa: E402
import psycopg  # noqa: E402

from posapp import edge
from posapp.codes import KeyRing  # noqa: E402

TARGET_RATIO = 0.6
CLIENTS = 8
AMOUNT_MINOR = 1  # 0.01 USD a redemption

_LOCK = (
    "SELECT id, balance_minor, status, currency, issuing_location_id FROM gift_cards "
    "WHERE code_hash = %s FOR UPDATE"
)
_UPDATE = (
    "UPDATE gift_cards SET balance_minor = %s, version = version + 1, "
    "change_seq = nextval('card_change_seq') WHERE id = %s"
)
_INSERT = (
    "INSERT INTO ledger_entries (id, card_id, seq, kind, amount_minor, balance_before, "
    "balance_after, currency, staff_id, terminal_id, location_id, created_at, recorded_at, "
    "origin, idempotency_key) "
    "SELECT %(id)s, %(card)s, coalesce(max(seq), 0) + 1, 'redeem', %(amount)s, %(before)s, "
    "%(after)s, %(currency)s, %(staff)s, %(terminal)s, %(location)s, %(now)s, %(now)s, "
    "'online', %(key)s FROM ledger_entries WHERE card_id = %(card)s"
)


def _service_client(url: str, keys: KeyRing, codes: list[str], ops: int, index: int,
                    barrier: Any, results: Any) -> None:
    ctx = benchlib.new_context(url, keys, pool_size=1, max_overflow=0)
    actor = benchlib.sign_in(ctx, "carl", terminal=f"B{index}")

    def redeem(i: int) -> None:
        edge.redeem(ctx, actor, codes[i % len(codes)], "0.01")

    benchlib.drive_client(redeem, ops, barrier, results)
    ctx.close()


def _raw_client(url: str, keys: KeyRing, codes: list[str], ops: int, index: int,
                barrier: Any, results: Any) -> None:
    from tests.support.postgres import to_libpq_url

    ctx = benchlib.new_context(url, keys)
    actor = benchlib.sign_in(ctx, "carl", terminal=f"R{index}")  # same staff/terminal rows
    ctx.close()
    conn = psycopg.connect(to_libpq_url(url))

    def redeem(i: int) -> None:
        code_hash = keys.lookup_hash(codes[i % len(codes)])
        with conn.cursor() as cur:
            cur.execute(_LOCK, (code_hash,))
            card_id, before, status, currency, location = cur.fetchone()
            if status != "active" or before < AMOUNT_MINOR:
                raise RuntimeError("raw client: card not spendable")
            after = before - AMOUNT_MINOR
            cur.execute(_UPDATE, (after, card_id))
            now = benchlib.FixedClock()()
            cur.execute(_INSERT, {
                "id": uuid.uuid4(), "card": card_id, "amount": -AMOUNT_MINOR,
                "before": before, "after": after, "currency": currency,
                "staff": actor.staff_id, "terminal": actor.terminal_id,
                "location": actor.location_id or location, "now": now,
                "key": uuid.uuid4().hex,
            })
        conn.commit()

    benchlib.drive_client(redeem, ops, barrier, results)
    conn.close()


def _round(target: Any, url: str, keys: KeyRing, per_client: list[list[str]], ops: int) -> float:
    clients = [(target, (url, keys, codes, ops, i)) for i, codes in enumerate(per_client)]
    return benchlib.run_round(clients, "bench_redeem_pg")


def _issue_cards(store: benchlib.Store, count: int) -> list[str]:
    return [edge.issue(store.ctx, store.manager, "1000.00").card.code for _ in range(count)]


def _compare(label: str, url: str, keys: KeyRing, service_codes: list[list[str]],
             raw_codes: list[list[str]], ops: int, rounds: int) -> tuple[float, float]:
    service, raw = [], []
    for r in range(rounds):
        service.append(_round(_service_client, url, keys, service_codes, ops))
        raw.append(_round(_raw_client, url, keys, raw_codes, ops))
        benchlib.say(f"{label} round {r + 1}: service {service[-1]:,.0f} ops/s, "
                     f"raw {raw[-1]:,.0f} ops/s")
    return max(service), max(raw)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run (smoke test)")
    parser.add_argument("--ops", type=int, help="redemptions per client and round")
    parser.add_argument("--rounds", type=int, help="rounds of service then raw")
    args = parser.parse_args(argv)
    ops = args.ops or (20 if args.quick else 500)
    rounds = args.rounds or (1 if args.quick else 3)
    benchlib.header(f"redeem_pg: {CLIENTS} clients x {ops} redemptions, service vs raw psycopg",
                    args.quick)

    with benchlib.postgres_server() as (url, where):
        benchlib.say(f"PostgreSQL: {where}")
        store = benchlib.open_store(benchlib.new_context(url))
        keys = store.ctx.keys
        # One card per client for each side, then one card all clients share, for each side.
        total = 2 * CLIENTS + 2
        issued = _issue_cards(store, total)
        store.ctx.close()  # no connection crosses the fork

        own = [[code] for code in issued[:2 * CLIENTS]]
        service, raw = _compare("uncontended", url, keys, own[:CLIENTS], own[CLIENTS:], ops,
                                rounds)
        hot_service, hot_raw = issued[2 * CLIENTS], issued[2 * CLIENTS + 1]
        c_service, c_raw = _compare("contended", url, keys, [[hot_service]] * CLIENTS,
                                    [[hot_raw]] * CLIENTS, ops, rounds)

    ratio = service / raw
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(
        f"redeem_pg contended ({CLIENTS} clients, 1 card): service {c_service:,.0f} ops/s, "
        f"raw {c_raw:,.0f} ops/s, ratio {c_service / c_raw:.2f}",
        flush=True,
    )
    print(
        f"redeem_pg: service {service:,.0f} ops/s, raw {raw:,.0f} ops/s, ratio {ratio:.2f} "
        f"(target >= {TARGET_RATIO:g}, {verdict}; {CLIENTS} clients on {CLIENTS} cards x "
        f"{ops} ops, best of {rounds})",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
