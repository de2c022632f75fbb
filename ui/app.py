"""Start-up: ``posapp`` with no command opens the desktop app (``--demo``, ``--smoke``, ``--db``).

Opens the database and keys, migrates, offers the first-run set-up (or seeds the
demo with ``--demo``), releases stale checkout holds, then shows the sign-in.
``--smoke`` does all of this on a throw-away database and exits 0 once the window
has been shown: the frozen app's self-test.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from posapp import paths
from posapp.db import migrate
from posapp.services import demo, expiry, staff
from posapp.services.context import Context
from ui.dialogs.setup_dialog import SetupDialog
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


def make_application(argv: list[str]) -> QApplication:
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
    translator = QTranslator(app)
    if translator.load(QLocale(), "giftpos", "_", str(res / "translations")):
        app.installTranslator(translator)
    return app


def open_context(options: Options, workdir: Path | None) -> Context:
    if workdir is not None:  # --smoke: nothing of the user's is touched
        url, keys = f"sqlite:///{workdir / 'smoke.sqlite3'}", workdir / "keys.json"
    else:
        default = paths.demo_db_url() if options.demo else paths.default_db_url()
        url, keys = options.db_url or default, paths.key_file()
    ctx = Context.open(url, keys)
    # A plain revision check: Alembic is imported only when a migration is due.
    migrate.upgrade_if_due(ctx.db)
    return ctx


def ensure_set_up(ctx: Context, options: Options) -> bool:
    """True when the database has staff: seeded (demo, smoke) or set up by the user."""
    if staff.sign_in_names(ctx):
        return True
    if options.demo or options.smoke:
        demo.seed(ctx)
        return True
    return SetupDialog.ask(ctx)


def show_window(ctx: Context, options: Options, workdir: Path | None) -> MainWindow:
    """The main window, on its sign-in screen, shown and listening to its scanner."""
    config = TerminalConfig() if options.smoke else TerminalConfig.load()
    if workdir is not None:
        config.receipt_dir = str(workdir / "receipts")
    window = MainWindow(ctx, config)
    if options.demo or options.smoke:
        window.login.show_hint(demo_hint())
    window.resize(1280, 800)
    window.show()
    window.start_serial()
    return window


def start(ctx: Context, options: Options, workdir: Path | None) -> MainWindow | None:
    """Everything between an open database and a ready sign-in screen (None when the
    first-run set-up was cancelled)."""
    if not ensure_set_up(ctx, options):
        return None
    released = expiry.release_stale_holds(ctx)
    if released:
        log.info("released %d stale checkout holds", released)
    return show_window(ctx, options, workdir)


def run(args: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    options = parse_args(args)
    app = make_application([sys.argv[0], *args])
    workdir = Path(tempfile.mkdtemp(prefix="giftpos-smoke-")) if options.smoke else None
    ctx = open_context(options, workdir)
    try:
        window = start(ctx, options, workdir)
        if window is None:
            return 1
        if options.smoke:
            QTimer.singleShot(300, window.close)
            QTimer.singleShot(400, app.quit)
        return app.exec()
    finally:
        ctx.close()


def demo_hint() -> str:
    people = ", ".join(f"{name} {pin} ({role})" for role, (name, pin) in demo.DEMO_STAFF.items())
    return QApplication.translate("app", "Demo PINs: %1").replace("%1", people)
