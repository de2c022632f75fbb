"""Results that arrive after their widget is gone are dropped, not delivered to a dead object.

A page or a history is read off the UI thread; the dialog that asked may have been
closed (and deleted) before the answer comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def while_alive(owner: QObject, deliver: Callable[[T], None]) -> Callable[[T], None]:
    """``deliver``, or nothing once ``owner``'s C++ object has been deleted."""

    def guarded(value: T) -> None:
        if shiboken6.isValid(owner):
            deliver(value)

    return guarded
