"""A sender process killed in the middle of a batch (SIGKILL, while the server holds a
message) resends nothing the server had already accepted and loses nothing: the e-mail it
held is taken over once its claim runs out, with the same Message-ID."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from posapp.db.models import EmailDelivery
from posapp.key_file import write_key_file
from tests.cli.runner import posapp_command
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.smtp import SmtpServer

pytestmark = pytest.mark.slow
CLAIM_SECONDS = 10


def states(store: Store) -> Counter[str]:
    return Counter(store.ctx.db.run(
        lambda s: list(s.scalars(select(EmailDelivery.state))), readonly=True))


def send_due_argv(db_url: str, key: Path) -> list[str]:
    return [*posapp_command(), "--db", db_url, "--key-file", str(key), "--json", "email",
            "send-due"]


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("POSAPP_")}


def send_due(db_url: str, key: Path) -> dict[str, object]:
    done = subprocess.run(send_due_argv(db_url, key), capture_output=True, text=True,
                          timeout=60, env=clean_env())
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_killed_sender_resends_nothing_accepted_and_loses_nothing(
    store: Store, smtp: SmtpServer, db_url: str, tmp_path: Path
) -> None:
    key = tmp_path / "keys.json"
    write_key_file(key, store.ctx.keys)
    point_at(store, smtp, email_claim_seconds=str(CLAIM_SECONDS))
    for n in range(5):
        sell_ecard(store, "25.00", recipient_email=f"r{n}@example.org")
    holding, release = threading.Event(), threading.Event()
    seen: list[EmailMessage] = []

    def third_hangs(msg: EmailMessage) -> str | None:
        seen.append(msg)
        if len(seen) == 3:
            holding.set()
            release.wait(30)
            return "451 4.3.0 the client went away"
        return None

    smtp.recorder.before_reply = third_hangs
    first = subprocess.Popen(send_due_argv(db_url, key), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=clean_env())
    assert holding.wait(60), first.communicate(timeout=5)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    release.set()
    assert states(store) == Counter({"sent": 2, "sending": 1, "scheduled": 2})

    assert send_due(db_url, key)["sent"] == 2  # the held one is still claimed
    assert states(store) == Counter({"sent": 4, "sending": 1})

    time.sleep(CLAIM_SECONDS + 1)
    assert send_due(db_url, key)["sent"] == 1
    assert states(store) == Counter({"sent": 5})
    accepted = Counter(str(m["To"]) for m in smtp.accepted)
    assert len(accepted) == 5 and set(accepted.values()) == {1}
    # The taken-over e-mail kept the Message-ID of the attempt that was cut off.
    assert str(seen[2]["Message-ID"]) == str(smtp.accepted[-1]["Message-ID"])
