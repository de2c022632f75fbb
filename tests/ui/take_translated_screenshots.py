"""Takes docs/screenshots/de/*.png and docs/screenshots/fr/*.png: the counter pages and the
admin's settings of the real app in German and French, on a demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.take_translated_screenshots

The catalogues are compiled from the shipped ``.ts`` files with lrelease first.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from posapp import edge
from posapp.db import migrate
from posapp.services.back_office import demo
from posapp.services.command_path.context import Context
from posapp.services.security import staff
from tests.ui.translation_support import LANGUAGES, compile_catalogues
from ui import i18n
from ui.app import demo_hint, make_application
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def settle(win: MainWindow, ms: int = 300) -> None:
    win.runner.wait_idle()
    QTest.qWait(ms)
    win.runner.wait_idle()


def shoot(widget: QWidget, name: str) -> None:
    QTest.qWait(200)
    widget.grab().save(str(OUT / name))
    print("saved", OUT / name)


def sign_in(win: MainWindow, name: str, pin: str) -> None:
    names = win.login_view.names
    names.setCurrentItem(names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    win.login_view.pin_pad.field.setText(pin)
    win.login_view.pin_pad.submitted.emit(pin)
    settle(win)


def counter_pages(work: Path, language: str) -> None:
    ctx = Context.setup(f"sqlite:///{work / f'demo-{language}.sqlite3'}",
                        work / f"keys-{language}.json")
    migrate.upgrade(ctx.db)
    codes = demo.seed(ctx, "Counter 1").codes
    manager = staff.authenticate(ctx, *demo.DEMO_STAFF["manager"], terminal_name="Counter 1")
    first = edge.issue(ctx, manager, "30.00").card.code
    second = edge.issue(ctx, manager, "25.00").card.code
    out = OUT / language
    out.mkdir(parents=True, exist_ok=True)
    win = MainWindow(ctx, TerminalConfig(terminal_name="Counter 1",
                                         receipt_dir=str(work / "receipts")))
    win.login.show_hint(demo_hint())
    win.resize(1280, 800)
    win.show()
    settle(win, 600)
    shoot(win, f"{language}/login.png")

    sign_in(win, *demo.DEMO_STAFF["cashier"])
    sell = win.open_page("sell")
    sell.widget.amount.setText("35.00")
    sell.widget.recipient_name.setText("Chloé Dubois")
    sell.handler.add_line()
    settle(win)
    shoot(win, f"{language}/sell.png")
    sell.handler.clear_sale()

    pay = win.open_page("pay")
    pay.widget.amount.setText("80.00")
    pay.handler.start()
    settle(win)
    for code in (first, second):
        pay.handler.apply(code)
        settle(win)
    shoot(win, f"{language}/pay_two_cards.png")
    pay.handler.cancel()
    settle(win)

    balance = win.open_page("balance")
    balance.handler.check(codes[0])
    settle(win)
    shoot(win, f"{language}/balance.png")

    returns = win.open_page("returns")
    returns.handler.last()
    settle(win)
    shoot(win, f"{language}/returns.png")

    win.switch_user()
    settle(win)
    sign_in(win, *demo.DEMO_STAFF["admin"])
    win.open_page("settings")
    settle(win)
    shoot(win, f"{language}/settings.png")
    win.close()
    ctx.close()


def main() -> int:
    make_application(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="giftpos-shots-"))
    catalogues = compile_catalogues(work / "qm")
    for language in LANGUAGES:
        i18n.install(language, catalogues)
        counter_pages(work, language)
    i18n.install(i18n.SOURCE_LANGUAGE, catalogues)
    return 0


if __name__ == "__main__":
    sys.exit(main())
