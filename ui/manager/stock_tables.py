"""Small helpers the stock panels share: how a batch is named and shown, how a plain table
is filled and read, and how a scanned or typed code is taken."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from posapp.domain.errors import PosError
from posapp.services.back_office.stock_batches import BatchStock
from posapp.services.cards.lookup import canonical
from ui.models.cells import date_time
from ui.widgets.message_banner import MessageBanner


def batch_name(batch_id: uuid.UUID) -> str:
    """A batch as people say it: the first eight symbols of its id (what a box is labelled
    with; the full id is in the batch list and the audit trail)."""
    return str(batch_id)[:8]


def batch_cells(batch: BatchStock, locale: str) -> tuple[str, str, str]:
    """A batch's name, face value and date as the lists show them."""
    face = batch.face_value.format(locale) if batch.face_value else "—"
    return batch_name(batch.batch_id), face, date_time(batch.created_at)


def scanned_code(text: str, banner: MessageBanner) -> str | None:
    """The code scanned or typed, in its one canonical form; None for an empty line, or
    for text that is no code (said in ``banner``)."""
    if not text.strip():
        return None
    try:
        code = canonical(text)
    except PosError as error:
        banner.show_error(error)
        return None
    banner.clear_message()
    return code


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
