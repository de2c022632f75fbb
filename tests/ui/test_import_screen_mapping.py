"""The import screen: the columns found (editable), the list of bad lines, a dry run."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from posapp.services.cards import queries
from tests.conftest import Store
from tests.ui.test_terminal_and_cards_io import open_cards_io
from ui.main_window import MainWindow


def test_check_shows_the_columns_and_every_bad_line_then_a_dry_run_and_the_import(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Card Number,Amt,Notes\nOTHER00001,5.00,a\nOTHER00002,-3,b\n"
                    "OTHER00003,1e9,c\n")
    view, _screen = open_cards_io(qtbot, window)
    view.import_path.setText(str(path))
    view.mapping_edit.setText("amount=Amt, ignore=Notes")
    view.check_button.click()
    assert window.runner.wait_idle(30_000)
    assert view.mapping_edit.text() == "amount=Amt, code=Card Number, ignore=Notes"
    assert view.problems.isVisibleTo(view) and view.problems.rowCount() == 2
    assert [view.problems.item(r, 0).text() for r in range(2)] == ["3", "4"]
    assert "2 of 3 lines are bad" in view.banner.text()

    path.write_text("Card Number,Amt,Notes\nOTHER00001,5.00,a\n")
    view.dry_run_box.setChecked(True)
    view.import_button.click()
    assert window.runner.wait_idle(30_000)
    assert "Dry run: all 1 cards" in view.banner.text()
    assert queries.count_cards(store.ctx, store.manager) == 0

    view.dry_run_box.setChecked(False)
    view.import_button.click()
    assert window.runner.wait_idle(30_000)
    assert "1 cards imported from other.csv" in view.banner.text()
    assert queries.count_cards(store.ctx, store.manager) == 1
