"""A card's detail dialog: every action runs the real service on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.services.command_path.results import CardView
from tests.ui.manager_helpers import Shell, World, make_world, shell_for, when_modal
from ui.manager.card_actions import ActionSpec, CardActionDialog, NewCodeDialog
from ui.manager.card_detail import CardDetailDialog
from ui.manager.card_grid import CardGridWidget


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path) -> Iterator[World]:
    built = make_world(tmp_path, sqlite_template)
    yield built
    built.ctx.close()


@pytest.fixture
def shell(qtbot: QtBot, world: World) -> Shell:
    return shell_for(world.store.manager)


def open_detail(qtbot: QtBot, world: World, shell: Shell, name: str = "ann") -> CardDetailDialog:
    dialog = CardDetailDialog(
        world.ctx, shell.actor_provider, shell.runner, shell.events, world.cards[name]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() > 0)
    return dialog


def in_db(world: World, name: str) -> CardView:
    return edge.balance(world.ctx, world.store.manager, world.code(name))


def fill_and_accept(text: str, amount: str = "") -> object:
    def answer(dialog: CardActionDialog) -> None:
        dialog.amount_edit.setText(amount)
        dialog.text_edit.setText(text)
        dialog.ok_button.click()

    return answer


def press(button: QMessageBox.StandardButton) -> object:
    return lambda box: box.button(button).click()


def error_box(parent: QWidget) -> QMessageBox | None:
    return parent.findChild(QMessageBox, "errorBox")


def test_the_summary_shows_the_masked_card_its_balance_and_its_history(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    assert dialog.code_label.text() == world.cards["ann"].masked_code
    assert dialog.balance_label.text() == "$30.00"
    assert dialog.status_label.text() == "Active"
    assert dialog.status_label.property("state") == "active"
    assert dialog.recipient_label.text() == "Ann Lee"
    assert dialog.history_model.rowCount() == 1
    texts = [label.text() for label in dialog.findChildren(QLabel)] + [dialog.windowTitle()]
    assert not [text for text in texts if world.code("ann") in text.replace("-", "")]


def test_a_void_cannot_be_asked_without_a_reason(qtbot: QtBot, world: World) -> None:
    spec = ActionSpec("Void card", "Say why %1 is voided.", text_label="Reason")
    dialog = CardActionDialog(world.cards["ann"], spec)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setText("reported stolen")
    assert dialog.ok_button.isEnabled()


def test_void_asks_a_reason_then_confirmation_and_voids_the_card_in_the_database(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    when_modal(CardActionDialog, fill_and_accept("reported stolen"))
    when_modal(QMessageBox, press(QMessageBox.StandardButton.Yes), name="confirmVoid")
    with qtbot.waitSignal(shell.events.cards_changed):
        dialog.void_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Card voided.")
    stored = in_db(world, "ann")
    assert (stored.status, stored.balance.minor) == ("voided", 0)
    assert dialog.status_label.text() == "Voided"
    assert dialog.balance_label.text() == "$0.00"
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 2)
    newest = dialog.history_model.entry_at(0)
    assert (newest.kind, newest.note, newest.staff) == ("void", "reported stolen", "mia")
    assert not dialog.void_button.isEnabled()


def test_answering_no_at_the_confirmation_changes_nothing(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    when_modal(CardActionDialog, fill_and_accept("reported stolen"))
    when_modal(QMessageBox, press(QMessageBox.StandardButton.No), name="confirmVoid")
    dialog.void_button.click()
    assert not shell.runner.busy
    stored = in_db(world, "ann")
    assert (stored.status, stored.balance.minor) == ("active", 3000)
    assert dialog.message.text() == ""


def test_adjust_with_a_note_changes_the_balance(qtbot: QtBot, world: World, shell: Shell) -> None:
    dialog = open_detail(qtbot, world, shell)
    when_modal(CardActionDialog, fill_and_accept("goodwill", amount="5.00"))
    dialog.adjust_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Balance adjusted.")
    assert in_db(world, "ann").balance.minor == 3500
    assert dialog.balance_label.text() == "$35.00"


def test_a_refused_adjustment_is_shown_as_a_message_and_changes_nothing(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    when_modal(CardActionDialog, fill_and_accept("typo", amount="12.345"))
    dialog.adjust_button.click()
    qtbot.waitUntil(lambda: error_box(dialog) is not None)
    box = error_box(dialog)
    assert box.property("errorCode") == "invalid_amount"
    assert box.text() == "That amount can't be used. Check the number and try again."
    assert in_db(world, "ann").balance.minor == 3000
    assert dialog.balance_label.text() == "$30.00"
    assert dialog.adjust_button.isEnabled()


def test_a_card_voided_elsewhere_meanwhile_refuses_the_freeze_with_a_message(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    edge.void(world.ctx, world.store.manager, world.code("ann"), "duplicate")
    when_modal(CardActionDialog, fill_and_accept("lost"))
    dialog.freeze_button.click()
    qtbot.waitUntil(lambda: error_box(dialog) is not None)
    assert error_box(dialog).property("errorCode") == "card_voided"
    assert in_db(world, "ann").status == "voided"


def test_freeze_and_unfreeze(qtbot: QtBot, world: World, shell: Shell) -> None:
    dialog = open_detail(qtbot, world, shell)
    assert dialog.unfreeze_button.isHidden()
    when_modal(CardActionDialog, fill_and_accept("reported lost"))
    dialog.freeze_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Card frozen.")
    assert in_db(world, "ann").status == "frozen"
    assert dialog.freeze_button.isHidden() and not dialog.unfreeze_button.isHidden()
    dialog.unfreeze_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Card unfrozen.")
    assert in_db(world, "ann").status == "active"


def test_transfer_moves_the_balance_and_shows_the_new_code_once(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    when_modal(QMessageBox, press(QMessageBox.StandardButton.Yes), name="confirmTransfer")
    dialog.transfer_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(NewCodeDialog) is not None)
    shown = dialog.findChild(NewCodeDialog).code_label.text()
    new = edge.balance(world.ctx, world.store.manager, shown)
    assert new.balance.minor == 3000 and new.id != world.cards["ann"].id
    assert in_db(world, "ann").balance.minor == 0
    assert dialog.balance_label.text() == "$0.00"
    assert dialog.message.text() == f"Balance moved to {new.masked_code}."


def test_reprint_saves_the_cards_pdf(
    qtbot: QtBot, world: World, shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "card.pdf"
    dialog = open_detail(qtbot, world, shell)
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: out)
    dialog.reprint_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == f"Card saved to {out}.")
    assert out.read_bytes().startswith(b"%PDF")


def test_a_cashier_sees_no_manager_actions_and_no_card_list(qtbot: QtBot, world: World) -> None:
    shell = shell_for(world.store.cashier)
    dialog = CardDetailDialog(
        world.ctx, shell.actor_provider, shell.runner, shell.events, world.cards["ann"]
    )
    qtbot.addWidget(dialog)
    buttons = [
        dialog.adjust_button,
        dialog.freeze_button,
        dialog.unfreeze_button,
        dialog.transfer_button,
        dialog.reprint_button,
        dialog.void_button,
    ]
    assert all(button.isHidden() for button in buttons)
    assert not shell.runner.busy  # nor is the history read for a cashier
    grid = CardGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(grid)
    assert grid.model.rowCount() == 0 and not shell.runner.busy
    assert not grid.notice.isHidden() and grid.table.isHidden()


def test_the_service_still_refuses_when_the_manager_has_handed_back_to_a_cashier(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    dialog = open_detail(qtbot, world, shell)
    shell.actor = world.store.cashier  # the override ended without the dialog hearing of it
    when_modal(CardActionDialog, fill_and_accept("goodwill", amount="5.00"))
    dialog.adjust_button.click()
    qtbot.waitUntil(lambda: error_box(dialog) is not None)
    assert error_box(dialog).property("errorCode") == "permission_denied"
    assert in_db(world, "ann").balance.minor == 3000


def test_a_void_from_the_detail_refreshes_the_grid_behind_it(
    qtbot: QtBot, world: World, shell: Shell
) -> None:
    grid = CardGridWidget(world.ctx, shell.actor_provider, shell.runner, shell.events)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.card_at(0) is not None)
    row = next(r for r in range(3) if grid.model.card_at(r).id == world.cards["zoe"].id)
    dialog = grid.open_card(grid.model.index(row, 0))
    when_modal(CardActionDialog, fill_and_accept("broken"))
    when_modal(QMessageBox, press(QMessageBox.StandardButton.Yes), name="confirmVoid")
    dialog.void_button.click()
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(row, 1)) == "Voided")
    assert grid.model.card_at(row).balance.minor == 0


def test_session_lock_closes_the_detail(qtbot: QtBot, world: World, shell: Shell) -> None:
    dialog = open_detail(qtbot, world, shell)
    shell.events.session_changed.emit(None)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None
