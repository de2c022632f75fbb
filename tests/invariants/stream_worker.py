"""A till that never stops: redemptions, card sales and card payments, one after another.

Reads one JSON config line (database, keys, actor, codes, run). After each service
call returns it prints ``ACK <op> <id> <key> <amount>`` and flushes, so whatever
the test read was acknowledged to a customer. The test kills it with SIGKILL.
"""

from __future__ import annotations

import json
import sys

from posapp import edge
from posapp.domain.errors import PosError
from posapp.services.checkout.sale_parts import CardLine, Payment
from tests.invariants.worker_support import open_context


def main() -> None:
    config = json.loads(sys.stdin.readline())
    ctx, actor = open_context(config)
    codes: list[str] = config["codes"]
    run = config["run"]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        key = f"{run}-{n}"
        code = codes[n % len(codes)]
        try:
            if n % 5 == 0:
                sold = edge.sell(
                    ctx, actor, [CardLine("25.00")], Payment(cash="30.00"), key=key
                )
                ack = ("sell", str(sold.sale_id), "25.00")
            elif n % 5 == 3:
                paid = edge.pay(ctx, actor, "3.50", codes=[code], key=key)
                ack = ("pay", str(paid.sale_id), "3.50")
            else:
                amount = f"0.{n % 90 + 10:02d}"
                spent = edge.redeem(ctx, actor, code, amount, key=key)
                ack = ("redeem", str(spent.entry_id), amount)
        except PosError as exc:
            print(f"REFUSED {key} {exc.code.value}", flush=True)
            continue
        print(f"ACK {ack[0]} {ack[1]} {key} {ack[2]} {code}", flush=True)


if __name__ == "__main__":
    main()
