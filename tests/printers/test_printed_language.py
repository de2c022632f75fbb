"""Receipts and cards speak the store's language: translated labels, Babel money and dates.

Read back from the real output: ESC/POS bytes decoded with the printer's code page, PDF
text extracted by pdfium.
"""

from __future__ import annotations

import ast
import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from printer_helpers import face, gift, page_texts, parse_escpos

import printers
from posapp import codes
from posapp.documents import (
    BalanceSlip,
    EndOfDayReport,
    Receipt,
    ReceiptLine,
    ReceiptTender,
    StoreInfo,
    TerminalTotals,
)
from posapp.money import Money
from printers import (
    PrinterConfig,
    encode,
    layout_document,
    messages,
    render_card,
    render_document_pdf,
)
from printers.card_pdf import render_sheet
from printers.messages import language, text

GERMAN = StoreInfo("Geschenkladen", "DE1", locale="de_DE")
FRENCH = StoreInfo("Boutique Cadeaux", "FR1", locale="fr_FR",
                   balance_url="https://boutique.example/c/")


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def receipt(store: StoreInfo, *, state: str = "completed") -> Receipt:
    return Receipt(
        store, "R-000042", "s", datetime(2026, 11, 21, 14, 3), "Jörg", "K1",
        (ReceiptLine("Gutschein", 1, eur(1250), eur(1250)),),
        (ReceiptTender("gift_card", eur(1000), codes.mask_code("GC7K2MQ9XDA4B6C8E0FJ"),
                       eur(1500)),
         ReceiptTender("cash", eur(500))),
        eur(1250), eur(250), state=state,
        gift_receipts=(replace(gift(codes.generate()), amount=eur(5000)),))


def printed_lines(doc: object, width: int = 80) -> list[str]:
    config = PrinterConfig("file", "/dev/null", width=width)
    return parse_escpos(encode(layout_document(doc, width), config)).lines  # type: ignore[arg-type]


def pdf_text(doc: object) -> str:
    buffer = io.BytesIO()
    render_document_pdf(doc, buffer)  # type: ignore[arg-type]
    return " ".join(" ".join(page_texts(buffer.getvalue())).split())


def pair(lines: list[str], label: str, value: str) -> bool:
    return any(line.startswith(label) and line.endswith(value) for line in lines)


def test_a_german_receipt_reads_german_with_euro_amounts_as_germans_write_them() -> None:
    lines = printed_lines(receipt(GERMAN))
    assert pair(lines, "SUMME", "12,50 €")
    assert pair(lines, "Geschenkkarte", "10,00 €") and pair(lines, "  Restguthaben", "15,00 €")
    assert pair(lines, "Bar", "5,00 €") and pair(lines, "Rückgeld", "2,50 €")
    assert pair(lines, "Kassierer", "Jörg") and pair(lines, "Datum", "21.11.26, 14:03")
    assert "VERKAUF" in lines and "GESCHENKKARTE" in lines and "Für Sam" in lines
    assert "Gültig bis 21.11.2027" in lines and "50,00 €" in lines
    for english in ("TOTAL", "Change", "Cashier", "Balance left", "Valid until", "SALE"):
        assert not any(english in line for line in lines), english


def test_a_french_receipt_and_its_pdf_twin_read_french() -> None:
    doc = receipt(FRENCH, state="refunded")
    lines = printed_lines(doc, 58)
    assert pair(lines, "TOTAL", "12,50 €") and pair(lines, "Rendu", "2,50 €")
    assert pair(lines, "Espèces", "5,00 €") and pair(lines, "Caissier", "Jörg")
    assert "REMBOURSEMENT" in lines and "*** REMBOURSÉE ***" in lines
    assert "Valable jusqu'au 21 nov. 2027" in lines
    text_of_pdf = pdf_text(doc)
    for words in ("REMBOURSEMENT", "Ticket R-000042", "Rendu 2,50 €", "CARTE CADEAU",
                  "Le code de votre carte cadeau", "Consultez le solde sur",
                  "Non remboursable en espèces, sauf obligation légale."):
        assert words in text_of_pdf, words


@pytest.mark.parametrize(("zone", "locale", "last_day"), [
    ("America/New_York", "en_US", "Mar 31, 2028"),
    ("Europe/Berlin", "de_DE", "31.03.2028"),
])
def test_a_card_prints_its_last_day_in_the_stores_time_zone(
    zone: str, locale: str, last_day: str
) -> None:
    """A card extended until 31 March expires as 1 April begins in its store: the slip
    says 31 March there, whatever day that moment is in UTC."""
    store = StoreInfo("Shop", "S9", locale=locale, timezone=zone)
    expires = datetime(2028, 4, 1, tzinfo=ZoneInfo(zone))
    slip = BalanceSlip(store, "GC-****-****-****-0FJ", Money(1234, "USD"), "active",
                       expires.astimezone(UTC), datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    lines = printed_lines(slip, 58)
    assert any(line.endswith(last_day) for line in lines), lines


def test_balance_slip_and_end_of_day_in_the_stores_language() -> None:
    slip = BalanceSlip(GERMAN, "GC-****-****-****-0FJ", eur(1234), "active",
                       datetime(2027, 1, 1, 9, 0, tzinfo=UTC), datetime(2026, 11, 21, 9, 0))
    lines = printed_lines(slip, 58)
    assert "GUTHABEN DER" in " ".join(lines) and "12,34 €" in lines
    assert pair(lines, "Status", "Aktiv") and pair(lines, "Gültig bis", "01.01.2027")
    t1 = TerminalTotals("K1", 3, eur(30000), eur(4550), eur(21000), eur(13550), 1, eur(500))
    report = printed_lines(EndOfDayReport(FRENCH, "2026-11-21", datetime(2026, 11, 21, 22, 0),
                                          (t1,)))
    assert "CLÔTURE DE JOURNÉE" in report and "Caisse K1" in report
    assert pair(report, "Cartes cadeaux vendues", "300,00 €")
    assert pair(report, "Ventes annulées", "1")


@pytest.mark.parametrize(("store", "words"), [
    (GERMAN, ("Geschenkkarte von Geschenkladen", "G E S C H E N K K A R T E",
              "Gültig bis 31.03.2028", "Nr. 000007", "Serie B7", "25,00 €",
              "Guthaben an jeder Kasse von Geschenkladen abfragen.")),
    (FRENCH, ("Carte cadeau Boutique Cadeaux", "C A R T E C A D E A U",
              "Valable jusqu'au 31 mars 2028", "N° 000007", "Lot B7", "25,00 €",
              "en scannant le code QR")),
])
def test_card_pdfs_carry_the_stores_language(store: StoreInfo, words: tuple[str, ...]) -> None:
    buffer = io.BytesIO()
    render_card(replace(face(codes.generate(), store=store, serial=7), face_value=eur(2500)),
                buffer)
    printed = " ".join(" ".join(page_texts(buffer.getvalue())).split())
    for word in words:
        assert word in printed, word


def test_a_store_in_another_language_prints_english_and_its_own_terms_as_written() -> None:
    assert language("de_CH") == "de" and language("fr_CA") == "fr"
    assert language("nl_NL") == "nl" and text("nl_NL", "TOTAL") == "TOTAL"
    own_terms = "Nicht übertragbar."
    assert text("de_DE", own_terms) == own_terms
    assert text("fr_FR", "Till {name}", name="{x}") == "Caisse {x}"


def test_the_print_shops_sheet_header_follows_the_store() -> None:
    buffer = io.BytesIO()
    render_sheet([face(codes.generate(), store=GERMAN, serial=n) for n in (1, 2)], buffer,
                 total=2)
    fronts, backs = (" ".join(t.split()) for t in page_texts(buffer.getvalue()))
    assert "Serie B7 · Bogen 1 von 1 · Vorderseiten · Karten 1-2" in fronts
    assert "Rückseiten" in backs


def test_every_printed_label_has_german_and_french() -> None:
    """Each literal the printers look up (``_(loc, "...")``) is in both tables: a label
    added to a layout without its translations would print English on a German slip."""
    labels = {
        node.args[1].value
        for path in Path(printers.__file__).parent.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id == "_" and len(node.args) > 1
        and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
    }
    assert len(labels) > 30, "found too few printed labels: is the scan reading the layouts?"
    for code, table in messages._TABLES.items():
        missing = sorted(labels - set(table))
        assert not missing, f"no {code} words for: {missing}"
