"""Batches of physical cards: create one, print its sheets to PDF (cancellable), mark printed."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp import edge_admin
from posapp.services.back_office import batches
from posapp.services.back_office.batches import BatchView
from posapp.services.back_office.products import ProductView, list_products
from ui.deps import Deps
from ui.operations import Cancelled, Progress
from ui.printing import print_batch
from ui.views.common import big_button, heading, table
from ui.widgets.message_banner import MessageBanner


class BatchScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchScreen")
        self._deps = deps
        self._batches: list[BatchView] = []
        self._progress: Progress | None = None
        self.count = QSpinBox(self)
        self.count.setRange(1, 100_000)
        self.count.setValue(50)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Face value; empty: set when sold"))
        self.product = QComboBox(self)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.create_button = big_button(self.tr("Create batch"), self, kind="primary")
        self.list = table(self, [self.tr("Created"), self.tr("Cards"), self.tr("Face value"),
                                 self.tr("Printed")])
        self.print_button = big_button(self.tr("Print sheets (PDF)"), self, kind="go")
        self.cancel_button = big_button(self.tr("Cancel printing"), self, kind="danger")
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.banner = MessageBanner(self)
        form = QFormLayout()
        form.addRow(self.tr("Cards"), self.count)
        form.addRow(self.tr("Face value"), self.amount)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Paper"), self.paper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Card batches"), self))
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self.create_button.clicked.connect(self.create)
        self.print_button.clicked.connect(self.print_selected)
        self.cancel_button.clicked.connect(self.cancel_printing)
        deps.events.batches_changed.connect(self.reload)

    def reload(self) -> None:
        deps = self._deps
        actor = deps.actor()
        deps.runner.run(
            lambda: (batches.list_batches(deps.ctx, actor), list_products(deps.ctx)),
            self._show, self.banner.show_failure)

    def _show(self, data: tuple[list[BatchView], list[ProductView]]) -> None:
        self._batches, products = data
        self.product.clear()
        self.product.addItem(self.tr("No product"), None)
        for product in products:
            self.product.addItem(f"{product.name} ({product.sku})", product.sku)
        locale = self._deps.actor().locale
        self.list.setRowCount(len(self._batches))
        for row, batch in enumerate(self._batches):
            cells = (batch.created_at.strftime("%Y-%m-%d %H:%M"), str(batch.count),
                     batch.face_value.format(locale) if batch.face_value else "—",
                     batch.printed_at.strftime("%Y-%m-%d %H:%M") if batch.printed_at else "")
            for col, text in enumerate(cells):
                self.list.setItem(row, col, QTableWidgetItem(text))

    def create(self) -> None:
        deps = self._deps
        actor = deps.actor()
        count, amount = self.count.value(), self.amount.text().strip() or None
        sku = self.product.currentData()
        deps.runner.run(
            lambda: edge_admin.create_batch(deps.ctx, actor, count, amount=amount, product_sku=sku),
            self._created, self.banner.show_failure)

    def _created(self, batch: BatchView) -> None:
        self.banner.show_info(self.tr("Batch of %1 cards created.").replace(
            "%1", str(batch.count)))
        self._deps.events.batches_changed.emit()
        self._deps.events.cards_changed.emit()

    def out_file(self, batch_id: uuid.UUID) -> Path:
        folder = self._deps.config.receipt_folder().parent / "batches"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"batch-{batch_id}.pdf"

    def print_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._batches):
            return
        deps = self._deps
        actor = deps.actor()
        batch_id = self._batches[row].batch_id
        out, paper = self.out_file(batch_id), self.paper.currentData()
        self._printing(True)
        self._progress = deps.runner.run_cancellable(
            lambda progress: print_batch(deps.ctx, actor, batch_id, out, paper, progress),
            lambda cards: self._printed(cards, out),
            self._print_failed,
            on_progress=self._on_progress,
        )

    def cancel_printing(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _printed(self, cards: int, out: Path) -> None:
        self._printing(False)
        self.banner.show_info(self.tr("%1 cards written to %2").replace(
            "%1", str(cards)).replace("%2", str(out)))
        self._deps.events.batches_changed.emit()

    def _print_failed(self, error: BaseException) -> None:
        self._printing(False)
        if isinstance(error, Cancelled):
            self.banner.show_info(self.tr("Printing cancelled; nothing was marked printed."))
        else:
            self.banner.show_failure(error)

    def _printing(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.print_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
