"""The manager's card grid over 100,000 cards: filters, sorting and paging stay fast."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from posapp.codes import display, mask_code
from posapp.services.cards import queries
from posapp.services.cards.queries import CardFilter
from tests.ui.manager_helpers import BIG, World, make_big_world, shell_for
from ui.manager.card_detail import CardDetailDialog
from ui.manager.card_grid import SEARCH_DELAY_MS, CardGridWidget
from ui.models.card_table import (
    CARD_ROLE,
    PARALLEL_LOADS,
    STATUS_COLOUR_ROLE,
    WAITING_PAGES,
    CardTableModel,
)

pytestmark = [pytest.mark.timeout(120), pytest.mark.timing]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = make_big_world(tmp_path_factory.mktemp("big"))
    yield world
    world.ctx.close()


@pytest.fixture
def grid(qtbot: QtBot, big: World) -> CardGridWidget:
    shell = shell_for(big.store.manager)
    widget = CardGridWidget(big.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    settle(qtbot, widget.model)
    return widget


def settle(qtbot: QtBot, model: CardTableModel, timeout: int = 5000) -> None:
    """Wait until the count and every page the view asked for have arrived."""
    qtbot.waitUntil(lambda: not model.loading, timeout=timeout)


def shown_cards(model: CardTableModel) -> list:
    return [model.data(model.index(row, 0), CARD_ROLE) for row in range(model.rowCount())]


def timed_filter(qtbot: QtBot, grid: CardGridWidget, change: object) -> float:
    started = time.perf_counter()
    change()  # type: ignore[operator]
    grid.apply_filter()
    settle(qtbot, grid.model)
    qtbot.waitUntil(lambda: grid.model.card_at(0) is not None or not grid.model.rowCount())
    return time.perf_counter() - started


def test_the_grid_counts_every_card_and_shows_masked_codes_only(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    model = grid.model
    assert model.rowCount() == BIG + 3
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.card_at(49) is not None)
    assert grid.count_label.text() == "100,003 card(s)"
    first_rows = [model.data(model.index(row, 0)) for row in range(50)]
    assert all(text.startswith("GC-****-****-****-") for text in first_rows)
    status = model.index(0, 1)
    assert model.data(status) == "Active"  # the newest card: max, issued last
    assert model.data(status, STATUS_COLOUR_ROLE) == model.data(
        status, Qt.ItemDataRole.ForegroundRole
    )
    codes = [big.code(name) for name in big.cards]
    full_codes = set(codes) | {display(code) for code in codes}
    assert not full_codes & set(first_rows)


def test_filtering_100000_cards_by_status_or_last_four_takes_under_a_second(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    took = timed_filter(qtbot, grid, lambda: grid.status_combo.setCurrentIndex(2))  # active
    assert took < 1.0
    assert {c.id for c in shown_cards(grid.model)} == {c.id for c in big.cards.values()}

    max_card = big.cards["max"]
    took = timed_filter(qtbot, grid, lambda: grid.search_edit.setText(max_card.last4))
    assert took < 1.0
    assert [c.id for c in shown_cards(grid.model)] == [max_card.id]

    grid.status_combo.setCurrentIndex(0)
    took = timed_filter(qtbot, grid, lambda: grid.search_edit.setText(max_card.last4))
    assert took < 1.0
    found = shown_cards(grid.model)
    assert max_card.id in {c.id for c in found}
    assert all(c.last4 == max_card.last4 for c in found)


def test_search_finds_recipients_and_purchasers_and_a_whole_scanned_code(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    timed_filter(qtbot, grid, lambda: grid.search_edit.setText("payne"))
    assert [c.id for c in shown_cards(grid.model)] == [big.cards["max"].id]
    timed_filter(qtbot, grid, lambda: grid.search_edit.setText("bob stone"))
    assert [c.id for c in shown_cards(grid.model)] == [big.cards["ann"].id]
    assert grid.handle_scan(big.code("zoe"))
    settle(qtbot, grid.model)
    qtbot.waitUntil(lambda: grid.model.card_at(0) is not None)
    assert [c.id for c in shown_cards(grid.model)] == [big.cards["zoe"].id]
    # The box shows the masked code: the full code does not stay on screen.
    assert grid.search_edit.text() == mask_code(big.code("zoe"))
    qtbot.wait(SEARCH_DELAY_MS + 100)  # the typing delay runs out: still the scanned card
    settle(qtbot, grid.model)
    assert [c.id for c in shown_cards(grid.model)] == [big.cards["zoe"].id]
    timed_filter(qtbot, grid, lambda: grid.search_edit.setText("payne"))  # typed again
    assert [c.id for c in shown_cards(grid.model)] == [big.cards["max"].id]
    # A whole code typed or pasted, then Enter: searched, then shown masked as well.
    grid.search_edit.setText(display(big.code("zoe")).lower())
    qtbot.keyClick(grid.search_edit, Qt.Key.Key_Return)
    settle(qtbot, grid.model)
    qtbot.waitUntil(lambda: grid.model.card_at(0) is not None)
    assert [c.id for c in shown_cards(grid.model)] == [big.cards["zoe"].id]
    assert grid.search_edit.text() == mask_code(big.code("zoe"))


def test_a_date_range_keeps_the_cards_created_on_those_days(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    def choose() -> None:
        grid.from_edit.setDate(QDate(2026, 11, 23))
        grid.to_edit.setDate(QDate(2026, 11, 24))

    assert timed_filter(qtbot, grid, choose) < 1.0
    assert {c.id for c in shown_cards(grid.model)} == {
        big.cards["zoe"].id,
        big.cards["max"].id,
    }
    grid.clear_filters()
    settle(qtbot, grid.model)
    assert grid.model.rowCount() == BIG + 3


def test_sorting_by_balance_happens_in_the_database(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    header = grid.table.horizontalHeader()
    grid.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    settle(qtbot, grid.model)
    qtbot.waitUntil(lambda: grid.model.card_at(2) is not None)
    top = [grid.model.card_at(row) for row in range(3)]
    assert [c.id for c in top] == [big.cards[n].id for n in ("ann", "zoe", "max")]
    assert grid.model.data(grid.model.index(0, 2)) == "$30.00"

    grid.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    settle(qtbot, grid.model)
    qtbot.waitUntil(lambda: grid.model.card_at(0) is not None)
    assert grid.model.card_at(0).balance.minor == 0
    assert grid.model.card_at(BIG + 2) is None  # the far end is not read until shown

    header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)  # Store: not sortable
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.AscendingOrder,
    )


def test_scrolling_to_the_end_reads_only_the_last_page_and_it_matches_the_service(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    grid.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by last four: an indexed column
    settle(qtbot, grid.model)
    scroll = grid.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)  # the view lays itself out after a reset
    grid.table.scrollToBottom()
    last = grid.model.rowCount() - 1
    qtbot.waitUntil(lambda: grid.model.card_at(last) is not None, timeout=30_000)
    manager = big.store.manager
    expected = queries.list_cards(
        big.ctx, manager, offset=last, limit=1, sort="last4", descending=False
    )[0]
    assert grid.model.card_at(last) == expected
    assert grid.model.card_at(BIG // 2) is None


def test_enter_on_a_row_opens_the_card_and_escape_clears_the_search(
    qtbot: QtBot, grid: CardGridWidget, big: World
) -> None:
    timed_filter(qtbot, grid, lambda: grid.search_edit.setText("Ann Lee"))
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClick(grid.table, Qt.Key.Key_Return)
    dialog = grid.findChild(CardDetailDialog)
    assert dialog is not None
    assert dialog.balance_label.text() == "$30.00"
    assert dialog.code_label.text() == big.cards["ann"].masked_code
    dialog.reject()

    search = grid.findChild(QLineEdit, "cardSearch")
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""


def test_a_fast_scroll_reads_the_rows_now_shown_not_every_page_passed_on_the_way(
    qtbot: QtBot, big: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    list_cards = queries.list_cards

    def counting(*args: object, **kwargs: object) -> object:
        read.append(kwargs["offset"])  # type: ignore[arg-type]
        return list_cards(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(queries, "list_cards", counting)
    shell = shell_for(big.store.manager)
    model = CardTableModel(big.ctx, shell.actor_provider, shell.runner, page_size=10)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by last four: an indexed column
    model.set_filter(CardFilter())
    settle(qtbot, model)
    passed = [page * 10 for page in range(0, 300, 15)]
    for row in passed:  # what a view asks while the scroll bar is dragged down
        model.data(model.index(row, 0))
    settle(qtbot, model, timeout=30_000)
    assert model.card_at(passed[-1]) is not None
    assert len(read) <= PARALLEL_LOADS + WAITING_PAGES < len(passed)
