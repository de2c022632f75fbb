"""Ship: the stock room sends a printed batch's cards to a store.

Only printed batches with cards still in a stock room are offered; the page says how many
cards will move before it asks to confirm, and the core's refusal (a cashier, a store that
does not exist, a batch already shipped) is shown as said."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from posapp import edge_admin
from posapp.services.back_office.admin import LocationView, list_locations
from posapp.services.back_office.stock import Moved
from posapp.services.back_office.stock_batches import BatchStock, shippable
from ui.deps import Deps
from ui.manager.card_actions import confirm
from ui.manager.stock_tables import batch_cells, batch_name, fill, selected_row
from ui.views.common import big_button, table
from ui.widgets.message_banner import MessageBanner


class ShipPanel(QWidget):
    # A batch was shipped: the report and the lists are out of date.
    moved = Signal()

    def __init__(self, deps: Deps, banner: MessageBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._banner = banner
        self._batches: list[BatchStock] = []
        self.batches = table(self, [self.tr("Batch"), self.tr("Stock room"),
                                    self.tr("Cards"), self.tr("Face value"),
                                    self.tr("Created")])
        self.batches.setObjectName("stockShipBatches")
        self.store = QComboBox(self)
        self.store.setObjectName("stockShipStore")
        self.plan = QLabel(self)
        self.plan.setObjectName("stockShipPlan")
        self.plan.setWordWrap(True)
        self.ship_button = big_button(self.tr("Ship"), self, kind="primary")
        self.ship_button.setObjectName("stockShipButton")

        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Send to store"), self))
        choice.addWidget(self.store, 1)
        choice.addWidget(self.ship_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Printed batches with cards in a stock room"), self))
        layout.addWidget(self.batches, 1)
        layout.addLayout(choice)
        layout.addWidget(self.plan)

        self.batches.itemSelectionChanged.connect(self._show_plan)
        self.store.currentIndexChanged.connect(self._show_plan)
        self.ship_button.clicked.connect(self.ship)
        deps.events.batches_changed.connect(self.reload)
        self._show_plan()

    def reload(self) -> None:
        deps = self._deps
        ctx, actor = deps.ctx, deps.actor()
        if ctx is None:
            return
        deps.runner.run(lambda: (shippable(ctx, actor), list_locations(ctx)),
                        self._show, self._banner.show_failure)

    def _show(self, data: tuple[list[BatchStock], list[LocationView]]) -> None:
        self._batches, stores = data
        chosen = self.store.currentData()
        self.store.clear()
        for store in stores:
            self.store.addItem(f"{store.code} · {store.name}", store.code)
        if chosen is not None and self.store.findData(chosen) >= 0:
            self.store.setCurrentIndex(self.store.findData(chosen))
        locale = self._deps.actor().locale
        shown = []
        for batch in self._batches:
            name, face, made = batch_cells(batch, locale)
            shown.append((name, batch.store, str(batch.cards), face, made))
        fill(self.batches, shown)
        self._show_plan()

    def _chosen(self) -> BatchStock | None:
        row = selected_row(self.batches)
        return self._batches[row] if row is not None and row < len(self._batches) else None

    def _show_plan(self) -> None:
        batch, store = self._chosen(), self.store.currentData()
        self.ship_button.setEnabled(batch is not None and store is not None)
        if batch is None or store is None:
            self.plan.setText(self.tr("Pick a batch and the store it goes to."))
            return
        self.plan.setText(
            self.tr("%1 cards of batch %2 will go from the stock room of %3 to %4.")
            .replace("%1", str(batch.cards)).replace("%2", batch_name(batch.batch_id))
            .replace("%3", batch.store).replace("%4", str(store)))

    def ship(self) -> None:
        batch, store = self._chosen(), self.store.currentData()
        deps = self._deps
        ctx, actor = deps.ctx, deps.actor()
        if batch is None or store is None or ctx is None:
            return
        if not confirm(self, "stockShipConfirm", self.tr("Ship a batch"), self.plan.text(),
                       self.tr("The cards are in transit until the store receives them.")):
            return
        # One key per confirmed shipment: a repeat of the same request ships once.
        key = f"stock-ship-{uuid.uuid4()}"
        self.ship_button.setEnabled(False)
        deps.runner.run(
            lambda: edge_admin.ship_batch(ctx, actor, str(batch.batch_id), str(store), key=key),
            self._shipped, self._refused)

    def _shipped(self, result: Moved) -> None:
        self._banner.show_info(
            self.tr("Shipped %1 cards of batch %2 to %3: in transit until %3 receives them.")
            .replace("%1", str(result.moved))
            .replace("%2", batch_name(result.batch_id) if result.batch_id else "")
            .replace("%3", result.store))
        self.moved.emit()  # the page reads this list again with the others

    def _refused(self, error: BaseException) -> None:
        self._banner.show_failure(error)
        self.reload()  # another till may have shipped it: the list says what is left
