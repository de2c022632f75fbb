"""The reconciliation queue: what tills did offline that the service could not take as it was.

Each item is an offline redemption the card could not cover in full (the shortfall) or an
operation the service refused on replay. A manager sees the store's open items (or all of
them), and resolves one with a note of what was done about it; the service audits it and
an item is resolved once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.services.back_office.reconciliation import ItemView
from ui.deps import Deps
from ui.views.common import big_button, heading, table
from ui.widgets.message_banner import MessageBanner


def kind_text(kind: str) -> str:
    names = {
        "shortfall": QCoreApplication.translate("ReconciliationScreen", "Shortfall"),
        "refused": QCoreApplication.translate("ReconciliationScreen", "Refused"),
    }
    return names.get(kind, kind)


class ReconciliationScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconciliationScreen")
        self._deps = deps
        self.items: list[ItemView] = []
        self.everything = QCheckBox(self.tr("Show resolved items too"), self)
        self.everything.setObjectName("reconciliationAll")
        self.refresh_button = big_button(self.tr("Refresh"), self)
        self.grid = table(self, [self.tr("Sale"), self.tr("Cashier"), self.tr("Card"),
                                 self.tr("What"), self.tr("Shortfall"), self.tr("When"),
                                 self.tr("State")])
        self.grid.setObjectName("reconciliationItems")
        header = self.grid.horizontalHeader()
        for column in (3, 4, 5):  # what, amount and time are read whole, never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.reason = QLabel(self)
        self.reason.setObjectName("reconciliationReason")
        self.reason.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("reconciliationNote")
        self.note.setPlaceholderText(self.tr("What was done about it (required)"))
        self.resolve_button = big_button(self.tr("Resolve with this note"), self,
                                         kind="primary")
        self.banner = MessageBanner(self)
        top = QHBoxLayout()
        top.addWidget(self.everything, 1)
        top.addWidget(self.refresh_button)
        resolve = QHBoxLayout()
        resolve.addWidget(self.note, 1)
        resolve.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reconciliation queue"), self))
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.reason)
        layout.addLayout(resolve)
        layout.addWidget(self.banner)
        self.everything.toggled.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.resolve_button.clicked.connect(self.resolve)
        self.note.returnPressed.connect(self.resolve)
        self.grid.itemSelectionChanged.connect(self._chosen)
        self._chosen()

    def focus_input(self) -> None:
        self.grid.setFocus()

    def reload(self) -> None:
        deps, everything = self._deps, self.everything.isChecked()
        actor, counter = deps.actor(), deps.counter
        deps.runner.run(lambda: counter.queue(actor, everything=everything), self._show,
                        self.banner.show_failure)

    def resolve(self) -> None:
        item = self._current()
        note = self.note.text().strip()
        if item is None or item.resolved_at is not None:
            return
        deps, item_id = self._deps, item.id
        actor, counter = deps.actor(), deps.counter
        self.resolve_button.setEnabled(False)
        deps.runner.run(lambda: counter.resolve(actor, item_id, note),
                        self._resolved, self._refused)

    def _resolved(self, item: ItemView) -> None:
        self.note.clear()
        self.banner.show_info(self.tr("Resolved: %1").replace("%1", item.note or ""))
        self.reload()

    def _refused(self, error: BaseException) -> None:
        self._chosen()
        self.banner.show_failure(error)

    def _current(self) -> ItemView | None:
        row = self.grid.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _chosen(self) -> None:
        item = self._current()
        self.resolve_button.setEnabled(item is not None and item.resolved_at is None)
        self.reason.setText(self.tr("Why: %1").replace("%1", item.reason) if item else "")

    def _show(self, items: list[ItemView]) -> None:
        chosen = self._current()
        self.items = items
        locale = self._deps.actor().locale
        self.grid.setRowCount(len(items))
        for row, item in enumerate(items):
            when = item.terminal_time or item.created_at
            state = (self.tr("Resolved by %1: %2").replace("%1", item.resolved_by or "")
                     .replace("%2", item.note or "") if item.resolved_at else self.tr("Open"))
            cells = (item.receipt_number or item.reference or "—", item.cashier,
                     item.card_masked or "—", kind_text(item.kind),
                     item.shortfall.format(locale),
                     when.astimezone().strftime("%Y-%m-%d %H:%M"), state)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.reason)
                self.grid.setItem(row, col, cell)
        ids = [i.id for i in items]
        self.grid.setCurrentCell(ids.index(chosen.id) if chosen and chosen.id in ids else -1, 0)
        self._chosen()

