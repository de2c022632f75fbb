"""Receipts on thermal printers: print jobs encoded as ESC/POS with python-escpos.

Encoding happens on python-escpos' in-memory ``Dummy`` printer with the
terminal's profile, so the bytes are complete before a connection is opened
(:mod:`printers.connections` sends them in one piece).
"""

from __future__ import annotations

import qrcode
from escpos.printer import Dummy
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

from posapp.documents import StoreInfo
from posapp.domain.errors import DeviceError
from printers.barcodes import QR_QUIET_MODULES
from printers.connections import PrinterConfig, send
from printers.receipt_layout import Document, PrintJob, Qr, Text, layout_document

#: QR module sizes in dots a 203 dpi print head renders cleanly (0.6-1.0 mm).
QR_MODULE_DOTS = range(5, 9)


def encode(job: PrintJob, config: PrinterConfig) -> bytes:
    """The ESC/POS bytes for ``job`` on ``config``'s printer.

    Guarantees: the printer is reset first; the drawer is kicked before any
    paper moves when the job asks for it; every text line fits the columns
    of ``config.width``; QR codes are centred with 5-8 dot modules; every slip
    ends with a cut when the profile's printer has a cutter.
    """
    printer = Dummy(profile=config.profile)
    printer.hw("INIT")
    if job.open_drawer:
        printer.cashdraw(config.drawer_pin)
    dots = _use_paper_width(printer, config)
    for slip in job.slips:
        for block in slip.blocks:
            if isinstance(block, Text):
                printer.set(align=block.align, bold=block.bold, double_height=block.tall,
                            normal_textsize=not block.tall)
                printer.textln(block.text)
            else:
                printer.set(align="left", bold=False, normal_textsize=True)
                printer.image(qr_image(block, dots), center=False)
        printer.set(align="left", bold=False, normal_textsize=True)
        printer.cut()
    return printer.output


def print_document(doc: Document, config: PrinterConfig, *,
                   store: StoreInfo | None = None) -> None:
    """Print a sale receipt, gift receipt, balance slip or end-of-day report.

    Raises :class:`DeviceError` when the printer cannot take the job; nothing
    about the sale changes, so the receipt can be printed again later.
    """
    send(config, document_bytes(doc, config, store=store))


def document_bytes(doc: Document, config: PrinterConfig, *,
                   store: StoreInfo | None = None) -> bytes:
    """The ESC/POS bytes that print ``doc`` on ``config``'s printer (profile and width)."""
    return encode(layout_document(doc, config.width, store=store), config)


def qr_image(block: Qr, dots: int) -> Image.Image:
    """A 1-bit image ``dots`` wide with the QR centred, as large as 5-8 dot modules allow."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_QUIET_MODULES)
    qr.add_data(block.payload)
    qr.make(fit=True)
    modules = qr.modules_count + 2 * QR_QUIET_MODULES
    fitting = [size for size in QR_MODULE_DOTS if size * modules <= dots]
    if not fitting:
        raise DeviceError("This QR code is too large for the receipt paper.")
    qr.box_size = fitting[-1]
    symbol = qr.make_image().get_image().convert("1")
    line = Image.new("1", (dots, symbol.height), 1)
    line.paste(symbol, ((dots - symbol.width) // 2, 0))
    return line


def _use_paper_width(printer: Dummy, config: PrinterConfig) -> int:
    """Tell the printer's profile how many dots the configured paper has, and return them.

    Many profiles leave the width unknown, and python-escpos then prints a
    warning on stdout for every image (which would corrupt the CLI's JSON).
    The profile instance gets its own copy of the data, so other printers'
    profiles are untouched.
    """
    data = printer.profile.profile_data
    media = data.get("media", {})
    pixels = media.get("width", {}).get("pixels")
    dots = min(config.dots, pixels) if isinstance(pixels, int) else config.dots
    printer.profile.profile_data = {
        **data, "media": {**media, "width": {"mm": config.width, "pixels": dots}}}
    return dots
