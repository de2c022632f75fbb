"""One tab of the Reports page: its table and its charts (matplotlib on a Qt canvas).

Where the tab is tall enough (a 1920x1080 screen) the charts stand over the table, split
by a handle the manager may drag; on a shorter screen (1024x768) the table and the charts
are pages of their own, so that the table shows its rows rather than a sliver of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedLayout,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from posapp.money import Money
from printers.report_charts import ChartWords, amount_text
from ui.views.common import table

#: The reports' column names (their CSV headers) as the table shows them.
COLUMN_WORDS = {
    "store": QT_TRANSLATE_NOOP("reportColumns", "Store"),
    "currency": QT_TRANSLATE_NOOP("reportColumns", "Currency"),
    "opening": QT_TRANSLATE_NOOP("reportColumns", "Opening"),
    "sold": QT_TRANSLATE_NOOP("reportColumns", "Sold"),
    "issued": QT_TRANSLATE_NOOP("reportColumns", "Issued"),
    "reloaded": QT_TRANSLATE_NOOP("reportColumns", "Reloaded"),
    "redeemed": QT_TRANSLATE_NOOP("reportColumns", "Redeemed"),
    "refunded": QT_TRANSLATE_NOOP("reportColumns", "Refunded"),
    "adjusted": QT_TRANSLATE_NOOP("reportColumns", "Adjusted"),
    "voided": QT_TRANSLATE_NOOP("reportColumns", "Voided"),
    "expired": QT_TRANSLATE_NOOP("reportColumns", "Expired"),
    "reinstated": QT_TRANSLATE_NOOP("reportColumns", "Reinstated"),
    "cashed_out": QT_TRANSLATE_NOOP("reportColumns", "Cashed out"),
    "transfers_in": QT_TRANSLATE_NOOP("reportColumns", "Transfers in"),
    "transfers_out": QT_TRANSLATE_NOOP("reportColumns", "Transfers out"),
    "closing": QT_TRANSLATE_NOOP("reportColumns", "Closing"),
    "month": QT_TRANSLATE_NOOP("reportColumns", "Month"),
    "months_since_activity": QT_TRANSLATE_NOOP("reportColumns", "Months since use"),
    "cards": QT_TRANSLATE_NOOP("reportColumns", "Cards"),
    "amount": QT_TRANSLATE_NOOP("reportColumns", "Amount"),
    "debtor": QT_TRANSLATE_NOOP("reportColumns", "Owes"),
    "creditor": QT_TRANSLATE_NOOP("reportColumns", "Is owed"),
}


#: The charts' own words (axis labels, "no data"), marked here for the catalogues and
#: shown through :data:`CHART_WORDS`.
CHART_TEXTS = (
    QT_TRANSLATE_NOOP("reportCharts", "no data"),
    QT_TRANSLATE_NOOP("reportCharts", "owes"),
    QT_TRANSLATE_NOOP("reportCharts", "is owed"),
    QT_TRANSLATE_NOOP("reportCharts", "months since loaded"),
    QT_TRANSLATE_NOOP("reportCharts", "% redeemed"),
    QT_TRANSLATE_NOOP("reportCharts", "months since last use"),
)


def _chart_word(english: str) -> str:
    return QCoreApplication.translate("reportCharts", english)


def chart_words(locale: str) -> ChartWords:
    """How the page's charts write their own words (in the app's language) and amounts (as
    the store writes them, like the page's tables)."""
    return ChartWords(say=_chart_word, amount=partial(amount_text, locale))


def column_word(key: str) -> str:
    word = COLUMN_WORDS.get(key)
    return QCoreApplication.translate("reportColumns", str(word)) if word else key


#: Draws one chart onto a figure from the page's report pack.
Draw = Callable[[Figure, Any], None]


#: The height (pixels) from which charts and table are shown together.
BOTH_FROM = 560


class ReportTab(QWidget):
    """Charts and table, together or on pages of their own by the height the tab has;
    :meth:`show_report` fills both."""

    def __init__(self, name: str, charts: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.figures = [Figure(figsize=(5, 3), dpi=96, layout="tight") for _ in range(charts)]
        self.canvases = [FigureCanvasQTAgg(fig) for fig in self.figures]
        self.grid = table(self, [])
        self.columns: list[str] = []  # the report's own column names, as in its CSV
        self.grid.setObjectName(f"{name}Table")
        # Amounts are read whole: wide tables scroll sideways rather than cut them off.
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.charts = QWidget(self)
        row = QHBoxLayout(self.charts)
        row.setContentsMargins(0, 0, 0, 0)
        for canvas in self.canvases:
            canvas.setMinimumHeight(120)
            row.addWidget(canvas)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.pages = QTabWidget(self)
        self.pages.setObjectName(f"{name}Pages")
        self.pages.setTabPosition(QTabWidget.TabPosition.South)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.split)
        self._stack.addWidget(self.pages)
        self._together: bool | None = None
        self._arrange(together=False)

    @property
    def together(self) -> bool:
        """Whether the charts stand over the table (else each is a page)."""
        return bool(self._together)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        height = event.size().height()
        if self._arrange(together=height >= BOTH_FROM):
            # More to the charts, which need height to be read; the table has its rows.
            self.split.setSizes([height * 11 // 20, height * 9 // 20])

    def _arrange(self, *, together: bool) -> bool:
        """Put charts and table together or on pages; whether anything moved."""
        if together == self._together:
            return False
        self._together = together
        if together:
            self.pages.clear()  # removes the pages, keeps the widgets
            for part in (self.charts, self.grid):
                self.split.addWidget(part)
                part.show()  # a page taken off the tabs stays hidden
            self._stack.setCurrentWidget(self.split)
        else:
            # The table first: the figures themselves; the charts a tap away.
            self.pages.addTab(self.grid, self.tr("Table"))
            self.pages.addTab(self.charts, self.tr("Charts"))
            self._stack.setCurrentWidget(self.pages)
        return True

    def show_report(self, draws: Sequence[tuple[Draw, Any]], header: Sequence[str],
                    rows: Sequence[Sequence[Any]]) -> None:
        for (draw, data), fig, canvas in zip(draws, self.figures, self.canvases, strict=True):
            draw(fig, data)
            canvas.draw_idle()
        self.grid.clear()
        self.columns = list(header)
        self.grid.setColumnCount(len(header))
        self.grid.setHorizontalHeaderLabels([column_word(key) for key in header])
        self.grid.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value.amount_str() if isinstance(value, Money)
                                        else str(value))
                if isinstance(value, Money | int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)

    def clear_report(self) -> None:
        """Show nothing: no chart, no row."""
        for fig, canvas in zip(self.figures, self.canvases, strict=True):
            fig.clear()
            canvas.draw_idle()
        self.grid.clear()
        self.columns = []
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)

    def cell(self, row: int, column: str) -> str:
        """The text shown in ``row`` under the report's column ``column``."""
        item = self.grid.item(row, self.columns.index(column))
        return item.text() if item is not None else ""
