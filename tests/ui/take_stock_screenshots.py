"""Takes docs/screenshots/{1024x768,1920x1080}/stock.png (the Stock page shipping a batch
from the stock room) and stock_receive.png (the same page at the receiving store), over a
chain of three stores whose printed batches have been shipped, received, sold and marked.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.take_stock_screenshots
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from posapp import edge, edge_admin
from posapp.codes import KeyRing
from posapp.db import migrate
from posapp.db.engine import Database
from posapp.services.back_office import batches
from posapp.services.command_path.context import Context
from tests.conftest import PINS, Clock, Store, open_store
from tests.ui.take_translated_screenshots import settle, sign_in
from ui.app import make_application
from ui.main_window import MainWindow
from ui.manager.stock_screen import StockScreen
from ui.terminal_config import TerminalConfig

DOCS = Path(__file__).resolve().parents[2] / "docs"


def printed(store: Store, count: int, amount: str) -> uuid.UUID:
    batch = edge_admin.create_batch(store.ctx, store.admin, count, amount=amount)
    edge_admin.mark_printed(store.ctx, store.admin, batch.batch_id)
    return batch.batch_id


def codes_of(store: Store, batch_id: uuid.UUID) -> list[str]:
    return [str(card.code) for card in batches.batch_cards(store.ctx, store.admin, batch_id)[1]]


def stock_story(store: Store) -> str:
    """S1 makes and ships the batches; S2 and S3 receive, sell and lose some. Returns the
    code of a card on its way to S2."""
    for code, name in (("S2", "Harbour"), ("S3", "Old Town")):
        edge_admin.add_location(store.ctx, store.admin, code, name, "USD")
        store.add_terminal(f"T{code[1]}", code)
    harbour, old_town = store.sign_in("mia", terminal="T2"), store.sign_in("mia", terminal="T3")
    first, second = printed(store, 40, "25.00"), printed(store, 30, "50.00")
    printed(store, 50, "25.00")
    printed(store, 20, "100.00")
    edge_admin.ship_batch(store.ctx, store.manager, str(first), "S2")
    edge_admin.ship_batch(store.ctx, store.manager, str(second), "S3")
    codes = codes_of(store, first)
    edge_admin.receive_batch(store.ctx, harbour, str(first), [codes[-1]])
    for code in codes[:12]:
        edge.activate(store.ctx, harbour, code, "25.00")
    edge_admin.mark_cards(store.ctx, harbour, codes[12:14], "damaged", "bent in the till")
    edge_admin.receive_batch(store.ctx, old_town, str(second))
    coming = printed(store, 25, "25.00")
    edge_admin.ship_batch(store.ctx, store.manager, str(coming), "S2")
    return codes_of(store, coming)[7]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        clock = Clock()
        db = Database(f"sqlite:///{work / 'stock.sqlite3'}")
        migrate.upgrade(db)
        store = open_store(Context(db, KeyRing.generate(), clock), clock)
        not_arrived = stock_story(store)
        app = make_application([], "en")
        for width, height in ((1024, 768), (1920, 1080)):
            folder_out = DOCS / "screenshots" / f"{width}x{height}"
            for terminal, store_code, name in (("T1", "S1", "stock.png"),
                                               ("T2", "S2", "stock_receive.png")):
                win = MainWindow(store.ctx, TerminalConfig(
                    terminal_name=terminal, location_code=store_code,
                    receipt_dir=str(work / "receipts")))
                win.resize(width, height)
                win.show()
                settle(win)
                sign_in(win, "mia", PINS["mia"])
                page = win.open_page("stock")
                assert page is not None and isinstance(page.widget, StockScreen)
                screen = page.widget
                settle(win)
                if store_code == "S1":
                    screen.ship.batches.selectRow(0)
                    screen.ship.store.setCurrentIndex(screen.ship.store.findData("S3"))
                else:
                    screen.tabs.setCurrentWidget(screen.receive)
                    screen.receive.coming.selectRow(0)
                    screen.receive.handle_scan(not_arrived)
                settle(win)
                win.grab().save(str(folder_out / name))
                print("saved", folder_out / name)
                win.close()
        del app


if __name__ == "__main__":
    main()
