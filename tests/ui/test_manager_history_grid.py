"""The history of all cards: newest entries first, filtered by kind and date, paged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from posapp import edge
from tests.ui.manager_helpers import Shell, World, make_world, shell_for
from ui.manager.card_detail import CardDetailDialog
from ui.manager.history_grid import HistoryGridWidget
from ui.models.ledger_table import LedgerFilter, LedgerTableModel


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path) -> Iterator[World]:
    built = make_world(tmp_path, sqlite_template)
    # Entries are ordered by their time; the test clock only moves when told.
    built.store.clock.advance(hours=1)
    edge.redeem(built.ctx, built.store.cashier, built.code("ann"), "12.50")
    built.store.clock.advance(days=1)
    edge.void(built.ctx, built.store.manager, built.code("max"), "damaged")
    yield built
    built.ctx.close()


@pytest.fixture
def shell(world: World) -> Shell:
    return shell_for(world.store.manager)


@pytest.fixture
def history(qtbot: QtBot, world: World, shell: Shell) -> HistoryGridWidget:
    widget = HistoryGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def column(history: HistoryGridWidget, number: int) -> list[str]:
    model = history.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_entries_of_all_cards_come_newest_first_with_masked_cards(
    history: HistoryGridWidget, world: World
) -> None:
    assert column(history, 2) == ["Void", "Redeem", "Issue", "Issue", "Issue"]
    assert column(history, 0)[0] == world.cards["max"].masked_code
    assert column(history, 3)[:2] == ["-$10.00", "-$12.50"]
    assert column(history, 8)[0] == "damaged"


def test_filter_by_kind_and_by_day(qtbot: QtBot, history: HistoryGridWidget, world: World) -> None:
    history.kind_combo.setCurrentIndex(history.kind_combo.findData("issue"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 3)
    assert set(column(history, 2)) == {"Issue"}
    history.kind_combo.setCurrentIndex(0)
    history.from_edit.setDate(QDate(2026, 11, 25))  # the day of the void only
    qtbot.waitUntil(lambda: column(history, 2) == ["Void"])
    history.clear_filters()
    qtbot.waitUntil(lambda: history.model.rowCount() == 5)


def test_older_entries_are_read_a_page_at_a_time(qtbot: QtBot, world: World, shell: Shell) -> None:
    model = LedgerTableModel(world.ctx, shell.actor_provider, shell.runner, page_size=2)
    model.set_filter(LedgerFilter())
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    qtbot.waitUntil(lambda: not model.loading)
    assert not model.canFetchMore()


def test_a_change_anywhere_shows_up_at_the_top(
    qtbot: QtBot, history: HistoryGridWidget, world: World, shell: Shell
) -> None:
    world.store.clock.advance(hours=1)
    edge.adjust(world.ctx, world.store.manager, world.code("zoe"), "1.00", "goodwill")
    shell.events.cards_changed.emit()
    qtbot.waitUntil(lambda: column(history, 2)[:1] == ["Adjustment"])


def test_enter_on_an_entry_opens_its_card(
    qtbot: QtBot, history: HistoryGridWidget, world: World
) -> None:
    history.table.setFocus()
    history.table.setCurrentIndex(history.model.index(1, 0))
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: history.findChild(CardDetailDialog) is not None)
    dialog = history.findChild(CardDetailDialog)
    assert dialog.card.id == world.cards["ann"].id
    assert dialog.balance_label.text() == "$17.50"


def test_a_cashier_sees_no_history_of_all_cards(qtbot: QtBot, world: World) -> None:
    shell = shell_for(world.store.cashier)
    widget = HistoryGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and not shell.runner.busy
    assert widget.table.isHidden() and not widget.notice.isHidden()
