"""Receipts and card PDFs from the UI: the terminal's thermal printer, or PDF files.

These functions run inside operations (off the UI thread); they fetch the document
from the services and hand it to :mod:`printers`, which never reads the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from posapp import edge_admin
from posapp.documents import Receipt
from posapp.domain.errors import InvalidInput, PosError
from posapp.services.back_office import documents
from posapp.services.checkout.cashout import CashedOut
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import SaleResult
from printers import (
    PrinterConfig,
    layout_document,
    print_document,
    render_document_pdf,
    render_sheet,
)
from ui.counter.port import Counter
from ui.errors import translated
from ui.operations import Progress
from ui.terminal_config import TerminalConfig


def print_receipt(
    counter: Counter,
    actor: Actor,
    config: TerminalConfig,
    sale: SaleResult,
    gift_codes: dict[uuid.UUID, str] | None = None,
) -> str:
    """Print a sale's receipt (with gift receipts for ``gift_codes``); say where it went.

    With no printer the receipt is kept as a PDF under the receipt folder: a copy that
    stays on disk, so its gift slips carry masked codes (the full code is shown on screen)."""
    return _output(counter.receipt(actor, sale, gift_codes), config)


def _output(doc: Receipt, config: TerminalConfig) -> str:
    printer = _printer(config)
    if printer.enabled:
        print_document(doc, printer)
        return f"{printer.kind} {printer.target}"
    folder = config.receipt_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    out = folder / f"receipt-{doc.receipt_number}.pdf"
    render_document_pdf(doc, out, width=printer.width, full_codes=False)
    return str(out)


def print_cashout(counter: Counter, actor: Actor, config: TerminalConfig,
                  pay: Callable[[], CashedOut]) -> tuple[CashedOut, str]:
    """Pay a card's remainder out (``pay``) and print its slip, which opens the drawer.

    A till without a printer cannot open its drawer, so it pays nothing out. Should the
    printer fail after the payment, the cash-out stands and the reason is said."""
    printer = _printer(config)
    if not printer.enabled:
        raise InvalidInput("This till has no receipt printer to open the cash drawer.")
    done = pay()
    try:
        print_document(counter.cashout_slip(actor, done), printer)
    except PosError as error:
        return done, translated(error)
    return done, ""


def _printer(config: TerminalConfig) -> PrinterConfig:
    return PrinterConfig.from_dict(config.printer) if config.printer else PrinterConfig()


@dataclass(frozen=True)
class SaleDone:
    """A paid sale once its receipt is printed: what the completion view shows."""

    result: SaleResult
    printed_to: str  # where the receipt went, or why it did not print
    preview: str  # the receipt as text, codes masked
    gift_codes: dict[uuid.UUID, str]  # the new codes, to print again while still shown


def print_sale(counter: Counter, actor: Actor, config: TerminalConfig, result: SaleResult,
               gift_codes: dict[uuid.UUID, str] | None = None) -> SaleDone:
    """Print a sale just paid, with the codes it created (sold cards, a replacement card)."""
    codes = gift_codes if gift_codes is not None else {
        card.id: card.code for card in result.cards if card.code}
    doc = counter.receipt(actor, result, codes)
    try:
        where = _output(doc, config)
    except PosError as error:
        where = translated(error)  # the sale is done; the receipt can be printed again
    job = layout_document(doc, _printer(config).width, full_codes=False)
    rule = "-" * job.columns
    preview = f"\n{rule}\n".join("\n".join(slip.lines()) for slip in job.slips)
    return SaleDone(result, where, preview, codes)


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
        edge_admin.mark_printed(ctx, actor, batch_id)
    return result.cards
