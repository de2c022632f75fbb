"""Takes docs/screenshots/*.png from the real app on a demo database (run under Xvfb).

    xvfb-run -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m tests.ui.take_screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from posapp import edge
from posapp.db import migrate
from posapp.services import demo, staff
from posapp.services.context import Context
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


def main() -> int:
    app = make_application(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="giftpos-shots-"))
    ctx = Context.setup(f"sqlite:///{work / 'demo.sqlite3'}", work / "keys.json")
    migrate.upgrade(ctx.db)
    codes = demo.seed(ctx, "Counter 1").codes
    manager = staff.authenticate(ctx, *demo.DEMO_STAFF["manager"], terminal_name="Counter 1")
    first = edge.issue(ctx, manager, "30.00").card.code
    second = edge.issue(ctx, manager, "25.00").card.code
    win = MainWindow(ctx, TerminalConfig(terminal_name="Counter 1",
                                         receipt_dir=str(work / "receipts")))
    win.login.show_hint(demo_hint())
    win.resize(1366, 740)
    win.show()
    settle(win, 600)
    sign_in(win, "Cam", "9")  # a wrong PIN is not shown; select the name first
    win.login_view.banner.clear_message()
    win.login_view.names.setCurrentRow(win.login_view.names.currentRow())
    win.login_view.pin_pad.field.setText("11")
    shoot(win, "login.png")

    sign_in(win, *demo.DEMO_STAFF["cashier"])
    pay = win.open_page("pay")
    pay.widget.amount.setText("80.00")
    pay.handler.start()
    settle(win)
    for code in (first, second):
        pay.handler.apply(code)
        settle(win)
    shoot(win, "cashier_sale_two_cards.png")
    pay.handler.cancel()
    settle(win)

    balance = win.open_page("balance")
    balance.handler.check(codes[0])
    settle(win)
    shoot(win, "balance_check.png")

    win.session.lock()
    settle(win)
    sign_in(win, *demo.DEMO_STAFF["manager"])
    grid = win.open_page("cards")
    settle(win, 800)
    shoot(win, "manager_card_grid.png")
    dialog = grid.widget.open_card(grid.widget.model.index(0, 0))
    settle(win, 800)
    if dialog is not None:
        dialog.resize(1000, 640)
        settle(win, 300)
        shoot(dialog, "card_detail.png")
        dialog.close()
    win.close()
    ctx.close()
    QApplication.processEvents()
    return 0 if app else 1


if __name__ == "__main__":
    sys.exit(main())
