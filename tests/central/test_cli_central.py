"""``posapp --central FILE COMMAND``: the command line as a till of a chain, run as real
processes against a real ``posapp serve`` over PostgreSQL, through a proxy that pulls the
cable. Online the commands reach the service; offline a reload waits in the till's outbox
and is sent, once, by the next command once the link is back; what needs the link or the
database in process is refused in words."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.command_path import commands as c
from tests.central.conftest import ROOT, Chain
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy


@dataclasses.dataclass
class Done:
    status: int
    out: str
    err: str

    @property
    def data(self) -> dict[str, Any]:
        found: dict[str, Any] = json.loads(self.out)
        return found


@pytest.fixture
def proxy(chain: Chain) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", chain.service.port) as running:
        yield running


@pytest.fixture
def credential(chain: Chain, proxy: FaultProxy, tmp_path: Path) -> Path:
    saved = dataclasses.replace(chain.enrol(), url=f"https://127.0.0.1:{proxy.port}")
    path = tmp_path / "shop-till.json"
    saved.save(path)
    return path


def posapp(credential: Path, user: str, *argv: str, json_out: bool = True) -> Done:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    line = [sys.executable, "-m", "posapp", "--user", user, "--pin", PINS[user],
            "--central", str(credential), *(["--json"] if json_out else []), *argv]
    done = subprocess.run(line, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert "Traceback" not in done.stderr, done.stderr
    return Done(done.returncode, done.stdout, done.stderr)


def balance_minor(chain: Chain, code_id: str) -> int:
    return int(chain.sql("SELECT balance_minor FROM gift_cards WHERE id = :id", id=code_id)[0][0])


def entries(chain: Chain, card: str, kind: str) -> int:
    return int(chain.sql("SELECT count(*) FROM ledger_entries WHERE card_id = :id AND "
                         "kind = :kind", id=card, kind=kind)[0][0])


@pytest.mark.slow
def test_the_command_line_of_a_till_online_offline_and_back(
    chain: Chain, proxy: FaultProxy, credential: Path
) -> None:
    with chain.till("mia", name="cli-office") as office:
        code = str(office.run(c.IssueCard(Money(5000, "USD"), CardTerms(expires_days=30)))[
            "code"])

    seen = posapp(credential, "mia", "card", "balance", code)
    assert seen.status == 0 and seen.data["balance"] == "50.00", seen
    card = str(seen.data["id"])
    spent = posapp(credential, "carl", "card", "redeem", code, "--amount", "12.50")
    assert spent.status == 0 and spent.data["redeemed"] == "12.50", spent
    assert balance_minor(chain, card) == 3750
    # A rule of the card, refused by the service in words (exit 3), and nothing taken.
    refused = posapp(credential, "carl", "card", "redeem", code, "--amount", "999.00",
                     json_out=False)
    assert refused.status == 3 and "error (" in refused.err, refused
    assert balance_minor(chain, card) == 3750
    sold = posapp(credential, "carl", "sale", "sell", "--amount", "20.00", "--cash", "20.00")
    assert sold.status == 0 and sold.data["state"] == "completed", sold

    proxy.stop()
    kept = posapp(credential, "mia", "card", "reload", code, "--amount", "10.00")
    assert kept.status == 0 and kept.data.get("offline") is True, kept
    assert balance_minor(chain, card) == 3750
    frozen = posapp(credential, "mia", "card", "freeze", code, "--reason", "lost",
                    json_out=False)
    assert frozen.status == 3, frozen
    assert "Freezing a card needs the link" in frozen.err, frozen.err
    later = posapp(credential, "mia", "card", "extend", code, "--until", "2099-01-31",
                   json_out=False)
    assert later.status == 3 and "Extending a card's expiry needs the link" in later.err, later
    offline_look = posapp(credential, "mia", "card", "balance", code)
    assert offline_look.status == 0 and offline_look.data["offline"] is True, offline_look

    proxy.start()
    back = posapp(credential, "mia", "card", "balance", code)
    assert back.status == 0, back
    assert [a.get("error") for a in back.data["replayed"]] == [None], back.data
    assert balance_minor(chain, card) == 4750 and entries(chain, card, "reload") == 1
    again = posapp(credential, "mia", "card", "balance", code)
    assert "replayed" not in again.data and again.data["balance"] == "47.50"
    assert entries(chain, card, "reload") == 1

    adjusted = posapp(credential, "mia", "card", "adjust", code, "--amount", "-2.50",
                      "--note", "count")
    assert adjusted.status == 0 and adjusted.data["balance"] == "45.00", adjusted
    assert posapp(credential, "mia", "card", "freeze", code, "--reason", "lost").status == 0
    history = posapp(credential, "mia", "card", "history", code)
    assert [e["kind"] for e in history.data["entries"]][-2:] == ["reload", "adjust"]
    assert history.data["card"]["status"] == "frozen"
    assert posapp(credential, "mia", "card", "unfreeze", code).data["status"] == "active"
    extended = posapp(credential, "mia", "card", "extend", code, "--until", "2099-01-31")
    assert extended.status == 0, extended
    assert extended.data["expires_at"] == "2099-02-01T00:00:00+00:00", extended
    voided = posapp(credential, "mia", "card", "void", code, "--reason", "damaged")
    assert voided.status == 0 and voided.data["status"] == "voided", voided


def test_what_needs_the_database_in_process_is_refused_in_words(
    chain: Chain, credential: Path
) -> None:
    listed = posapp(credential, "mia", "card", "list", json_out=False)
    assert listed.status == 2, listed
    assert "not available in central mode" in listed.err and "card balance" in listed.err
    nobody = subprocess.run(
        [sys.executable, "-m", "posapp", "--central", str(credential), "card", "balance", "X"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**{k: v for k, v in os.environ.items() if k not in ("POSAPP_USER", "POSAPP_PIN")},
             "PYTHONPATH": str(ROOT)},
    )
    assert nobody.returncode == 2 and "--user NAME --pin PIN" in nobody.stderr, nobody
    missing = posapp(credential.with_name("nowhere.json"), "mia", "card", "balance", "X",
                     json_out=False)
    assert missing.status != 0 and "enrol this till" in missing.err, missing
