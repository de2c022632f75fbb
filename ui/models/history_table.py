"""Ledger entries as table rows: one card's full history (newest first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from posapp.services.command_path.results import EntryView
from ui.models.cells import alignment, date_time
from ui.models.status import kind_label

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EntryColumn:
    title: str
    text: Callable[[EntryView, str], str]
    amount: bool = False


ENTRY_COLUMNS: tuple[EntryColumn, ...] = (
    EntryColumn(
        QT_TRANSLATE_NOOP("HistoryTableModel", "When"), lambda e, _: date_time(e.created_at)
    ),
    EntryColumn(QT_TRANSLATE_NOOP("HistoryTableModel", "What"), lambda e, _: kind_label(e.kind)),
    EntryColumn(
        QT_TRANSLATE_NOOP("HistoryTableModel", "Amount"),
        lambda e, loc: e.amount.format(loc),
        amount=True,
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("HistoryTableModel", "Balance after"),
        lambda e, loc: e.balance_after.format(loc),
        amount=True,
    ),
    EntryColumn(QT_TRANSLATE_NOOP("HistoryTableModel", "Staff"), lambda e, _: e.staff or ""),
    EntryColumn(QT_TRANSLATE_NOOP("HistoryTableModel", "Store"), lambda e, _: e.location),
    EntryColumn(
        QT_TRANSLATE_NOOP("HistoryTableModel", "Reference"), lambda e, _: e.reference or ""
    ),
    EntryColumn(QT_TRANSLATE_NOOP("HistoryTableModel", "Note"), lambda e, _: e.note or ""),
)


def entry_header(column: EntryColumn) -> str:
    return QCoreApplication.translate("HistoryTableModel", column.title)


def entry_cell(column: EntryColumn, entry: EntryView, locale: str, role: int) -> Any:
    """What an entry shows in ``column`` for ``role`` (shared with the all-cards history)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(entry, locale)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return alignment(column.amount)
    return None


class HistoryTableModel(QAbstractTableModel):
    """One card's ledger entries as the service returned them, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[EntryView] = []
        self._locale = "en_US"

    def set_entries(self, entries: Sequence[EntryView], locale: str) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self._locale = locale
        self.endResetModel()

    def entry_at(self, row: int) -> EntryView:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ENTRY_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return entry_header(ENTRY_COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return entry_cell(
            ENTRY_COLUMNS[index.column()], self._entries[index.row()], self._locale, role
        )
