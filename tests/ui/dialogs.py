"""Driving modal dialogs from a test: act on the next dialog once it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def on_next_dialog(object_name: str, act: Callable[[QDialog], None], *,
                   tries: int = 200) -> list[QDialog]:
    """Call ``act(dialog)`` when a modal dialog named ``object_name`` is shown.

    Returns a list that holds the dialog once it was seen (for assertions).
    """
    seen: list[QDialog] = []

    def poll(left: int = tries) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.objectName() == object_name and modal.isVisible():
            seen.append(modal)
            act(modal)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
    return seen
