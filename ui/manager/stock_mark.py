"""Mark damaged or lost: cards scanned (or typed, ending with Enter), a state and a reason.

Each card is marked by a command of its own, so one card that cannot be marked (sold, not
printed stock, no such card) is listed with the core's reason and does not hold back the
others. Codes are shown masked; the full codes stay in this panel until it is cleared."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from posapp import edge_admin
from posapp.codes import DEFAULT_PREFIX, mask_code
from posapp.domain.errors import PosError
from posapp.services.cards.stock_place import DAMAGED, LOST
from posapp.services.command_path.context import Actor, Context
from ui.deps import Deps
from ui.errors import translated
from ui.manager.card_actions import confirm
from ui.manager.stock_tables import scanned_code
from ui.views.common import big_button
from ui.widgets.message_banner import MessageBanner


@dataclass(frozen=True)
class Marking:
    """What one press of Mark did: the cards marked, and each refused card with why."""

    marked: list[str]
    refused: list[tuple[str, PosError]]


def mark_each(ctx: Context, actor: Actor, codes: list[str], state: str, reason: str,
              key: str) -> Marking:
    """Mark the cards one by one (each audited, each idempotent under its own key)."""
    marked: list[str] = []
    refused: list[tuple[str, PosError]] = []
    for index, code in enumerate(codes):
        try:
            edge_admin.mark_cards(ctx, actor, [code], state, reason, key=f"{key}-{index}")
        except PosError as error:
            refused.append((code, error))
        else:
            marked.append(code)
    return Marking(marked, refused)


class MarkPanel(QWidget):
    # Cards were marked: the report and the lists are out of date.
    moved = Signal()

    def __init__(self, deps: Deps, banner: MessageBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._banner = banner
        # The code prefix the store's cards are masked with (set by the page).
        self.prefix = DEFAULT_PREFIX
        self.codes: list[str] = []
        self.scan = QLineEdit(self)
        self.scan.setObjectName("stockMarkScan")
        self.scan.setPlaceholderText(self.tr("Scan or type each card, then Enter"))
        self.cards = QListWidget(self)
        self.cards.setObjectName("stockMarkCards")
        self.damaged = QRadioButton(self.tr("Damaged"), self)
        self.lost = QRadioButton(self.tr("Lost"), self)
        self.damaged.setObjectName("stockMarkDamaged")
        self.lost.setObjectName("stockMarkLost")
        self.damaged.setChecked(True)
        self._state = QButtonGroup(self)
        self._state.addButton(self.damaged)
        self._state.addButton(self.lost)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("stockMarkReason")
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.mark_button = big_button(self.tr("Mark"), self, kind="danger")
        self.mark_button.setObjectName("stockMarkButton")
        self.clear_button = big_button(self.tr("Start again"), self)
        self.refused = QListWidget(self)
        self.refused.setObjectName("stockMarkRefused")

        how = QHBoxLayout()
        how.addWidget(self.damaged)
        how.addWidget(self.lost)
        how.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.clear_button)
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Cards to mark"), self.cards),
                              (self.tr("Not marked, and why"), self.refused)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addLayout(how)
        layout.addLayout(buttons)
        layout.addLayout(lists, 1)

        self.scan.returnPressed.connect(lambda: self.handle_scan(self.scan.text()))
        self.reason.textChanged.connect(self._enable)
        self.mark_button.clicked.connect(self.mark)
        self.clear_button.clicked.connect(self.back_out)
        self._enable()

    def focus_input(self) -> None:
        self.scan.setFocus()

    def handle_scan(self, text: str) -> bool:
        self.scan.clear()
        code = scanned_code(text, self._banner)
        if code is not None and code not in self.codes:
            self.codes.append(code)
            self.cards.addItem(mask_code(code, self.prefix))
        self._enable()
        return True

    def back_out(self) -> None:
        self.codes.clear()
        self.cards.clear()
        self.refused.clear()
        self.reason.clear()
        self._banner.clear_message()
        self._enable()

    def _enable(self) -> None:
        self.mark_button.setEnabled(bool(self.codes) and bool(self.reason.text().strip()))

    def mark(self) -> None:
        deps = self._deps
        ctx, actor = deps.ctx, deps.actor()
        codes, reason = list(self.codes), self.reason.text()
        state = LOST if self.lost.isChecked() else DAMAGED
        if ctx is None or not codes:
            return
        words = self.lost.text() if state == LOST else self.damaged.text()
        question = (self.tr("Mark the cards listed (%1) as %2?").replace("%1", str(len(codes)))
                    .replace("%2", words.casefold()))
        if not confirm(self, "stockMarkConfirm", self.tr("Mark cards"), question,
                       self.tr("A card marked damaged or lost cannot be sold.")):
            return
        key = f"stock-mark-{uuid.uuid4()}"
        self.mark_button.setEnabled(False)
        deps.runner.run(lambda: mark_each(ctx, actor, codes, state, reason, key),
                        self._marked, self._failed)

    def _marked(self, result: Marking) -> None:
        self.codes = [code for code, _ in result.refused]
        self.cards.clear()
        self.cards.addItems([mask_code(code, self.prefix) for code in self.codes])
        self.refused.clear()
        self.refused.addItems([f"{mask_code(code, self.prefix)}  {translated(error)}"
                               for code, error in result.refused])
        self._enable()
        if not result.marked:
            self._banner.show_error(result.refused[0][1])  # the same refusal, likely, for all
            return
        text = (self.tr("Marked: %1. Not marked: %2 (listed with the reason).")
                if result.refused else self.tr("Marked: %1."))
        self._banner.show_info(text.replace("%1", str(len(result.marked)))
                               .replace("%2", str(len(result.refused))))
        self.moved.emit()

    def _failed(self, error: BaseException) -> None:
        self._banner.show_failure(error)
        self._enable()
