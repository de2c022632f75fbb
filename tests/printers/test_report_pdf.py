"""The PDF pack rendered over a year of real activity and read back with pypdfium2: the
period and filters head every page, and the roll-forward's totals are printed."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest

from posapp.domain.errors import InvalidInput
from posapp.services.accounting import report_pack
from printers.report_pdf import render_pack_pdf
from tests.conftest import Store
from tests.services.reports_activity import year_of_activity


def page_texts(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def test_the_pack_prints_the_totals_under_the_period_on_every_page(
        store: Store, tmp_path: Path) -> None:
    year_of_activity(store)
    start, end = datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)
    pack = report_pack.gather(store.ctx, store.manager, start, end, store="S1")
    target = tmp_path / "pack.pdf"
    pages = render_pack_pdf(pack, target)
    texts = page_texts(target)
    assert len(texts) == pages >= 4
    for text in texts:
        assert "Period 2025-02-01 to 2025-04-30 (UTC), store: S1" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    words = " ".join(texts).split()
    (total,) = report_pack.currency_totals(pack.rollforward)
    (line,) = pack.rollforward.lines
    assert line.store == "S1" and line.closing.minor > 0
    # The table's columns: the line, then its total; each row's label, then the amounts.
    closing = words.index("closing")
    assert words[closing + 1:closing + 3] == [line.closing.amount_str(),
                                              total.closing.amount_str()]
    opening = words.index("opening")
    assert words[opening + 1] == line.opening.amount_str()
    assert pack.settlement.debts
    for debt in pack.settlement.debts:
        assert "S1" in (debt.debtor, debt.creditor)
        assert debt.amount.amount_str() in words


def test_a_pack_that_cannot_be_written_is_refused_in_words(
        store: Store, tmp_path: Path) -> None:
    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    pack = report_pack.gather(store.ctx, store.manager, start, end)
    target = tmp_path / "no such folder" / "pack.pdf"
    with pytest.raises(InvalidInput, match="Cannot write .*pack.pdf"):
        render_pack_pdf(pack, target)
    assert not target.parent.exists()
