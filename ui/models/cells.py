"""How dates and amounts sit in a table cell (shared by every model here)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt


def short_date(value: datetime | None) -> str:
    """A date in local time, ISO order (unambiguous in every locale)."""
    return value.astimezone().strftime("%Y-%m-%d") if value else ""


def date_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def alignment(amount: bool) -> Qt.AlignmentFlag:
    """Amounts line up on the right, text on the left."""
    horizontal = Qt.AlignmentFlag.AlignRight if amount else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
