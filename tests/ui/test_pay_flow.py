"""Paying with cards to the end: what is left on each card, the completion view, and the
new code a replacement-strategy card leaves behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.codes import display
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from tests.conftest import Store
from tests.printers.printer_helpers import page_texts, parse_escpos
from tests.ui.conftest import sign_in
from tests.ui.dialogs import on_next_dialog
from ui.dialogs.sale_done_dialog import SaleDoneDialog
from ui.dialogs.tender_dialog import TenderDialog
from ui.main_window import MainWindow


def _scan_into_sale(qtbot: QtBot, window: MainWindow, due: str, *codes: str):  # type: ignore[no-untyped-def]
    page = window.open_page("pay")
    page.widget.amount.setText(due)
    qtbot.keyClick(page.widget.amount, Qt.Key.Key_Return)
    window.runner.wait_idle()
    for code in codes:
        page.widget.code.setText(code)
        qtbot.keyClick(page.widget.code, Qt.Key.Key_Return)
        window.runner.wait_idle()
    return page


def _finish(qtbot: QtBot, window: MainWindow, page, cash: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    """Press F9, pay ``cash`` if asked, and read the completion view before closing it."""
    seen: dict = {}

    def tender(dialog: QDialog) -> None:
        assert isinstance(dialog, TenderDialog)
        dialog.amount.setText(cash or "")
        dialog._accept()

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, SaleDoneDialog)
        seen["dialog"] = dialog
        seen["labels"] = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        seen["codes"] = [w.text() for w in dialog.findChildren(QLabel, "soldCode")]
        seen["preview"] = dialog.preview.toPlainText()
        seen["default"] = dialog.new_sale_button.isDefault()
        dialog.accept()

    if cash is not None:
        on_next_dialog("tenderDialog", tender)
    on_next_dialog("saleDoneDialog", read)
    qtbot.keyClick(page.widget, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=8000)
    window.runner.wait_idle()
    return seen


def test_the_pay_table_shows_what_is_left_on_each_card_after_its_tender(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    big = edge.issue(store.ctx, store.manager, "50.00").card.code
    small = edge.issue(store.ctx, store.manager, "15.00").card.code
    sign_in(qtbot, window, "carl")
    page = _scan_into_sale(qtbot, window, "40.00", small, big)
    table = page.widget.tenders
    assert table.horizontalHeaderItem(2).text() == "Left on card"
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [r[1:] for r in rows] == [["$15.00", "$0.00"], ["$25.00", "$25.00"]]


def test_a_card_and_cash_payment_ends_on_a_completion_view_with_change_and_receipt(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    code = edge.issue(store.ctx, store.manager, "25.00").card.code
    sign_in(qtbot, window, "carl")
    page = _scan_into_sale(qtbot, window, "60.00", code)
    seen = _finish(qtbot, window, page, cash="40.00")
    assert seen["labels"]["changeAmount"] == "Change to give: $5.00"
    assert seen["default"]  # Enter starts the next sale
    preview = seen["preview"]
    assert "TOTAL" in preview and "$60.00" in preview and "$5.00" in preview
    assert code[-4:] in preview and code not in preview.replace("-", "")
    assert seen["codes"] == []  # nothing new to hand over
    assert seen["labels"]["receiptWhere"].endswith(".pdf")
    assert page.handler.sale is None and page.widget.focusWidget() is page.widget.amount


def test_a_replacement_card_paying_part_shows_and_prints_its_new_code_once(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    old = edge.issue(store.ctx, store.manager, "50.00",
                      terms=CardTerms(strategy="replacement")).card.code
    printed = tmp_path / "printer.bin"
    window.deps.config.printer = {"kind": "file", "target": str(printed)}
    sign_in(qtbot, window, "carl")
    page = _scan_into_sale(qtbot, window, "20.00", old)
    seen = _finish(qtbot, window, page)
    assert len(seen["codes"]) == 1
    new = seen["codes"][0].replace("-", "")
    assert new != old
    assert edge.balance(store.ctx, store.cashier, new).balance == Money(3000, "USD")
    assert edge.balance(store.ctx, store.cashier, old).balance == Money(0, "USD")
    assert new not in seen["preview"].replace("-", "")  # the kept copy is masked
    slips = parse_escpos(printed.read_bytes()).slips()
    new_card_slip = next(s for s in slips if any("YOUR NEW GIFT CARD" in line for line in s))
    assert any(display(new) in line for line in new_card_slip)
    assert any("$30.00" in line for line in new_card_slip)


def test_a_receipt_kept_on_disk_holds_masked_codes_only_and_is_owner_only(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    old = edge.issue(store.ctx, store.manager, "50.00",
                      terms=CardTerms(strategy="replacement")).card.code
    sign_in(qtbot, window, "carl")
    page = _scan_into_sale(qtbot, window, "20.00", old)
    seen = _finish(qtbot, window, page)
    new = seen["codes"][0].replace("-", "")
    saved = Path(seen["labels"]["receiptWhere"].removeprefix("Receipt: "))
    assert saved.parent == window.deps.config.receipt_folder()
    text = "\n".join(page_texts(saved)).replace("-", "")
    assert "YOUR NEW GIFT CARD" in text.replace("\n", " ")
    assert new[-4:] in text and new not in text and old not in text
    assert saved.stat().st_mode & 0o777 == 0o600
    assert saved.parent.stat().st_mode & 0o077 == 0
