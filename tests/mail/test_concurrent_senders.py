"""Two senders at once (each with its own connections, as two processes would have) share
the due e-mails between them: every card's e-mail is sent exactly once."""

from __future__ import annotations

import threading
import time
from collections import Counter
from email.message import EmailMessage

from posapp.db.engine import Database
from posapp.services.command_path.context import Context
from posapp.services.delivery import sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.smtp import SmtpServer

CARDS = 24


def test_two_senders_never_send_one_card_twice(
    store: Store, smtp: SmtpServer, db_url: str
) -> None:
    point_at(store, smtp)
    for n in range(CARDS):
        sell_ecard(store, "25.00", recipient_email=f"r{n}@example.org")

    def slow(_msg: EmailMessage) -> None:
        time.sleep(0.02)  # both senders hold a claim while the other looks for the next
        return None

    smtp.recorder.before_reply = slow
    contexts = [Context(Database(db_url), store.ctx.keys, store.clock) for _ in range(2)]
    summaries: list[sender.Summary] = []
    start = threading.Barrier(2)

    def run(ctx: Context) -> None:
        start.wait()
        summaries.append(sender.send_due(ctx))

    threads = [threading.Thread(target=run, args=(ctx,)) for ctx in contexts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for ctx in contexts:
        ctx.close()

    sent_to = Counter(str(m["To"]) for m in smtp.accepted)
    assert len(sent_to) == CARDS and set(sent_to.values()) == {1}
    assert sum(s.sent for s in summaries) == CARDS
    assert all(s.sent > 0 for s in summaries), "both senders took a share"
