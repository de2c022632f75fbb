"""The till's link to the central service, watched: online or not, what waits, what replayed.

A timer asks the counter for the link's state every few seconds, off the UI thread
(``Counter.link`` may probe the service and replay the outbox, which takes the network's
time); a look still running is never doubled. Each answer is emitted for the status bar,
and what a replay answered for the cashier.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.counter.port import Counter, LinkState
from ui.errors import show_error
from ui.operations import OperationRunner

#: Milliseconds between two looks at the link.
EVERY_MS = 2000


class LinkWatch(QObject):
    #: online, operations waiting in the outbox
    changed = Signal(bool, int)
    #: what the service answered to the operations replayed (a list of dicts)
    replayed = Signal(object)
    #: the link is up and the service knows nobody signed in here
    signed_out = Signal()

    def __init__(self, counter: Counter, runner: OperationRunner, *, every_ms: int = EVERY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counter = counter
        self._runner = runner
        self._looking = False
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        self._timer.start()
        self.look()

    def stop(self) -> None:
        self._timer.stop()

    def look(self) -> None:
        if self._looking:
            return
        self._looking = True
        self._runner.run(self._counter.link, self._seen, self._failed)

    def _seen(self, state: LinkState | None) -> None:
        self._looking = False
        if state is None:
            return
        self.changed.emit(state.online, state.waiting)
        if state.replayed:
            self.replayed.emit(state.replayed)
        if not state.signed_in:
            self.signed_out.emit()

    def _failed(self, error: BaseException) -> None:
        """Not a refusal (the till answers those itself) but a failure: shown once, and the
        watch stops rather than show it every few seconds."""
        self._looking = False
        self.stop()
        show_error(None, error)



def summary(answers: list[dict[str, Any]]) -> tuple[str, bool]:
    """One line for the cashier on what a replay answered, and whether anything was refused:
    how many went through, the codes of cards sold offline (they exist from now on), and
    each refusal, which the service put in the reconciliation queue."""
    done = [a for a in answers if "result" in a]
    refused = [a for a in answers if "refused" in a]
    text = QCoreApplication.translate(
        "LinkWatch", "The link is back: %1 operation(s) sent, %2 refused.").replace(
        "%1", str(len(done))).replace("%2", str(len(refused)))
    codes = [str(card["code"]) for a in done if isinstance(a["result"], dict)
             for card in a["result"].get("cards", []) if card.get("code")]
    if codes:
        text += " " + QCoreApplication.translate("LinkWatch", "New card codes: %1.").replace(
            "%1", ", ".join(codes))
    for answer in refused:
        text += " " + QCoreApplication.translate(
            "LinkWatch", "Refused (see the reconciliation queue): %1").replace(
            "%1", str(answer["refused"]))
    return text, bool(refused)
