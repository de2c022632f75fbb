"""Who is signed in at this terminal, and the inactivity lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

from posapp.domain.errors import AuthFailed
from ui.events import AppEvents

if TYPE_CHECKING:
    from posapp.services.command_path.context import Actor

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class Session(QObject):
    """The signed-in actor; locks the terminal after ``lock_after_ms`` without input."""

    def __init__(self, events: AppEvents, lock_after_ms: int) -> None:
        super().__init__()
        self._events = events
        self._actor: Actor | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(lock_after_ms, 1000))
        self._idle.timeout.connect(self.lock)
        QCoreApplication.instance().installEventFilter(self)

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def current(self) -> Actor:
        """The actor for a service call now (the widgets' ``actor_provider``)."""
        if self._actor is None:
            raise AuthFailed("The terminal is locked: sign in first.")
        return self._actor

    def sign_in(self, actor: Actor) -> None:
        self._actor = actor
        self._idle.start()
        self._events.session_changed.emit(actor)

    @Slot()
    def lock(self) -> None:
        self._idle.stop()
        self._actor = None
        self._events.session_changed.emit(None)

    def close(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)
        self._idle.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._actor is not None and event.type() in _ACTIVITY:
            self._idle.start()
        return False
