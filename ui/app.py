"""Start-up: ``posapp`` with no command opens the desktop app (``--demo``, ``--smoke``, ``--db``).

Opens the database and keys, migrates, offers the first-run set-up (or seeds the
demo with ``--demo``), releases stale checkout holds, then shows the sign-in.
``--smoke`` does all of this on a throw-away database and exits 0 once the window
has been shown: the frozen app's self-test.

The services, dialogs and pages are imported where they are first used: the sign-in
screen needs none of them, and importing them all took longer than showing the window.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The core (SQLAlchemy, the models) before Qt: once PySide6 is loaded, it reads the source
# of every module imported after it (looking for its ``__feature__`` switches), which made
# the core's import about a fifth slower.
from posapp import paths
from posapp.domain.errors import PosError
from posapp.services.context import Context

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import i18n
from ui.errors import detail_for, message_for
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

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


def parse_args(args: list[str]) -> Options:
    rest = list(args)
    db_url = None
    if "--db" in rest:
        at = rest.index("--db")
        db_url = rest[at + 1] if at + 1 < len(rest) else None
    return Options(demo="--demo" in rest, smoke="--smoke" in rest, db_url=db_url)


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


def open_context(options: Options, workdir: Path | None) -> Context:
    if workdir is not None:  # --smoke: nothing of the user's is touched
        url, keys = f"sqlite:///{workdir / 'smoke.sqlite3'}", workdir / "keys.json"
    else:
        default = paths.demo_db_url() if options.demo else paths.default_db_url()
        url, keys = options.db_url or default, paths.key_file()
    # A new database gets a new key file; one in use must have its own (checked here).
    ctx = Context.setup(url, keys)
    from posapp.services import admin

    admin.upgrade_database(ctx)
    return ctx


def ensure_set_up(ctx: Context, options: Options, terminal: str) -> bool:
    """True when the database has staff: seeded (demo, smoke) or set up by the user,
    with this machine's ``terminal`` registered."""
    from posapp.services import staff

    if staff.sign_in_names(ctx):
        return True
    if options.demo or options.smoke:
        from posapp.services import demo

        demo.seed(ctx, terminal)
        return True
    from ui.dialogs.setup_dialog import SetupDialog

    return SetupDialog.ask(ctx, terminal)


def refusal_box(error: PosError) -> QMessageBox:
    """Why the app cannot start (a key file missing, damaged or not this database's)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "GiftPOS", message_for(error))
    box.setInformativeText(detail_for(error))
    return box


def refuse_to_start(error: PosError) -> int:
    log.error("cannot start: %s", error.message)
    refusal_box(error).exec()
    return 1


def show_window(
    ctx: Context, options: Options, workdir: Path | None, config: TerminalConfig
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


def start(
    ctx: Context, options: Options, workdir: Path | None, config: TerminalConfig | None = None
) -> MainWindow | None:
    """Everything between an open database and a ready sign-in screen (None when the
    first-run set-up was cancelled)."""
    if config is None:
        config = TerminalConfig() if options.smoke else TerminalConfig.load()
    if not ensure_set_up(ctx, options, config.terminal_name):
        return None
    from posapp.services import expiry

    released = expiry.release_stale_holds(ctx)
    if released:
        log.info("released %d stale checkout holds", released)
    return show_window(ctx, options, workdir, config)


def run(args: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    options = parse_args(args)
    config = TerminalConfig() if options.smoke else TerminalConfig.load()
    app = make_application([sys.argv[0], *args], config.language)
    workdir = Path(tempfile.mkdtemp(prefix="giftpos-smoke-")) if options.smoke else None
    try:
        ctx = open_context(options, workdir)
    except PosError as exc:
        return refuse_to_start(exc)
    try:
        window = start(ctx, options, workdir, config)
        if window is None:
            return 1
        from ui import diagnostics

        widget_dump = diagnostics.install_from_env(app)  # kept alive while the app runs
        if widget_dump is not None:
            log.info("Ctrl+Shift+F12 writes the visible widgets to %s", widget_dump.path)
        if options.smoke:
            QTimer.singleShot(300, window.close)
            QTimer.singleShot(400, app.quit)
        return app.exec()
    finally:
        ctx.close()


def demo_hint() -> str:
    from posapp.services import demo

    people = ", ".join(f"{name} {pin} ({i18n.role_label(role)})"
                       for role, (name, pin) in demo.DEMO_STAFF.items())
    return QApplication.translate("app", "Demo PINs: %1").replace("%1", people)
