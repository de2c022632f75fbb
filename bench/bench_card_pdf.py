"""Benchmark: a 1,000-card sheet PDF (target: under 5 s on 2 cores).

Prints the time and its ratio to a baseline measured in the same run: a bare
reportlab canvas writing the same number of pages, each with the same ten
codes as plain text. Run: ``python bench/bench_card_pdf.py [CARDS]``.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from posapp import codes  # noqa: E402
from posapp.documents import CardFace, StoreInfo  # noqa: E402
from posapp.money import Money  # noqa: E402
from printers import render_sheet  # noqa: E402

TARGET_SECONDS = 5.0


def _faces(card_codes: list[str]) -> list[CardFace]:
    store = StoreInfo("Harbour Gifts", "S1", balance_url="https://shop.example/g/")
    return [CardFace(code, codes.display(code), codes.mask_code(code), Money(2500, "USD"),
                     store, batch_id="BENCH", serial=i + 1)
            for i, code in enumerate(card_codes)]


def _baseline(card_codes: list[str]) -> float:
    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A4, pageCompression=1)
    for first in range(0, len(card_codes), 10):
        for _side in ("fronts", "backs"):
            for row, code in enumerate(card_codes[first:first + 10]):
                canvas.drawString(72, 760 - 60 * row, code)
            canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def _sheets(faces: list[CardFace]) -> float:
    start = time.perf_counter()
    render_sheet(faces, io.BytesIO(), total=len(faces))
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    card_codes = [codes.generate() for _ in range(count)]
    faces = _faces(card_codes)
    _sheets(faces[:10])  # warm-up: imports, fonts, artwork
    sheets = min(_sheets(faces) for _ in range(2))
    baseline = min(_baseline(card_codes) for _ in range(2))
    verdict = "ok" if count != 1000 or sheets < TARGET_SECONDS else "SLOWER THAN TARGET"
    print(f"card sheets: {count} cards in {sheets:.2f} s ({sheets / count * 1000:.2f} ms/card), "
          f"target < {TARGET_SECONDS:.0f} s for 1,000: {verdict}")
    print(f"baseline (bare reportlab, same pages as plain text): {baseline:.2f} s")
    print(f"ratio sheets / baseline: {sheets / baseline:.1f}x")


if __name__ == "__main__":
    main()
