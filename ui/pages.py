"""The main window's pages: what each shows, who may open it, and its function key.

A page is built on first visit (``factory``), so nothing queries the database
before someone is signed in. Its ``handler`` is the object that takes scans
(``handle_scan``) and Esc (``back_out``) when it has those methods.

Counter pages are laid out to fit the smallest supported window (1024 x 700) whole,
so the total and the main action are always in view. Back-office forms (``scrolls``)
may be longer than that: they scroll up and down, never sideways.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from posapp.domain.roles import Permission, Role
from ui.deps import Deps


@dataclass
class Page:
    key: str
    title: str
    shortcut: str
    permission: Permission
    #: Builds (widget, handler) once; the handler may be the widget itself.
    factory: Callable[[Deps], tuple[QWidget, QObject]]
    scrolls: bool = False
    #: Offered in central mode: the page works through the central service. The others
    #: need the chain's database in this process and are not shown then.
    central: bool = False
    #: Offered on a till that opens the database itself. Card care is not: there the card
    #: list and a card's detail do the same work, with more.
    standalone: bool = True
    widget: QWidget | None = None
    handler: QObject | None = None
    frame: QWidget | None = None  # what the window shows: the widget, or a scroll area

    def build(self, deps: Deps) -> QWidget:
        """The page's frame for the window's page stack, built once."""
        if self.frame is None:
            self.widget, self.handler = self.factory(deps)
            self.frame = _scrolling(self.widget) if self.scrolls else self.widget
        return self.frame

    def take_scan(self, code: str) -> bool:
        handle = getattr(self.handler, "handle_scan", None)
        return bool(handle(code)) if handle is not None else False

    def back_out(self) -> None:
        back = getattr(self.handler, "back_out", None)
        if back is not None:
            back()

    def focus(self) -> None:
        """Put the keyboard where the page's work starts."""
        focus = getattr(self.handler, "focus_input", None)
        if focus is not None:
            focus()
        elif self.widget is not None:
            self.widget.setFocus()

    def reload(self) -> None:
        reload = getattr(self.handler, "reload", None)
        if reload is not None:
            reload()


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def _sell(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.controllers.sell_controller import SellController
    from ui.views.sell_view import SellView

    view = SellView()
    return view, SellController(view, deps)


def _pay(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.controllers.pay_controller import PayController
    from ui.views.pay_view import PayView

    view = PayView()
    return view, PayController(view, deps)


def _balance(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.controllers.balance_controller import BalanceController
    from ui.views.balance_view import BalanceView

    view = BalanceView()
    return view, BalanceController(view, deps)


def _returns(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.controllers.returns_controller import ReturnsController
    from ui.views.returns_view import ReturnsView

    view = ReturnsView()
    return view, ReturnsController(view, deps)


def _cards(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.card_grid import CardGridWidget

    widget = CardGridWidget(deps.ctx, deps.actor, deps.runner, deps.events)
    return widget, widget


def _card_care(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.card_care import CardCareScreen
    from ui.manager.card_care_view import CardCareView

    view = CardCareView()
    return view, CardCareScreen(view, deps)


def _history(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.history_grid import HistoryGridWidget

    widget = HistoryGridWidget(deps.ctx, deps.actor, deps.runner, deps.events)
    return widget, widget


def _failed_emails(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.failed_emails import FailedEmailsScreen

    widget = FailedEmailsScreen(deps)
    return widget, widget


def _batches(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.backoffice.batch_screen import BatchScreen

    widget = BatchScreen(deps)
    return widget, widget


def _stock_count(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.stock_count import StockCountScreen

    widget = StockCountScreen(deps)
    return widget, widget


def _stock(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.stock_screen import StockScreen

    widget = StockScreen(deps)
    return widget, widget


def _settings(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.backoffice.settings_screen import SettingsScreen

    widget = SettingsScreen(deps)
    return widget, widget


def _terminal(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.backoffice.terminal_screen import TerminalScreen
    from ui.views.terminal_view import TerminalView

    view = TerminalView()
    return view, TerminalScreen(view, deps)


def _cards_io(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.backoffice.cards_io_screen import CardsIoScreen
    from ui.views.cards_io_view import CardsIoView

    view = CardsIoView()
    return view, CardsIoScreen(view, deps)


def _reconciliation(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.reconciliation_screen import ReconciliationScreen

    widget = ReconciliationScreen(deps)
    return widget, widget


def _reports(deps: Deps) -> tuple[QWidget, QObject]:
    from ui.manager.reports_screen import ReportsScreen

    widget = ReportsScreen(deps)
    return widget, widget


#: Where each role starts after signing in: its everyday work.
HOME_PAGE: dict[Role, str] = {Role.CASHIER: "sell", Role.MANAGER: "cards", Role.ADMIN: "batches"}


def all_pages() -> list[Page]:
    # The window translates the titles.
    return [
        Page("sell", QT_TRANSLATE_NOOP("pages", "Sell cards"), "F2", Permission.SELL, _sell,
             central=True),
        Page("pay", QT_TRANSLATE_NOOP("pages", "Pay with cards"), "F3", Permission.PAY, _pay,
             central=True),
        Page("balance", QT_TRANSLATE_NOOP("pages", "Balance"),
             "F4", Permission.CHECK_BALANCE, _balance, central=True),
        Page("returns", QT_TRANSLATE_NOOP("pages", "Returns"), "F5", Permission.PAY, _returns,
             central=True),
        Page("cards", QT_TRANSLATE_NOOP("pages", "Cards"), "F6", Permission.LIST_CARDS, _cards),
        # One card at a time, through the counter: a till in central mode has no card list.
        Page("card_care", QT_TRANSLATE_NOOP("pages", "Card care"),
             "Shift+F4", Permission.LIST_CARDS, _card_care, central=True, standalone=False),
        Page("history", QT_TRANSLATE_NOOP("pages", "History"),
             "F7", Permission.LIST_CARDS, _history),
        Page("reconciliation", QT_TRANSLATE_NOOP("pages", "Reconciliation"),
             "Shift+F7", Permission.ADJUST, _reconciliation, central=True),
        Page("emails", QT_TRANSLATE_NOOP("pages", "Failed e-mails"),
             "Ctrl+F7", Permission.LIST_CARDS, _failed_emails),
        Page("reports", QT_TRANSLATE_NOOP("pages", "Reports"),
             "Ctrl+F6", Permission.REPORT, _reports),
        Page("cards_io", QT_TRANSLATE_NOOP("pages", "Import / export"),
             "Shift+F6", Permission.IMPORT, _cards_io, scrolls=True),
        Page("batches", QT_TRANSLATE_NOOP("pages", "Batches"),
             "F8", Permission.MANAGE_BATCHES, _batches, scrolls=True),
        Page("stock", QT_TRANSLATE_NOOP("pages", "Stock"),
             "Shift+F5", Permission.MANAGE_STOCK, _stock),
        Page("stock_count", QT_TRANSLATE_NOOP("pages", "Stock count"),
             "Ctrl+F5", Permission.REPORT, _stock_count),
        Page("settings", QT_TRANSLATE_NOOP("pages", "Settings"),
             "Shift+F8", Permission.MANAGE_SETTINGS, _settings, scrolls=True),
        # The terminal's store and devices: set up by an admin, as the store itself is.
        Page("terminal", QT_TRANSLATE_NOOP("pages", "Terminal"),
             "Ctrl+F8", Permission.MANAGE_SETTINGS, _terminal, scrolls=True),
    ]
