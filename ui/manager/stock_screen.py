"""The Stock page: printed cards per store and state, and the moves that change them —
ship a batch from the stock room, receive it at the store, mark cards damaged or lost.

The report is read again after every move, so what the table says is what the books say.
A scan on this page is a card to mark, or on the Receive tab a card that did not arrive
(a count has its own page)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTabWidget, QVBoxLayout, QWidget

from posapp.domain.roles import Permission, allows
from posapp.services.back_office.stock import StockLine, report
from posapp.services.cards.stock_place import AT_STORE, DAMAGED, IN_TRANSIT, LOST, SOLD, STOCK_ROOM
from posapp.services.configuration.settings import Settings
from ui.deps import Deps
from ui.manager.stock_mark import MarkPanel
from ui.manager.stock_receive import ReceivePanel
from ui.manager.stock_ship import ShipPanel
from ui.manager.stock_tables import fill
from ui.views.common import heading, table
from ui.widgets.message_banner import MessageBanner

# The report's columns after the store: each stock state, in the order a card moves.
COLUMNS = (
    (STOCK_ROOM, QT_TRANSLATE_NOOP("StockScreen", "Stock room")),
    (IN_TRANSIT, QT_TRANSLATE_NOOP("StockScreen", "In transit")),
    (AT_STORE, QT_TRANSLATE_NOOP("StockScreen", "At store")),
    (SOLD, QT_TRANSLATE_NOOP("StockScreen", "Sold")),
    (DAMAGED, QT_TRANSLATE_NOOP("StockScreen", "Damaged")),
    (LOST, QT_TRANSLATE_NOOP("StockScreen", "Lost")),
)


def by_store(lines: list[StockLine]) -> list[list[str]]:
    """The report's rows: one a store, its cards in each state (0 where it has none)."""
    stores: dict[str, dict[str, int]] = {}
    for line in lines:
        stores.setdefault(line.store, {})[line.state] = line.cards
    return [[store] + [str(counts.get(state, 0)) for state, _ in COLUMNS]
            for store, counts in sorted(stores.items())]


class StockScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockScreen")
        self._deps = deps
        self._shown_to = ""
        self.banner = MessageBanner(self)
        self.report = table(self, [self.tr("Store")] + [
            QCoreApplication.translate("StockScreen", str(title)) for _, title in COLUMNS])
        self.report.setObjectName("stockReport")
        # The header and three stores in view whatever the tab below needs.
        self.report.setMinimumHeight(4 * self.report.verticalHeader().defaultSectionSize())
        self.report.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.ship = ShipPanel(deps, self.banner, self)
        self.receive = ReceivePanel(deps, self.banner, self)
        self.mark = MarkPanel(deps, self.banner, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("stockTabs")
        self.tabs.addTab(self.ship, self.tr("Ship"))
        self.tabs.addTab(self.receive, self.tr("Receive"))
        self.tabs.addTab(self.mark, self.tr("Mark damaged or lost"))

        top = QHBoxLayout()  # the message beside the title: the tables keep the height
        top.addWidget(heading(self.tr("Stock"), self))
        top.addWidget(self.banner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.tabs, 3)

        # A move changes the lists of the other tabs too: a batch shipped here may be on
        # its way to this very store, a card marked may have been in a stock room.
        for panel in (self.ship, self.receive, self.mark):
            panel.moved.connect(self._moved)
        self.tabs.currentChanged.connect(lambda _: self.focus_input())

    def reload(self) -> None:
        """Read everything again for whoever is signed in now; someone else signing in
        does not inherit the cards scanned or the message left on the page."""
        deps = self._deps
        actor, counter = deps.actor(), deps.counter
        if actor.staff_name != self._shown_to:
            self._shown_to = actor.staff_name
            self.mark.back_out()
            self.receive.back_out()
        if not allows(actor.role, Permission.MANAGE_STOCK):
            return  # the page is hidden from this person: nothing to read for them
        self._moved()
        deps.runner.run(lambda: counter.settings(actor), self._masks)

    def _moved(self) -> None:
        self._load_report()
        self.ship.reload()
        self.receive.reload()

    def _masks(self, st: Settings) -> None:
        self.receive.prefix = self.mark.prefix = st.code_prefix

    def focus_input(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.mark or current is self.receive:
            current.focus_input()

    def handle_scan(self, code: str) -> bool:
        """On the Receive tab a scan is a card that did not arrive; anywhere else, a card
        to mark."""
        if self.tabs.currentWidget() is self.receive:
            return self.receive.handle_scan(code)
        self.tabs.setCurrentWidget(self.mark)
        return self.mark.handle_scan(code)

    def back_out(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.mark or current is self.receive:
            current.back_out()
        else:
            self.banner.clear_message()

    def _load_report(self) -> None:
        deps = self._deps
        ctx, actor = deps.ctx, deps.actor()
        if ctx is None:
            return
        deps.runner.run(lambda: report(ctx, actor), self._show_report, self.banner.show_failure)

    def _show_report(self, lines: list[StockLine]) -> None:
        fill(self.report, by_store(lines))
        self.report.clearSelection()
