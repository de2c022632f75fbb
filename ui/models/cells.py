"""How dates and amounts sit in a table cell (shared by every model here)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from posapp.domain.transitions import last_day


def last_day_text(expires_at: datetime | None) -> str:
    """The last day a card expiring at ``expires_at`` may be used (local time, ISO order):
    a card extended until 31 March shows 31 March, though it expires as 1 April begins."""
    return last_day(expires_at).isoformat() if expires_at else ""


def short_date(value: datetime | None) -> str:
    """A date in local time, ISO order (unambiguous in every locale)."""
    return value.astimezone().strftime("%Y-%m-%d") if value else ""


def date_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def alignment(amount: bool) -> Qt.AlignmentFlag:
    """Amounts line up on the right, text on the left."""
    horizontal = Qt.AlignmentFlag.AlignRight if amount else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
