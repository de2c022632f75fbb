"""Gift card PDFs: one CR80 card, or batches on 10-up A4 / US Letter sheets.

A sheet page of fronts is followed by its page of backs (columns mirrored for
long-edge duplex printing). Faces are taken from the iterable one page at a
time and each finished page is compressed at once, so memory stays bounded
for batches of any size (see :mod:`printers.streaming`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from posapp.documents import CardFace
from posapp.domain.errors import InvalidInput
from posapp.paths import PrivateTarget
from printers.card_design import CardArtwork, CardPainter
from printers.layout import CARD_HEIGHT, CARD_WIDTH, CARDS_PER_SHEET, SheetLayout
from printers.messages import text as _
from printers.streaming import compress_finished_pages

#: Called after every sheet with (cards done, total or None); returning False cancels.
Progress = Callable[[int, int | None], bool | None]


@dataclass(frozen=True)
class SheetResult:
    """What :func:`render_sheet` did. A cancelled run writes nothing to ``out``."""

    cards: int
    pages: int
    cancelled: bool = False


def render_card(face: CardFace, out: Path | BinaryIO, *,
                artwork: CardArtwork | None = None) -> None:
    """Write a two-page PDF of exactly CR80 size: page 1 the front, page 2 the back."""
    canvas = _canvas(out, (CARD_WIDTH, CARD_HEIGHT), f"Gift card {face.masked_code}")
    painter = CardPainter(canvas, artwork or CardArtwork())
    painter.front(face, 0, 0)
    canvas.showPage()
    painter.back(face, 0, 0)
    canvas.showPage()
    canvas.save()


def render_sheet(
    faces: Iterable[CardFace],
    out: Path | BinaryIO,
    *,
    paper: str = "A4",
    total: int | None = None,
    header: bool = True,
    progress: Progress | None = None,
    artwork: CardArtwork | None = None,
) -> SheetResult:
    """Write every face in ``faces`` onto 10-up sheets of ``paper`` ("A4" or "Letter").

    Guarantees: each sheet is a page of fronts followed by a page of backs in
    mirrored columns; every card carries its own code as text, QR and Code128;
    crop marks mark every cut. With ``header``, each page names the batch,
    the sheet number (of ``total`` sheets when ``total`` cards are announced)
    and the card serials on it. ``progress`` is called after each sheet; when
    it returns False, rendering stops and nothing is written to ``out``.
    """
    layout = SheetLayout.for_paper(paper)
    if total is not None and total < 0:
        raise InvalidInput("The number of cards cannot be negative.")
    canvas = _canvas(out, (layout.page_width, layout.page_height), "Gift card sheets")
    compress_finished_pages(canvas)
    painter = CardPainter(canvas, artwork or CardArtwork())
    sheets = None if total is None else -(-total // CARDS_PER_SHEET)
    done = 0
    number = 0
    for number, page in enumerate(_pages(faces), start=1):
        for back in (False, True):
            _crop_marks(canvas, layout)
            if header:
                _header(canvas, layout, page, number, sheets, done, back=back)
            for position, face in enumerate(page):
                x, y = layout.slot(position, back=back)
                (painter.back if back else painter.front)(face, x, y)
            canvas.showPage()
        done += len(page)
        if progress is not None and progress(done, total) is False:
            return SheetResult(done, 2 * number, cancelled=True)
    if number == 0:
        raise InvalidInput("There are no cards to print.")
    canvas.save()
    return SheetResult(done, 2 * number)


def _pages(faces: Iterable[CardFace]) -> Iterator[list[CardFace]]:
    it = iter(faces)
    while page := list(islice(it, CARDS_PER_SHEET)):
        yield page


def _canvas(out: Path | BinaryIO, size: tuple[float, float], title: str) -> Canvas:
    # Card faces hold full codes: the file is readable by its owner only.
    target = PrivateTarget(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("GiftPOS")
    return canvas


def _crop_marks(canvas: Canvas, layout: SheetLayout) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.lines(layout.crop_marks())
    canvas.restoreState()


def _header(canvas: Canvas, layout: SheetLayout, page: list[CardFace], number: int,
            sheets: int | None, done: int, *, back: bool) -> None:
    batches = sorted({face.batch_id for face in page if face.batch_id})
    serials = [face.serial for face in page if face.serial is not None]
    first, last = (min(serials), max(serials)) if serials else (done + 1, done + len(page))
    loc = page[0].store.locale
    parts = [
        _(loc, "Batch {batch}", batch=", ".join(batches)) if batches else _(loc, "Cards"),
        _(loc, "sheet {number} of {sheets}", number=number, sheets=sheets) if sheets
        else _(loc, "sheet {number}", number=number),
        _(loc, "backs" if back else "fronts"),
        _(loc, "cards {first}-{last}", first=first, last=last),
    ]
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.translate(layout.header_x, layout.bottom + 2 * mm)
    canvas.rotate(90)
    canvas.drawString(0, 0, "  ·  ".join(parts))
    canvas.restoreState()
