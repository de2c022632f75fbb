"""Geometry of CR80 cards and of the 10-up sheets they are printed on.

Cards sit edge to edge in 2 columns and 5 rows, centred on the page, so one
guillotine cut separates two neighbours; crop marks in the margins show every
cut line. Back pages mirror the columns so that a sheet printed duplex (flip
on the long edge) puts each back behind its own front.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from posapp.domain.errors import InvalidInput

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
COLUMNS = 2
ROWS = 5
CARDS_PER_SHEET = COLUMNS * ROWS
PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

#: Crop marks start this far from the card grid so the cut never shows them.
_MARK_OFFSET = 1.5 * mm
_MARK_MAX_LENGTH = 7 * mm
_MARK_MIN_LENGTH = 2 * mm

Line = tuple[float, float, float, float]


@dataclass(frozen=True)
class SheetLayout:
    """Where the cards of one sheet page go, in points from the page's lower-left corner."""

    paper: str
    page_width: float
    page_height: float

    @classmethod
    def for_paper(cls, paper: str) -> SheetLayout:
        if paper not in PAPERS:
            raise InvalidInput(f"Unknown paper {paper!r}: use one of {', '.join(PAPERS)}.")
        width, height = PAPERS[paper]
        return cls(paper, width, height)

    @property
    def left(self) -> float:
        return (self.page_width - COLUMNS * CARD_WIDTH) / 2

    @property
    def bottom(self) -> float:
        return (self.page_height - ROWS * CARD_HEIGHT) / 2

    def slot(self, position: int, *, back: bool = False) -> tuple[float, float]:
        """Lower-left corner of the card at ``position`` (0-9, row by row from the top)."""
        if not 0 <= position < CARDS_PER_SHEET:
            raise InvalidInput(f"A sheet holds {CARDS_PER_SHEET} cards; no position {position}.")
        row, column = divmod(position, COLUMNS)
        if back:
            column = COLUMNS - 1 - column
        return (self.left + column * CARD_WIDTH,
                self.bottom + (ROWS - 1 - row) * CARD_HEIGHT)

    def crop_marks(self) -> list[Line]:
        """Short lines in the margins, in line with every cut, never touching a card."""
        side = _mark_length(self.left)
        end = _mark_length(self.bottom)
        right = self.left + COLUMNS * CARD_WIDTH
        top = self.bottom + ROWS * CARD_HEIGHT
        lines: list[Line] = []
        for row in range(ROWS + 1):
            y = self.bottom + row * CARD_HEIGHT
            lines.append((self.left - _MARK_OFFSET - side, y, self.left - _MARK_OFFSET, y))
            lines.append((right + _MARK_OFFSET, y, right + _MARK_OFFSET + side, y))
        for column in range(COLUMNS + 1):
            x = self.left + column * CARD_WIDTH
            lines.append((x, self.bottom - _MARK_OFFSET - end, x, self.bottom - _MARK_OFFSET))
            lines.append((x, top + _MARK_OFFSET, x, top + _MARK_OFFSET + end))
        return lines

    @property
    def header_x(self) -> float:
        """Baseline of the page header, which runs up the left margin.

        US Letter leaves under 5 mm above and below the grid, too little for a
        line of text that a printer can reach, while both papers have about
        20 mm at the sides; the header therefore sits in the left margin,
        clear of the crop marks.
        """
        return self.left - _MARK_OFFSET - _mark_length(self.left) - 3 * mm


def _mark_length(margin: float) -> float:
    return max(_MARK_MIN_LENGTH, min(_MARK_MAX_LENGTH, margin - _MARK_OFFSET - 1 * mm))
