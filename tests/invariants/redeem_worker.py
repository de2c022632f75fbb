"""One of many processes redeeming the same card at the same moment, round after round.

For each round it reads a JSON config line (database, keys, actor, code, amount,
key), connects, prints ``ready``, waits for ``go`` on stdin, redeems once and
prints one JSON line: ``{"entry_id", "balance"}`` or ``{"error": CODE}``. It ends
at the end of its input.
"""

from __future__ import annotations

import json
import sys

from sqlalchemy import text

from posapp import edge
from posapp.domain.errors import PosError
from tests.invariants.worker_support import open_context


def one_round(config: dict[str, object]) -> None:
    ctx, actor = open_context(config)
    try:
        ctx.db.run(lambda s: s.execute(text("SELECT 1")))
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            return
        try:
            result = edge.redeem(
                ctx, actor, str(config["code"]), str(config["amount"]), key=config["key"]
            )
        except PosError as exc:
            print(json.dumps({"error": exc.code.value}), flush=True)
        else:
            out = {"entry_id": str(result.entry_id), "balance": result.card.balance.amount_str()}
            print(json.dumps(out), flush=True)
    finally:
        ctx.close()


def main() -> None:
    for line in sys.stdin:
        if line.strip():
            one_round(json.loads(line))


if __name__ == "__main__":
    main()
