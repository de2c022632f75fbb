"""Takes docs/screenshots/{1024x768,1920x1080}/reports.png (the Reports page over a year
of activity in three stores) and docs/report_pack.png (the PDF pack's first page).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.take_report_screenshots
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from posapp.codes import KeyRing
from posapp.db import migrate
from posapp.db.engine import Database
from posapp.services.accounting.report_pack import gather
from posapp.services.command_path.context import Context
from printers.report_pdf import render_pack_pdf
from tests.conftest import PINS, Clock, open_store
from tests.services.reports_activity import year_of_activity
from tests.ui.take_translated_screenshots import settle, sign_in
from ui.app import make_application
from ui.main_window import MainWindow
from ui.manager.reports_screen import ReportsScreen
from ui.terminal_config import TerminalConfig

DOCS = Path(__file__).resolve().parents[2] / "docs"
START, END = datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        clock = Clock()
        db = Database(f"sqlite:///{work / 'reports.sqlite3'}")
        migrate.upgrade(db)
        store = open_store(Context(db, KeyRing.generate(), clock), clock)
        year_of_activity(store)
        app = make_application([], "en")
        for width, height in ((1024, 768), (1920, 1080)):
            win = MainWindow(store.ctx, TerminalConfig(terminal_name="T1",
                                                       receipt_dir=str(work / "receipts")))
            win.resize(width, height)
            win.show()
            settle(win)
            sign_in(win, "mia", PINS["mia"])
            page = win.open_page("reports")
            assert page is not None and isinstance(page.widget, ReportsScreen)
            screen = page.widget
            settle(win)
            screen.first.setDate(QDate(2025, 1, 1))
            screen.last.setDate(QDate(2025, 12, 31))
            screen.gather()
            settle(win, 800)
            QTest.qWait(300)
            target = DOCS / "screenshots" / f"{width}x{height}" / "reports.png"
            win.grab().save(str(target))
            print("saved", target)
            win.close()
        pdf_path = work / "pack.pdf"
        render_pack_pdf(gather(store.ctx, store.manager, START, END), pdf_path)
        pdf = pypdfium2.PdfDocument(pdf_path)
        pdf[0].render(scale=1.5).to_pil().save(DOCS / "report_pack.png")
        pdf.close()
        print("saved", DOCS / "report_pack.png")
        del app


if __name__ == "__main__":
    main()
