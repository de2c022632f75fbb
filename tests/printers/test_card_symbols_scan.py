"""Every code printed on a card or sheet scans back to that card's code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from printer_helpers import (
    IMPORTED_99,
    PLAIN_STORE,
    STORE,
    decode,
    face,
    page_sizes_mm,
    page_texts,
    render_pages,
    ten_codes,
)

from posapp import codes
from posapp.domain.errors import InvalidInput
from printers import render_card, render_sheet

CARD_W, CARD_H = 85.60, 53.98
PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


def _expected_back_slots(paper: str) -> list[tuple[float, float]]:
    """Card positions on a back page (mm from the top-left), mirrored for long-edge duplex."""
    width, height = PAPER_MM[paper]
    left = (width - 2 * CARD_W) / 2
    top = (height - 5 * CARD_H) / 2
    slots = []
    for position in range(10):
        row, column = divmod(position, 2)
        slots.append((left + (1 - column) * CARD_W, top + row * CARD_H))
    return slots


def _crop(image, x_mm: float, y_mm: float, dpi: int):
    px = dpi / 25.4
    return image.crop((round(x_mm * px), round(y_mm * px),
                       round((x_mm + CARD_W) * px), round((y_mm + CARD_H) * px)))


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_qr_and_code128_on_a_sheet_decodes_to_its_own_card(tmp_path: Path, paper: str):
    card_codes = ten_codes()
    out = tmp_path / "sheet.pdf"
    render_sheet([face(c, serial=i + 1) for i, c in enumerate(card_codes)], out, paper=paper)

    front, back = render_pages(out, 300)
    assert page_sizes_mm(out)[0] == pytest.approx(PAPER_MM[paper], abs=0.1)
    for code, (x, y) in zip(card_codes, _expected_back_slots(paper), strict=True):
        found = {(b.format.name, b.text) for b in decode(_crop(back, x, y, 300))}
        assert found == {("QRCode", STORE.balance_url + code), ("Code128", code)}, code
    assert not decode(front), "fronts carry no codes"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_qr_on_a_sheet_decodes_at_150_dpi(tmp_path: Path, paper: str):
    card_codes = ten_codes()
    out = tmp_path / "sheet.pdf"
    render_sheet([face(c) for c in card_codes], out, paper=paper)

    back = render_pages(out, 150)[1]
    qr_texts = sorted(b.text for b in decode(back) if b.format.name == "QRCode")
    assert qr_texts == sorted(STORE.balance_url + c for c in card_codes)


def test_codes_beginning_with_99_keep_their_leading_digits_in_code128(tmp_path: Path):
    out = tmp_path / "sheet.pdf"
    render_sheet([face(c, store=PLAIN_STORE) for c in IMPORTED_99], out)

    back = render_pages(out, 300)[1]
    linear = sorted(b.text for b in decode(back) if b.format.name == "Code128")
    assert linear == sorted(IMPORTED_99)


def test_single_card_is_cr80_with_front_then_back(tmp_path: Path):
    code = codes.generate()
    out = tmp_path / "card.pdf"
    render_card(face(code, serial=42), out)

    assert page_sizes_mm(out) == [pytest.approx((CARD_W, CARD_H), abs=0.01)] * 2
    front_text, back_text = page_texts(out)
    assert "Harbour Gifts" in front_text and "$25.00" in front_text
    assert codes.display(code) in back_text
    assert "No. 000042" in back_text and "Not redeemable for cash" in back_text
    assert "shop.example/g" in back_text
    front, back = render_pages(out, 300)
    assert {(b.format.name, b.text) for b in decode(back)} == {
        ("QRCode", STORE.balance_url + code), ("Code128", code)}


def test_qr_carries_the_code_alone_without_a_balance_url():
    code = codes.generate()
    buffer = io.BytesIO()
    render_card(face(code, store=PLAIN_STORE), buffer)

    back = render_pages(buffer.getvalue(), 300)[1]
    qr = [b for b in decode(back) if b.format.name == "QRCode"]
    assert [b.text for b in qr] == [code]
    assert qr[0].ec_level == "M"


def test_symbols_have_printable_sizes_and_clear_quiet_zones(tmp_path: Path):
    code = codes.generate()
    out = tmp_path / "card.pdf"
    render_card(face(code), out)
    dpi = 600
    back = render_pages(out, dpi)[1]
    mm_per_px = 25.4 / dpi
    by_format = {b.format.name: b for b in decode(back)}

    qr = by_format["QRCode"].position
    qr_width_mm = (qr.top_right.x - qr.top_left.x) * mm_per_px
    assert 17 <= qr_width_mm <= 23, "the QR code is about 20 mm wide"

    bar = by_format["Code128"].position
    row = round((bar.top_left.y + bar.bottom_left.y) / 2)
    pixels = [back.getpixel((x, row)) < 128 for x in range(back.width)]
    first = pixels.index(True, round(bar.top_left.x) - 5)
    last = len(pixels) - 1 - pixels[::-1].index(True)
    runs, x = [], first
    while x <= last:
        start = x
        while x <= last and pixels[x] == pixels[start]:
            x += 1
        runs.append(x - start)
    # Code128: every symbol character is 3 bars + 3 spaces over 11 modules; the
    # stop pattern is 4 bars + 3 spaces over 13. That turns run count into modules.
    assert (len(runs) - 7) % 6 == 0
    modules = 11 * (len(runs) - 7) // 6 + 13
    module_mm = (last - first + 1) * mm_per_px / modules
    assert 0.25 <= module_mm <= 0.33, f"module {module_mm:.3f} mm"
    quiet = round(10 * 0.25 / mm_per_px)
    assert not any(pixels[first - quiet:first]) and not any(pixels[last + 1:last + 1 + quiet])

    column = first + runs[0] // 2
    dark = [back.getpixel((column, y)) < 128 for y in range(back.height)]
    middle = row
    top = middle
    while dark[top - 1]:
        top -= 1
    bottom = middle
    while dark[bottom + 1]:
        bottom += 1
    assert (bottom - top + 1) * mm_per_px >= 10, "bars are at least 10 mm high"


def test_a_code_too_long_for_code128_on_a_card_is_refused(tmp_path: Path):
    with pytest.raises(InvalidInput, match="too long"):
        render_card(face("A1" * 20), tmp_path / "card.pdf")
