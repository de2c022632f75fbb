"""Managers import cards from a CSV file and export every card (masked) to one.

Both run through the operation runner with progress and Cancel. The services call
their progress callback on the worker thread: it hands the numbers to the UI thread
through the runner's queued signal and answers False once Cancel was pressed, so the
import rolls back (nothing kept) and the export deletes its half-written file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem

from posapp.domain.errors import PosError
from posapp.domain.roles import Permission, allows
from posapp.services.back_office import csv_io, import_check
from posapp.services.back_office.csv_io import ImportPreview, ImportResult
from posapp.services.cards import queries
from posapp.services.command_path.context import Actor, Context
from ui.deps import Deps
from ui.operations import Cancelled, Progress
from ui.views.cards_io_view import CardsIoView


@dataclass(frozen=True)
class ExportResult:
    written: int
    path: Path
    cancelled: bool = False


def import_rows(progress: Progress) -> Callable[[int, int], bool]:
    """The import's callback: relay (done, total) to the UI, go on until cancelled."""

    def report(done: int, total: int) -> bool:
        progress.report(done, total)
        return not progress.cancelled

    return report


def export_all(ctx: Context, actor: Actor, path: Path, progress: Progress) -> ExportResult:
    """Export every card to ``path``; runs on the worker thread."""
    total = queries.count_cards(ctx, actor)
    stopped = False

    def report(written: int) -> bool:
        nonlocal stopped
        progress.report(written, total)
        stopped = progress.cancelled
        return not stopped

    progress.report(0, total)
    written = csv_io.export_cards(ctx, actor, path, progress=report)
    return ExportResult(written, path, cancelled=stopped)


class CardsIoScreen(QObject):
    def __init__(self, view: CardsIoView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self._progress: Progress | None = None
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.import_browse.clicked.connect(self.choose_import_file)
        v.export_browse.clicked.connect(self.choose_export_file)
        v.import_button.clicked.connect(self.start_import)
        v.check_button.clicked.connect(self.start_check)
        v.export_button.clicked.connect(self.start_export)
        v.import_path.returnPressed.connect(self.start_import)
        v.export_path.returnPressed.connect(self.start_export)
        v.cancel_button.clicked.connect(self.cancel)

    # page hooks -----------------------------------------------------------------
    def reload(self) -> None:
        actor = self._deps.actor()
        self.view.import_box.setVisible(allows(actor.role, Permission.IMPORT))
        self.view.export_box.setVisible(allows(actor.role, Permission.EXPORT))

    def focus_input(self) -> None:
        self.view.import_path.setFocus()

    def back_out(self) -> None:
        self.cancel()

    @property
    def running(self) -> bool:
        return self._progress is not None

    # files ----------------------------------------------------------------------
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.view, self.tr("Import cards"), self.view.import_path.text(),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.view.import_path.setText(path)

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.view, self.tr("Export cards"), self.view.export_path.text() or "cards.csv",
            self.tr("CSV files (*.csv)"))
        if path:
            self.view.export_path.setText(path)

    def _path(self, field_text: str) -> Path | None:
        text = field_text.strip()
        if not text:
            self.view.banner.show_info(self.tr("Choose a CSV file first."))
            return None
        return Path(text).expanduser()

    # import ---------------------------------------------------------------------
    def _mapping(self) -> import_check.Mapping | None:
        try:
            return import_check.Mapping.parse(self.view.mapping_edit.text())
        except PosError as error:
            self.view.banner.show_failure(error)
            return None

    def start_check(self) -> None:
        """Read the file and list its columns and every bad line; nothing is written."""
        path = self._path(self.view.import_path.text())
        mapping = self._mapping() if path is not None else None
        if path is None or mapping is None or self.running:
            return
        deps, actor = self._deps, self._deps.actor()
        self._started(self.tr("Checking %1…").replace("%1", path.name))
        self._progress = deps.runner.run_cancellable(
            lambda progress: csv_io.preview_import(deps.ctx, actor, path, mapping=mapping),
            self._checked, self._failed, on_progress=self._on_progress)

    def _checked(self, preview: ImportPreview) -> None:
        self._finished()
        named = [f"{k}={v}" for k, v in preview.columns.items()]
        self.view.mapping_edit.setText(", ".join(named + [f"ignore={c}" for c in preview.ignored]))
        self._show_problems(preview.problems)
        bad = len(preview.problems)
        if bad:
            self.view.banner.show_info(self.tr("%1 of %2 lines are bad; nothing was imported.")
                                       .replace("%1", f"{bad:,}")
                                       .replace("%2", f"{preview.rows:,}"))
        else:
            self.view.banner.show_info(self.tr("All %1 lines are good.").replace(
                "%1", f"{preview.rows:,}"))

    def _show_problems(self, problems: list[import_check.Problem]) -> None:
        table = self.view.problems
        table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            table.setItem(row, 0, QTableWidgetItem(str(problem.line)))
            table.setItem(row, 1, QTableWidgetItem(problem.reason))
        table.setVisible(bool(problems))

    def start_import(self) -> None:
        path = self._path(self.view.import_path.text())
        mapping = self._mapping() if path is not None else None
        if path is None or mapping is None or self.running:
            return
        deps, actor = self._deps, self._deps.actor()
        dry_run = self.view.dry_run_box.isChecked()
        self._started(self.tr("Checking %1…").replace("%1", path.name))
        self._progress = deps.runner.run_cancellable(
            lambda progress: csv_io.import_cards(deps.ctx, actor, path, mapping=mapping,
                                                 dry_run=dry_run,
                                                 progress=import_rows(progress)),
            self._imported, self._failed, on_progress=self._on_progress)

    def _imported(self, result: ImportResult) -> None:
        self._finished()
        self._show_problems([])
        if result.cancelled:
            self.view.banner.show_info(self.tr("Import cancelled, nothing was imported."))
            return
        if result.dry_run:
            self.view.banner.show_info(self.tr(
                "Dry run: all %1 cards in %2 would be imported; nothing was written.").replace(
                "%1", f"{result.checked:,}").replace("%2", result.file))
            return
        self.view.banner.show_info(self.tr("%1 cards imported from %2.").replace(
            "%1", f"{result.imported:,}").replace("%2", result.file))
        self._deps.events.cards_changed.emit()

    # export ---------------------------------------------------------------------
    def start_export(self) -> None:
        path = self._path(self.view.export_path.text())
        if path is None or self.running:
            return
        deps, actor = self._deps, self._deps.actor()
        self._started(self.tr("Exporting to %1…").replace("%1", path.name))
        self._progress = deps.runner.run_cancellable(
            lambda progress: export_all(deps.ctx, actor, path, progress),
            self._exported, self._failed, on_progress=self._on_progress)

    def _exported(self, result: ExportResult) -> None:
        self._finished()
        if result.cancelled:
            self.view.banner.show_info(self.tr("Export cancelled; no file was written."))
            return
        self.view.banner.show_info(self.tr("%1 cards written to %2 (codes masked).").replace(
            "%1", f"{result.written:,}").replace("%2", str(result.path)))

    # both -----------------------------------------------------------------------
    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.view.cancel_button.setEnabled(False)
            self.view.banner.show_info(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.view.progress.setMaximum(max(total, 1))
        self.view.progress.setValue(min(done, max(total, 1)))

    def _failed(self, error: BaseException) -> None:
        self._finished()
        if isinstance(error, Cancelled):
            self.view.banner.show_info(self.tr("Cancelled; nothing was changed."))
        else:
            self.view.banner.show_failure(error)

    def _started(self, what: str) -> None:
        v = self.view
        v.banner.show_info(what)
        v.progress.setMaximum(0)  # busy until the first report
        v.progress.setValue(0)
        v.progress.show()
        v.cancel_button.setEnabled(True)
        v.cancel_button.show()
        v.cancel_button.setFocus()
        self._set_startable(False)

    def _finished(self) -> None:
        self._progress = None
        self.view.progress.hide()
        self.view.cancel_button.hide()
        self._set_startable(True)
        box = self.view.import_box if self.view.import_box.isVisible() else self.view.export_box
        (self.view.import_path if box is self.view.import_box else self.view.export_path
         ).setFocus()

    def _set_startable(self, enabled: bool) -> None:
        for widget in (self.view.import_button, self.view.export_button,
                       self.view.import_browse, self.view.export_browse,
                       self.view.check_button):
            widget.setEnabled(enabled)
