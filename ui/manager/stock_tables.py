"""Small helpers the stock panels share: how a batch is named on screen and how a plain
table is filled and read."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def batch_name(batch_id: uuid.UUID) -> str:
    """A batch as people say it: the first eight symbols of its id (what a box is labelled
    with; the full id is in the batch list and the audit trail)."""
    return str(batch_id)[:8]


def fill(grid: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Show ``rows``, none selected but the only one: a row kept selected across a reload
    could name another batch than the one picked."""
    grid.clearSelection()
    grid.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            grid.setItem(row, column, QTableWidgetItem(text))
    if len(rows) == 1:
        grid.selectRow(0)


def selected_row(grid: QTableWidget) -> int | None:
    rows = grid.selectionModel().selectedRows()
    return rows[0].row() if rows else None
