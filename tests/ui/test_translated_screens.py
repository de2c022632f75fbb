"""The app in German and in French shows no English: every page's visible texts are walked.

A text on screen that equals an English string literal of ``ui/`` (a label, button,
header, placeholder, tool tip or combo item) is a string the catalogue did not
translate: a literal never wrapped in ``tr()``, or a ``tr()`` whose context at run time
is not the one lupdate recorded. Proper names, amounts and codes are not literals of the
code, so they never match.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from posapp import edge
from posapp.domain.lifecycle import Kind, Status
from posapp.domain.roles import Role
from posapp.money import circulating_currencies
from posapp.services.checkout.sale_parts import Payment
from tests.conftest import Store
from tests.ui.conftest import KeyClock, sign_in
from tests.ui.dialogs import on_next_dialog
from tests.ui.translation_support import LANGUAGES, ROOT, compile_catalogues, read_ts, ts_path
from ui import i18n
from ui.app import demo_hint, make_application
from ui.backoffice.terminal_screen import printer_profiles
from ui.dialogs.tender_dialog import TenderDialog
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig
from ui.views.sell_view import SellView

# Names kept in every language: the languages' own names, printer model profiles, the
# import file's column names, currency codes (USD), PDF and the printer port.
PROPER_NAMES = {name for _code, name in i18n.LANGUAGES} | set(printer_profiles()) | set(
    circulating_currencies()) | {
    "expires_at", "recipient_name", "recipient_email", "PDF", "TCP 9100"}
_KEYS = re.compile(r"^((Ctrl|Shift|Alt)\+)*(F\d{1,2}|[A-Z])$")
_HINT = re.compile(r"\s*\[[^\]]*\]$")
# Shown texts that join parts ("Sale R-1 — voided — total $5.00", "Cam 1111 (cashier)")
# are read part by part.
_PARTS = re.compile(r" — |\n|, | \(|\)")


def normalise(text: str) -> Iterator[str]:
    """The lines of a shown text without mnemonics (&) and key hints ("  [F9]")."""
    for line in _PARTS.split(text.replace("&&", "\0").replace("&", "").replace("\0", "&")):
        line = _HINT.sub("", line).strip()
        if re.search(r"[A-Za-z]{2}", line) and not _KEYS.match(line):
            yield line


def english_literals(language: str) -> set[str]:
    """Every string literal in ``ui/`` and the core's words for states, entry kinds and
    roles (which reach the screen as data), less those the catalogue keeps as they are
    (GiftPOS, USB, "Status" in German)."""
    found = {value.value for values in (Status, Kind, Role) for value in values}
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.update(normalise(node.value))
    same = {line for m in read_ts(ts_path(language))
            if any(list(normalise(t)) == list(normalise(m.source)) for t in m.translations)
            for line in normalise(m.source)}  # "Su&ffix" is "S&uffix" in German
    return found - same - PROPER_NAMES


def shown_texts(root: QWidget) -> set[str]:
    """What a person reads in ``root``: labels, buttons, titles, table headers and cells,
    placeholders, tool tips, combo items and spin box texts of the visible widgets."""
    widgets = [root, *root.findChildren(QWidget)]
    texts: list[str] = []
    for w in widgets:
        if not w.isVisible():
            continue
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit) and not w.text():
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractSpinBox):
            texts.append(w.text())
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            columns = range(model.columnCount(QModelIndex()))
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
            texts += [str(model.index(r, c).data() or "") for c in columns
                      for r in range(min(model.rowCount(QModelIndex()), 50))]
    return {line for text in texts for line in normalise(text)}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, catalogues: Path) -> Iterator[str]:
    make_application([])
    assert i18n.install(request.param, catalogues) == request.param
    yield request.param
    i18n.install(i18n.SOURCE_LANGUAGE, catalogues)


@pytest.fixture
def translated_window(qtbot: QtBot, store: Store, key_clock: KeyClock, tmp_path: Path,
                      language: str) -> Iterator[MainWindow]:
    config = TerminalConfig(terminal_name="T1", receipt_dir=str(tmp_path / "receipts"))
    win = MainWindow(store.ctx, config, clock=key_clock)
    win.login.show_hint(demo_hint())  # as the demo shows it, with role names
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.runner.wait_idle()
    yield win
    win.close()


def test_every_page_is_shown_in_the_terminals_language(
    qtbot: QtBot, translated_window: MainWindow, store: Store, language: str
) -> None:
    """Each page as it opens; the balance of a used card and the last sale, a card and
    cash sale, with their states, kinds and tenders."""
    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    edge.pay(store.ctx, store.cashier, "70.00", codes=[code], payment=Payment(cash="20.00"))
    win = translated_window
    english = english_literals(language)
    seen = {"sign-in": shown_texts(win)}
    sign_in(qtbot, win, "root")
    with_data = {"balance": lambda handler: handler.check(code),
                 "returns": lambda handler: handler.last()}
    for page in win.pages:  # an admin may open them all (a central till's own: tests/central)
        if not page.standalone:
            continue
        opened = win.open_page(page.key)
        assert opened is not None, page.key
        win.runner.wait_idle()
        if page.key in with_data:
            with_data[page.key](opened.handler)
            win.runner.wait_idle()
        qtbot.wait(50)
        seen[page.key] = shown_texts(win)
    untranslated = {key: sorted(texts & english) for key, texts in seen.items()
                    if texts & english}
    assert not untranslated, f"English on screen in {language}: {untranslated}"
    assert sum(len(texts) for texts in seen.values()) > 150, "the walk saw too little"


def test_the_walk_sees_english_when_no_catalogue_is_installed(
    qtbot: QtBot, window: MainWindow, catalogues: Path
) -> None:
    """The same walk in English finds the English texts: the check above can fail."""
    i18n.install(i18n.SOURCE_LANGUAGE, catalogues)
    sign_in(qtbot, window, "root")
    window.open_page("sell")
    window.runner.wait_idle()
    found = shown_texts(window) & english_literals("de")
    assert {"Take payment", "Sell gift cards", "Recipient"} <= found


def test_standard_buttons_come_from_qts_own_catalogue(language: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    cancel = box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "")
    save = box.button(QMessageBox.StandardButton.Save).text().replace("&", "")
    assert (cancel, save) == {"de": ("Abbrechen", "Speichern"),
                              "fr": ("Annuler", "Enregistrer")}[language]


def test_translated_headers_keep_their_columns_wide_enough(
    qtbot: QtBot, translated_window: MainWindow, language: str
) -> None:
    """Column widths come from samples found by header title; "Karte" must find the
    masked code's sample as "Card" does, or every code is cut off."""
    sign_in(qtbot, translated_window, "root")
    page = translated_window.open_page("cards")
    assert page is not None
    translated_window.runner.wait_idle()
    table = page.widget.table  # type: ignore[union-attr]
    metrics = table.fontMetrics()
    assert table.columnWidth(0) > metrics.horizontalAdvance("GC-****-****-****-WWWW")
    assert table.columnWidth(1) > metrics.horizontalAdvance(
        {"de": "Aufgebraucht", "fr": "Épuisée"}[language])


def test_a_cash_sale_speaks_the_terminals_language_in_every_dialog(
    qtbot: QtBot, translated_window: MainWindow, language: str
) -> None:
    """The tender dialog, the sold cards and the page after the sale."""
    win = translated_window
    english = english_literals(language)
    sign_in(qtbot, win, "carl")
    page = win.open_page("sell")
    assert page is not None and isinstance(page.widget, SellView)
    win.runner.wait_idle()
    page.widget.amount.setText("25.00")
    page.widget.recipient_name.setText("Ann")
    qtbot.keyClick(page.widget.amount, Qt.Key.Key_Return)
    win.runner.wait_idle()
    seen: dict[str, set[str]] = {}

    def pay(dialog: QDialog) -> None:
        assert isinstance(dialog, TenderDialog)
        seen["tender"] = shown_texts(dialog)
        dialog.amount.setText("40.00")
        dialog._accept()

    def sold(dialog: QDialog) -> None:
        seen["sold"] = shown_texts(dialog)
        dialog.accept()

    on_next_dialog("tenderDialog", pay)
    on_next_dialog("saleDoneDialog", sold)
    qtbot.keyClick(page.widget, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "sold" in seen, timeout=5000)
    win.runner.wait_idle()
    seen["after"] = shown_texts(win)
    untranslated = {key: sorted(texts & english) for key, texts in seen.items()
                    if texts & english}
    assert not untranslated, f"English on screen in {language}: {untranslated}"
    change = {"de": "Rückgeld: $15.00", "fr": "Monnaie à rendre : $15.00"}[language]
    assert change in seen["sold"]
    assert {"de": "Bezahlen", "fr": "Payer"}[language] in seen["tender"]


def test_the_staff_tab_names_roles_in_the_terminals_language(
    qtbot: QtBot, translated_window: MainWindow, language: str
) -> None:
    """The settings' other tabs are hidden during the walk; the staff list and the role
    to add show roles in words, and the role chosen is still the core's."""
    win = translated_window
    sign_in(qtbot, win, "root")
    page = win.open_page("settings")
    assert page is not None
    win.runner.wait_idle()
    screen = page.widget
    screen.tabs.setCurrentIndex(2)  # type: ignore[union-attr]
    qtbot.wait(50)
    shown = shown_texts(win)
    assert not shown & english_literals(language), sorted(shown & english_literals(language))
    assert i18n.role_label("cashier") in shown
    assert screen.staff_role.currentData() == "cashier"  # type: ignore[union-attr]
