"""What a card's QR code and Code128 barcode encode, and both as PNG images.

The printers draw the same symbols as vectors (``printers/barcodes.py``); an e-mail
carries them as pictures. Both take their modules from here, so a printed card and an
e-mailed one scan alike: QR error correction M, Code128 as reportlab encodes it
(python-barcode 0.16.1 drops a leading "99" when it switches to charset C).
"""

from __future__ import annotations

import io
from string import ascii_lowercase, ascii_uppercase

import qrcode
from PIL import Image, ImageDraw
from qrcode.constants import ERROR_CORRECT_M

from posapp.documents import StoreInfo

QR_QUIET_MODULES = 4
CODE128_QUIET_MODULES = 10


def qr_payload(code: str, store: StoreInfo) -> str:
    """What a card's QR code carries: the store's balance URL plus the code, or the code alone.

    ``posapp.devices`` reads both forms back to the code.
    """
    return f"{store.balance_url}{code}" if store.balance_url else code


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules for ``payload`` (error correction M), without the quiet zone."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr.get_matrix()


def code128_runs(code: str) -> list[tuple[bool, int]]:
    """Code128 for ``code`` as (is a bar, width in modules) runs, left to right."""
    from reportlab.graphics.barcode.code128 import Code128

    symbol = Code128(code)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    runs = []
    for letter in symbol.decomposed:
        if letter in ascii_uppercase:
            runs.append((True, ord(letter) - ord("A") + 1))
        elif letter in ascii_lowercase:
            runs.append((False, ord(letter) - ord("a") + 1))
    return runs


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def qr_png(payload: str, module_px: int = 6) -> bytes:
    """``payload`` as a black-on-white QR code PNG with its quiet zone."""
    matrix = qr_matrix(payload)
    side = (len(matrix) + 2 * QR_QUIET_MODULES) * module_px
    image = Image.new("1", (side, side), 1)
    draw = ImageDraw.Draw(image)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                x = (col + QR_QUIET_MODULES) * module_px
                y = (row + QR_QUIET_MODULES) * module_px
                draw.rectangle((x, y, x + module_px - 1, y + module_px - 1), fill=0)
    return _png(image)


def code128_png(code: str, module_px: int = 2, height_px: int = 80) -> bytes:
    """``code`` as a black-on-white Code128 PNG with its quiet zones."""
    runs = code128_runs(code)
    width = (sum(w for _bar, w in runs) + 2 * CODE128_QUIET_MODULES) * module_px
    image = Image.new("1", (width, height_px), 1)
    draw = ImageDraw.Draw(image)
    x = CODE128_QUIET_MODULES * module_px
    for bar, modules in runs:
        if bar:
            draw.rectangle((x, 0, x + modules * module_px - 1, height_px - 1), fill=0)
        x += modules * module_px
    return _png(image)
