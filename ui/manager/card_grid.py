"""The manager's card grid: filter bar, a paged table of every card, and the way into a card.

Keyboard: Tab walks the filter bar and the table; Ctrl+F jumps to the search box;
Esc there clears it; Enter (or a double click) on a row opens the card.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posapp.codes import DEFAULT_LENGTH, DEFAULT_PREFIX, mask_code, normalize
from posapp.domain.errors import InvalidCode
from posapp.domain.roles import Permission, allows
from posapp.services.back_office import admin
from posapp.services.back_office.admin import LocationView
from posapp.services.cards.queries import CardFilter
from posapp.services.command_path.context import Actor, Context
from ui.errors import show_error
from ui.events import AppEvents
from ui.manager.bulk_bar import BulkActionBar
from ui.manager.card_detail import CardDetailDialog
from ui.manager.filters import NO_DATE, date_edit, day_range
from ui.manager.running import run_for
from ui.models.card_table import CardTableModel
from ui.models.status import status_label, statuses
from ui.operations import OperationRunner
from ui.views.common import fit_columns

SEARCH_DELAY_MS = 250


class _CardGridView(QWidget):
    """Layout only: the filter bar above the table, and a notice for those who may not look."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("cardGrid")
        layout = QVBoxLayout(self)
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("cardFilterBar")
        bar = QGridLayout(self.filter_bar)  # two rows: fits a 1024 px window
        bar.setContentsMargins(0, 0, 0, 0)
        self.status_combo = QComboBox(self.filter_bar)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All states"), None)
        for status in statuses():
            self.status_combo.addItem(status_label(status), status)
        self.store_combo = QComboBox(self.filter_bar)
        self.store_combo.setObjectName("storeFilter")
        self.store_combo.addItem(self.tr("All stores"), None)
        self.search_edit = QLineEdit(self.filter_bar)
        self.search_edit.setObjectName("cardSearch")
        self.search_edit.setPlaceholderText(self.tr("Last four, purchaser, recipient or code"))
        self.search_edit.setClearButtonEnabled(True)
        self.from_edit = date_edit(self.filter_bar, "createdFrom")
        self.to_edit = date_edit(self.filter_bar, "createdTo")
        self.clear_button = QPushButton(self.tr("C&lear filters"), self.filter_bar)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAutoDefault(False)
        for row, column, text, field in (
            (0, 0, self.tr("&State"), self.status_combo),
            (0, 2, self.tr("St&ore"), self.store_combo),
            (1, 0, self.tr("Sea&rch"), self.search_edit),
            (0, 4, self.tr("&From"), self.from_edit),
            (0, 6, self.tr("&To"), self.to_edit),
        ):
            label = QLabel(text, self.filter_bar)
            label.setBuddy(field)
            bar.addWidget(label, row, column)
            span = 5 if field is self.search_edit else 1
            bar.addWidget(field, row, column + 1, 1, span)
        bar.addWidget(self.clear_button, 1, 6, 1, 2)
        bar.setColumnStretch(1, 1)
        bar.setColumnStretch(3, 1)
        layout.addWidget(self.filter_bar)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cardCount")
        layout.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setObjectName("cardTable")
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures a million rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.bulk_slot = QVBoxLayout()  # the bulk action bar, made with the grid's services
        layout.addLayout(self.bulk_slot)
        self.notice = QLabel(self.tr("The card list is for managers."), self)
        self.notice.setObjectName("managerOnly")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)
        self.search_shortcut = QShortcut(
            QKeySequence.StandardKey.Find,
            self,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.clear_search_shortcut = QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.search_edit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )


class CardGridWidget(_CardGridView):
    """Every card, filtered and sorted in the database; Enter opens :class:`CardDetailDialog`."""

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
        self.model = CardTableModel(ctx, actor_provider, runner, parent=self)
        self.table.setModel(self.model)
        self.bulk_bar = BulkActionBar(
            ctx, actor_provider, runner, events, self.selected_ids, self.current_filter, self
        )
        self.bulk_slot.addWidget(self.bulk_bar)
        fit_columns(self.table)
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column, self.model.sort_order
        )
        self.table.setSortingEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._allowed = False
        # A scanned code is searched for but shown masked: (the code, the mask shown).
        self._scanned: tuple[str, str] | None = None
        self._connect_callbacks()
        self._apply_role(actor_provider())

    def _connect_callbacks(self) -> None:
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.store_combo.currentIndexChanged.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self.apply_filter)
        self.to_edit.dateChanged.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.textChanged.connect(self._forget_scan)
        self.search_edit.returnPressed.connect(self._search_entered)
        self._search_timer.timeout.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_search_shortcut.activated.connect(self.search_edit.clear)
        self.search_shortcut.activated.connect(self.focus_search)
        self.table.activated.connect(self.open_card)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self.model.counted.connect(self._show_count)
        self.model.load_failed.connect(self._show_failure)
        self._events.cards_changed.connect(self._on_cards_changed)
        self._events.settings_changed.connect(self._load_stores)
        self._events.session_changed.connect(self._apply_role)

    # -- role -----------------------------------------------------------------------------

    def _apply_role(self, actor: Actor | None) -> None:
        self._allowed = actor is not None and allows(actor.role, Permission.LIST_CARDS)
        for widget in (self.filter_bar, self.table, self.count_label, self.bulk_bar):
            widget.setVisible(self._allowed)
        self.bulk_bar.apply_role(actor)
        self.notice.setVisible(not self._allowed)
        if self._allowed:
            self._load_stores()
            self.apply_filter()
        else:
            self.model.clear()

    # -- filter -----------------------------------------------------------------------------

    def current_filter(self) -> CardFilter:
        created_from, created_to = day_range(self.from_edit, self.to_edit)
        return CardFilter(
            status=self.status_combo.currentData(),
            store=self.store_combo.currentData(),
            search=self._search_text(),
            created_from=created_from,
            created_to=created_to,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self._allowed:
            self.count_label.setText(self.tr("Counting…"))
            self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.status_combo, self.store_combo, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.store_combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        for widget in (self.status_combo, self.store_combo, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self.search_edit.clear()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_text(self) -> str | None:
        if self._scanned is not None:
            return self._scanned[0]
        return self.search_edit.text().strip() or None

    def _forget_scan(self, text: str) -> None:
        if self._scanned is not None and text != self._scanned[1]:
            self._scanned = None  # the box was edited: search for what it says

    def _search_entered(self) -> None:
        """Enter in the box: a whole card code typed or pasted is searched as a scan is."""
        try:
            code = normalize(self.search_edit.text())
        except InvalidCode:
            code = ""
        ours = len(DEFAULT_PREFIX) + DEFAULT_LENGTH + 1
        if code.startswith(DEFAULT_PREFIX) and len(code) == ours:
            self.handle_scan(code)
        else:
            self.apply_filter()

    def handle_scan(self, code: str) -> bool:
        """A scanned card is searched for by its code (looked up by hash); the box shows
        the masked form, so the full code does not stay on screen."""
        if not self._allowed:
            return False
        masked = mask_code(code)
        self._scanned = (code, masked)
        self.search_edit.setText(masked)
        self.apply_filter()
        self.table.setFocus()
        return True

    def _load_stores(self) -> None:
        if self._allowed:
            ctx = self._ctx
            run_for(self, self._runner, lambda: admin.list_locations(ctx), self._show_stores)

    def _show_stores(self, locations: list[LocationView]) -> None:
        chosen = self.store_combo.currentData()
        self.store_combo.blockSignals(True)
        self.store_combo.clear()
        self.store_combo.addItem(self.tr("All stores"), None)
        for loc in locations:
            self.store_combo.addItem(f"{loc.code} — {loc.name}", loc.code)
        self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(chosen)))
        self.store_combo.blockSignals(False)

    # -- table ------------------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        """The cards of the selected rows that are loaded (a row still loading has none)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [card.id for row in rows if (card := self.model.card_at(row)) is not None]

    def open_card(self, index: QModelIndex) -> CardDetailDialog | None:
        card = self.model.card_at(index.row()) if index.isValid() else None
        if card is None:
            return None
        dialog = CardDetailDialog(
            self._ctx, self._actor, self._runner, self._events, card, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _keep_sortable_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(section):
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.blockSignals(False)

    def _show_count(self, total: int) -> None:
        number = QLocale(self._actor().locale).toString(total)
        self.count_label.setText(self.tr("%1 card(s)", "", total).replace("%1", number))

    def _show_failure(self, error: BaseException) -> None:
        self.count_label.setText("")
        show_error(self, error)

    def _on_cards_changed(self) -> None:
        if self._allowed:
            self.model.refresh()
