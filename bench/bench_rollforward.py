"""Benchmark: the liability roll-forward over a year of 1,000,000 ledger entries, on SQLite
and PostgreSQL (target: under 2 s each).

Measures ``rollforward.compute`` (the report's sums: one GROUP BY over every entry before
the period's end, by issuing store, currency, kind and side of the period's start; the walk
of the lapsed cards; the check against the card rows) for the year's last quarter, so the
opening balance sums three quarters of entries. The ledger verification that the report
runs first is not part of it (``bench/README.md`` says why). Baseline in the same run: the
driver's own ``SELECT kind, currency, SUM(amount_minor) FROM ledger_entries GROUP BY kind,
currency`` over the same table, the least any sum of those entries costs.

The entries are inserted directly (``benchlib.ledger_volume``): about 100,000 cards in
three stores and two currencies, each with an issue, redemptions, reloads and now and then
an expiry and a refund.

Run: ``.venv/bin/python bench/bench_rollforward.py [--quick] [--entries N]
[--only sqlite|postgres]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib  # noqa: E402
from benchlib import ledger_volume  # noqa: E402

from posapp.services.accounting import day_totals, rollforward  # noqa: E402

TARGET_S = 2.0
RUNS = 3
START = datetime(2025, 10, 1, tzinfo=UTC)
END = datetime(2026, 3, 1, tzinfo=UTC)
RAW = "SELECT kind, currency, SUM(amount_minor) FROM ledger_entries GROUP BY kind, currency"


def best(fn: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def measure(name: str, url: str, entries: int) -> None:
    ctx = benchlib.new_context(url)
    store = benchlib.open_store(ctx)
    start = time.perf_counter()
    made = ledger_volume.fill(ctx, store.admin, entries)
    benchlib.say(f"{name}: inserted {made:,} entries ({time.perf_counter() - start:.0f} s)")
    start = time.perf_counter()
    ctx.clock.now = END  # type: ignore[attr-defined]
    day_totals.seal(ctx, store.manager)
    benchlib.say(f"{name}: sealed the year's days once ({time.perf_counter() - start:.1f} s)")

    def service() -> None:
        report = ctx.db.run(lambda s: rollforward.compute(s, START, END, None), readonly=True)
        assert report.agrees_with_cards and all(line.adds_up for line in report.lines)

    def raw() -> None:
        ctx.db.run(lambda s: s.connection().exec_driver_sql(RAW).fetchall(), readonly=True)

    ours, base = best(service), best(raw)
    met = "met" if ours < TARGET_S else "MISSED"
    print(f"rollforward_{name}: service {ours:.3f} s, raw {base:.3f} s, ratio {ours / base:.1f} "
          f"({made:,} entries; target < {TARGET_S:.0f} s: {met})", flush=True)
    ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 entries")
    parser.add_argument("--entries", type=int)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    entries = args.entries or (20_000 if args.quick else 1_000_000)
    benchlib.header("liability roll-forward", args.quick)
    if args.only != "postgres":
        with benchlib.scratch_dir("posapp-rollforward-") as where:
            measure("sqlite", f"sqlite:///{where / 'roll.sqlite3'}", entries)
    if args.only != "sqlite":
        with benchlib.postgres_server() as (url, where):
            benchlib.say(f"PostgreSQL: {where}")
            measure("postgres", url, entries)


if __name__ == "__main__":
    main()
