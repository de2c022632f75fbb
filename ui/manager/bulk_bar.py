"""The card grid's bulk actions: freeze, unfreeze, void (one reason), extend the expiry (one
new last day) or resend the e-mails of the selected cards, or of every card the filter
matches.

The work runs off the UI thread with progress and Cancel (a cancel leaves the cards done so
far done and the rest untouched); the result lists the cards done and, by masked code and
reason, each card the rules refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp import edge, edge_bulk
from posapp.domain.roles import Permission, allows
from posapp.services.back_office import csv_io
from posapp.services.cards import bulk
from posapp.services.cards.bulk import Action, BulkResult
from posapp.services.cards.queries import CardFilter
from posapp.services.command_path.context import Actor, Context
from printers.card_pdf import render_sheet
from ui.backoffice.cards_io_screen import ExportResult
from ui.errors import show_error, translated
from ui.events import AppEvents
from ui.manager.card_actions import ExpiryDialog, confirm
from ui.models.lifetime import while_alive
from ui.operations import Cancelled, OperationRunner, Progress

_PERMISSION = {
    Action.FREEZE: Permission.FREEZE,
    Action.UNFREEZE: Permission.FREEZE,
    Action.VOID: Permission.VOID,
    Action.RESEND: Permission.REPRINT,
    Action.EXTEND: Permission.EXTEND_EXPIRY,
}


class BulkResultDialog(QDialog):
    """Done N, refused M: each refused card by its masked code, with the reason."""

    def __init__(self, result: BulkResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkResultDialog")
        self.setWindowTitle(self.tr("Bulk action"))
        layout = QVBoxLayout(self)
        summary = self.tr("Done: %1. Refused: %2.").replace("%1", f"{result.done:,}").replace(
            "%2", f"{len(result.refused):,}")
        if result.cancelled:
            summary += " " + self.tr("Cancelled: the other cards were not changed.")
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(result.refused), 2, self)
        self.table.setObjectName("bulkRefused")
        self.table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for row, refusal in enumerate(result.refused):
            self.table.setItem(row, 0, QTableWidgetItem(refusal.masked_code))
            self.table.setItem(row, 1, QTableWidgetItem(translated(refusal.error)))
        self.table.setVisible(bool(result.refused))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 360)


class BulkActionBar(QWidget):
    """A row under the grid: which cards, the actions, and progress with Cancel."""

    def __init__(
        self,
        ctx: Context,
        actor_provider: Callable[[], Actor],
        runner: OperationRunner,
        events: AppEvents,
        selected: Callable[[], list[uuid.UUID]],
        current_filter: Callable[[], CardFilter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkBar")
        self._ctx, self._actor, self._runner, self._events = ctx, actor_provider, runner, events
        self._selected, self._filter = selected, current_filter
        self._progress: Progress | None = None
        self.last_result: BulkResult | None = None
        rows = QVBoxLayout(self)  # two rows: fits a 1024 px window in every language
        rows.setContentsMargins(0, 0, 0, 0)
        row, files = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(files)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("bulkScope")
        self.scope_combo.addItem(self.tr("Selected cards"), "selected")
        self.scope_combo.addItem(self.tr("All that match the filter"), "filter")
        row.addWidget(self.scope_combo)
        self.buttons: dict[Action, QPushButton] = {}
        for action, text, line in (
            (Action.FREEZE, self.tr("Freeze…"), row),
            (Action.UNFREEZE, self.tr("Unfreeze"), row),
            (Action.VOID, self.tr("Void…"), row),
            (Action.RESEND, self.tr("Resend e-mails"), row),
            (Action.EXTEND, self.tr("Extend expiry…"), files),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"bulk_{action.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.start(a))
            line.addWidget(button)
            self.buttons[action] = button
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("bulk_export")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.choose_export_file)
        files.addWidget(self.export_button)
        self.print_button = QPushButton(self.tr("Print PDF…"), self)
        self.print_button.setObjectName("bulk_print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.choose_pdf_file)
        files.addWidget(self.print_button)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("bulkProgress")
        self.progress_bar.hide()
        files.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("bulkCancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        files.addWidget(self.cancel_button)
        files.addStretch(1)
        row.addStretch(1)

    def apply_role(self, actor: Actor | None) -> None:
        for action, button in self.buttons.items():
            button.setVisible(actor is not None and allows(actor.role, _PERMISSION[action]))
        self.export_button.setVisible(actor is not None and allows(actor.role, Permission.EXPORT))
        self.print_button.setVisible(actor is not None and allows(actor.role, Permission.REPRINT))

    @property
    def running(self) -> bool:
        return self._progress is not None

    def _reason(self, action: Action) -> str | None:
        label = self.tr("Reason for freezing these cards:") if action is Action.FREEZE else \
            self.tr("Reason for voiding these cards (for good):")
        dialog = QInputDialog(self)
        dialog.setObjectName("bulkReason")
        dialog.setWindowTitle(self.tr("Bulk action"))
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue().strip() or None

    def _new_expiry(self) -> date | None:
        intro = self.tr("Choose the last day these cards may be used. Expired cards become "
                        "usable again with their balance; cards that never expire, and cards "
                        "that already run longer, are listed as refused.")
        return ExpiryDialog.ask(self, intro, date.today() + timedelta(days=365))

    def _chosen(self) -> tuple[bool, list[uuid.UUID]] | None:
        """(by the filter?, the selected ids); None, with a word why, when nothing is chosen."""
        by_filter = self.scope_combo.currentData() == "filter"
        chosen = [] if by_filter else self._selected()
        if not by_filter and not chosen:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Bulk action"),
                              self.tr("Select cards first, or choose all that match the "
                                      "filter."), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("bulkNothingSelected")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return None
        return by_filter, chosen

    def _ids(self, by_filter: bool, chosen: list[uuid.UUID]
             ) -> Callable[[], tuple[list[uuid.UUID], dict[str, object]]]:
        ctx, actor, f = self._ctx, self._actor(), self._filter()
        if by_filter:
            return lambda: edge_bulk.matching_filter(ctx, actor, f)
        return lambda: (chosen, {"selected": len(chosen)})

    def _choose_file(self, title: str, name: str, kinds: str,
                     then: Callable[[Path], None]) -> None:
        if self.running or self._chosen() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, name, kinds)
        if path:
            then(Path(path))

    def choose_export_file(self) -> None:
        self._choose_file(self.tr("Export cards"), "cards.csv", self.tr("CSV files (*.csv)"),
                          self.export_to)

    def choose_pdf_file(self) -> None:
        self._choose_file(self.tr("Print the cards as PDF"), "cards.pdf",
                          self.tr("PDF files (*.pdf)"), self.print_to)

    def _write_chosen(
        self, write: Callable[[Context, Actor, list[uuid.UUID], Progress], ExportResult]
    ) -> None:
        """Run ``write`` on the chosen cards' ids off the UI thread, with progress."""
        picked = self._chosen()
        if self.running or picked is None:
            return
        ids_of, ctx, actor = self._ids(*picked), self._ctx, self._actor()

        def work(progress: Progress) -> ExportResult:
            ids, _ = ids_of()
            return write(ctx, actor, ids, progress)

        self._set_running(True)
        self._progress = self._runner.run_cancellable(
            work, while_alive(self, self._exported), while_alive(self, self._failed),
            on_progress=self._on_progress)

    def export_to(self, path: Path) -> None:
        """Write the chosen cards (masked) to ``path``, off the UI thread."""

        def write(ctx: Context, actor: Actor, ids: list[uuid.UUID],
                  progress: Progress) -> ExportResult:
            progress.report(0, len(ids))

            def report(written: int) -> bool:
                progress.report(written, len(ids))
                return not progress.cancelled

            written = csv_io.export_cards(ctx, actor, path, ids=ids, progress=report)
            return ExportResult(written, path, cancelled=progress.cancelled)

        self._write_chosen(write)

    def print_to(self, path: Path) -> None:
        """The chosen cards' faces (full codes: each reprint is audited) on one PDF."""

        def write(ctx: Context, actor: Actor, ids: list[uuid.UUID],
                  progress: Progress) -> ExportResult:
            faces = (edge.card_face(ctx, actor, card_id) for card_id in ids)

            def report(done: int, total: int | None) -> bool:
                progress.report(done, total or len(ids))
                return not progress.cancelled

            sheet = render_sheet(faces, path, total=len(ids), header=False, progress=report)
            return ExportResult(sheet.cards, path, cancelled=sheet.cancelled)

        self._write_chosen(write)

    def _exported(self, result: ExportResult) -> None:
        self._set_running(False)
        if result.cancelled:
            text = self.tr("Cancelled; no file was written.")
        elif result.path.suffix.lower() == ".pdf":
            text = self.tr("%1 cards printed to %2.").replace("%1", f"{result.written:,}") \
                .replace("%2", result.path.name)
        else:
            text = self.tr("%1 cards written (codes masked).").replace(
                "%1", f"{result.written:,}")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export cards"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("bulkExported")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def start(self, action: Action) -> None:
        picked = self._chosen()
        if self.running or picked is None:
            return
        by_filter, chosen = picked
        reason, until = None, None
        if action in (Action.FREEZE, Action.VOID):
            reason = self._reason(action)
            if reason is None:
                return
        if action is Action.EXTEND:
            until = self._new_expiry()
            if until is None:
                return
        which = self.tr("every card that matches the filter") if by_filter else \
            self.tr("%1 selected card(s)", "", len(chosen)).replace("%1", f"{len(chosen):,}")
        if not confirm(self, "bulkConfirm", self.tr("Bulk action"),
                       self.tr("%1: %2?").replace("%1", self.buttons[action].text().rstrip("…"))
                       .replace("%2", which),
                       self.tr("Each card is changed on its own; cards the rules refuse are "
                               "listed afterwards.")):
            return
        ids_of, ctx, actor = self._ids(by_filter, chosen), self._ctx, self._actor()

        def work(progress: Progress) -> BulkResult:
            ids, source = ids_of()

            def report(done: int, total: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            return bulk.run_bulk(ctx, actor, action, ids, reason=reason, until=until,
                                 source=source, progress=report)

        self._set_running(True)
        self._progress = self._runner.run_cancellable(
            work, while_alive(self, self._done), while_alive(self, self._failed),
            on_progress=self._on_progress)

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _done(self, result: BulkResult) -> None:
        self._set_running(False)
        self.last_result = result
        self._events.cards_changed.emit()
        dialog = BulkResultDialog(result, self)
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._events.cards_changed.emit()
        if not isinstance(error, Cancelled):
            show_error(self, error)

    def _set_running(self, running: bool) -> None:
        if not running:
            self._progress = None
        self.progress_bar.setVisible(running)
        self.progress_bar.setMaximum(0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for button in [*self.buttons.values(), self.export_button, self.print_button]:
            button.setEnabled(not running)
        self.scope_combo.setEnabled(not running)
