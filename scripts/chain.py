"""A chain of two stores on this machine, to try central mode: ``make chain`` (scripts/chain.sh).

Starts, in a temporary directory that is removed at the end:

* a throw-away PostgreSQL cluster (as the tests start one, also when run as root),
* the chain's database with demo staff, two stores (S1 Main Street, S2 Harbour) and a product,
* ``posapp serve`` behind TLS with a self-signed certificate,
* a TCP proxy in front of the service: the tills reach the service only through it, so
  stopping it pulls their cable,
* two tills enrolled through the proxy, one per store, and an app window for each
  (``posapp --central FILE``), unless ``--no-windows``.

Type ``c`` (cut) or ``r`` (restore) and Enter to pull and plug the tills' cable; SIGUSR1 and
SIGUSR2 do the same. Ctrl-C, ``q``, SIGTERM or closing both windows stops everything.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.fault_proxy import FaultProxy  # noqa: E402
from tests.support.net import free_port  # noqa: E402
from tests.support.postgres import PostgresCluster, PostgresUnavailable  # noqa: E402
from tests.support.tls import make_certificate  # noqa: E402

#: The demo people: name, role, PIN (a chain's real staff choose their own).
PEOPLE = [("root", "admin", "246810"), ("mia", "manager", "135791"), ("carl", "cashier", "4826")]
STORES = [("S1", "Main Street"), ("S2", "Harbour")]
START_TIMEOUT_S = 60


class Stop(Exception):
    """Ctrl-C, SIGTERM or q: stop everything."""


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise Stop


def posapp(*args: str, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "posapp", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"posapp {' '.join(args[:6])}... failed: {done.stderr or done.stdout}")
    out = done.stdout.strip()
    return json.loads(out) if out.startswith("{") else {}


def set_up(db_url: str, keys: Path, env: dict[str, str]) -> None:
    base = ["--db", db_url, "--key-file", str(keys)]
    (admin, _, admin_pin), *others = PEOPLE
    posapp(*base, "db", "init", "--admin", admin, "--set-pin", admin_pin,
           "--store", STORES[0][0], "--store-name", STORES[0][1], env=env)
    root = [*base, "--json", "--user", admin, "--pin", admin_pin]
    for name, role, pin in others:
        posapp(*root, "staff", "add", name, "--role", role, "--set-pin", pin, env=env)
    for code, name in STORES[1:]:
        posapp(*root, "location", "add", code, "--name", name, "--currency", "USD", env=env)
    posapp(*root, "product", "add", "GC-CLASSIC", "--name", "Classic gift card",
           "--denominations", "25,50,100", "--min", "5", "--max", "500", env=env)


def serve(db_url: str, keys: Path, where: Path, env: dict[str, str]) -> tuple[
    subprocess.Popen[bytes], int
]:
    tls = make_certificate(where, "central")
    port = free_port()
    log = (where / "serve.log").open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "posapp", "serve", "--db", db_url, "--key-file", str(keys),
         "--host", "127.0.0.1", "--port", str(port), "--cert", str(tls.cert),
         "--key", str(tls.key)],
        stdout=log, stderr=log, env=env, cwd=ROOT,
    )
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"posapp serve exited: {(where / 'serve.log').read_text()}")
        try:
            if httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=False,
                         timeout=1).status_code == 200:
                return process, port
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("posapp serve did not start in time")




def enrol(db_url: str, keys: Path, where: Path, url: str, env: dict[str, str]) -> list[Path]:
    admin, _, pin = PEOPLE[0]
    files = []
    for n, (store, _) in enumerate(STORES, start=1):
        added = posapp("--db", db_url, "--key-file", str(keys), "--json", "--user", admin,
                       "--pin", pin, "terminal", "add", f"TILL-{n}", "--store", store, "--enrol",
                       env=env)
        credential = where / f"till{n}.json"
        posapp("terminal", "enroll", url, str(added["enrol_code"]),
               "--credential-file", str(credential), env=env)
        files.append(credential)
    return files


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-windows", action="store_true",
                        help="start the chain and enrol the tills, but open no app window")
    options = parser.parse_args(argv)
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    where = Path(tempfile.mkdtemp(prefix="giftpos-chain-"))
    os.chmod(where, 0o700)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cluster = PostgresCluster(dbname="giftpos")
    service: subprocess.Popen[bytes] | None = None
    proxy: FaultProxy | None = None
    windows: list[subprocess.Popen[bytes]] = []
    try:
        cluster.start()
        db_url, keys = cluster.url, where / "keys.json"
        print(f"PostgreSQL: {db_url}", flush=True)
        set_up(db_url, keys, env)
        service, port = serve(db_url, keys, where, env)
        print(f"Central service: https://127.0.0.1:{port} (log {where / 'serve.log'})", flush=True)
        proxy = FaultProxy("127.0.0.1", port).start()
        url = f"https://127.0.0.1:{proxy.port}"
        print(f"Tills reach it through {url}", flush=True)
        tills = enrol(db_url, keys, where, url, env)
        for credential, (store, name) in zip(tills, STORES, strict=True):
            print(f"Till of {store} {name}: posapp --central {credential}", flush=True)
        print("Staff: " + ", ".join(f"{n} {p} ({r})" for n, r, p in PEOPLE), flush=True)
        if not options.no_windows:
            windows = [subprocess.Popen([sys.executable, "-m", "posapp", "--central", str(f)],
                                        env=env, cwd=ROOT) for f in tills]
        signal.signal(signal.SIGUSR1, lambda *_: _cut(proxy))
        signal.signal(signal.SIGUSR2, lambda *_: _restore(proxy))
        print("Ready. Type c + Enter to pull the tills' cable, r + Enter to plug it back, "
              "q + Enter or Ctrl-C to stop everything.", flush=True)
        _wait(proxy, windows, stop_when_closed=not options.no_windows)
    except Stop:
        pass
    except (PostgresUnavailable, RuntimeError) as exc:
        print(f"make chain: {exc}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _shut_down(windows, proxy, service, cluster, where)
    return 0


def _cut(proxy: FaultProxy) -> None:
    proxy.stop()
    print("Cable pulled: the tills are cut off from the central service.", flush=True)


def _restore(proxy: FaultProxy) -> None:
    proxy.start()
    print("Cable back: the tills send what waited by themselves.", flush=True)


def _wait(proxy: FaultProxy, windows: list[subprocess.Popen[bytes]], *,
          stop_when_closed: bool) -> None:
    """Until q, Ctrl-C, SIGTERM or (with windows) both windows closed."""
    reading = not sys.stdin.closed
    while True:
        if stop_when_closed and all(w.poll() is not None for w in windows):
            print("Both windows are closed.", flush=True)
            return
        if not reading:
            time.sleep(0.5)
            continue
        if not select.select([sys.stdin], [], [], 0.5)[0]:
            continue
        line = sys.stdin.readline()
        if not line:
            reading = False  # stdin ended (not a terminal): wait for a signal
            continue
        word = line.strip().lower()
        if word == "c":
            _cut(proxy)
        elif word == "r":
            _restore(proxy)
        elif word == "q":
            return


def _shut_down(windows: list[subprocess.Popen[bytes]], proxy: FaultProxy | None,
               service: subprocess.Popen[bytes] | None, cluster: PostgresCluster,
               where: Path) -> None:
    for process in [*windows, *([service] if service else [])]:
        if process.poll() is None:
            process.terminate()
    for process in [*windows, *([service] if service else [])]:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if proxy is not None:
        proxy.stop()
    cluster.stop()
    shutil.rmtree(where, ignore_errors=True)
    print(f"Stopped; {where} removed.", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
