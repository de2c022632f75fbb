"""The widget dump never holds a full code, however the screen groups it, and leaves the
texts the end-to-end tests read (receipt numbers, prices, labels) as they are."""

from __future__ import annotations

import pytest

from posapp import codes
from ui.diagnostics import masked


@pytest.mark.parametrize("length", [12, 16, 20])
def test_a_code_in_any_shown_form_keeps_only_its_last_four_symbols(length: int) -> None:
    for _ in range(50):
        code = codes.generate(length=length)
        grouped = codes.display(code)
        for shown in (grouped, code, code.lower(), grouped.replace("-", " ")):
            dumped = masked(shown)
            kept = "".join(ch for ch in dumped if ch.isalnum())
            assert kept == "".join(ch for ch in shown if ch.isalnum())[-4:], (shown, dumped)
            assert [ch in "- " for ch in dumped] == [ch in "- " for ch in shown], (
                "the grouping is kept")
        assert masked(f"New card: {grouped}.") == f"New card: {masked(grouped)}."


def test_receipt_numbers_prices_and_labels_stay_as_they_are() -> None:
    for text in ("Sale DEMO-20261130-0010 complete.", "Total $1,234.56", "Take payment  [F9]",
                 "Store gift card", "GC-****-****-****-Q9XT", "Import / export\nShift+F6",
                 "Recipient", "Max · manager"):
        assert masked(text) == text
