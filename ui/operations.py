"""Run service calls off the UI thread and deliver their results on it (Anki's CollectionOp).

    runner.run(lambda: edge.balance(ctx, actor, code), on_success=self._show_balance)

The callable runs on a :class:`QThreadPool`; ``on_success(result)`` or
``on_failure(error)`` then runs on the UI thread. Without ``on_failure`` a failure is
shown through :func:`ui.errors.show_error`. The database is never touched on the UI
thread, so the window keeps painting while a service works.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

from posapp.domain.errors import PosError
from ui.errors import show_error
from ui.events import AppEvents

log = logging.getLogger(__name__)

T = TypeVar("T")
SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised inside a cancellable operation when the user pressed Cancel."""


class Progress:
    """Handed to a cancellable operation: report progress, and stop when asked to.

    ``report`` may be called from the worker thread; the UI hears of it through a
    queued signal. ``check`` raises :class:`Cancelled` once the user has cancelled.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._relay.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives on the UI thread; its queued signals carry a job's outcome back to it."""

    finished = Signal(object, object)  # result, error
    progress = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.on_finished: Callable[[Any, BaseException | None], None] | None = None
        # A bound slot of an object on the UI thread: the worker's emit is queued to it.
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        if self.on_finished is not None:
            self.on_finished(result, error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class OperationRunner(QObject):
    """Runs callables off the UI thread; one per main window, shared with every view."""

    #: True while at least one operation is running.
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent_widget: QWidget | None = None,
        *,
        events: AppEvents | None = None,
        max_threads: int = 4,
    ) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._events = events
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        """Run ``fn()`` on the pool; deliver ``on_success(result)`` or ``on_failure(error)``."""
        self._start(fn, on_success, on_failure, parent)

    def run_cancellable(
        self,
        fn: Callable[[Progress], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        parent: QWidget | None = None,
    ) -> Progress:
        """Like :meth:`run` for long work: ``fn(progress)`` reports and checks for cancel.

        A cancelled operation ends in ``on_failure(Cancelled())``, which is not shown
        as an error when ``on_failure`` is omitted.
        """
        relay = _Relay()
        progress = Progress(relay)
        if on_progress is not None:
            relay.progress.connect(on_progress)
        self._start(lambda: fn(progress), on_success, on_failure, parent, relay=relay)
        return progress

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every operation has delivered (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._relays and not deadline.hasExpired():
            QCoreApplication.processEvents()
            self._pool.waitForDone(5)
        QCoreApplication.processEvents()
        return not self._relays

    def _start(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None,
        on_failure: FailureCallback | None,
        parent: QWidget | None,
        *,
        relay: _Relay | None = None,
    ) -> None:
        relay = relay or _Relay()
        was_busy = self.busy
        self._relays.add(relay)

        def deliver(result: Any, error: BaseException | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self.busy:
                self.busy_changed.emit(False)
            self._note_database(error)
            if error is None:
                if on_success is not None:
                    on_success(result)
            elif on_failure is not None:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(parent or self._parent_widget, error)

        relay.on_finished = deliver
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(fn, relay))

    def _note_database(self, error: BaseException | None) -> None:
        if self._events is None:
            return
        if error is None or isinstance(error, PosError | Cancelled):
            self._events.db_state_changed.emit(True)
        elif _is_database_error(error):
            log.warning("database unreachable: %s", error)
            self._events.db_state_changed.emit(False)


def _is_database_error(error: BaseException) -> bool:
    """A failure of the database driver. Until SQLAlchemy is imported (the sign-in screen
    is shown before it) no error can be one of its own."""
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(error, exc.DBAPIError)
