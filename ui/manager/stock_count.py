"""The stock count: a manager scans the printed cards on hand at their store and sees which
cards the books say are here and were not scanned, and which scanned cards belong elsewhere.

The scanned codes stay in this screen only until the count is run; the result lists masked
codes (the count itself is audited by the core)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from posapp import edge_admin
from posapp.services.back_office.stock import StockCount
from ui.deps import Deps
from ui.views.common import big_button, heading
from ui.widgets.message_banner import MessageBanner


class StockCountScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockCountScreen")
        self._deps = deps
        self.codes: list[str] = []
        self.scan = QLineEdit(self)
        self.scan.setObjectName("stockScan")
        self.scan.setPlaceholderText(self.tr("Scan each card on hand"))
        self.scanned = QLabel(self)
        self.scanned.setObjectName("stockScanned")
        self.count_button = big_button(self.tr("Compare with the stock"), self, kind="primary")
        self.clear_button = big_button(self.tr("Start again"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("stockSummary")
        self.missing = QListWidget(self)
        self.missing.setObjectName("stockMissing")
        self.unexpected = QListWidget(self)
        self.unexpected.setObjectName("stockUnexpected")
        self.banner = MessageBanner(self)

        entry = QHBoxLayout()
        entry.addWidget(self.scan, 1)
        entry.addWidget(self.count_button)
        entry.addWidget(self.clear_button)
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Missing: on hand by the books, not scanned"),
                               self.missing),
                              (self.tr("Unexpected: scanned, but not this store's stock"),
                               self.unexpected)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Stock count"), self))
        layout.addLayout(entry)
        layout.addWidget(self.scanned)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addLayout(lists, 1)

        self.scan.returnPressed.connect(lambda: self.handle_scan(self.scan.text()))
        self.count_button.clicked.connect(self.run_count)
        self.clear_button.clicked.connect(self.back_out)
        self._show_scanned()

    def focus_input(self) -> None:
        self.scan.setFocus()

    def handle_scan(self, code: str) -> bool:
        if code.strip():
            self.codes.append(code.strip())
        self.scan.clear()
        self._show_scanned()
        return True

    def back_out(self) -> None:
        self.codes.clear()
        self.missing.clear()
        self.unexpected.clear()
        self.summary.clear()
        self.banner.clear_message()
        self._show_scanned()

    def run_count(self) -> None:
        deps, codes = self._deps, list(self.codes)
        ctx, actor = deps.ctx, deps.actor()
        if ctx is None:
            return
        self.count_button.setEnabled(False)
        deps.runner.run(lambda: edge_admin.count_stock(ctx, actor, actor.location_code, codes),
                        self._counted, self._refused)

    def _counted(self, result: StockCount) -> None:
        self.count_button.setEnabled(True)
        self.codes.clear()
        self._show_scanned()
        self.banner.clear_message()
        self.summary.setText(
            self.tr("%1 cards expected here, %2 scanned, %3 scanned codes are no card.")
            .replace("%1", str(result.expected)).replace("%2", str(result.counted))
            .replace("%3", str(result.unknown)))
        self.missing.clear()
        self.missing.addItems(result.missing)
        self.unexpected.clear()
        self.unexpected.addItems([
            f"{odd['card']}  {odd['state'].replace('_', ' ')}  {odd['store']}".rstrip()
            for odd in result.unexpected])

    def _refused(self, error: BaseException) -> None:
        self.count_button.setEnabled(True)
        self.banner.show_failure(error)

    def _show_scanned(self) -> None:
        self.scanned.setText(self.tr("Scanned: %1").replace("%1", str(len(self.codes))))
        self.count_button.setEnabled(bool(self.codes))
