"""The core benchmarks (bench/) run: each script's --quick mode exits 0 and prints its
summary line. Timing is never asserted here; the figures are for bench/README.md."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.postgres import PostgresUnavailable, find_bin_dir, skip_reason

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
NUMBER = r"[\d,.]+"

pytestmark = pytest.mark.slow


def run_bench(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{script} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def summary(output: str, pattern: str) -> re.Match[str]:
    found = re.search(pattern, output, re.MULTILINE)
    assert found, f"no summary line matching {pattern!r} in:\n{output}"
    return found


def test_batch_benchmark_prints_its_ratio() -> None:
    out = run_bench("bench_batch_sqlite.py")
    summary(out, rf"^batch_sqlite: service {NUMBER} s, raw {NUMBER} s, ratio {NUMBER} "
                 r"\(target <= 3")


def test_import_benchmark_prints_its_ratio() -> None:
    out = run_bench("bench_import.py")
    summary(out, rf"^import: service {NUMBER} s, raw {NUMBER} s, ratio {NUMBER} "
                 r"\(5,000 rows; ledger verified\)")


def test_lookup_benchmark_prints_its_percentiles(tmp_path: Path) -> None:
    out = run_bench("bench_lookup.py", "--no-cache", env={"POSAPP_BENCH_CACHE": str(tmp_path)})
    summary(out, rf"^lookup: service p50 {NUMBER} ms p99 {NUMBER} ms, raw p50 {NUMBER} ms "
                 rf"p99 {NUMBER} ms, ratio p50 {NUMBER}x p99 {NUMBER}x \(target p99 < 2 ms")


def postgres_env() -> dict[str, str]:
    """The server a PostgreSQL benchmark is to use, or a skip when it can start none."""
    if url := os.environ.get("POSAPP_BENCH_PG_URL") or os.environ.get("POSAPP_TEST_PG_URL"):
        return {"POSAPP_BENCH_PG_URL": url}
    try:
        find_bin_dir()
    except PostgresUnavailable as exc:
        pytest.skip(skip_reason(exc))
    return {}


@pytest.mark.postgres
def test_redeem_benchmark_prints_its_ratio() -> None:
    env = postgres_env()
    out = run_bench("bench_redeem_pg.py", env=env)
    summary(out, rf"^redeem_pg: service {NUMBER} ops/s, raw {NUMBER} ops/s, ratio {NUMBER} "
                 r"\(target >= 0.6")
    summary(out, rf"^redeem_pg contended \(8 clients, 1 card\): service {NUMBER} ops/s, "
                 rf"raw {NUMBER} ops/s, ratio {NUMBER}")


@pytest.mark.postgres
def test_redeem_service_benchmark_prints_its_ratio() -> None:
    env = postgres_env()
    out = run_bench("bench_redeem_service.py", env=env)
    summary(out, rf"^redeem_service: service {NUMBER} ops/s, in-process {NUMBER} ops/s, "
                 rf"ratio {NUMBER} \(target >= 0.5")


def test_app_start_benchmark_prints_its_ratio() -> None:
    out = run_bench("bench_app_start.py")
    summary(out, rf"^app_start: app {NUMBER} s, bare window {NUMBER} s, ratio {NUMBER} "
                 r"\(target <= 3x\)")


@pytest.mark.postgres
def test_rollforward_benchmark_prints_its_times() -> None:
    out = run_bench("bench_rollforward.py", env=postgres_env())
    for name in ("sqlite", "postgres"):
        summary(out, rf"^rollforward_{name}: service {NUMBER} s, raw {NUMBER} s, ratio {NUMBER} "
                     r"\(20,\d{3} entries; target < 2 s: met\)")
