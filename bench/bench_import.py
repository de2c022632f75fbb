"""Benchmark: a CSV import of 100,000 cards on SQLite, against inserting its result raw.

Measures ``posapp.services.back_office.csv_io.import_cards`` end to end as a manager runs
it: reading and checking the file, staging the rows (encrypted) in short transactions, the
commit, and
the apply phase that makes each card active with its chained ``issue`` entry, a chunk per
transaction with pauses that let tills in. The baseline, measured in the same run, is a raw
``sqlite3`` ``executemany`` of exactly the rows the import produced (its cards and ledger
entries, read back as stored) into an identical database in one transaction (same pragmas:
WAL, synchronous=FULL, foreign keys on; BEGIN IMMEDIATE; commit included). The ratio is what
the import's checks, encryption, hashing, staging and short transactions cost over bare
insertion.

Run: ``.venv/bin/python bench/bench_import.py [--quick] [--rows N]``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib  # noqa: E402

from posapp.services.accounting import integrity
from posapp.services.back_office import csv_io
from posapp.services.command_path.context import Context  # noqa: E402

TABLES = ("gift_cards", "ledger_entries")


def _write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("code,amount,reference\n")
        out.writelines(f"BENCH{n:09d},{5 + n % 500}.{n % 100:02d},old system\n"
                       for n in range(rows))


def _rows(path: Path, table: str) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT statement and every row of ``table`` as SQLite stores them."""
    with sqlite3.connect(path) as conn:
        cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - a fixed table name
        names = [d[0] for d in cursor.description]
        values = cursor.fetchall()
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values


def _raw_insert(path: Path, batches: list[tuple[str, list[tuple[Any, ...]]]]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for sql, values in batches:
        conn.executemany(sql, values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 rows (smoke test)")
    parser.add_argument("--rows", type=int, help="rows in the file (default 100,000)")
    args = parser.parse_args(argv)
    count = args.rows or (5_000 if args.quick else 100_000)
    benchlib.header(f"import: import_cards of {count:,} rows vs raw executemany", args.quick)

    with benchlib.scratch_dir("posapp-bench-import-") as tmp:
        base = tmp / "base.sqlite3"
        ctx = benchlib.new_context(f"sqlite:///{base}")
        benchlib.open_store(ctx)
        keys, clock = ctx.keys, ctx.clock
        ctx.close()
        service_db, raw_db = tmp / "service.sqlite3", tmp / "raw.sqlite3"
        shutil.copy(base, service_db)
        shutil.copy(base, raw_db)
        csv = tmp / "cards.csv"
        _write_csv(csv, count)

        ctx = Context(benchlib.Database(f"sqlite:///{service_db}"), keys, clock)
        mia = benchlib.sign_in(ctx, "mia")
        start = time.perf_counter()
        result = csv_io.import_cards(ctx, mia, csv)
        service_s = time.perf_counter() - start
        if result.imported != count:
            raise SystemExit(f"bench_import: imported {result.imported}, not {count}")
        report = integrity.verify(ctx, mia)
        if not report.ok:
            raise SystemExit(f"bench_import: {report.summary()}")
        ctx.close()

        made = [_rows(service_db, table) for table in TABLES]
        before = {table: _count(raw_db, table) for table in TABLES}
        raw_s = _raw_insert(raw_db, [(sql, values[before[t]:])
                                     for t, (sql, values) in zip(TABLES, made, strict=True)])
        for table in TABLES:
            if _count(raw_db, table) != _count(service_db, table):
                raise SystemExit(f"bench_import: {table} differs between the two databases")

    ratio = service_s / raw_s
    benchlib.say(f"service import_cards: {service_s:.2f} s ({count / service_s:,.0f} rows/s)")
    benchlib.say(f"raw executemany:      {raw_s:.2f} s ({count / raw_s:,.0f} rows/s)")
    print(
        f"import: service {service_s:.2f} s, raw {raw_s:.2f} s, ratio {ratio:.1f} "
        f"({count:,} rows; ledger verified)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
