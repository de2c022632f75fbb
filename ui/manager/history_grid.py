"""Every ledger entry across all cards, newest first: what happened, to which card, by whom.

Keyboard: Tab walks the filters and the table; Enter on a row opens that card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posapp import edge
from posapp.domain.roles import Permission, allows
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from ui.errors import show_error
from ui.events import AppEvents
from ui.manager.card_detail import CardDetailDialog
from ui.manager.filters import NO_DATE, date_edit, day_range
from ui.manager.running import run_for
from ui.models.ledger_table import LedgerFilter, LedgerTableModel
from ui.models.status import kind_label, kinds
from ui.operations import OperationRunner
from ui.views.common import fit_columns


class _HistoryGridView(QWidget):
    """Layout only: kind and date filters above the entries table."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("historyGrid")
        layout = QVBoxLayout(self)
        self.filter_bar = QWidget(self)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox(self.filter_bar)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.addItem(self.tr("Everything"), None)
        for kind in kinds():
            self.kind_combo.addItem(kind_label(kind), kind)
        self.from_edit = date_edit(self.filter_bar, "entriesFrom")
        self.to_edit = date_edit(self.filter_bar, "entriesTo")
        self.clear_button = QPushButton(self.tr("C&lear filters"), self.filter_bar)
        self.clear_button.setAutoDefault(False)
        for text, field in (
            (self.tr("&What"), self.kind_combo),
            (self.tr("&From"), self.from_edit),
            (self.tr("&To"), self.to_edit),
        ):
            label = QLabel(text, self.filter_bar)
            label.setBuddy(field)
            bar.addWidget(label)
            bar.addWidget(field)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        layout.addWidget(self.filter_bar)
        self.table = QTableView(self)
        self.table.setObjectName("entriesTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.notice = QLabel(self.tr("The history of all cards is for managers."), self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)


class HistoryGridWidget(_HistoryGridView):
    """Ledger entries of all cards, read a page at a time as the table scrolls."""

    def __init__(
        self,
        ctx: Context,
        actor_provider: Callable[[], Actor],
        runner: OperationRunner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor_provider
        self._runner = runner
        self._events = events
        self.model = LedgerTableModel(ctx, actor_provider, runner, parent=self)
        self.table.setModel(self.model)
        fit_columns(self.table)
        self._allowed = False
        self._connect_callbacks()
        self._apply_role(actor_provider())

    def _connect_callbacks(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self.apply_filter)
        self.to_edit.dateChanged.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self.open_card)
        self.model.load_failed.connect(lambda error: show_error(self, error))
        self._events.cards_changed.connect(self._on_cards_changed)
        self._events.session_changed.connect(self._apply_role)

    def _apply_role(self, actor: Actor | None) -> None:
        self._allowed = actor is not None and allows(actor.role, Permission.LIST_CARDS)
        self.filter_bar.setVisible(self._allowed)
        self.table.setVisible(self._allowed)
        self.notice.setVisible(not self._allowed)
        if self._allowed:
            self.apply_filter()
        else:
            self.model.clear()

    def current_filter(self) -> LedgerFilter:
        since, until = day_range(self.from_edit, self.to_edit)
        return LedgerFilter(kind=self.kind_combo.currentData(), since=since, until=until)

    def apply_filter(self) -> None:
        if self._allowed:
            self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.kind_combo, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        for widget in (self.kind_combo, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self.apply_filter()

    def open_card(self, index: QModelIndex) -> None:
        """Enter on an entry opens its card (read by id: the grid never holds full codes)."""
        if not index.isValid():
            return
        ctx, actor = self._ctx, self._actor()
        card_id = self.model.row_at(index.row()).card_id
        run_for(self, self._runner, lambda: edge.balance(ctx, actor, card_id), self._show_card)

    def _show_card(self, card: CardView) -> None:
        dialog = CardDetailDialog(
            self._ctx, self._actor, self._runner, self._events, card, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_cards_changed(self) -> None:
        if self._allowed:
            self.model.refresh()
