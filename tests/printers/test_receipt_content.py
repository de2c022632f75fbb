"""What receipts say, as ESC/POS bytes (through python-escpos' Dummy) and as PDF."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from printer_helpers import (
    STORE,
    TENDER_CODE,
    balance_slip,
    decode,
    end_of_day,
    gift,
    page_sizes_mm,
    page_texts,
    parse_escpos,
    render_pages,
    sale_receipt,
    usd,
)

from posapp import codes
from posapp.documents import Receipt, ReceiptLine, ReceiptTender, StoreInfo
from posapp.domain.errors import InvalidInput
from posapp.money import Money
from printers import PrinterConfig, encode, layout_document, render_document_pdf

WIDTHS = {58: (32, 384), 80: (48, 576)}


def _bytes(doc, width: int, **kw) -> bytes:
    config = PrinterConfig("file", "/dev/null", width=width, **kw)
    return encode(layout_document(doc, width), config)


@pytest.mark.parametrize("width", [58, 80])
def test_sale_receipt_prints_totals_tenders_and_masked_codes(width: int):
    code = codes.generate()
    printed = parse_escpos(_bytes(sale_receipt(gift_code=code), width))
    sale = printed.slips()[0]
    cols = WIDTHS[width][0]

    assert all(len(line) <= cols for line in printed.lines)
    text = "\n".join(printed.lines)
    for expected in ("Harbour Gifts", "1 Quay Street", "R-000123", "Alice", "T1",
                     "GC-****-****-****-" + TENDER_CODE[-4:]):
        assert expected in text
    assert any(line.startswith("TOTAL") and line.endswith("$57.00") for line in sale)
    assert any(line.startswith("Gift card") and line.endswith("$20.00") for line in sale)
    assert any("Balance left" in line and line.endswith("$5.00") for line in sale)
    assert any(line.startswith("Cash") and line.endswith("$40.00") for line in sale)
    assert any(line.startswith("Change") and line.endswith("$3.00") for line in sale)
    assert TENDER_CODE not in text, "a tender card's full code is never printed"


@pytest.mark.parametrize("width", [58, 80])
def test_gift_receipt_slip_carries_the_full_code_and_a_centred_scannable_qr(width: int):
    code = codes.generate()
    printed = parse_escpos(_bytes(sale_receipt(gift_code=code), width))
    cols, dots = WIDTHS[width]

    assert printed.count("cut") == 2, "sale receipt and gift receipt are cut apart"
    assert codes.display(code) in printed.lines
    assert '"Happy birthday, Sam!"' in printed.lines and "$50.00" in printed.lines
    [image] = printed.images()
    assert image.width == dots
    [qr] = decode(image)
    assert qr.text == STORE.balance_url + code and qr.ec_level == "M"
    modules = 17 + 4 * int(qr.extra["Version"])
    left, right = qr.position.top_left.x, qr.position.top_right.x
    module = (right - left + 1) / modules
    assert 5 <= round(module) <= 8
    assert abs(left - (dots - 1 - right)) <= module, "the QR code is centred"


def test_cash_sale_kicks_the_drawer_first_and_every_slip_is_cut():
    printed = parse_escpos(_bytes(sale_receipt(open_drawer=True), 80))
    assert printed.events[0] == ("drawer", 2)
    assert printed.events[-1] == ("cut",) and printed.count("cut") == 1

    no_drawer = parse_escpos(_bytes(sale_receipt(open_drawer=False), 80))
    assert no_drawer.count("drawer") == 0


def test_drawer_pin_5_and_a_printer_without_cutter_follow_the_config():
    printed = parse_escpos(_bytes(sale_receipt(), 58, drawer_pin=5, profile="ZJ-5870"),
                           "ZJ-5870")
    assert printed.events[0] == ("drawer", 5)
    assert printed.count("cut") == 0, "that profile's printer has no cutter"


@pytest.mark.parametrize("state, banner", [("voided", "*** VOIDED ***"),
                                            ("refunded", "*** REFUNDED ***")])
def test_voided_and_refunded_sales_say_so(state: str, banner: str):
    assert banner in parse_escpos(_bytes(sale_receipt(state=state), 58)).lines


def test_euro_amounts_survive_the_printer_code_page():
    store = StoreInfo("Geschenkladen", "DE1", locale="de_DE")
    eur = Money(1250, "EUR")
    receipt = Receipt(store, "R-9", "s", datetime(2026, 5, 1, 10, 0), "Jörg", "K1",
                      (ReceiptLine("Gutschein", 1, eur, eur),),
                      (ReceiptTender("cash", eur),), eur, Money(0, "EUR"))
    lines = parse_escpos(_bytes(receipt, 80)).lines
    assert any(line.startswith("SUMME") and line.endswith("12,50 €") for line in lines)
    assert any(line.startswith("Kassierer") and line.endswith(" Jörg") and len(line) == 48
               for line in lines)


def test_balance_slip_shows_the_masked_code_balance_and_status():
    lines = parse_escpos(_bytes(balance_slip(), 58)).lines
    assert codes.mask_code(TENDER_CODE) in lines and "$12.34" in lines
    assert any(line.startswith("Status") and line.endswith("Active") for line in lines)


def test_end_of_day_lists_each_till_and_the_sum_of_all():
    lines = parse_escpos(_bytes(end_of_day(), 80)).lines
    assert "Till T1" in lines and "Till T2" in lines and "All tills" in lines
    sold = [line for line in lines if line.startswith("Gift cards sold")]
    assert [line.split()[-1] for line in sold] == ["$300.00", "$50.00", "$350.00"]
    assert [line.split()[-1] for line in lines if line.startswith("Sales")] == ["12", "3", "15"]


def test_a_bare_gift_receipt_needs_its_store():
    with pytest.raises(InvalidInput):
        layout_document(gift(codes.generate()), 80)
    job = layout_document(gift(codes.generate()), 58, store=STORE)
    assert len(job.slips) == 1


def test_only_58_and_80_mm_paper_is_accepted():
    with pytest.raises(InvalidInput):
        layout_document(balance_slip(), 76)


_words = st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=90)


@settings(max_examples=40, deadline=None)
@given(items=st.lists(st.tuples(_words, st.integers(0, 10**9)), min_size=1, max_size=4),
       cashier=_words, width=st.sampled_from([58, 80]))
def test_no_line_is_wider_than_the_paper(items, cashier, width):
    lines = tuple(ReceiptLine(d, 3, usd(m), usd(m * 3)) for d, m in items)
    total = usd(sum(m * 3 for _, m in items))
    receipt = Receipt(STORE, "R-" + "9" * 40, "s", datetime(2026, 1, 1), cashier, "T1", lines,
                      (ReceiptTender("voucher_partner", total),), total, usd(0))
    printed = parse_escpos(_bytes(receipt, width))
    assert all(len(line) <= WIDTHS[width][0] for line in printed.lines)
    assert printed.lines == list(layout_document(receipt, width).slips[0].lines())


@pytest.mark.parametrize("width", [58, 80])
def test_pdf_twin_has_the_same_lines_and_a_scannable_qr(width: int):
    code = codes.generate()
    receipt = sale_receipt(gift_code=code)
    buffer = io.BytesIO()
    render_document_pdf(receipt, buffer, width=width)
    pdf = buffer.getvalue()

    assert [round(w, 1) for w, _ in page_sizes_mm(pdf)] == [float(width)] * 2
    job = layout_document(receipt, width)
    for text, slip in zip(page_texts(pdf), job.slips, strict=True):
        # pdfium's text extraction folds runs of spaces into one.
        printed = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        assert printed == [" ".join(line.split()) for line in slip.lines() if line.strip()]
    gift_page = render_pages(pdf, 200)[1]
    assert [b.text for b in decode(gift_page)] == [STORE.balance_url + code]
