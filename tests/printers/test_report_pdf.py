"""The PDF pack rendered over a year of real activity and read back with pypdfium2: the
period and filters head every page, the roll-forward's totals are printed, and a German
pack reads German words, numbers and dates."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest

from posapp.domain.errors import InvalidInput
from posapp.money import Money
from posapp.services.accounting import report_pack
from posapp.services.accounting.breakage import METHOD
from posapp.services.accounting.movements import COLUMNS
from printers import messages, report_words
from printers.report_pdf import render_pack_pdf
from tests.conftest import Store
from tests.services.reports_activity import year_of_activity


def page_texts(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


@pytest.fixture
def pack(store: Store) -> report_pack.ReportPack:
    year_of_activity(store)
    start, end = datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)
    return report_pack.gather(store.ctx, store.manager, start, end, store="S1")


def test_the_pack_prints_the_totals_under_the_period_on_every_page(
        pack: report_pack.ReportPack, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    pages = render_pack_pdf(pack, target)
    texts = page_texts(target)
    assert len(texts) == pages >= 4
    for number, text in enumerate(texts, start=1):
        assert "Period Feb 1, 2025 to Apr 30, 2025 (UTC), store: S1" in text
        assert f"page {number}" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    words = " ".join(texts).split()
    (total,) = report_pack.currency_totals(pack.rollforward)
    (line,) = pack.rollforward.lines
    assert line.store == "S1" and line.closing.minor > 0
    # The table's columns: the line, then its total; each row's label, then the amounts.
    closing = words.index("Closing")
    assert words[closing + 1:closing + 3] == [f"{line.closing.to_decimal():,}",
                                              f"{total.closing.to_decimal():,}"]
    opening = words.index("Opening")
    assert words[opening + 1] == f"{line.opening.to_decimal():,}"
    assert pack.settlement.debts
    for debt in pack.settlement.debts:
        assert "S1" in (debt.debtor, debt.creditor)
        assert f"{debt.amount.to_decimal():,}" in words
    assert " ".join(pack.breakage.method.split()) in " ".join(words)


def german(money: Money) -> str:
    """An amount as German writes it, by hand: 1.234,56 and -258,44."""
    return f"{money.to_decimal():,}".replace(",", "_").replace(".", ",").replace("_", ".")


def test_a_german_pack_reads_german_with_german_numbers_and_dates(
        pack: report_pack.ReportPack, tmp_path: Path) -> None:
    target = tmp_path / "bericht.pdf"
    pages = render_pack_pdf(pack, target, "de_DE")
    texts = page_texts(target)
    assert len(texts) == pages >= 4
    for number, text in enumerate(texts, start=1):
        assert "GiftPOS - Berichte zu Geschenkkarten-Guthaben" in text
        assert "Zeitraum 01.02.2025 bis 30.04.2025 (UTC), Filiale: S1" in text
        assert f"Seite {number}" in text
    whole = " ".join(" ".join(texts).split())
    for title in ("Fortschreibung der Verbindlichkeit", "Ausgleich zwischen Filialen",
                  "Altersstruktur der offenen Guthaben", "Verfall", "Ruhende Karten:",
                  "Proportionale Methode.", "Kohorten, die mindestens 12 Monate alt sind"):
        assert title in whole
    for english in ("Period", "page", "Opening", "Closing", "Liability", "store:",
                    "Proportional method", "Who owes whom", "Dormant"):
        assert english not in whole
    words = whole.split()
    (total,) = report_pack.currency_totals(pack.rollforward)
    (line,) = pack.rollforward.lines
    closing = words.index("Endbestand")
    assert words[closing + 1:closing + 3] == [german(line.closing), german(total.closing)]
    assert words[words.index("Anfangsbestand") + 1] == german(line.opening)
    redeemed = line.movement("redeemed")
    assert redeemed.minor < 0
    assert words[words.index("Eingelöst") + 1] == german(redeemed)
    assert "Summe" in words and "Schuldet" in words and "Erhält" in words
    for debt in pack.settlement.debts:
        assert german(debt.amount) in words


def test_every_pack_word_has_german_and_french() -> None:
    """The words the pack looks up by a name rather than a literal: every column of every
    report, the charts' own words and the breakage method."""
    keys = {"store", "currency", "opening", *COLUMNS, "closing", "month",
            "months_since_activity", "cards", "amount", "debtor", "creditor", "rate",
            "loaded", "expected", "recognised", "remaining"}
    for language in ("de", "fr"):
        assert keys <= set(report_words.COLUMNS[language]), language
        assert set(report_words.COLUMNS[language]) == set(report_words.COLUMNS["en"])
    for english in ("no data", "owes", "is owed", "months since loaded", "% redeemed",
                    "months since last use", METHOD):
        assert messages.text("de_DE", english) != english
        assert messages.text("fr_FR", english) != english


def test_a_pack_that_cannot_be_written_is_refused_in_words(
        store: Store, tmp_path: Path) -> None:
    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    pack = report_pack.gather(store.ctx, store.manager, start, end)
    target = tmp_path / "no such folder" / "pack.pdf"
    with pytest.raises(InvalidInput, match="Cannot write .*pack.pdf"):
        render_pack_pdf(pack, target)
    assert not target.parent.exists()
