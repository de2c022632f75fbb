"""What the front and the back of one CR80 card look like.

The parts every card of a store shares (artwork, logo, store name, terms) are
drawn once per PDF as reportlab forms and placed by reference; only the value,
the code and its symbols are drawn per card. That keeps a 10,000-card batch
small and fast.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from posapp.documents import CardFace, StoreInfo
from posapp.symbols import qr_payload
from printers.barcodes import draw_code128, draw_qr
from printers.layout import CARD_HEIGHT, CARD_WIDTH
from printers.messages import text as _

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "cards"

_MARGIN = 4 * mm
_QR_SYMBOL = 18 * mm
_QR_INSET = 1.5 * mm
_BARCODE_Y = 4 * mm
_BARCODE_HEIGHT = 11 * mm
_TEXT_FONT = "Helvetica"
_BOLD_FONT = "Helvetica-Bold"
_CODE_FONT = "Courier-Bold"
_DARK = (0.12, 0.14, 0.2)
_GREY = (0.35, 0.37, 0.42)


@dataclass(frozen=True)
class CardArtwork:
    """The store's replaceable card images: a full-bleed front and a logo (PNG or JPEG)."""

    front: Path = RESOURCES / "front.png"
    logo: Path | None = RESOURCES / "logo.png"


class CardPainter:
    """Draws card fronts and backs onto one canvas, defining shared forms on first use."""

    def __init__(self, canvas: Canvas, artwork: CardArtwork) -> None:
        self._canvas = canvas
        self._artwork = artwork
        self._forms: set[str] = set()

    def front(self, face: CardFace, x: float, y: float) -> None:
        """The front at (x, y): artwork, logo, store name and face value."""
        c = self._canvas
        form = self._form("front", face.store, self._define_front)
        c.saveState()
        c.translate(x, y)
        c.doForm(form)
        c.setFillColorRGB(1, 1, 1)
        if face.face_value is None:
            c.setFont(_TEXT_FONT, 8)
            c.drawString(_MARGIN, _MARGIN + 1 * mm,
                         _(face.store.locale, "Value added at purchase"))
        else:
            text = face.face_value.format(face.store.locale)
            size = _fit(text, _BOLD_FONT, 22, 12, CARD_WIDTH / 2)
            c.setFont(_BOLD_FONT, size)
            c.drawString(_MARGIN, _MARGIN + 1 * mm, text)
        c.restoreState()

    def back(self, face: CardFace, x: float, y: float) -> None:
        """The back at (x, y): full code as text, QR, Code128, terms and balance help."""
        c = self._canvas
        form = self._form("back", face.store, self._define_back)
        c.saveState()
        c.translate(x, y)
        c.doForm(form)
        qr = draw_qr(c, qr_payload(face.code, face.store), CARD_WIDTH - _QR_INSET,
                     CARD_HEIGHT - _QR_INSET, _QR_SYMBOL)
        draw_code128(c, face.code, CARD_WIDTH / 2, _BARCODE_Y, CARD_WIDTH - 2 * mm,
                     _BARCODE_HEIGHT)
        text_width = CARD_WIDTH - _QR_INSET - qr.width - _MARGIN
        c.setFillColorRGB(*_DARK)
        size = _fit(face.display_code, _CODE_FONT, 9, 5, text_width)
        c.setFont(_CODE_FONT, size)
        c.drawString(_MARGIN, CARD_HEIGHT - 13 * mm, face.display_code)
        c.setFillColorRGB(*_GREY)
        c.setFont(_TEXT_FONT, 5.5)
        c.drawString(_MARGIN, CARD_HEIGHT - 16.5 * mm, "  ·  ".join(_details(face)))
        c.restoreState()

    def _form(self, side: str, store: StoreInfo, define: Callable[[StoreInfo], None]) -> str:
        key = hashlib.sha1(repr((side, store, self._artwork)).encode()).hexdigest()[:12]
        name = f"{side}-{key}"
        if name not in self._forms:
            c = self._canvas
            c.beginForm(name, 0, 0, CARD_WIDTH, CARD_HEIGHT)
            define(store)
            c.endForm()
            self._forms.add(name)
        return name

    def _define_front(self, store: StoreInfo) -> None:
        c = self._canvas
        c.drawImage(ImageReader(str(self._artwork.front)), 0, 0, CARD_WIDTH, CARD_HEIGHT)
        name_x = _MARGIN
        if self._artwork.logo is not None:
            logo = 9 * mm
            c.drawImage(ImageReader(str(self._artwork.logo)), _MARGIN,
                        CARD_HEIGHT - _MARGIN - logo, logo, logo, mask="auto")
            name_x += logo + 2 * mm
        c.setFillColorRGB(1, 1, 1)
        size = _fit(store.name, _BOLD_FONT, 12, 7, CARD_WIDTH * 0.62 - name_x)
        c.setFont(_BOLD_FONT, size)
        c.drawString(name_x, CARD_HEIGHT - _MARGIN - 4.2 * mm, store.name)
        c.setFont(_TEXT_FONT, 6.5)
        c.drawString(name_x, CARD_HEIGHT - _MARGIN - 8 * mm,
                     _letter_spaced(_(store.locale, "GIFT CARD")))

    def _define_back(self, store: StoreInfo) -> None:
        c = self._canvas
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, stroke=0, fill=1)
        c.setFillColorRGB(*_DARK)
        c.setFont(_BOLD_FONT, 7.5)
        loc = store.locale
        c.drawString(_MARGIN, CARD_HEIGHT - 7 * mm, _(loc, "{store} gift card", store=store.name))
        help_text = (
            _(loc, "Check your balance at {url}, by scanning the QR code, or at any {store} till.",
              url=_short_url(store.balance_url), store=store.name)
            if store.balance_url
            else _(loc, "Check your balance at any {store} till.", store=store.name)
        )
        width = CARD_WIDTH - 2 * _MARGIN - 25 * mm
        lines = simpleSplit(f"{_(loc, store.terms)} {help_text}", _TEXT_FONT, 5.5, width)
        c.setFillColorRGB(*_GREY)
        c.setFont(_TEXT_FONT, 5.5)
        text = c.beginText(_MARGIN, CARD_HEIGHT - 20.5 * mm)
        text.setLeading(6.6)
        for line in lines[:6]:
            text.textLine(line)
        c.drawText(text)


def _details(face: CardFace) -> list[str]:
    loc = face.store.locale
    details = []
    if face.serial is not None:
        details.append(_(loc, "No. {serial}", serial=f"{face.serial:06d}"))
    if face.batch_id:
        details.append(_(loc, "Batch {batch}", batch=face.batch_id))
    if face.expires_at is not None:
        details.append(_(loc, "Valid until {date}",
                         date=format_date(face.store.last_day(face.expires_at), "medium",
                                          locale=loc)))
    return details


def _letter_spaced(title: str) -> str:
    """A title with its letters spaced out and its words further apart, as on the card."""
    return "   ".join(" ".join(word) for word in title.split())


def _short_url(url: str | None) -> str:
    return (url or "").removeprefix("https://").removeprefix("http://").rstrip("/")


def _fit(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """The largest font size between the bounds at which ``text`` fits ``width``."""
    natural = stringWidth(text, font, largest)
    if natural <= width:
        return largest
    return max(smallest, largest * width / natural)
