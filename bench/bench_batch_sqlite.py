"""Benchmark: a batch of 100,000 cards on SQLite (target: <= 3x raw executemany).

Measures ``posapp.services.back_office.batches.create_batch`` (code generation, HMAC look-up
hash, AES-GCM encryption, insert, commit) against a baseline measured in the same
run: a raw ``sqlite3`` ``executemany`` of the same kind of rows, generated and
converted to SQLite values beforehand, into the same table of an identical
database (same pragmas: WAL, synchronous=FULL, foreign keys on; BEGIN IMMEDIATE;
commit included). Also prints how long generating those rows took in plain Python,
which is the part of the service's time that is not insertion.

Run: ``.venv/bin/python bench/bench_batch_sqlite.py [--quick] [--cards N]``.
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
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from posapp import (
    codes,  # noqa: E402
    edge_admin,  # noqa: E402
)
from posapp.db.models import Batch, GiftCard, Location  # noqa: E402
from posapp.services.back_office import batches
from posapp.services.command_path.context import Context  # noqa: E402

TARGET_RATIO = 3.0


def _generate_rows(
    keys: codes.KeyRing, batch: Batch, count: int, now: Any
) -> list[dict[str, Any]]:
    """The rows create_batch would insert (default settings: prefix GC, 16 symbols)."""
    terms = batches.RowTerms(
        prefix="GC", length=16, scope="all", scope_locations=[], strategy="balance", now=now,
        change_seq=1,
    )
    return batches.card_rows(keys, batch, range(1, count + 1), terms)


def _to_sqlite(rows: list[dict[str, Any]], engine: Any) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT statement and the rows as SQLite values, converted by the columns' own
    bind processors so that they are stored exactly as the service stores them."""
    table = GiftCard.__table__
    names = list(rows[0])
    processors = []
    for name in names:
        proc = table.c[name].type.bind_processor(engine.dialect)
        processors.append(proc or (lambda v: v))
    values = [tuple(p(row[n]) for p, n in zip(processors, names, strict=True)) for row in rows]
    sql = (
        f"INSERT INTO gift_cards ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    return sql, values


def _raw_insert(path: Path, sql: str, values: list[tuple[Any, ...]]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(sql, values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _check_same_table(service_db: Path, raw_db: Path, count: int) -> None:
    for path in (service_db, raw_db):
        with sqlite3.connect(path) as conn:
            (n,) = conn.execute("SELECT count(*) FROM gift_cards").fetchone()
        if n != count:
            raise SystemExit(f"bench_batch_sqlite: {path.name} holds {n} cards, not {count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 cards (smoke test)")
    parser.add_argument("--cards", type=int, help="cards in the batch (default 100,000)")
    args = parser.parse_args(argv)
    count = args.cards or (10_000 if args.quick else 100_000)
    benchlib.header(f"batch_sqlite: create_batch of {count:,} cards vs raw executemany",
                    args.quick)

    with benchlib.scratch_dir("posapp-bench-batch-") as tmp:
        base = tmp / "base.sqlite3"
        ctx = benchlib.new_context(f"sqlite:///{base}")
        benchlib.open_store(ctx)
        ctx.close()
        service_db, raw_db = tmp / "service.sqlite3", tmp / "raw.sqlite3"
        shutil.copy(base, service_db)
        shutil.copy(base, raw_db)

        # The service, as an admin would run it.
        ctx = Context(benchlib.Database(f"sqlite:///{service_db}"), ctx.keys, ctx.clock)
        root = benchlib.sign_in(ctx, "root")
        start = time.perf_counter()
        edge_admin.create_batch(ctx, root, count)
        service_s = time.perf_counter() - start
        ctx.close()

        # The baseline: the same kind of rows, made beforehand, then only inserted.
        engine = create_engine(f"sqlite:///{raw_db}")
        with Session(engine) as session, session.begin():
            location_id = session.query(Location.id).scalar()
            batch = Batch(location_id=location_id, count=count, currency="USD",
                          created_by=root.staff_id, created_at=ctx.now())
            session.add(batch)
            session.flush()
            session.expunge(batch)
        start = time.perf_counter()
        rows = _generate_rows(ctx.keys, batch, count, ctx.now())
        generate_s = time.perf_counter() - start
        sql, values = _to_sqlite(rows, engine)
        engine.dispose()
        raw_s = _raw_insert(raw_db, sql, values)
        _check_same_table(service_db, raw_db, count)

    ratio = service_s / raw_s
    benchlib.say(f"service create_batch: {service_s:.2f} s ({count / service_s:,.0f} cards/s)")
    benchlib.say(f"raw executemany:      {raw_s:.2f} s ({count / raw_s:,.0f} cards/s)")
    benchlib.say(f"(generating, hashing and encrypting the rows in plain Python: "
                 f"{generate_s:.2f} s, not part of the baseline)")
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(
        f"batch_sqlite: service {service_s:.2f} s, raw {raw_s:.2f} s, ratio {ratio:.2f} "
        f"(target <= {TARGET_RATIO:g}, {verdict}; {count:,} cards)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
