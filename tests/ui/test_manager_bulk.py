"""The card grid's bulk actions: select rows (or all that match the filter), give one
reason, confirm; the result names each card the rules refused."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from posapp import edge
from posapp.db.models import AuditEvent
from posapp.services.cards.bulk import Action
from tests.ui.manager_helpers import Shell, World, make_world, shell_for, when_modal
from ui.manager.bulk_bar import BulkResultDialog
from ui.manager.card_grid import CardGridWidget


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path) -> Iterator[World]:
    built = make_world(tmp_path, sqlite_template)
    yield built
    built.ctx.close()


@pytest.fixture
def grid(qtbot: QtBot, world: World) -> tuple[CardGridWidget, Shell]:
    shell = shell_for(world.store.manager)
    widget = CardGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3 and widget.model.card_at(2) is not None)
    return widget, shell


def _answer(reason: str) -> None:
    def fill(dialog: QInputDialog) -> None:
        dialog.setTextValue(reason)
        dialog.accept()

    when_modal(QInputDialog, fill, name="bulkReason")
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
               name="bulkConfirm")


def _status(world: World, name: str) -> str:
    return edge.balance(world.ctx, world.store.manager, world.code(name)).status


def test_freezing_the_selected_cards_names_the_one_refused(
    qtbot: QtBot, world: World, grid: tuple[CardGridWidget, Shell]
) -> None:
    widget, _ = grid
    edge.void(world.ctx, world.store.manager, world.code("max"), "fraud")
    selection = widget.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(3):
        if widget.model.card_at(row).id in (world.cards["ann"].id, world.cards["max"].id):
            selection.select(widget.model.index(row, 0), flags)
    _answer("stock count")
    widget.bulk_bar.buttons[Action.FREEZE].click()
    qtbot.waitUntil(lambda: widget.findChild(BulkResultDialog) is not None, timeout=10000)
    dialog = widget.findChild(BulkResultDialog)
    assert dialog.summary.text() == "Done: 1. Refused: 1."
    assert dialog.table.item(0, 0).text() == world.cards["max"].masked_code
    assert "voided" in dialog.table.item(0, 1).text()
    assert world.code("max") not in dialog.table.item(0, 0).text()
    assert [_status(world, n) for n in ("ann", "zoe", "max")] == ["frozen", "active", "voided"]


def test_voiding_all_that_match_the_filter(
    qtbot: QtBot, world: World, grid: tuple[CardGridWidget, Shell]
) -> None:
    widget, _ = grid
    edge.freeze(world.ctx, world.store.manager, world.code("zoe"), "lost")
    widget.status_combo.setCurrentIndex(widget.status_combo.findData("active"))
    widget.bulk_bar.scope_combo.setCurrentIndex(1)
    _answer("closing the store")
    widget.bulk_bar.buttons[Action.VOID].click()
    qtbot.waitUntil(lambda: widget.findChild(BulkResultDialog) is not None, timeout=10000)
    assert widget.findChild(BulkResultDialog).summary.text() == "Done: 2. Refused: 0."
    assert [_status(world, n) for n in ("ann", "zoe", "max")] == ["voided", "frozen", "voided"]


def test_nothing_selected_changes_nothing(
    qtbot: QtBot, world: World, grid: tuple[CardGridWidget, Shell]
) -> None:
    widget, shell = grid
    widget.table.clearSelection()
    widget.bulk_bar.buttons[Action.UNFREEZE].click()
    assert widget.findChild(QMessageBox, "bulkNothingSelected") is not None
    assert not shell.runner.busy
    assert [_status(world, n) for n in ("ann", "zoe", "max")] == ["active"] * 3


def test_exporting_the_selected_cards_writes_them_masked(
    qtbot: QtBot, world: World, grid: tuple[CardGridWidget, Shell], tmp_path: Path
) -> None:
    widget, shell = grid
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    widget.table.selectionModel().select(widget.model.index(0, 0), flags)
    chosen = widget.model.card_at(0)
    target = tmp_path / "chosen.csv"
    widget.bulk_bar.export_to(target)
    assert shell.runner.wait_idle(10_000)
    qtbot.waitUntil(lambda: widget.findChild(QMessageBox, "bulkExported") is not None)
    rows = list(csv.DictReader(target.open()))
    assert [r["id"] for r in rows] == [str(chosen.id)]
    assert all(world.code(n) not in target.read_text() for n in ("ann", "zoe", "max"))


def test_printing_the_selected_cards_makes_one_pdf_and_audits_each_reprint(
    qtbot: QtBot, world: World, grid: tuple[CardGridWidget, Shell], tmp_path: Path
) -> None:
    widget, shell = grid
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        widget.table.selectionModel().select(widget.model.index(row, 0), flags)
    target = tmp_path / "cards.pdf"
    widget.bulk_bar.print_to(target)
    assert shell.runner.wait_idle(20_000)
    qtbot.waitUntil(lambda: widget.findChild(QMessageBox, "bulkExported") is not None)
    assert target.read_bytes().startswith(b"%PDF")
    query = select(func.count()).select_from(AuditEvent).where(
        AuditEvent.kind == "card_reprinted")
    assert world.ctx.db.run(lambda s: s.scalar(query), readonly=True) == 2
