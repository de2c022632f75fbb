"""One till process for the fault tests: sells and takes cards through its own SQLite store
while the link comes and goes, then waits for the link and replays everything.

    python -m tests.central.offline.till_worker SPEC.json OUT.json

SPEC names the credential file, the store file, the user and PIN, the card codes to use,
the number of operations and a seed. The till writes ``OUT.ready`` once signed in, waits
for ``OUT.go`` before its first operation and writes ``OUT.ops`` after its last, so that
the test's faults cover the operations however slowly the processes start. OUT lists
every operation the till accepted (online, offline, or unconfirmed when the reply was
lost), what the replays answered, and the outbox left at the end.
"""

from __future__ import annotations

import json
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from posapp.central.till import Till
from posapp.central.till_file import TillCredential
from posapp.domain.errors import Offline, PosError
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c

#: How long a till waits at the end for the link to be back and its outbox to empty.
FINISH_S = 40.0


def main(spec_file: str, out_file: str) -> int:
    spec = json.loads(Path(spec_file).read_text())
    credential = TillCredential.load(Path(spec["credential"]))
    till = Till.open(credential, Path(spec["store"]), probe_every=0.2, pull_every=1.0)
    signing_in = time.monotonic() + FINISH_S
    while True:
        try:
            till.sign_in(spec["user"], spec["pin"])
            break
        except PosError:
            if time.monotonic() > signing_in:
                raise
            time.sleep(0.2)
    out_path = Path(out_file)
    out_path.with_suffix(".ready").touch()
    while not out_path.with_suffix(".go").exists():
        time.sleep(0.05)
    chance = random.Random(spec["seed"])
    accepted: list[dict[str, Any]] = []
    refused = 0
    for _ in range(spec["operations"]):
        key = f"w/{uuid.uuid4().hex}"
        minor = chance.randint(1, 15) * 100
        if chance.random() < 0.2:
            command: c.Command = c.SellCards(
                (CardLine(Money(minor, "USD")),), Payment(cash=Money(minor, "USD")),
                reference=key, key=key,
            )
        else:
            code = chance.choice(spec["codes"])
            command = c.RedeemCard(CardRef(code=code), Money(minor, "USD"), key=key)
        try:
            result = till.run(command)
            how = "offline" if result.get("offline") else "online"
        except Offline as stopped:
            if "do not repeat" not in stopped.message:
                refused += 1
                continue
            how = "unconfirmed"
        except PosError:
            refused += 1  # refused online (e.g. the card has too little): nothing was done
            continue
        accepted.append({"key": key, "type": command.name, "minor": minor, "how": how})
        time.sleep(chance.random() * 0.05)
    out_path.with_suffix(".ops").touch()
    deadline = time.monotonic() + FINISH_S
    while time.monotonic() < deadline:
        if till.check_link(force=True):
            till.sync()
            if till.store.count_waiting() == 0:
                break
        time.sleep(0.2)
    out = {
        "terminal": credential.terminal,
        "accepted": accepted,
        "refused": refused,
        "replayed": till.replayed(),
        "waiting": till.store.count_waiting(),
    }
    till.close()
    Path(out_file).write_text(json.dumps(out, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
