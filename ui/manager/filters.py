"""Filter-bar fields shared by the manager grids."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QWidget

#: The lowest date of a :func:`date_edit`; it reads "Any" and means no limit.
NO_DATE = QDate(2000, 1, 1)


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    """A date field whose lowest value reads "Any" and means no limit."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("filters", "Any"))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(NO_DATE)
    return edit


def chosen_day(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()


def day_range(first: QDateEdit, last: QDateEdit) -> tuple[datetime | None, datetime | None]:
    """From the start of the first day to the end of the last (local time), each optional."""
    start, end = chosen_day(first), chosen_day(last)
    return (
        _local_midnight(start) if start else None,
        _local_midnight(end + timedelta(days=1)) if end else None,
    )


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()
