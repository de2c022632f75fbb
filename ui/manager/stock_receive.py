"""Receive: at the signed-in store, the batches on their way to it, received one at a time;
the cards that did not arrive may be scanned first and are marked lost with the receipt.
The latest receipts below say how many cards came, how many were missing, who received
them and when."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from posapp import edge_admin
from posapp.codes import DEFAULT_PREFIX, mask_code
from posapp.services.back_office.stock import Moved
from posapp.services.back_office.stock_batches import BatchStock, Receipt, arriving, receipts
from ui.deps import Deps
from ui.manager.card_actions import confirm
from ui.manager.stock_tables import batch_cells, batch_name, fill, scanned_code, selected_row
from ui.models.cells import date_time
from ui.views.common import big_button, table
from ui.widgets.message_banner import MessageBanner


class ReceivePanel(QWidget):
    # A batch was received: the report and the lists are out of date.
    moved = Signal()

    def __init__(self, deps: Deps, banner: MessageBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._banner = banner
        self._coming: list[BatchStock] = []
        # The code prefix the store's cards are masked with (set by the page).
        self.prefix = DEFAULT_PREFIX
        self.missing: list[str] = []
        self.title = QLabel(self)
        self.coming = table(self, [self.tr("Batch"), self.tr("Cards on their way"),
                                   self.tr("Face value"), self.tr("Created")])
        self.coming.setObjectName("stockComing")
        self.missing_scan = QLineEdit(self)
        self.missing_scan.setObjectName("stockMissingScan")
        self.missing_scan.setPlaceholderText(
            self.tr("Scan a card that did not arrive, then Enter (none: leave empty)"))
        self.missing_list = QLabel(self)
        self.missing_list.setObjectName("stockMissingList")
        self.missing_list.setWordWrap(True)
        self.receive_button = big_button(self.tr("Receive"), self, kind="primary")
        self.receive_button.setObjectName("stockReceiveButton")
        self.received = table(self, [self.tr("Batch"), self.tr("Received"), self.tr("Missing"),
                                     self.tr("By"), self.tr("When")])
        self.received.setObjectName("stockReceived")

        action = QHBoxLayout()
        action.addWidget(self.missing_scan, 1)
        action.addWidget(self.receive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.coming, 1)
        layout.addLayout(action)
        layout.addWidget(self.missing_list)
        layout.addWidget(QLabel(self.tr("Received here lately"), self))
        layout.addWidget(self.received, 1)

        self.coming.itemSelectionChanged.connect(self._enable)
        self.missing_scan.returnPressed.connect(
            lambda: self.handle_scan(self.missing_scan.text()))
        self.receive_button.clicked.connect(self.receive)
        self._enable()
        self._show_missing()

    def focus_input(self) -> None:
        self.missing_scan.setFocus()

    def handle_scan(self, text: str) -> bool:
        """A card that did not arrive: marked lost when the batch is received."""
        self.missing_scan.clear()
        code = scanned_code(text, self._banner)
        if code is not None and code not in self.missing:
            self.missing.append(code)
        self._show_missing()
        return True

    def back_out(self) -> None:
        self.missing.clear()
        self._banner.clear_message()
        self._show_missing()

    def _show_missing(self) -> None:
        self.missing_list.setText(
            self.tr("Did not arrive: %1").replace(
                "%1", ", ".join(mask_code(code, self.prefix) for code in self.missing))
            if self.missing else "")

    def reload(self) -> None:
        deps = self._deps
        ctx, actor = deps.ctx, deps.actor()
        if ctx is None:
            return
        self.title.setText(self.tr("On their way to %1").replace("%1", actor.location_code))
        deps.runner.run(lambda: (arriving(ctx, actor), receipts(ctx, actor)),
                        self._show, self._banner.show_failure)

    def _show(self, data: tuple[list[BatchStock], list[Receipt]]) -> None:
        self._coming, done = data
        locale = self._deps.actor().locale
        coming = []
        for batch in self._coming:
            name, face, made = batch_cells(batch, locale)
            coming.append((name, str(batch.cards), face, made))
        fill(self.coming, coming)
        fill(self.received, [
            (batch_name(r.batch_id), str(r.received), str(r.missing), r.staff, date_time(r.at))
            for r in done])
        self.received.clearSelection()
        self._enable()

    def _chosen(self) -> BatchStock | None:
        row = selected_row(self.coming)
        return self._coming[row] if row is not None and row < len(self._coming) else None

    def _enable(self) -> None:
        self.receive_button.setEnabled(self._chosen() is not None)

    def receive(self) -> None:
        batch = self._chosen()
        deps = self._deps
        ctx, actor = deps.ctx, deps.actor()
        if batch is None or ctx is None:
            return
        missing = list(self.missing)
        question = (self.tr("Receive the %1 cards of batch %2 at %3?")
                    .replace("%1", str(batch.cards)).replace("%2", batch_name(batch.batch_id))
                    .replace("%3", actor.location_code))
        detail = (self.tr("%1 cards did not arrive: they are marked lost.")
                  .replace("%1", str(len(missing))) if missing
                  else self.tr("No card was scanned as missing: all of them arrive."))
        if not confirm(self, "stockReceiveConfirm", self.tr("Receive a batch"), question,
                       detail):
            return
        key = f"stock-receive-{uuid.uuid4()}"
        self.receive_button.setEnabled(False)
        deps.runner.run(
            lambda: edge_admin.receive_batch(ctx, actor, str(batch.batch_id), missing, key=key),
            self._received, self._refused)

    def _received(self, result: Moved) -> None:
        self._banner.show_info(
            self.tr("Received %1 cards of batch %2 at %3 (%4 missing).")
            .replace("%1", str(result.moved))
            .replace("%2", batch_name(result.batch_id) if result.batch_id else "")
            .replace("%3", result.store).replace("%4", str(result.missing)))
        self.missing.clear()
        self._show_missing()
        self.moved.emit()  # the page reads this list again with the others

    def _refused(self, error: BaseException) -> None:
        self._banner.show_failure(error)
        self.reload()  # another till may have received it: the list says what is left
