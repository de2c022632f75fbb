"""Takes the central mode's screenshots from the real app, offscreen: a till online, the same
till offline with operations waiting, a manager's reconciliation queue and card care, against a real
``posapp serve`` over a throw-away PostgreSQL, the till reaching it through a proxy:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD .venv/bin/python -m tests.central.take_screenshots

They are saved under docs/screenshots/1024x768/ and docs/screenshots/1920x1080/.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain, Service, set_up_chain
from tests.cli.runner import Cli
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy
from tests.support.postgres import PostgresCluster
from tests.support.tls import make_certificate
from ui.app import make_application, open_central
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZES = [(1024, 768), (1920, 1080)]


def settle(window: MainWindow, ms: int = 400) -> None:
    window.runner.wait_idle()
    QTest.qWait(ms)
    window.runner.wait_idle()


def wait(window: MainWindow, done: object, what: str) -> None:
    for _ in range(200):
        if callable(done) and done():
            return
        settle(window, 100)
    raise RuntimeError(f"timed out waiting for {what}")


def sign_in(window: MainWindow, name: str) -> None:
    view = window.login_view
    settle(window)
    if not view.names.findItems(name, Qt.MatchFlag.MatchExactly):
        view.typed_name.setText(name)
    else:
        view.names.setCurrentItem(view.names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    view.pin_pad.field.setText(PINS[name])
    view.pin_pad.submitted.emit(PINS[name])
    wait(window, lambda: window.session.actor is not None, "the sign-in")
    settle(window)


def shoot(window: MainWindow, name: str) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        settle(window, 300)
        folder = OUT / f"{width}x{height}"
        window.grab().save(str(folder / f"{name}.png"))
        print("saved", folder / f"{name}.png")
    window.resize(*SIZES[0])


def sell_line(window: MainWindow, amount: str, code: str = "") -> None:
    view = window.open_page("sell").widget
    settle(window)
    view.amount.setText(amount)
    view.code.setText(code)
    window.page("sell").handler.add_line()
    settle(window)


def sell_queued(window: MainWindow, amount: str, code: str = "") -> None:
    sell_line(window, amount, code)
    page = window.page("sell")
    page.handler.sell(Payment(cash=Money.parse(amount, "USD")))
    settle(window)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="giftpos-shots-") as tmp, \
            PostgresCluster(dbname="giftpos") as cluster:
        where = Path(tmp)
        cli = Cli(cluster.url, where / "keys.json")
        set_up_chain(cli)
        service = Service(cluster.url, cli.key_file, make_certificate(where, "central"),
                          where / "serve.log").start()
        chain = Chain(cli, cluster.url, service, where)
        try:
            with FaultProxy("127.0.0.1", service.port) as proxy:
                take(chain, proxy, where)
        finally:
            service.stop()


def take(chain: Chain, proxy: FaultProxy, where: Path) -> None:
    make_application([], "en")
    saved = dataclasses.replace(chain.enrol("TILL-7"), url=f"https://127.0.0.1:{proxy.port}")
    credential = where / "central.json"
    saved.save(credential)
    window, counter = open_central(credential, TerminalConfig(receipt_dir=str(where)))
    counter.probe_every, counter.till.probe_every, counter.till.pull_every = 0.2, 0.1, 0
    window.showNormal()
    window.resize(*SIZES[0])
    sign_in(window, "carl")
    with chain.till("mia") as other:
        fifty = Money(5000, "USD")
        sold = other.run(c.SellCards((CardLine(fifty),), Payment(cash=fifty)))
        code = sold["cards"][0]["code"]
    counter.till.pull()
    sell_line(window, "25.00")
    sell_line(window, "40.00", code)
    wait(window, lambda: window.status.link.text() == "Central: online", "online")
    shoot(window, "central_online")

    window.page("sell").handler.clear_sale()
    proxy.stop()
    wait(window, lambda: "OFFLINE" in window.status.link.text(), "offline")
    sell_queued(window, "50.00")
    sell_queued(window, "20.00", code)
    wait(window, lambda: window.status.link.text() == "Central: OFFLINE, 2 waiting", "waiting")
    balance = window.open_page("balance").widget
    balance.code.setText(code)
    window.page("balance").handler.check(code)
    settle(window)
    shoot(window, "central_offline")

    with chain.till("mia") as other:
        other.run(c.FreezeCard(CardRef(code=code), "reported stolen"))
    proxy.start()
    wait(window, lambda: window.status.link.text() == "Central: online", "back online")
    settle(window, 800)
    window.switch_user()
    settle(window)
    sign_in(window, "mia")
    queue = window.open_page("reconciliation").widget
    wait(window, lambda: bool(queue.items), "the queue")
    queue.grid.setCurrentCell(0, 0)
    queue.note.setText("Card reported stolen; customer paid the reload back in cash")
    settle(window)
    shoot(window, "reconciliation_queue")

    with chain.till("mia") as other:
        other.run(c.AdjustCard(CardRef(code=code), Money(-250, "USD"), "till count short"))
    care = window.open_page("card_care")
    care.handler.look_up(code)
    wait(window, lambda: care.widget.history_model.rowCount() > 0, "the card's history")
    shoot(window, "card_care")
    window.close()
    counter.close()


if __name__ == "__main__":
    main()
