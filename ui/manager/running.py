"""Running a service for a manager widget that may be closed before the answer comes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ui.errors import show_error
from ui.models.lifetime import while_alive
from ui.operations import OperationRunner

T = TypeVar("T")


def run_for(
    owner: QWidget,
    runner: OperationRunner,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """``runner.run`` whose answers reach ``owner`` only while it exists.

    A failure goes to ``on_failure``, or is shown over ``owner`` (never over a widget
    that has been deleted meanwhile).
    """
    failure = on_failure or (lambda error: show_error(owner, error))
    runner.run(work, while_alive(owner, on_success), while_alive(owner, failure))
