"""The app's background e-mail sender: sends due e-gift cards off the UI thread, on a timer
and right after a sale, never two runs at once.

A run that is cut short (the app closes) leaves its claim behind; the next sender, here
or ``posapp email send-due``, takes it over once the claim runs out.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ui.events import AppEvents

if TYPE_CHECKING:
    from posapp.services.command_path.context import Context
    from posapp.services.delivery.sender import Summary

log = logging.getLogger(__name__)

#: How often due e-mails (dated ones, retries) are looked for.
INTERVAL_MS = 60_000


class MailSender(QObject):
    #: A run finished: its :class:`~posapp.services.delivery.sender.Summary`.
    finished = Signal(object)

    def __init__(self, ctx: Context, events: AppEvents, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lock = threading.Lock()
        self._running = False
        self._again: set[uuid.UUID] | None = None  # None: nothing asked; empty: everything
        self._stopping = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.nudge())
        self._timer.start()
        events.emails_due.connect(self.nudge)
        self.finished.connect(lambda _summary: events.cards_changed.emit())

    def nudge(self, card_ids: Collection[uuid.UUID] | None = None) -> None:
        """Send what is due now (only ``card_ids``' e-mails, if given), in the background."""
        wanted = set(card_ids) if card_ids else set()
        with self._lock:
            if self._running:
                if self._again is None:
                    self._again = wanted
                elif not self._again or not wanted:
                    self._again = set()  # someone asked for everything
                else:
                    self._again |= wanted
                return
            self._running = True
        threading.Thread(target=self._run, args=(wanted,), name="mail-sender",
                         daemon=True).start()

    def _run(self, wanted: set[uuid.UUID]) -> None:
        from posapp.services.delivery.sender import send_due

        while True:
            try:
                summary: Summary | None = send_due(
                    self._ctx, card_ids=wanted or None, should_stop=self._stopping.is_set)
            except Exception:  # a background run must never take the app down; logged
                log.exception("sending due e-mails failed")
                summary = None
            if summary is not None and (summary.sent or summary.failed):
                self.finished.emit(summary)
            with self._lock:
                if self._again is None or self._stopping.is_set():
                    self._running = False
                    return
                wanted, self._again = self._again, None

    def stop(self) -> None:
        self._stopping.set()
        self._timer.stop()
