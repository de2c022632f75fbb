"""Ledger entries across all cards, newest first, read a page at a time as the view scrolls.

There is no count of entries: the model grows with ``fetchMore`` (Qt asks when the
view reaches the bottom) until a page comes back shorter than asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from posapp.services.cards import queries
from posapp.services.cards.queries import EntryRow
from posapp.services.command_path.context import Actor, Context
from ui.models.history_table import ENTRY_COLUMNS, entry_cell, entry_header
from ui.models.lifetime import while_alive
from ui.operations import OperationRunner

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200


@dataclass(frozen=True)
class LedgerFilter:
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None


class LedgerTableModel(QAbstractTableModel):
    """Entries matching a :class:`LedgerFilter`; column 0 is the card, then the entry."""

    #: A page could not be read; the error is for ``ui.errors.show_error``.
    load_failed = Signal(object)

    def __init__(
        self,
        ctx: Context,
        actor_provider: Callable[[], Actor],
        runner: OperationRunner,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor_provider
        self._runner = runner
        self._page_size = page_size
        self._filter = LedgerFilter()
        self._rows: list[EntryRow] = []
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._locale = "en_US"

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, ledger_filter: LedgerFilter) -> None:
        """Show the newest entries matching ``ledger_filter``; older ones come on scrolling."""
        self._filter = ledger_filter
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._load_page()

    def clear(self) -> None:
        """Show nothing and read nothing until the next :meth:`set_filter` (signed out)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self._loading = False
        self.endResetModel()

    def row_at(self, row: int) -> EntryRow:
        return self._rows[row]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_page()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ENTRY_COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Card") if section == 0 else entry_header(ENTRY_COLUMNS[section - 1])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return row.masked_code if role == Qt.ItemDataRole.DisplayRole else None
        return entry_cell(ENTRY_COLUMNS[index.column() - 1], row.entry, self._locale, role)

    def _load_page(self) -> None:
        self._loading = True
        generation, actor, ctx, f = self._generation, self._actor(), self._ctx, self._filter
        self._locale = actor.locale
        offset, limit = len(self._rows), self._page_size
        self._runner.run(
            lambda: queries.list_entries(
                ctx,
                actor,
                kind=f.kind,
                since=f.since,
                until=f.until,
                offset=offset,
                limit=limit,
            ),
            while_alive(self, lambda rows: self._page_arrived(generation, rows)),
            while_alive(self, lambda error: self._page_failed(generation, error)),
        )

    def _page_arrived(self, generation: int, rows: list[EntryRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(error)
