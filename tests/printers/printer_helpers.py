"""Shared data and decoders for the printer tests (imported as ``printer_helpers``).

The decoders read the printers' real output: PDFs are rasterised with
pdfium and scanned with zxing-cpp; ESC/POS bytes are parsed command by
command, and any byte sequence the parser does not know fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import zxingcpp
from escpos.capabilities import get_profile
from escpos.codepages import CodePages
from PIL import Image

from posapp import codes
from posapp.documents import (
    BalanceSlip,
    CardFace,
    EndOfDayReport,
    GiftReceipt,
    Receipt,
    ReceiptLine,
    ReceiptTender,
    StoreInfo,
    TerminalTotals,
)
from posapp.money import Money

STORE = StoreInfo(
    "Harbour Gifts", "S1", address_lines=("1 Quay Street", "Portsmouth"),
    balance_url="https://shop.example/g/",
)
PLAIN_STORE = StoreInfo("Corner Shop", "S2")
#: Imported codes that start with "99": python-barcode 0.16.1 would drop those digits.
IMPORTED_99 = ("99123456", "9912345678901234", "99ABCDEF12", "990000")
#: Codes whose symbols these tests check: the full card code of the tender card.
TENDER_CODE = "GC7K2MQ9XDA4B6C8E0FJ"


def usd(minor: int) -> Money:
    return Money(minor, "USD")


def face(code: str, *, store: StoreInfo = STORE, value: Money | None = None,
         serial: int | None = None, batch_id: str | None = "B7") -> CardFace:
    return CardFace(code, codes.display(code), codes.mask_code(code),
                    usd(2500) if value is None else value, store,
                    expires_at=datetime(2028, 4, 1, tzinfo=UTC), batch_id=batch_id, serial=serial)


def ten_codes() -> list[str]:
    """Six generated codes and four imported codes that begin with 99."""
    return [codes.generate() for _ in range(6)] + list(IMPORTED_99)


def gift(code: str) -> GiftReceipt:
    return GiftReceipt(code, codes.display(code), codes.mask_code(code), usd(5000),
                       recipient_name="Sam", message="Happy birthday, Sam!",
                       expires_at=datetime(2027, 11, 21, 14, 3, tzinfo=UTC))


def sale_receipt(*, state: str = "completed", open_drawer: bool = True,
                 store: StoreInfo = STORE, gift_code: str | None = None) -> Receipt:
    return Receipt(
        store, "R-000123", "9f1c2b3a-1111-2222-3333-444455556666",
        datetime(2026, 11, 21, 14, 3), "Alice", "T1",
        (
            ReceiptLine("Gift card (e-card)", 1, usd(5000), usd(5000)),
            ReceiptLine("Greeting card with a long description that must wrap on paper",
                        2, usd(350), usd(700)),
        ),
        (
            ReceiptTender("gift_card", usd(2000), codes.mask_code(TENDER_CODE), usd(500)),
            ReceiptTender("cash", usd(4000)),
        ),
        usd(5700), usd(300), state=state, open_drawer=open_drawer,
        gift_receipts=(gift(gift_code),) if gift_code else (),
    )


def balance_slip() -> BalanceSlip:
    return BalanceSlip(STORE, codes.mask_code(TENDER_CODE), usd(1234), "active",
                       datetime(2027, 1, 1, 9, 0, tzinfo=UTC), datetime(2026, 11, 21, 9, 0))


def end_of_day() -> EndOfDayReport:
    t1 = TerminalTotals("T1", 12, usd(30000), usd(4550), usd(21000), usd(13550), 1, usd(500))
    t2 = TerminalTotals("T2", 3, usd(5000), usd(1000), usd(2000), usd(4000), 0, usd(0))
    return EndOfDayReport(STORE, "2026-11-21", datetime(2026, 11, 21, 22, 0), (t1, t2))


def render_pages(pdf: Path | bytes, dpi: int) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def page_texts(pdf: Path | bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def page_sizes_mm(pdf: Path | bytes) -> list[tuple[float, float]]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [(w * 25.4 / 72, h * 25.4 / 72) for w, h in (p.get_size() for p in doc)]
    finally:
        doc.close()


def decode(image: Image.Image) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(
        image, formats=[zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128])


# ESC/POS ------------------------------------------------------------------

@dataclass
class Escpos:
    """What a printer would do with a byte stream."""

    lines: list[str]
    events: list[tuple]  # ("text", line) / ("cut",) / ("drawer", pin) / ("image", Image)

    def images(self) -> list[Image.Image]:
        return [e[1] for e in self.events if e[0] == "image"]

    def slips(self) -> list[list[str]]:
        """Text lines between cuts."""
        slips: list[list[str]] = [[]]
        for event in self.events:
            if event[0] == "cut":
                slips.append([])
            elif event[0] == "text":
                slips[-1].append(event[1])
        return slips

    def count(self, kind: str) -> int:
        return sum(1 for e in self.events if e[0] == kind)


_ONE_ARG = {b"\x1b!", b"\x1bE", b"\x1ba", b"\x1bt", b"\x1bd", b"\x1b-", b"\x1bM", b"\x1d!",
            b"\x1dB", b"\x1db", b"\x1b{", b"\x1bG"}


def parse_escpos(data: bytes, profile: str | None = None) -> Escpos:
    """Interpret the ESC/POS commands GiftPOS sends; anything else fails the test."""
    pages = get_profile(profile).codePages
    encoding = "cp437"
    events: list[tuple] = []
    text = bytearray()
    decoded = ""  # the line's text before a code page switch, decoded in its own page
    i = 0
    while i < len(data):
        byte = data[i:i + 1]
        two = data[i:i + 2]
        if byte == b"\n":
            events.append(("text", decoded + text.decode(encoding)))
            text.clear()
            decoded = ""
            i += 1
        elif two == b"\x1b@":
            i += 2
        elif two == b"\x1bp":
            events.append(("drawer", 2 if data[i + 2] == 0 else 5))
            i += 5
        elif two == b"\x1dV":
            events.append(("cut",))
            i += 4 if data[i + 2] in (65, 66) else 3
        elif data[i:i + 3] == b"\x1dv0":
            width_bytes = int.from_bytes(data[i + 4:i + 6], "little")
            height = int.from_bytes(data[i + 6:i + 8], "little")
            size = width_bytes * height
            raster = data[i + 8:i + 8 + size]
            image = Image.frombytes("1", (width_bytes * 8, height), raster)
            # ESC/POS sets a bit for a dot; PIL's "1" mode reads a set bit as white.
            events.append(("image", Image.eval(image.convert("L"), lambda v: 255 - v)))
            i += 8 + size
        elif two == b"\x1bt":
            decoded += text.decode(encoding)
            text.clear()
            encoding = CodePages.get_encoding_name(pages[str(data[i + 2])])
            i += 3
        elif two in _ONE_ARG:
            i += 3
        elif byte in (b"\x1b", b"\x1d", b"\x10"):
            raise AssertionError(f"unexpected ESC/POS command {data[i:i + 4]!r} at {i}")
        else:
            text += byte
            i += 1
    assert not text and not decoded, f"text without a line feed at the end: {bytes(text)!r}"
    return Escpos([e[1] for e in events if e[0] == "text"], events)
