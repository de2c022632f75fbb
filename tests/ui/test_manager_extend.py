"""Extending expiries from the manager screens: the grid's bulk action with its date picker
and refusal report, and the card detail's own action, on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.services.cards.bulk import Action
from posapp.services.cards.issuing import CardTerms
from posapp.services.command_path.results import CardView
from tests.ui.manager_helpers import World, make_world, shell_for, when_modal
from ui.manager.bulk_bar import BulkResultDialog
from ui.manager.card_actions import ExpiryDialog
from ui.manager.card_detail import CardDetailDialog
from ui.manager.card_grid import CardGridWidget

UNTIL = date.today() + timedelta(days=200)


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path) -> Iterator[World]:
    """The three cards that never expire, and two that do: ``old`` already expired by the
    expiry job, ``soon`` still active."""
    built = make_world(tmp_path, sqlite_template)
    store = built.store
    for name, days in (("old", 3), ("soon", 60)):
        built.cards[name] = edge.issue(store.ctx, store.manager, "15.00",
                                       terms=CardTerms(expires_days=days)).card
    store.clock.advance(days=4)
    assert edge.expire_cards(store.ctx, store.manager).expired == 1
    yield built
    built.ctx.close()


def _in_db(world: World, name: str) -> CardView:
    return edge.balance(world.ctx, world.store.manager, world.code(name))


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=UTC)


def _pick(day: date) -> None:
    def fill(dialog: ExpiryDialog) -> None:
        assert dialog.date_edit.calendarPopup()
        assert dialog.date_edit.minimumDate() == QDate.currentDate().addDays(1)
        dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
        dialog.accept()

    when_modal(ExpiryDialog, fill, name="expiryDialog")


def test_extending_every_card_the_filter_matches_reports_the_refused(
    qtbot: QtBot, world: World
) -> None:
    shell = shell_for(world.store.manager)
    widget = CardGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 5 and widget.model.card_at(4) is not None)
    button = widget.bulk_bar.buttons[Action.EXTEND]
    assert button.isVisible()
    widget.bulk_bar.scope_combo.setCurrentIndex(1)
    _pick(UNTIL)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
               name="bulkConfirm")
    button.click()
    qtbot.waitUntil(lambda: widget.findChild(BulkResultDialog) is not None, timeout=10000)
    dialog = widget.findChild(BulkResultDialog)
    assert dialog.summary.text() == "Done: 2. Refused: 3."
    refused = {dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
               for row in range(dialog.table.rowCount())}
    assert set(refused) == {world.cards[n].masked_code for n in ("ann", "zoe", "max")}
    assert all("never expires" in reason for reason in refused.values())
    for name in ("old", "soon"):
        card = _in_db(world, name)
        assert (card.status, card.expires_at) == ("active", _end_of(UNTIL))
    assert _in_db(world, "ann").expires_at is None


def test_the_card_detail_extends_one_card_and_a_cancel_changes_nothing(
    qtbot: QtBot, world: World
) -> None:
    shell = shell_for(world.store.manager)
    dialog = CardDetailDialog(world.ctx, shell.actor_provider, shell.runner, shell.events,
                              _in_db(world, "old"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 2)  # issue, expire
    assert dialog.extend_button.isVisible() and dialog.extend_button.isEnabled()
    when_modal(ExpiryDialog, lambda d: d.reject(), name="expiryDialog")
    dialog.extend_button.click()
    assert _in_db(world, "old").status == "expired"
    _pick(UNTIL)
    dialog.extend_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Expiry extended.", timeout=10000)
    assert dialog.status_label.text() == "Active"
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 3)  # and the reinstate
    assert _in_db(world, "old").expires_at == _end_of(UNTIL)
    never = CardDetailDialog(world.ctx, shell.actor_provider, shell.runner, shell.events,
                             world.cards["ann"])
    qtbot.addWidget(never)
    assert not never.extend_button.isEnabled()  # no date to move


def test_a_cashier_sees_no_extension(qtbot: QtBot, world: World) -> None:
    shell = shell_for(world.store.cashier)
    widget = CardGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(widget)
    widget.bulk_bar.apply_role(world.store.cashier)
    assert not widget.bulk_bar.buttons[Action.EXTEND].isVisibleTo(widget)
