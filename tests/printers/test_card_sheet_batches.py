"""Batch sheets: page order, headers, crop marks, progress, cancelling and memory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pypdfium2
import pytest
from printer_helpers import decode, face, page_sizes_mm, page_texts, render_pages

from posapp import codes
from posapp.domain.errors import InvalidInput
from printers import render_sheet

ROOT = Path(__file__).resolve().parents[2]


def _faces(n: int):
    return (face(codes.generate(), serial=i + 1) for i in range(n))


def test_each_sheet_is_a_page_of_fronts_then_its_backs_with_a_header(tmp_path: Path):
    out = tmp_path / "batch.pdf"
    result = render_sheet(_faces(23), out, paper="Letter", total=23)

    assert (result.cards, result.pages, result.cancelled) == (23, 6, False)
    assert page_sizes_mm(out) == [pytest.approx((215.9, 279.4), abs=0.1)] * 6
    texts = page_texts(out)
    assert "Batch B7" in texts[0] and "sheet 1 of 3" in texts[0] and "fronts" in texts[0]
    assert "sheet 1 of 3" in texts[1] and "backs" in texts[1] and "cards 1-10" in texts[1]
    assert "sheet 3 of 3" in texts[5] and "cards 21-23" in texts[5]
    assert texts[4].count("$25.00") == 3, "the last sheet holds the 3 remaining cards"


def test_header_can_be_left_out(tmp_path: Path):
    out = tmp_path / "batch.pdf"
    render_sheet(_faces(2), out, header=False)
    assert not any("sheet 1" in text for text in page_texts(out))


def test_crop_marks_sit_in_the_margins_in_line_with_every_cut(tmp_path: Path):
    out = tmp_path / "batch.pdf"
    render_sheet(_faces(10), out, paper="A4", header=False)
    dpi = 300
    page = render_pages(out, dpi)[1]
    px = dpi / 25.4
    left, top = (210 - 2 * 85.6) / 2, (297 - 5 * 53.98) / 2
    for row in range(6):
        y = round((top + row * 53.98) * px)
        band = [page.getpixel((x, yy)) for x in range(round(5 * px), round((left - 1) * px))
                for yy in (y - 1, y, y + 1)]
        assert min(band) < 128, f"no crop mark for horizontal cut {row}"
    for column in range(3):
        x = round((left + column * 85.6) * px)
        band = [page.getpixel((xx, yy)) for yy in range(round(3 * px), round((top - 1) * px))
                for xx in (x - 1, x, x + 1)]
        assert min(band) < 128, f"no crop mark for vertical cut {column}"
    between = [page.getpixel((x, round((top + 53.98 * 2.5) * px)))
               for x in range(round(5 * px), round((left - 1) * px))]
    assert min(between) > 200, "the margin between cut lines stays blank"


def test_progress_reports_every_sheet_with_the_announced_total():
    calls = []
    render_sheet(_faces(25), io.BytesIO(), total=25,
                 progress=lambda done, total: calls.append((done, total)))
    assert calls == [(10, 25), (20, 25), (25, 25)]


def test_cancelling_from_progress_stops_and_writes_nothing(tmp_path: Path):
    out = tmp_path / "batch.pdf"
    consumed = []

    def faces():
        for f in _faces(100):
            consumed.append(f)
            yield f

    result = render_sheet(faces(), out, progress=lambda done, total: done < 20)
    assert result.cancelled and result.cards == 20 and result.pages == 4
    assert len(consumed) == 20, "faces are read one sheet at a time"
    assert not out.exists()


def test_bad_arguments_are_refused():
    with pytest.raises(InvalidInput):
        render_sheet(_faces(1), io.BytesIO(), paper="A3")
    with pytest.raises(InvalidInput):
        render_sheet([], io.BytesIO())


@pytest.mark.slow
def test_a_10000_card_batch_stays_under_300_mb(tmp_path: Path):
    out = tmp_path / "big.pdf"
    script = textwrap.dedent(f"""
        import json, sys, time
        from pathlib import Path
        from posapp import codes
        from posapp.documents import CardFace, StoreInfo
        from posapp.money import Money
        from printers import render_sheet

        store = StoreInfo("Harbour Gifts", "S1")
        def faces():
            for i in range(10_000):
                code = codes.generate()
                yield CardFace(code, codes.display(code), codes.mask_code(code),
                               Money(2500, "USD"), store, batch_id="B1", serial=i + 1)
        start = time.perf_counter()
        result = render_sheet(faces(), Path({str(out)!r}), total=10_000)
        # VmHWM is this process's own peak; ru_maxrss would carry pytest's over the fork.
        status = Path("/proc/self/status").read_text()
        rss_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
        print(json.dumps({{"pages": result.pages, "seconds": time.perf_counter() - start,
                          "max_rss_mb": rss_mb}}))
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, check=True)
    report = json.loads(run.stdout)
    print(report)
    assert report["pages"] == 2000
    assert report["max_rss_mb"] < 300
    pdf = pypdfium2.PdfDocument(out)
    assert len(pdf) == 2000
    last_backs = pdf[1999].render(scale=150 / 72).to_pil().convert("L")
    pdf.close()
    assert len([b for b in decode(last_backs) if b.format.name == "QRCode"]) == 10
