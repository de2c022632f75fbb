"""The Reports page: the money view of a period and store as charts and tables, exported
as CSV, the accounting journal's CSV, or a PDF pack of everything.

The reports are gathered off the UI thread, the ledger verified once for all of them first
(which takes a while on a big chain); a busy bar shows meanwhile. A ledger that fails
verification clears every report shown. Exports write what is shown: the period and store
of the last report gathered.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posapp import edge_reports
from posapp.domain.errors import PosError
from posapp.services.accounting import journal, report_export
from posapp.services.accounting.integrity import LedgerBroken
from posapp.services.accounting.movements import COLUMNS
from posapp.services.accounting.report_pack import ReportPack, currency_totals, gather
from posapp.services.back_office.admin import list_locations
from printers import report_charts
from printers.report_pdf import render_pack_pdf
from ui.deps import Deps
from ui.manager.report_tabs import ReportTab, chart_words, column_word
from ui.manager.running import run_for
from ui.models.lifetime import while_alive
from ui.operations import Cancelled, Progress
from ui.views.common import heading
from ui.widgets.message_banner import MessageBanner


def last_month(today: date) -> tuple[date, date]:
    """The first and last day of the month before ``today``'s."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _day_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ReportsScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self._deps = deps
        # The page is offered only where this process has the chain's database.
        assert deps.ctx is not None
        self._ctx = deps.ctx
        self.pack: ReportPack | None = None
        self.first = _day_edit(self, "reportFrom")
        self.last = _day_edit(self, "reportTo")
        self.store = QComboBox(self)
        self.store.setObjectName("reportStore")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self._running: Progress | None = None
        self.tabs = QTabWidget(self)
        self.rollforward = ReportTab("rollforwardTab", 2)
        self.breakage = ReportTab("breakageTab", 1)
        self.ageing = ReportTab("ageingTab", 1)
        self.settlement = ReportTab("settlementTab", 1)
        self.tabs.addTab(self.rollforward, self.tr("Roll-forward"))
        self.tabs.addTab(self.breakage, self.tr("Breakage"))
        self.tabs.addTab(self.ageing, self.tr("Ageing"))
        self.tabs.addTab(self.settlement, self.tr("Settlement"))
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.journal_button = QPushButton(self.tr("Journal CSV…"), self)
        self.pdf_button = QPushButton(self.tr("PDF pack…"), self)
        self.banner = MessageBanner(self)
        self._lay_out()
        self.show_button.clicked.connect(self.gather)
        self.csv_button.clicked.connect(self.export_csv)
        self.journal_button.clicked.connect(self.export_journal)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_busy(False)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for label, field in ((self.tr("From"), self.first), (self.tr("To"), self.last),
                             (self.tr("Store"), self.store)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            filters.addWidget(caption)
            filters.addWidget(field)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.progress, 1)
        exports.addWidget(self.cancel_button)
        for button in (self.csv_button, self.journal_button, self.pdf_button):
            exports.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports"), self))
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(exports)
        layout.addWidget(self.banner)

    # first visit: stores, last month, and the reports --------------------------------
    def reload(self) -> None:
        if self.store.count():
            return
        deps, ctx = self._deps, self._ctx
        first, last = last_month(ctx.now().date())
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.store.addItem(self.tr("All stores"), None)
        run_for(self, deps.runner, lambda: list_locations(ctx), self._fill_stores,
                self.banner.show_failure)

    def _fill_stores(self, locations: list[Any]) -> None:
        for location in locations:
            self.store.addItem(location.code, location.code)
        self.gather()

    def focus_input(self) -> None:
        self.first.setFocus()

    def gather(self) -> None:
        try:
            start, end = edge_reports.period(self.first.date().toString("yyyy-MM-dd"),
                                             self.last.date().toString("yyyy-MM-dd"))
        except PosError as error:
            self.banner.show_failure(error)
            return
        ctx, actor, store = self._ctx, self._deps.actor(), self.store.currentData()
        self.banner.clear_message()

        def work(progress: Progress) -> ReportPack:
            def step(done: int, total: int) -> None:
                progress.report(done, total)
                progress.check()

            return gather(ctx, actor, start, end, store=store, on_step=step)

        self._running = self._deps.runner.run_cancellable(
            work, while_alive(self, self._show), while_alive(self, self._failed),
            # A bound method of this widget: the worker's signal is queued to the UI thread.
            on_progress=self._stepped)
        self._set_busy(True)

    def _stepped(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def cancel(self) -> None:
        """Stop gathering after the report being read (the shown reports stay)."""
        if self._running is not None:
            self._running.cancel()

    def _set_busy(self, busy: bool) -> None:
        # Busy without steps until the first report is read (the ledger check is first).
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and self._running is not None)
        self.show_button.setEnabled(not busy)
        for button in (self.csv_button, self.journal_button, self.pdf_button):
            button.setEnabled(not busy and self.pack is not None)

    def _failed(self, error: BaseException) -> None:
        self._running = None
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.banner.show_info(self.tr("Stopped; the reports shown are unchanged."))
            return
        if isinstance(error, LedgerBroken):
            # Nothing read from a ledger that fails verification stays on screen or exportable.
            self.pack = None
            for tab in self._report_tabs():
                tab.clear_report()
            self._set_busy(False)
        self.banner.show_failure(error)

    def _show(self, pack: ReportPack) -> None:
        self._running = None
        self.pack = pack
        self._set_busy(False)
        roll = pack.rollforward
        header, rows = roll.table()
        totals = currency_totals(roll, self.tr("Total"))
        rows += [[t.store, t.currency, t.opening, *(m for _, m in t.movements), t.closing]
                 for t in totals]
        words = chart_words(self._deps.actor().locale)
        self.rollforward.show_report(
            [(lambda f, d: report_charts.liability_over_time(
                f, d, self.tr("Liability at month end"), words), pack.months),
             (lambda f, d: report_charts.activity_by_kind(
                 f, d, self.tr("Movements in the period"),
                 [column_word(c) for c in COLUMNS], words), roll)], header, rows)
        self.breakage.show_report(
            [(lambda f, d: report_charts.cohort_curves(
                f, d, self.tr("Share redeemed by age (cohorts)"), words), pack.breakage)],
            *pack.breakage.table())
        self.ageing.show_report(
            [(lambda f, d: report_charts.ageing_bars(
                f, d, self.tr("Balances owed by age"), words), pack.ageing)],
            *pack.ageing.table())
        self.settlement.show_report(
            [(lambda f, d: report_charts.settlement_heat_map(
                f, d, self.tr("Who owes whom"), words), pack.settlement)],
            *pack.settlement.table())

    # exports ------------------------------------------------------------------------
    def _suggest(self, name: str, suffix: str) -> str:
        assert self.pack is not None
        last = (self.pack.end - timedelta(days=1)).date()
        store = f"-{self.pack.store}" if self.pack.store else ""
        return f"{name}{store}-{self.pack.start.date()}-{last}{suffix}"

    def _ask(self, title: str, name: str, suffix: str) -> Path | None:
        if self.pack is None:
            return None
        kind = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("CSV files (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(self, title, self._suggest(name, suffix), kind)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _saved(self, path: Path) -> None:
        self.banner.show_info(self.tr("Saved %1.").replace("%1", str(path)))

    def _report_tabs(self) -> dict[ReportTab, str]:
        """Each tab with the name of its report (the pack's field, the CSV's name)."""
        return {self.rollforward: "rollforward", self.breakage: "breakage",
                self.ageing: "ageing", self.settlement: "settlement"}

    def export_csv(self) -> None:
        """The current tab's report as its CSV export."""
        name = self._report_tabs()[self.tabs.currentWidget()]  # type: ignore[index]
        path = self._ask(self.tr("Export CSV"), name, ".csv")
        if path is None or self.pack is None:
            return
        table = getattr(self.pack, name).table()
        ctx, actor = self._ctx, self._deps.actor()
        run_for(self, self._deps.runner,
                lambda: report_export.export(ctx, actor, name, table, path),
                lambda _rows: self._saved(path), self.banner.show_failure)

    def export_journal(self) -> None:
        path = self._ask(self.tr("Journal CSV"), "journal", ".csv")
        if path is None or self.pack is None:
            return
        ctx, actor, pack = self._ctx, self._deps.actor(), self.pack

        def work() -> int:
            lines = journal.journal(ctx, actor, pack.start, pack.end)
            return report_export.export(ctx, actor, "journal", lines.table(), path)

        run_for(self, self._deps.runner, work, lambda _rows: self._saved(path),
                self.banner.show_failure)

    def export_pdf(self) -> None:
        """The pack as a PDF in the language and number format of the signed-in store's
        locale, like its receipts."""
        path = self._ask(self.tr("PDF pack"), "reports", ".pdf")
        if path is None or self.pack is None:
            return
        ctx, actor, pack = self._ctx, self._deps.actor(), self.pack

        def work() -> Path:
            pages = render_pack_pdf(pack, path, actor.locale)
            report_export.record(ctx, actor, "pack", path, pages=pages)
            return path

        self._set_busy(True)
        run_for(self, self._deps.runner, work, self._pdf_written, self._failed)

    def _pdf_written(self, path: Path) -> None:
        self._set_busy(False)
        self._saved(path)
