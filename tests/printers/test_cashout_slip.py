"""The cash-out slip: the drawer is kicked before any paper moves, on the configured pin;
every line fits the paper; the words are in the store's language; no full code."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from posapp.documents import CashOutSlip
from posapp.money import Money
from printers.connections import PrinterConfig
from printers.receipt_escpos import document_bytes
from printers.receipt_layout import columns_for, layout_document
from tests.printers.printer_helpers import STORE, parse_escpos

SLIP = CashOutSlip(STORE, "GC-****-****-****-Q9XT", Money(435, "USD"), "carl", "T1",
                   datetime(2030, 6, 1, 12, 0, tzinfo=UTC))


@pytest.mark.parametrize(("width", "pin"), [(58, 2), (80, 5)])
def test_the_drawer_opens_first_and_every_line_fits(width: int, pin: int) -> None:
    config = PrinterConfig(kind="file", target="/dev/null", width=width, drawer_pin=pin)
    data = document_bytes(SLIP, config)
    assert data.startswith(b"\x1b@" + (b"\x1bp\x0022" if pin == 2 else b"\x1bp\x0122"))
    events = parse_escpos(data).events
    assert events[0] == ("drawer", pin)
    job = layout_document(SLIP, width)
    assert job.open_drawer
    (slip,) = job.slips
    assert all(len(line) <= columns_for(width) for line in slip.lines())
    text = "\n".join(slip.lines())
    assert "CASH-OUT" in text and "$4.35" in text and "GC-****-****-****-Q9XT" in text


def test_the_slip_speaks_the_stores_language() -> None:
    german = replace(SLIP, store=replace(STORE, locale="de_DE"),
                     paid=Money(435, "EUR"))
    lines = "\n".join(layout_document(german, 80).slips[0].lines())
    assert "BARAUSZAHLUNG" in lines and "Bar ausgezahlt" in lines and "4,35" in lines
