"""Small layout helpers shared by the counter screens (names the style sheet knows)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)

from ui.models.history_table import HistoryTableModel


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label


def big_button(text: str, parent: QWidget, *, kind: str = "", key: str = "") -> QPushButton:
    """A touch-sized button; ``key`` (e.g. "F9") is its shortcut and shown on it."""
    # The key's name as this language writes it (Strg, Entf, Échap) from Qt's catalogue.
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    button = QPushButton(f"{text}  [{shown}]" if key else text, parent)
    button.setProperty("kind", kind or "normal")
    button.setMinimumHeight(56)
    if key:
        button.setShortcut(QKeySequence(key))
    return button


def amount_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel("—", parent)
    label.setObjectName(name)
    label.setProperty("kind", "amount")
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def table(parent: QWidget, headers: list[str]) -> QTableWidget:
    grid = QTableWidget(0, len(headers), parent)
    grid.setHorizontalHeaderLabels(headers)
    grid.verticalHeader().hide()
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    grid.verticalHeader().setDefaultSectionSize(40)
    return grid


def set_state(widget: QWidget, state: str) -> None:
    """Colour a widget by state (ok, warn, bad, or a card status) through the style sheet."""
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


#: The widest text each column is expected to hold, by (English) header title.
COLUMN_SAMPLES = {
    "Card": "GC-****-****-****-WWWW",
    "Status": "Depleted",
    "Balance": "$10,000.00",
    "Initial": "$10,000.00",
    "Store": "UPTOWN",
    "Recipient": "Chloé Dubois-Martin",
    "Purchaser": "Chloé Dubois-Martin",
    "Created": "2026-11-21 23:59",
    "Expires": "2026-11-21 23:59",
    "When": "2026-11-21 23:59",
    "What": "Transfer out",
    "Amount": "-$10,000.00",
    "Balance after": "$10,000.00",
    "Staff": "Maximilian",
    "Reference": "DEMO-Counter 1-000123",
}

_HEADER_CONTEXTS = ("CardTableModel", "HistoryTableModel", "LedgerTableModel")


def fit_columns(view: QTableView) -> None:
    """Size each column for its widest expected text: a paged model of a million rows
    cannot be measured, and narrow columns cut codes and amounts off."""
    model = view.model()
    view.ensurePolished()  # the style sheet's font, not the default one
    metrics = view.fontMetrics()
    # Headers are shown translated; the samples are found by their English titles and
    # the states among them ("Depleted") measured in the shown language too.
    samples = {QCoreApplication.translate(context, title):
               QCoreApplication.translate("CardStatus", sample)
               for context in _HEADER_CONTEXTS for title, sample in COLUMN_SAMPLES.items()}
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        text = samples.get(title, title)
        widest = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title))
        view.setColumnWidth(column, int(widest * 1.1) + 32)


def history_table(parent: QWidget, name: str) -> tuple[HistoryTableModel, QTableView]:
    """A card's ledger entries as a read-only table of whole rows (object name ``name``)."""
    model = HistoryTableModel(parent)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    fit_columns(view)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return model, view
