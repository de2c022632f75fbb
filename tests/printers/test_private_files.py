"""Files that hold codes, names or e-mail addresses are readable by their owner only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from printer_helpers import face, page_texts, sale_receipt

from posapp import codes, edge
from posapp.services.back_office import csv_io
from posapp.services.cards.issuing import CardTerms
from printers import render_card, render_document_pdf, render_sheet
from tests.conftest import Store


@pytest.fixture(autouse=True)
def lax_umask() -> Iterator[None]:
    """A umask that lets new files be read by anyone: the code must not rely on it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing 0644"])
def test_card_pdfs_and_receipts_are_owner_only(tmp_path: Path, existing: bool) -> None:
    code = codes.generate()
    outputs = {
        "sheet.pdf": lambda out: render_sheet([face(code)], out, paper="A4"),
        "card.pdf": lambda out: render_card(face(code), out),
        "receipt.pdf": lambda out: render_document_pdf(sale_receipt(), out),
    }
    for name, render in outputs.items():
        out = tmp_path / name
        if existing:
            out.write_bytes(b"old")
            out.chmod(0o644)
        render(out)
        assert _mode(out) == 0o600, name
        assert page_texts(out), name  # a real PDF was written into it


def test_a_kept_receipt_masks_the_gift_code_a_printed_one_shows(tmp_path: Path) -> None:
    code = codes.generate()
    doc = sale_receipt(gift_code=code)
    kept, printed = tmp_path / "kept.pdf", tmp_path / "printed.pdf"
    render_document_pdf(doc, kept, full_codes=False)
    render_document_pdf(doc, printed)
    kept_text = "".join(page_texts(kept)).replace("-", "").replace("\n", "")
    printed_text = "".join(page_texts(printed)).replace("-", "").replace("\n", "")
    assert code in printed_text
    assert code not in kept_text and codes.mask_code(code).replace("-", "") in kept_text


def test_a_card_export_with_names_and_emails_is_owner_only(store: Store, tmp_path: Path) -> None:
    edge.issue(store.ctx, store.manager, "30.00",
                terms=CardTerms(recipient_name="Ann", recipient_email="ann@example.com"))
    out = tmp_path / "cards.csv"
    out.write_text("old")
    out.chmod(0o644)
    assert csv_io.export_cards(store.ctx, store.manager, out) == 1
    assert _mode(out) == 0o600
    assert "ann@example.com" in out.read_text()
