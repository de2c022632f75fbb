"""Receipts and card PDFs from the UI: the terminal's thermal printer, or PDF files.

These functions run inside operations (off the UI thread); they fetch the document
from the services and hand it to :mod:`printers`, which never reads the database.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from posapp.services import batches, documents
from posapp.services.context import Actor, Context
from printers import PrinterConfig, print_document, render_document_pdf, render_sheet
from ui.operations import Progress
from ui.terminal_config import TerminalConfig


def print_receipt(
    ctx: Context,
    actor: Actor,
    config: TerminalConfig,
    sale_id: uuid.UUID,
    gift_codes: dict[uuid.UUID, str] | None = None,
) -> str:
    """Print a sale's receipt (with gift receipts for ``gift_codes``); say where it went."""
    doc = documents.receipt(ctx, actor, sale_id, gift_codes=gift_codes)
    printer = PrinterConfig.from_dict(config.printer) if config.printer else PrinterConfig()
    if printer.enabled:
        print_document(doc, printer)
        return f"{printer.kind} {printer.target}"
    folder = config.receipt_folder()
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"receipt-{doc.receipt_number}.pdf"
    render_document_pdf(doc, out, width=printer.width)
    return str(out)


def print_batch(
    ctx: Context, actor: Actor, batch_id: uuid.UUID, out: Path, paper: str, progress: Progress
) -> int:
    """Write a batch's card sheets to ``out`` and mark the batch printed; cancellable."""
    view, faces = documents.batch_faces(ctx, actor, batch_id)

    def report(done: int, total: int | None) -> bool:
        progress.report(done, total or view.count)
        return not progress.cancelled

    result = render_sheet(faces, out, paper=paper, total=view.count, progress=report)
    progress.check()
    if not result.cancelled:
        batches.mark_printed(ctx, actor, batch_id)
    return result.cards
