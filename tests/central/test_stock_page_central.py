"""A till in central mode does not offer the Stock page: its lists and moves read and
write the chain's database in the till's own process, which a till of a chain never opens."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.central.conftest import Chain
from tests.central.test_card_care_page import sign_in_manager
from tests.central.test_till_window import (  # noqa: F401 - fixtures used by name
    WAIT_MS,
    link_text,
    proxy,
    till_config,
    till_window,
)
from tests.support.fault_proxy import FaultProxy
from ui.counter.central import CentralCounter
from ui.main_window import MainWindow


def test_a_manager_at_a_central_till_is_not_offered_the_stock_page(
    qtbot: QtBot, chain: Chain, proxy: FaultProxy,  # noqa: F811 - the imported fixtures
    till_window: tuple[MainWindow, CentralCounter],  # noqa: F811
) -> None:
    window, _ = till_window
    sign_in_manager(qtbot, window)
    qtbot.waitUntil(lambda: link_text(window) == "Central: online", timeout=WAIT_MS)
    stock = window.page("stock")
    assert not window.nav.button(window.pages.index(stock)).isVisible()
    assert window.open_page("stock") is None
    assert stock.widget is None  # never built: nothing reached for the database
