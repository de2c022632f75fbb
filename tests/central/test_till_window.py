"""The desktop app as a till of a chain: a real ``posapp serve`` over PostgreSQL, reached
through a TCP proxy that pulls the cable when it stops.

The window signs in through the service, sells and takes cards online, keeps selling and
reloading offline with the status bar counting what waits, sends it all by itself once the
link is back (each operation once), and a manager resolves what the service refused from
the reconciliation queue.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.conftest import PINS
from tests.support.fault_proxy import FaultProxy
from tests.ui.dialogs import on_next_dialog, pay_cash
from ui.app import make_application, open_central
from ui.counter.central import CentralCounter
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig

WAIT_MS = 15_000


@pytest.fixture
def proxy(chain: Chain) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", chain.service.port) as running:
        yield running


@pytest.fixture
def till_config(tmp_path: Path) -> TerminalConfig:
    """The till's own settings (a module may give its till a printer)."""
    return TerminalConfig(receipt_dir=str(tmp_path / "receipts"))


@pytest.fixture
def till_window(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy, tmp_path: Path, till_config: TerminalConfig
) -> Iterator[tuple[MainWindow, CentralCounter]]:
    """The app opened with ``--central FILE``, FILE a till enrolled through the proxy."""
    make_application([], "en")
    saved = dataclasses.replace(chain.enrol(), url=f"https://127.0.0.1:{proxy.port}")
    credential = tmp_path / "central.json"
    saved.save(credential)
    window, counter = open_central(credential, till_config)
    # Probe and pull at once, as a busy till would: the test does not wait out the timers.
    counter.probe_every = 0.1
    counter.till.probe_every = 0.05
    counter.till.pull_every = 0
    qtbot.addWidget(window)
    window.runner.wait_idle()
    yield window, counter
    window.close()
    counter.close()


def sign_in(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.login_view
    if view.typed_name.isVisible():
        view.typed_name.setText(name)
    else:
        view.names.setCurrentItem(view.names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    qtbot.keyClicks(view.pin_pad.field, PINS[name])
    qtbot.keyClick(view.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.actor is not None, timeout=WAIT_MS)
    window.runner.wait_idle()


def sell(qtbot: QtBot, window: MainWindow, amount: str, code: str = "", *,
         completes: bool = True) -> list[QDialog]:
    """One card line paid in cash; the sale-done dialog when the sale completes."""
    view = window.open_page("sell").widget
    window.runner.wait_idle()
    view.amount.setText(amount)
    view.code.setText(code)
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert view.lines.rowCount() == 1, view.banner.text()
    pay_cash(amount)
    done = on_next_dialog("saleDoneDialog", lambda d: d.accept()) if completes else []
    view.pay_button.click()  # F9 (a shortcut needs the window active, which a dialog took)
    qtbot.waitUntil(lambda: view.lines.rowCount() == 0, timeout=WAIT_MS)
    window.runner.wait_idle()
    return done


def balance_minor(chain: Chain, card_id: str) -> int:
    return int(chain.sql("SELECT balance_minor FROM gift_cards WHERE id = :id", id=card_id)[0][0])


def card_id(chain: Chain, counter: CentralCounter, code: str) -> str:
    return str(counter.till.client.balance(code)["id"])


def link_text(window: MainWindow) -> str:
    return window.status.link.text()


def test_a_till_window_sells_online_offline_and_sends_what_waited_once(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy, till_window: tuple[MainWindow, CentralCounter]
) -> None:
    window, counter = till_window
    assert window.login_view.typed_name.isVisible()  # no names before the first pull
    sign_in(qtbot, window, "carl")
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    # Back-office pages need the chain's database: a till in central mode does not offer them.
    assert not window.nav.button(window.pages.index(window.page("cards"))).isVisible()
    assert window.open_page("batches") is None

    done = sell(qtbot, window, "25.00")
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    code_a = done[0].findChildren(QLabel, "soldCode")[0].text()
    done = sell(qtbot, window, "30.00")
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    code_b = done[0].findChildren(QLabel, "soldCode")[0].text()
    assert list(Path(window.config.receipt_folder()).glob("receipt-*.pdf"))
    id_a, id_b = card_id(chain, counter, code_a), card_id(chain, counter, code_b)
    assert balance_minor(chain, id_a) == 2500

    # Goods paid with a card, online.
    page = window.open_page("pay")
    pay, controller = page.widget, page.handler
    pay.amount.setText("10.00")
    pay.code.setText(code_a)
    qtbot.keyClick(pay.code, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert pay.due.text() == "Due $0.00", pay.banner.text()
    on_next_dialog("saleDoneDialog", lambda d: d.accept())
    pay.finish_button.click()
    qtbot.waitUntil(lambda: controller.sale is None, timeout=WAIT_MS)
    window.runner.wait_idle()
    assert balance_minor(chain, id_a) == 1500
    completed_before = completed_sales(chain, counter)

    # The cable is pulled: the idle till notices by itself.
    proxy.stop()
    qtbot.waitUntil(lambda: "OFFLINE" in link_text(window), timeout=WAIT_MS)
    assert link_text(window) == "Central: OFFLINE, 0 waiting"

    # Offline: a new card, and reloads of two known cards, are kept for later.
    for amount, code in (("50.00", ""), ("20.00", code_a), ("10.00", code_b)):
        sell(qtbot, window, amount, code, completes=False)
        assert "offline" in window.page("sell").widget.banner.text()
    qtbot.waitUntil(lambda: link_text(window) == "Central: OFFLINE, 3 waiting", timeout=WAIT_MS)
    # A balance check answers the last balance the till knows, marked so.
    balance = window.open_page("balance").widget
    balance.code.setText(code_a)
    qtbot.keyClick(balance.code, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert balance.balance.text() == "$15.00"
    assert balance.banner.text().startswith("Offline: the last balance the till knows")
    # Paying with cards needs the link: refused with the till's own words.
    pay = window.open_page("pay").widget
    pay.amount.setText("5.00")
    pay.code.setText(code_a)
    qtbot.keyClick(pay.code, Qt.Key.Key_Return)
    window.runner.wait_idle()
    assert "offline" in pay.banner.text().lower()

    # Meanwhile a manager at another till freezes card B: its offline reload will be refused.
    with chain.till("mia") as other:
        other.run(c.FreezeCard(CardRef(code=code_b), "reported stolen"))

    proxy.start()  # the cable is back
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    window.runner.wait_idle()
    told = window.scan_banner.text()
    assert "The link is back: 2 operation(s) sent, 1 refused." in told
    assert "New card codes: " in told and "reconciliation queue" in told
    # Each operation reached the ledger once: the reload of A and the new card, not B's.
    assert balance_minor(chain, id_a) == 3500
    assert balance_minor(chain, id_b) == 3000
    assert completed_sales(chain, counter) == completed_before + 2

    # A manager signs in at this till and resolves the refused reload from the queue.
    window.switch_user()
    sign_in(qtbot, window, "mia")
    assert window.current_page().key == "sell"  # the manager's own home is not offered here
    # Returns through the service: the last sale of this till (the goods paid with card A),
    # refunded in full to the card that paid it.
    returns = window.open_page("returns").widget
    returns.last_button.click()
    window.runner.wait_idle()
    assert "total $10.00" in returns.summary.text(), returns.banner.text()
    returns.refund_button.click()
    window.runner.wait_idle()
    assert "is refunded in full" in returns.banner.text(), returns.banner.text()
    assert balance_minor(chain, id_a) == 4500
    page = window.open_page("reconciliation")
    queue = page.widget
    here = window.config.terminal_name
    qtbot.waitUntil(lambda: any(i.terminal == here for i in queue.items), timeout=WAIT_MS)
    row = next(n for n, i in enumerate(queue.items) if i.terminal == here)
    item = queue.items[row]
    assert item.kind == "refused" and "frozen" in item.reason
    assert queue.grid.item(row, 1).text() == "carl"
    assert queue.grid.item(row, 4).text() == "$10.00"
    assert queue.grid.item(row, 3).text() == "Refused"
    assert queue.grid.item(row, 6).text() == "Open"
    queue.grid.setCurrentCell(row, 0)
    assert "frozen" in queue.reason.text()
    queue.note.setText("customer refunded in cash")
    queue.resolve_button.click()
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: queue.banner.text() == "Resolved: customer refunded in cash",
                    timeout=WAIT_MS)
    audited = [str(detail) for (detail,) in chain.sql(
        "SELECT detail FROM audit_events WHERE kind = 'reconciliation_resolved'")
        if str(item.id) in str(detail)]
    assert len(audited) == 1 and "customer refunded in cash" in audited[0]
    assert queue.items == [] or all(i.id != item.id for i in queue.items)


def completed_sales(chain: Chain, counter: CentralCounter) -> int:
    return int(chain.sql(
        "SELECT count(*) FROM sales s JOIN terminals t ON t.id = s.terminal_id "
        "WHERE t.name = :name AND s.state = 'completed'",
        name=counter.till.client.me()["terminal"],
    )[0][0])


def test_a_sale_whose_reply_is_lost_is_kept_and_confirmed_once(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy, till_window: tuple[MainWindow, CentralCounter]
) -> None:
    window, counter = till_window
    sign_in(qtbot, window, "carl")
    completed_before = completed_sales(chain, counter)
    proxy.cut_after_request()  # the service commits the sale; its reply never arrives
    sell(qtbot, window, "25.00", completes=False)
    banner = window.page("sell").widget.banner.text()
    assert "offline" in banner and "kept" in banner, banner
    assert [row.state for row in counter.till.store.waiting()] == ["unconfirmed"]
    qtbot.waitUntil(lambda: link_text(window) == "Central: OFFLINE, 1 waiting", timeout=WAIT_MS)
    proxy.heal()
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert "1 operation(s) sent, 0 refused" in window.scan_banner.text()
    assert completed_sales(chain, counter) == completed_before + 1


def test_a_sale_with_cards_reserved_online_is_finished_offline_and_sent_later(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy, till_window: tuple[MainWindow, CentralCounter]
) -> None:
    window, counter = till_window
    sign_in(qtbot, window, "carl")
    done = sell(qtbot, window, "30.00")
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    code = done[0].findChildren(QLabel, "soldCode")[0].text()
    card = card_id(chain, counter, code)
    page = window.open_page("pay")
    pay, controller = page.widget, page.handler
    pay.amount.setText("12.00")
    pay.code.setText(code)
    qtbot.keyClick(pay.code, Qt.Key.Key_Return)  # the card is held for the sale, online
    window.runner.wait_idle()
    assert pay.due.text() == "Due $0.00", pay.banner.text()

    proxy.stop()
    qtbot.waitUntil(lambda: "OFFLINE" in link_text(window), timeout=WAIT_MS)
    pay.finish_button.click()
    qtbot.waitUntil(lambda: controller.sale is None, timeout=WAIT_MS)
    window.runner.wait_idle()
    assert "finished with the cards it holds" in pay.banner.text(), pay.banner.text()
    qtbot.waitUntil(lambda: link_text(window) == "Central: OFFLINE, 1 waiting", timeout=WAIT_MS)
    assert balance_minor(chain, card) == 3000  # held, not yet taken

    proxy.start()
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    window.runner.wait_idle()
    assert balance_minor(chain, card) == 1800


def test_who_signed_in_offline_signs_in_again_through_the_service_when_the_link_is_back(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy, till_window: tuple[MainWindow, CentralCounter]
) -> None:
    window, counter = till_window
    sign_in(qtbot, window, "carl")  # online: the till keeps what lets carl sign in offline
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    window.switch_user()
    proxy.stop()
    qtbot.waitUntil(lambda: "OFFLINE" in link_text(window), timeout=WAIT_MS)
    sign_in(qtbot, window, "carl")
    assert window.session.actor is not None and window.session.actor.location_code == "S1"
    assert counter.till.client.session is None

    proxy.start()
    # The service knows nobody here: the window locks and says why, rather than refuse
    # the next sale with "Not signed in".
    qtbot.waitUntil(lambda: window.session.actor is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "sign in again" in window.login_view.banner.text(), timeout=WAIT_MS)
    sign_in(qtbot, window, "carl")
    assert counter.till.client.session is not None
    done = sell(qtbot, window, "12.00")
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
