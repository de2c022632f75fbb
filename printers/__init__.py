"""Printing for GiftPOS: gift card PDFs, thermal receipts and their PDF twins.

Everything here takes the plain dataclasses of :mod:`posapp.documents` and
never reads the database. Failures of a printer raise
:class:`posapp.domain.errors.DeviceError`; bad arguments raise ``InvalidInput``.
"""

from __future__ import annotations

from printers.card_design import CardArtwork
from printers.card_pdf import Progress, SheetResult, render_card, render_sheet
from printers.connections import PrinterConfig, send
from printers.receipt_escpos import encode, print_document
from printers.receipt_layout import PrintJob, layout_document
from printers.receipt_pdf import render_document_pdf

__all__ = [
    "CardArtwork",
    "PrintJob",
    "PrinterConfig",
    "Progress",
    "SheetResult",
    "encode",
    "layout_document",
    "print_document",
    "render_card",
    "render_document_pdf",
    "render_sheet",
    "send",
]
