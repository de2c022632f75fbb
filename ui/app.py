"""Start-up: ``posapp`` with no command opens the desktop app (``--demo``, ``--smoke``, ``--db``,
``--central [FILE]``).

Opens the database and keys, migrates, offers the first-run set-up (or seeds the
demo with ``--demo``), releases stale checkout holds, then shows the sign-in.
``--smoke`` does all of this on a throw-away database and exits 0 once the window
has been shown: the frozen app's self-test.

On an existing SQLite database that needs no set-up, migration or key change, the
sign-in screen is shown first, with the staff names read by the standard library's
``sqlite3`` (:mod:`posapp.db.sqlite_peek`); SQLAlchemy, the ORM, the services and the
PIN check load right after it is shown, off the UI thread, and a PIN entered meanwhile
is held until they are there. The loading makes the very checks the full start makes, so
a refusal reads the same either way. Every other case (a new database, a migration due,
a key file missing or not this database's, PostgreSQL, ``--smoke``) starts the full way
before showing anything. The dialogs and pages are imported where they are first used.

``--central FILE`` opens the app as an enrolled till of a chain (FILE: the credential
file ``posapp terminal enroll`` wrote; the default one without FILE): no database is
opened, the counter works through the central service (see ``docs/central.md``).
"""

from __future__ import annotations

import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# The core modules the sign-in screen uses, before Qt: once PySide6 is loaded, it reads the
# source of every module imported after it (looking for its ``__feature__`` switches).
from posapp import paths
from posapp.db import sqlite_peek
from posapp.devices import payload as _window_scans  # noqa: F401 - imported here, see above
from posapp.domain.errors import PosError

# isort: split
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import i18n
from ui.errors import detail_for, message_for, show_error
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

if TYPE_CHECKING:
    from posapp.services.command_path.context import Context
    from ui.counter.central import CentralCounter

log = logging.getLogger(__name__)


def resources_dir() -> Path:
    """``resources/`` beside the source tree, or inside the frozen app's bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parent.parent / (
        "resources")


@dataclass(frozen=True)
class Options:
    demo: bool = False
    smoke: bool = False
    db_url: str | None = None
    #: A till of a chain: its credential file (``--central [FILE]``).
    central: Path | None = None


def parse_args(args: list[str]) -> Options:
    rest = list(args)
    db_url = None
    if "--db" in rest:
        at = rest.index("--db")
        db_url = rest[at + 1] if at + 1 < len(rest) else None
    central = None
    if "--central" in rest:
        from posapp.central import till_file

        at = rest.index("--central")
        given = rest[at + 1] if at + 1 < len(rest) else ""
        central = Path(given) if given and not given.startswith("--") else (
            till_file.default_path())
    return Options(demo="--demo" in rest, smoke="--smoke" in rest, db_url=db_url,
                   central=central)


def make_application(argv: list[str], language: str = "") -> QApplication:
    """The application with its style, icon and ``language`` ("" follows the system)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("GiftPOS")
    app.setOrganizationName("posapp")
    res = resources_dir()
    style = res / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = res / "icons" / "giftpos.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install(language, res / "translations")
    return app


def _database(options: Options, workdir: Path | None) -> tuple[str, Path]:
    """The database URL and the key file to open it with."""
    if workdir is not None:  # --smoke: nothing of the user's is touched
        return f"sqlite:///{workdir / 'smoke.sqlite3'}", workdir / "keys.json"
    default = paths.demo_db_url() if options.demo else paths.default_db_url()
    return options.db_url or default, paths.key_file()


def _setup(url: str, keys: Path) -> Context:
    from posapp.services.back_office import admin
    from posapp.services.command_path.context import Context

    # A new database gets a new key file; one in use must have its own (checked here).
    ctx = Context.setup(url, keys)
    try:
        admin.upgrade_database(ctx)
    except BaseException:
        ctx.close()
        raise
    return ctx


def open_context(options: Options, workdir: Path | None) -> Context:
    return _setup(*_database(options, workdir))


def ensure_set_up(ctx: Context, options: Options, terminal: str) -> bool:
    """True when the database has staff: seeded (demo, smoke) or set up by the user,
    with this machine's ``terminal`` registered."""
    from posapp.services.security import staff

    if staff.sign_in_names(ctx):
        return True
    if options.demo or options.smoke:
        from posapp.services.back_office import demo

        demo.seed(ctx, terminal)
        return True
    from ui.dialogs.setup_dialog import SetupDialog

    return SetupDialog.ask(ctx, terminal)


def refusal_box(error: PosError) -> QMessageBox:
    """Why the app cannot start (a key file missing, damaged or not this database's)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "GiftPOS", message_for(error))
    box.setObjectName("startRefusal")
    box.setInformativeText(detail_for(error))
    return box


def refuse_to_start(error: PosError) -> int:
    log.error("cannot start: %s", error.message)
    refusal_box(error).exec()
    return 1


def show_window(
    ctx: Context | None, options: Options, workdir: Path | None, config: TerminalConfig
) -> MainWindow:
    """The main window, on its sign-in screen, shown and listening to its scanner."""
    if workdir is not None:
        config.receipt_dir = str(workdir / "receipts")
    window = MainWindow(ctx, config)
    if options.demo or options.smoke:
        window.login.show_hint(demo_hint())
    window.show_on_screen()
    window.start_serial()
    return window


def start_before_core(options: Options, config: TerminalConfig) -> MainWindow | None:
    """The sign-in screen of an existing SQLite database that needs no set-up, migration
    or key change, shown before the core is loaded; the core then loads off the UI thread.
    None when the full start must run (see the module's docstring)."""
    if options.smoke:
        return None
    url, keys = _database(options, None)
    names = sqlite_peek.names_if_ready(url, keys)
    if names is None:
        return None
    window = show_window(None, options, None, config)
    window.login.show_names(names)
    # Queued, so the window is painted before the loading takes the interpreter's time.
    QTimer.singleShot(0, lambda: _load_core(window, url, keys))
    return window


def _load_core(window: MainWindow, url: str, keys: Path) -> None:
    def attach(loaded: tuple[Context, list[str]]) -> None:
        ctx, names = loaded
        window.login.show_names(names)
        window.attach_core(ctx)

    window.runner.run(lambda: load_core(url, keys), attach, lambda error: _failed(window, error))


def load_core(url: str, keys: Path) -> tuple[Context, list[str]]:
    """What the full start does between opening the database and showing the window (the
    key and schema checks, releasing stale holds), and the staff names read through the
    ORM, which readies it for the first PIN check."""
    from posapp.services.security import staff

    ctx = _setup(url, keys)
    try:
        _release_stale_holds(ctx)
        return ctx, staff.sign_in_names(ctx)
    except BaseException:
        ctx.close()
        raise


def _failed(window: MainWindow, error: BaseException) -> None:
    """The core would not load: the app cannot start, as when the full start refuses."""
    if isinstance(error, PosError):
        refuse_to_start(error)
    else:
        show_error(window, error).exec()
    QCoreApplication.exit(1)


def _release_stale_holds(ctx: Context) -> None:
    from posapp.services.cards import expiry

    released = expiry.release_stale_holds(ctx)
    if released:
        log.info("released %d stale checkout holds", released)


def start(
    ctx: Context, options: Options, workdir: Path | None, config: TerminalConfig | None = None
) -> MainWindow | None:
    """Everything between an open database and a ready sign-in screen (None when the
    first-run set-up was cancelled)."""
    if config is None:
        config = TerminalConfig() if options.smoke else TerminalConfig.load()
    if not ensure_set_up(ctx, options, config.terminal_name):
        return None
    _release_stale_holds(ctx)
    return show_window(ctx, options, workdir, config)


def run(args: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    options = parse_args(args)
    config = TerminalConfig() if options.smoke else TerminalConfig.load()
    app = make_application([sys.argv[0], *args], config.language)
    workdir = Path(tempfile.mkdtemp(prefix="giftpos-smoke-")) if options.smoke else None
    if options.central is not None:
        return _run_central(app, options, options.central, config)
    window = start_before_core(options, config)
    if window is not None:
        try:
            return _serve(app, window, options)
        finally:
            if window.ctx is not None:
                window.ctx.close()
    try:
        ctx = open_context(options, workdir)
    except PosError as exc:
        return refuse_to_start(exc)
    try:
        window = start(ctx, options, workdir, config)
        return 1 if window is None else _serve(app, window, options)
    finally:
        ctx.close()


def open_central(
    credential_file: Path, config: TerminalConfig
) -> tuple[MainWindow, CentralCounter]:
    """The window of an enrolled till, on its sign-in screen: the terminal and store are the
    ones it was enrolled as, its own store beside the credential file."""
    from posapp.central import till_file
    from posapp.central.till import Till
    from ui.counter.central import CentralCounter

    saved = till_file.TillCredential.load(credential_file)
    config.terminal_name, config.location_code = saved.terminal, saved.store
    till = Till.open(saved, till_file.store_path(credential_file))
    counter = CentralCounter(till)
    window = MainWindow(None, config)
    window.attach_central(counter)
    window.status.show_place(saved.store, saved.terminal)
    window.login.refresh()
    window.show_on_screen()
    window.start_serial()
    return window, counter


def _run_central(
    app: QApplication, options: Options, credential_file: Path, config: TerminalConfig
) -> int:
    try:
        window, counter = open_central(credential_file, config)
    except PosError as exc:
        return refuse_to_start(exc)
    try:
        return _serve(app, window, options)
    finally:
        counter.close()


def _serve(app: QApplication, window: MainWindow, options: Options) -> int:
    """Run the shown window until it closes (for ``--smoke``: a moment)."""
    from ui import diagnostics

    widget_dump = diagnostics.install_from_env(app)  # kept alive while the app runs
    if widget_dump is not None:
        log.info("Ctrl+Shift+F12 writes the visible widgets to %s", widget_dump.path)
    if options.smoke:
        QTimer.singleShot(300, window.close)
        QTimer.singleShot(400, app.quit)
    return app.exec()


def demo_hint() -> str:
    from posapp.services.back_office.demo_people import DEMO_STAFF

    people = ", ".join(f"{name} {pin} ({i18n.role_label(role)})"
                       for role, (name, pin) in DEMO_STAFF.items())
    return QApplication.translate("app", "Demo PINs: %1").replace("%1", people)
