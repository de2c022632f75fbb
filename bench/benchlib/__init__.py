"""Shared helpers of the core benchmarks (the performance targets).

This is a package in a sub-directory on purpose: ``make bench`` runs every
``bench/*.py`` script, and a helper module there would be run as a benchmark.
The scripts in ``bench/`` import it as ``benchlib`` (their own directory is on
``sys.path`` when they run) and put the repository root on ``sys.path`` so
that ``posapp`` and ``tests.support`` import without ``PYTHONPATH=.``.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from posapp import edge_admin  # noqa: E402
from posapp.codes import KeyRing  # noqa: E402
from posapp.db import migrate  # noqa: E402
from posapp.db.engine import Database  # noqa: E402
from posapp.domain.errors import Conflict  # noqa: E402
from posapp.services.back_office import admin  # noqa: E402
from posapp.services.command_path.context import Actor, Context  # noqa: E402
from posapp.services.security import staff  # noqa: E402

#: The benchmark's staff and PINs (as tests/conftest.py's PINS).
PINS = {"root": "111111", "mia": "222222", "carl": "3333"}
#: An external server for the PostgreSQL benchmark; otherwise a throw-away cluster runs.
PG_URL_ENV = "POSAPP_BENCH_PG_URL"
#: Where built databases are cached between runs (the look-up benchmark's million cards).
CACHE_ENV = "POSAPP_BENCH_CACHE"


class FixedClock:
    """A clock that stands still: the benchmarks' "now", like the tests' Clock."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Store:
    ctx: Context
    admin: Actor
    manager: Actor
    cashier: Actor


def open_store(ctx: Context) -> Store:
    """Create the schema, store S1 (USD), root (admin), mia (manager) and carl (cashier)."""
    admin.init_database(
        ctx, "root", PINS["root"], store_code="S1", store_name="Main Street", terminal_name="T1"
    )
    root = sign_in(ctx, "root")
    edge_admin.add_staff(ctx, root, "mia", "manager", PINS["mia"])
    edge_admin.add_staff(ctx, root, "carl", "cashier", PINS["carl"])
    return Store(ctx, root, sign_in(ctx, "mia"), sign_in(ctx, "carl"))


def sign_in(ctx: Context, name: str, terminal: str = "T1") -> Actor:
    """Sign ``name`` in at ``terminal`` of S1, which root registers first if need be."""
    if terminal != "T1":
        root = staff.authenticate(ctx, "root", PINS["root"], terminal_name="T1")
        try:
            edge_admin.add_terminal(ctx, root, terminal, "S1")
        except Conflict:
            pass  # registered by an earlier run on a cached database
    return staff.authenticate(ctx, name, PINS[name], terminal_name=terminal)


def schema_revision() -> str:
    return migrate.head_revision() or "none"


def migrated_sqlite(path: Path) -> None:
    """An empty, migrated SQLite database at ``path``."""
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()


def cache_dir() -> Path:
    base = os.environ.get(CACHE_ENV) or os.path.join(tempfile.gettempdir(), "posapp-bench-cache")
    path = Path(base)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[tuple[str, str]]:
    """(SQLAlchemy URL of a fresh database, where it runs): POSAPP_BENCH_PG_URL, else a
    throw-away cluster (tests.support.postgres.PostgresCluster) stopped on exit."""
    from tests.support.postgres import ExternalPostgres, PostgresCluster

    name = f"posapp_bench_{os.getpid()}_{int(time.time())}"
    if url := os.environ.get(PG_URL_ENV):
        yield ExternalPostgres(url).create_database(name), "external server (POSAPP_BENCH_PG_URL)"
        return
    with PostgresCluster(dbname=name) as cluster:
        yield cluster.url, "throw-away cluster (fsync=off, synchronous_commit=off)"


def new_context(url: str, keys: KeyRing | None = None, **engine_kwargs: object) -> Context:
    return Context(Database(url, **engine_kwargs), keys or KeyRing.generate(), FixedClock())


def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(pct / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    return (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def header(title: str, quick: bool) -> None:
    mode = "quick" if quick else "full"
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    print(f"# {title} ({mode} run, {stamp}, {machine()})", flush=True)


def say(text: str) -> None:
    print(f"  {text}", flush=True)


#: Operations each client process runs before the timed ones (connections, caches warm).
WARMUP_OPS = 5


def drive_client(op: Callable[[int], None], ops: int, barrier: Any, results: Any) -> None:
    """One client process of a throughput benchmark: warm up, wait for every client at the
    ``barrier``, run ``ops`` operations and put ``(start, end, ops, error)`` on ``results``."""
    try:
        for i in range(WARMUP_OPS):
            op(i)
        barrier.wait()
        start = time.perf_counter()
        for i in range(ops):
            op(i)
        results.put((start, time.perf_counter(), ops, None))
    except BaseException as exc:  # reported to the parent, which fails loudly
        barrier.abort()
        results.put((0.0, 0.0, 0, f"{type(exc).__name__}: {exc}"))


def run_round(clients: list[tuple[Callable[..., None], tuple[Any, ...]]], name: str) -> float:
    """One round of a throughput benchmark: start each ``(target, args)`` client process
    (``target(*args, barrier, results)``, which calls :func:`drive_client`), let them go
    together, and return operations a second."""
    import multiprocessing as mp

    mpc = mp.get_context("fork")
    barrier, results = mpc.Barrier(len(clients)), mpc.Queue()
    procs = [mpc.Process(target=target, args=(*args, barrier, results))
             for target, args in clients]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    errors = [err for *_, err in outcomes if err]
    if errors:
        raise SystemExit(f"{name}: a client failed: {errors[0]}")
    start = min(o[0] for o in outcomes)
    end = max(o[1] for o in outcomes)
    return sum(o[2] for o in outcomes) / (end - start)
