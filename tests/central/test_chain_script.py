"""``make chain`` (scripts/chain.sh) without windows: it starts a chain whose tills reach the
service only through its proxy, pulls and plugs their cable on SIGUSR1 and SIGUSR2, and on
Ctrl-C stops everything and removes its directory."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from posapp.central.client import Client, Unreachable
from posapp.domain.errors import PosError

ROOT = Path(__file__).resolve().parents[2]
READY_S = 240


def _read_until(process: subprocess.Popen[str], pattern: str, seen: list[str]) -> str:
    deadline = time.monotonic() + READY_S
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            raise AssertionError("chain.sh ended early:\n" + "".join(seen))
        seen.append(line)
        if re.search(pattern, line):
            return line
    raise AssertionError("chain.sh did not get ready:\n" + "".join(seen))


def _answers(client: Client) -> bool:
    try:
        client.health()
    except Unreachable:
        return False
    return True


@pytest.mark.postgres
@pytest.mark.slow
def test_chain_starts_cuts_restores_and_stops_clean() -> None:
    env = {**os.environ, "VENV": str(Path(sys.executable).parent.parent)}
    process = subprocess.Popen(
        [str(ROOT / "scripts" / "chain.sh"), "--no-windows"], cwd=ROOT, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    seen: list[str] = []
    try:
        till = _read_until(process, r"^Till of S1 Main Street: posapp --central ", seen)
        credential = Path(till.split("--central ", 1)[1].strip())
        where = credential.parent
        _read_until(process, r"^Ready\.", seen)
        assert oct(where.stat().st_mode & 0o777) == "0o700"
        with Client.from_file(credential) as client:
            assert _answers(client)
            process.send_signal(signal.SIGUSR1)
            _read_until(process, r"^Cable pulled", seen)
            assert not _answers(client)
            process.send_signal(signal.SIGUSR2)
            _read_until(process, r"^Cable back", seen)
            assert _answers(client)
            with pytest.raises(PosError):  # the demo PIN of another person is refused
                client.sign_in("carl", "0000")
            assert client.sign_in("carl", "4826")["staff"]["store"] == "S1"
        process.send_signal(signal.SIGINT)
        _read_until(process, r"^Stopped; .* removed\.", seen)
        assert process.wait(timeout=60) == 0
        assert not where.exists()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
