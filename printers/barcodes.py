"""QR codes and Code128 barcodes drawn as vectors on a reportlab canvas (their modules come
from :mod:`posapp.symbols`, which also draws them as PNG images for e-mails).

Sizes are chosen for a 300 dpi office printer: a Code128 module is 3 dots
(0.254 mm, inside the 0.25-0.33 mm window scanners need) so every bar edge can
land on the printer's dot grid, bars are at least 10 mm high, and both codes
keep their quiet zones (10 modules for Code128, 4 for QR) free of ink.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from posapp.domain.errors import InvalidInput
from posapp.symbols import CODE128_QUIET_MODULES, QR_QUIET_MODULES, qr_matrix

#: Code128 module (narrowest bar) width: 3 dots at 300 dpi.
CODE128_MODULE = inch / 100
CODE128_MIN_HEIGHT = 10 * mm


@dataclass(frozen=True)
class Placed:
    """Where a drawn symbol landed, quiet zones included (points)."""

    width: float
    height: float


def draw_qr(canvas: Canvas, payload: str, right: float, top: float, symbol_size: float) -> Placed:
    """Draw ``payload`` as a QR code whose dark area is ``symbol_size`` points wide.

    (right, top) is the upper-right corner of the quiet zone; the quiet zone (4 modules
    on every side) is painted white so artwork behind it cannot break the scan.
    Dark modules are merged into horizontal runs, one rectangle each, which
    keeps the page stream small for batches of thousands of cards.
    """
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = symbol_size / n
    total = (n + 2 * QR_QUIET_MODULES) * module
    x, y = right - total, top - total
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, total, total, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    left = x + QR_QUIET_MODULES * module
    top = y + total - QR_QUIET_MODULES * module
    for row, cells in enumerate(matrix):
        col = 0
        while col < n:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < n and cells[col]:
                col += 1
            path.rect(left + start * module, top - (row + 1) * module, (col - start) * module,
                      module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return Placed(total, total)


def code128(code: str, height: float = CODE128_MIN_HEIGHT) -> Code128:
    """A reportlab Code128 symbol for ``code`` with 3-dot modules and 10-module quiet zones.

    reportlab's own Code128 is used rather than python-barcode: python-barcode
    0.16.1 (its latest release) drops a leading "99" when it switches to
    charset C, so an imported code such as "99123456" would scan as "123456".
    reportlab draws the bars straight onto the canvas as vectors, too.
    """
    if height < CODE128_MIN_HEIGHT:
        raise InvalidInput("Code128 bars must be at least 10 mm high to scan reliably.")
    quiet = CODE128_QUIET_MODULES * CODE128_MODULE
    return Code128(code, barWidth=CODE128_MODULE, barHeight=height, quiet=1, lquiet=quiet,
                   rquiet=quiet)


def draw_code128(canvas: Canvas, code: str, x_center: float, y: float, max_width: float,
                 height: float = CODE128_MIN_HEIGHT) -> Placed:
    """Draw ``code`` as Code128 centred on ``x_center``, bars starting at ``y``.

    Raises :class:`InvalidInput` when the symbol with its quiet zones would be
    wider than ``max_width``: shrinking the modules below 0.25 mm would make
    it unreliable to scan, so the caller must know.
    """
    symbol = code128(code, height)
    if symbol.width > max_width:
        raise InvalidInput(
            f"The code {code[-4:]!r}... is too long for a Code128 barcode "
            f"{max_width / mm:.0f} mm wide at 0.25 mm per module."
        )
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    left = x_center - symbol.width / 2
    canvas.rect(left, y, symbol.width, height, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    symbol.drawOn(canvas, left, y)
    canvas.restoreState()
    return Placed(symbol.width, height)
