"""The service's e-mail sender: e-gift cards sold through the service go out from here.

Tills in central mode hold neither the key file nor the database, so they cannot send a
card's e-mail; the service can. A thread sends what is due every ``every`` seconds, and at
once when a command made cards (:meth:`MailLoop.nudge`). Several service instances may run
one each: every delivery is claimed before it is sent (see
:mod:`posapp.services.delivery.sender`), so none goes out twice. A chain that prefers a
timer runs ``posapp email send-due`` instead and starts the service with
``--send-email-every 0``.
"""

from __future__ import annotations

import logging
import threading

from posapp.services.command_path.context import Context
from posapp.services.delivery import sender

log = logging.getLogger("posapp.central")


class MailLoop:
    def __init__(self, ctx: Context, every: float) -> None:
        self._ctx = ctx
        self._every = every
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mail", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def nudge(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Stop after the e-mail being sent now (a claim cut short is taken over later)."""
        self._stop.set()
        self._wake.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                done = sender.send_due(self._ctx, should_stop=self._stop.is_set)
            except Exception:  # a database or mail server away: the next round tries again
                log.exception("sending due e-mails failed")
            else:
                if done.sent or done.failed:
                    log.info("e-mails sent", extra={"fields": {
                        "event": "emails", "sent": done.sent, "failed": done.failed}})
            self._wake.wait(self._every)
            self._wake.clear()
