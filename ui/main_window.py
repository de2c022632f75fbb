"""The main window: sign-in, the pages a role may open, the status bar, and scan routing.

The window can be built before the core (``ctx`` None): it then shows the sign-in screen
with the names it is given (``window.login.show_names``) until :meth:`MainWindow.attach_core`
hands it the database and keys. Nothing past the sign-in needs the core sooner.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.devices.payload import parse_scan
from posapp.domain.errors import PosError
from posapp.domain.roles import allows
from ui.controllers.login_controller import LoginController
from ui.deps import Deps
from ui.errors import translated
from ui.events import AppEvents
from ui.i18n import role_label
from ui.link_watch import LinkWatch, summary
from ui.operations import OperationRunner
from ui.pages import HOME_PAGE, Page, all_pages
from ui.scanning import SerialBridge, WedgeFilter
from ui.session import Session
from ui.terminal_config import TerminalConfig
from ui.views.login_view import LoginView
from ui.widgets.message_banner import MessageBanner
from ui.widgets.status_bar import PosStatusBar

if TYPE_CHECKING:
    from posapp.services.command_path.context import Actor, Context
    from ui.counter.port import Counter
    from ui.mail_sender import MailSender

#: The window's size on a screen with room for it; smaller screens get it maximised.
DEFAULT_SIZE = QSize(1280, 800)
#: Room kept for the window manager's frame and title bar.
FRAME_ROOM = QSize(16, 48)


def initial_geometry(available: QRect) -> QRect | None:
    """Where the window opens on a screen whose free area (less task bars) is
    ``available``: the default size, centred, when it fits with its frame; else None,
    to open maximised (a 1366 x 768 or 1024 x 768 counter screen)."""
    if (DEFAULT_SIZE.width() + FRAME_ROOM.width() > available.width()
            or DEFAULT_SIZE.height() + FRAME_ROOM.height() > available.height()):
        return None
    placed = QRect(QPoint(0, 0), DEFAULT_SIZE)
    placed.moveCenter(available.center())
    return placed


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: Context | None,
        config: TerminalConfig,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("GiftPOS"))
        self.events = AppEvents(self)
        self.runner = OperationRunner(self, events=self.events)
        self.session = Session(self.events, config.lock_after_minutes * 60_000)
        self.config = config
        #: The database and keys, and the services' view of the window: set by
        #: :meth:`attach_core` (at once when the window is built with a context).
        self.ctx: Context | None = None
        self.deps: Deps
        self._code_format = ("GC", 16)
        self._last_user: str | None = None
        #: Said on the sign-in screen after the next lock (why the till locked itself).
        self._lock_notice: str | None = None
        self._page_owner: str | None = None
        self.counter: Counter
        self.link_watch: LinkWatch | None = None
        self.pages = all_pages()
        self._build()
        self.wedge = WedgeFilter(clock, config.scanner)
        self.wedge.scanned.connect(self._wedge_scanned)
        self.wedge.give_way_to(self.switch_button.shortcut(), self.lock_button.shortcut())
        self.wedge.install()
        self.serial: SerialBridge | None = None
        self.mail_sender: MailSender | None = None
        self._connect_callbacks()
        self.status.show_place(config.location_code, config.terminal_name)
        self.status.show_user(self.tr("signed out"))
        self.status.show_scanner(self.tr("keyboard"), "ok")
        if ctx is not None:
            self.attach_core(ctx)
            self.login.refresh()

    def attach_core(self, ctx: Context) -> None:
        """The database and keys are loaded: a PIN entered meanwhile is checked now."""
        from ui.counter.local import LocalCounter

        self.ctx = ctx
        self._attach(ctx, LocalCounter(ctx))

    def attach_central(self, counter: Counter) -> None:
        """A till of a chain: the counter's work goes through the central service, and the
        status bar shows the link and what waits for it."""
        self.status.database.hide()
        self.link_watch = LinkWatch(counter, self.runner, parent=self)
        self.link_watch.changed.connect(self.status.show_link)
        self.link_watch.replayed.connect(self._replayed)
        self.link_watch.signed_out.connect(self._signed_out_by_service)
        self._attach(None, counter)
        self.link_watch.start()

    def _attach(self, ctx: Context | None, counter: Counter) -> None:
        self.counter = counter
        self.deps = Deps(ctx, self.session.current, self.runner, self.events, self.config,
                         counter)
        self.login.attach(self.deps)
        if ctx is None:
            return  # a till in central mode: the service sends the e-mails of its sales
        from ui.mail_sender import MailSender  # not needed for the sign-in screen

        self.mail_sender = MailSender(ctx, self.events, self)

    def _offered(self, page: Page) -> bool:
        """Whether the signed-in role may open ``page`` here (central mode offers fewer)."""
        actor = self.session.actor
        if actor is None or not allows(actor.role, page.permission):
            return False
        return page.central if self.counter.central else page.standalone

    def _replayed(self, answers: list[dict[str, Any]]) -> None:
        text, refused = summary(answers)
        banner = self.scan_banner if self.root.currentWidget() is self.workspace else (
            self.login_view.banner)
        if refused:
            banner.show_error(PosError(text))
        else:
            banner.show_info(text)

    def _signed_out_by_service(self) -> None:
        """Whoever signed in offline, or whose session the service ended, signs in again
        (their PIN is checked by the service) before the till acts for them online."""
        if self.session.actor is None:
            return
        self._lock_notice = self.tr(
            "The central service needs you to sign in again (the link is back, or your "
            "session ended).")
        self.session.lock()

    def show_on_screen(self) -> None:
        """Show the window at a size its screen can hold (all of it, status bar too)."""
        placed = initial_geometry(self.screen().availableGeometry())
        if placed is None:
            self.showMaximized()
        else:
            self.setGeometry(placed)
            self.show()

    # layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.login_view = LoginView()
        self.login = LoginController(self.login_view, self.session)
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        self.user_label = QLabel(self.workspace)
        self.user_label.setObjectName("headerUser")
        self.switch_button = QPushButton(self.tr("Switch user  [Ctrl+U]"), self.workspace)
        self.switch_button.setShortcut(QKeySequence("Ctrl+U"))
        self.lock_button = QPushButton(self.tr("Lock  [Ctrl+L]"), self.workspace)
        self.lock_button.setShortcut(QKeySequence("Ctrl+L"))
        # A refused scan on a page with no message line of its own: one line in the header.
        self.scan_banner = MessageBanner(self.workspace, lines=1)
        header = QHBoxLayout()
        header.addWidget(self.user_label)
        header.addWidget(self.scan_banner, 1)
        for button in (self.switch_button, self.lock_button):
            button.setProperty("kind", "header")
            header.addWidget(button)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        nav_column = QVBoxLayout()
        nav_column.setSpacing(2)  # an admin sees every page: the column fits 700 px
        self.page_stack = QStackedWidget(self.workspace)
        for index, page in enumerate(self.pages):
            title = QCoreApplication.translate("pages", page.title)
            key = QKeySequence(page.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{title}\n{key}", self.workspace)
            button.setObjectName(f"nav_{page.key}")
            button.setProperty("kind", "nav")
            button.setCheckable(True)
            button.setShortcut(QKeySequence(page.shortcut))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.nav.addButton(button, index)
            nav_column.addWidget(button)
        nav_column.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(nav_column)
        body.addWidget(self.page_stack, 1)
        outer = QVBoxLayout(self.workspace)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(6)
        outer.addLayout(header)
        outer.addLayout(body, 1)
        self.root = QStackedWidget(self)
        self.root.addWidget(self.login_view)
        self.root.addWidget(self.workspace)
        self.setCentralWidget(self.root)
        self.status = PosStatusBar(self)
        self.setStatusBar(self.status)

    def _connect_callbacks(self) -> None:
        self.nav.idClicked.connect(self.open_page)
        self.switch_button.clicked.connect(self.switch_user)
        self.lock_button.clicked.connect(self.session.lock)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.workspace)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._back_out)
        self.events.session_changed.connect(self._session_changed)
        self.events.db_state_changed.connect(self.status.show_database)
        self.events.settings_changed.connect(self._load_code_format)
        self.events.terminal_changed.connect(
            lambda: self.wedge.configure(self.config.scanner))

    # pages ----------------------------------------------------------------------
    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def current_page(self) -> Page | None:
        index = self.nav.checkedId()
        return self.pages[index] if index >= 0 else None

    def open_page(self, index: int | str) -> Page | None:
        """Show a page (by index or key) if the signed-in role may; None otherwise."""
        if isinstance(index, str):
            index = self.pages.index(self.page(index))
        page = self.pages[index]
        if not self._offered(page):
            return None
        frame = page.build(self.deps)
        if self.page_stack.indexOf(frame) < 0:
            self.page_stack.addWidget(frame)
            page.reload()
        self.page_stack.setCurrentWidget(frame)
        self.nav.button(index).setChecked(True)
        self.scan_banner.clear_message()
        page.focus()
        return page

    def _back_out(self) -> None:
        page = self.current_page()
        if page is not None:
            page.back_out()

    # session --------------------------------------------------------------------
    def switch_user(self) -> None:
        self._last_user = None
        self.session.lock()

    def _session_changed(self, actor: Actor | None) -> None:
        if actor is None:
            self.root.setCurrentWidget(self.login_view)
            self.status.show_user(self.tr("locked"))
            self.login.refresh(self._last_user, self._lock_notice)
            self._lock_notice = None
            return
        self._last_user = actor.staff_name
        role = role_label(actor.role.value)
        self.user_label.setText(f"{actor.staff_name} · {role}")
        self.status.show_user(f"{actor.staff_name} ({role})")
        self.status.show_place(actor.location_code, actor.terminal_name)
        for index, page in enumerate(self.pages):
            self.nav.button(index).setVisible(self._offered(page))
        for page in self.pages:
            if page.widget is not None:
                page.reload()
        self.root.setCurrentWidget(self.workspace)
        current = self.current_page()
        if actor.staff_name != self._page_owner or current is None:
            self.open_page(self._home(actor))  # nobody inherits another person's page
        else:
            self.open_page(self.pages.index(current))  # back where they locked
        self._page_owner = actor.staff_name
        self._load_code_format()

    def _home(self, actor: Actor) -> str:
        """The role's everyday page, or in central mode the first one offered there."""
        home = self.page(HOME_PAGE[actor.role])
        return home.key if self._offered(home) else next(
            p.key for p in self.pages if self._offered(p))

    def _load_code_format(self) -> None:
        actor, counter = self.session.actor, self.counter
        if actor is None:
            return
        self.runner.run(lambda: counter.settings(actor),
                        lambda st: setattr(self, "_code_format", (st.code_prefix, st.code_length)))

    # scanners -------------------------------------------------------------------
    def start_serial(self) -> None:
        scanner = self.config.scanner
        if not scanner.serial_port:
            return
        try:
            prefix, length = self._code_format
            self.serial = SerialBridge(scanner, code_prefix=prefix, code_length=length)
        except PosError as error:
            self.status.show_scanner(translated(error), "bad")
            return
        self.serial.code_scanned.connect(self.route_code)
        self.serial.scan_refused.connect(self._scan_refused)
        self.serial.state_changed.connect(self._serial_state)
        self.status.show_scanner(self.tr("%1 starting").replace("%1", scanner.serial_port), "warn")
        self.serial.start()

    def _serial_state(self, state: str, error: PosError | None) -> None:
        port = self.config.scanner.serial_port
        words = {
            "connected": (self.tr("%1 connected"), "ok"),
            "reconnecting": (self.tr("%1 unplugged, retrying"), "bad"),
            "disconnected": (self.tr("%1 off"), "warn"),
        }
        text, colour = words.get(state, ("%1 " + state, "warn"))
        self.status.show_scanner(text.replace("%1", port), colour)
        self.events.scanner_state_changed.emit(text.replace("%1", port))

    def _wedge_scanned(self, payload: str) -> None:
        prefix, length = self._code_format
        try:
            code = parse_scan(payload, prefix=prefix, length=length)
        except PosError as error:
            self._scan_refused(error)
            return
        self.route_code(code)

    def route_code(self, code: str) -> None:
        """A scanned code goes to the page in front of the user, else to the balance check."""
        if self.session.actor is None:
            self.login_view.banner.show_info(self.tr("Sign in before scanning."))
            return
        page = self.current_page()
        if page is not None and page.take_scan(code):
            return
        balance = self.open_page("balance")
        if balance is not None:
            balance.take_scan(code)

    def _scan_refused(self, error: PosError) -> None:
        page = self.current_page()
        banner = getattr(page.widget, "banner", None) if page else None
        (banner if isinstance(banner, MessageBanner) else self.scan_banner).show_error(error)

    # shutdown -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.link_watch is not None:
            self.link_watch.stop()
        self.wedge.remove()
        if self.serial is not None:
            self.serial.stop()
        if self.mail_sender is not None:
            self.mail_sender.stop()
        self.session.close()
        self.runner.wait_idle()
        super().closeEvent(event)
