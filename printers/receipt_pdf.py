"""Receipts as PDF: the thermal slip's twin, for terminals without a printer or for e-mail.

Each slip becomes one page as wide as the receipt paper and as long as its
content, set in a monospaced font so columns line up exactly as they do on
the thermal printer.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from posapp.documents import StoreInfo
from posapp.paths import PrivateTarget
from printers.barcodes import QR_QUIET_MODULES, draw_qr, qr_matrix
from printers.receipt_layout import Document, PrintJob, Qr, Slip, Text, layout_document

_FONT = "Courier"
_BOLD = "Courier-Bold"
_FONT_SIZE = 7.0
_CHAR_WIDTH = 0.6 * _FONT_SIZE  # Courier's advance is 600/1000 em
_LEADING = 8.6
_MARGIN = 4 * mm
_QR_SYMBOL = 22 * mm


def render_document_pdf(doc: Document, out: Path | BinaryIO, *, width: int = 80,
                        store: StoreInfo | None = None, full_codes: bool = True) -> None:
    """Write ``doc`` as a PDF receipt for ``width`` mm paper: one page per slip
    (gift slips with masked codes and no QR unless ``full_codes``)."""
    job = layout_document(doc, width, store=store, full_codes=full_codes)
    render_job_pdf(job, out, width=width)


def render_job_pdf(job: PrintJob, out: Path | BinaryIO, *, width: int = 80) -> None:
    """Write an already laid-out ``job``; the same lines the thermal printer would print."""
    page_width = max(width * mm, job.columns * _CHAR_WIDTH + 2 * _MARGIN)
    left = (page_width - job.columns * _CHAR_WIDTH) / 2
    # Receipts may hold full codes (gift receipts), names and e-mails: owner-only.
    canvas = Canvas(PrivateTarget(out) if isinstance(out, Path) else out, pageCompression=1)
    canvas.setTitle("Receipt")
    canvas.setCreator("GiftPOS")
    for slip in job.slips:
        canvas.setPageSize((page_width, _height(slip)))
        _draw_slip(canvas, slip, left, job.columns, page_width)
        canvas.showPage()
    canvas.save()


def _qr_size(block: Qr) -> float:
    """Side of the QR with its quiet zone."""
    modules = len(qr_matrix(block.payload))
    return _QR_SYMBOL * (modules + 2 * QR_QUIET_MODULES) / modules


def _height(slip: Slip) -> float:
    content = sum(_LEADING * (2 if b.tall else 1) if isinstance(b, Text) else _qr_size(b)
                  for b in slip.blocks)
    return content + 2 * _MARGIN


def _draw_slip(canvas: Canvas, slip: Slip, left: float, columns: int, page_width: float) -> None:
    y = _height(slip) - _MARGIN
    for block in slip.blocks:
        if isinstance(block, Qr):
            size = _qr_size(block)
            draw_qr(canvas, block.payload, (page_width + size) / 2, y, _QR_SYMBOL)
            y -= size
            continue
        y -= _LEADING * (2 if block.tall else 1)
        pad = columns - len(block.text)
        offset = {"left": 0, "center": pad // 2, "right": pad}[block.align]
        canvas.saveState()
        canvas.setFont(_BOLD if block.bold else _FONT, _FONT_SIZE)
        canvas.translate(left + offset * _CHAR_WIDTH, y + 2)
        if block.tall:
            canvas.scale(1, 2)
        canvas.drawString(0, 0, block.text)
        canvas.restoreState()
