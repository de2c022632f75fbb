"""A refusal reaches a German or French cashier in their language, values filled in.

The core's refusals are English templates with params; the counter screens show the
headline for the error code and, under it, the refusal's own sentence translated from the
catalogue and filled after translating. Each case triggers a real refusal through the
app and reads the message line the cashier sees.
"""

from __future__ import annotations

import json
import re
import string
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from pytestqt.qtbot import QtBot

from posapp import codes, edge
from posapp.central import offline_policy, protocol
from posapp.domain.errors import (
    AuthFailed,
    InsufficientFunds,
    InvalidAmount,
    InvalidInput,
    InvalidState,
    KeyFileError,
    Phrase,
    PosError,
)
from posapp.domain.lifecycle import SaleState, Status
from posapp.domain.roles import Permission
from posapp.domain.transitions import Op
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import GoodsLine
from posapp.services.command_path import commands as c
from posapp.services.configuration.definitions import DEFINITIONS
from posapp.services.configuration.settings import SettingRefused
from scripts import error_templates
from tests.conftest import PINS, Store
from tests.ui.conftest import KeyClock, show_window, sign_in
from tests.ui.translation_support import LANGUAGES, compile_catalogues, tool
from ui import i18n
from ui.app import make_application
from ui.backoffice import setting_words
from ui.dialogs.override_dialog import OverrideDialog
from ui.errors import detail_for
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture(scope="module")
def english_phrases() -> set[str]:
    """The fixed words of every refusal template (the parts between placeholders) that
    are a phrase of three words or more: none of them may be on a translated screen."""
    found = set()
    for template in error_templates.templates(error_templates.core_sites()):
        for text, _field, _spec, _conv in string.Formatter().parse(template):
            for part in re.split(r"[.:;()]", text):
                if len(part.split()) >= 3:
                    found.add(part.strip())
    assert len(found) > 150, "too few English phrases: is the core read?"
    return found


def _window(qtbot: QtBot, store: Store, tmp_path: Path, clock: KeyClock) -> MainWindow:
    config = TerminalConfig(terminal_name="T1", receipt_dir=str(tmp_path / "receipts"))
    return show_window(qtbot, store, config, clock)


@pytest.fixture
def window_in(qtbot: QtBot, store: Store, key_clock: KeyClock, tmp_path: Path,
              catalogues: Path) -> Iterator[Callable[[str], MainWindow]]:
    """A main window whose texts are in the given language."""
    opened: list[MainWindow] = []

    def make(language: str) -> MainWindow:
        make_application([])
        assert i18n.install(language, catalogues) == language
        opened.append(_window(qtbot, store, tmp_path, key_clock))
        return opened[-1]

    yield make
    for win in opened:
        win.close()
    i18n.install(i18n.SOURCE_LANGUAGE, catalogues)


def _balance_of(qtbot: QtBot, win: MainWindow, code: str) -> str:
    view = win.open_page("balance").widget
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    win.runner.wait_idle()
    return view.banner.text()


def _pay_with(qtbot: QtBot, win: MainWindow, code: str) -> str:
    view = win.open_page("pay").widget
    view.amount.setText("10.00")
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    win.runner.wait_idle()
    return view.banner.text()


def mistyped(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = codes.generate()
    return _balance_of(qtbot, win, code[:-1] + ("0" if code[-1] != "0" else "1"))


def frozen(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    edge.freeze(store.ctx, store.manager, code, "lost")
    return _pay_with(qtbot, win, code)


def over_balance(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    """Another open sale holds all of the card: nothing of it is left to pay with."""
    code = edge.issue(store.ctx, store.manager, "5.00").card.code
    other = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Goods", "50.00")])
    edge.apply_card(store.ctx, store.cashier, other.sale_id, code)
    return _pay_with(qtbot, win, code)


def too_precise(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    page = win.open_page("sell")
    win.runner.wait_idle()
    page.widget.amount.setText("12.345")
    page.handler.add_line()
    win.runner.wait_idle()
    return page.widget.banner.text()


def not_the_role(qtbot: QtBot, win: MainWindow, store: Store) -> str:
    """An admin-only action approved by a manager: the role and the action in words."""
    dialog = OverrideDialog(win.deps, Permission.MANAGE_SETTINGS, win)
    win.runner.wait_idle()
    dialog.names.setCurrentText("mia")
    dialog.pin_pad.submitted.emit(PINS["mia"])
    win.runner.wait_idle()
    return dialog.banner.text()


# The detail line each case shows, as a cashier reads it.
CASES: dict[str, tuple[Callable[[QtBot, MainWindow, Store], str], dict[str, str]]] = {
    "mistyped": (mistyped, {
        "de": "Dieser Code ist falsch eingegeben: das Prüfzeichen stimmt nicht.",
        "fr": "Ce code est mal saisi : son caractère de contrôle ne correspond pas."}),
    "frozen": (frozen, {
        "de": "Diese Karte ist gesperrt.",
        "fr": "Cette carte est bloquée."}),
    "over_balance": (over_balance, {
        "de": "Auf der Karte sind nur 0.00 USD verfügbar.",
        "fr": "La carte n'a que 0.00 USD de disponible."}),
    "too_precise": (too_precise, {
        "de": "12.345 hat mehr als 2 Nachkommastelle(n) für USD.",
        "fr": "12.345 a plus de 2 décimale(s) pour USD."}),
    "not_the_role": (not_the_role, {
        "de": "Die Rolle „Filialleitung“ darf „Einstellungen verwalten“ nicht: bitten Sie "
              "einen Administrator.",
        "fr": "Le rôle « responsable » n'autorise pas l'action « gérer les paramètres » : "
              "demandez à un administrateur."}),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", list(CASES))
def test_a_refusal_is_explained_in_the_terminals_language(
    qtbot: QtBot, store: Store, window_in: Callable[[str], MainWindow],
    english_phrases: set[str], case: str, language: str,
) -> None:
    win = window_in(language)
    sign_in(qtbot, win, "carl")
    trigger, details = CASES[case]
    shown = trigger(qtbot, win, store)
    headline, _, detail = shown.partition("\n")
    assert headline, shown
    assert detail == details[language], shown
    english = sorted(phrase for phrase in english_phrases if phrase in shown)
    assert not english, f"English in the {language} message {shown!r}: {english}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_code_names_its_last_symbols_in_the_terminals_language(
    qtbot: QtBot, store: Store, window_in: Callable[[str], MainWindow],
    english_phrases: set[str], language: str,
) -> None:
    win = window_in(language)
    sign_in(qtbot, win, "carl")
    code = codes.generate()
    shown = _balance_of(qtbot, win, code)
    tail = codes.visible_tail(code)
    assert len(tail) == 4, tail
    assert shown.endswith({
        "de": f"Keine Geschenkkarte hat einen Code, der auf {tail} endet.",
        "fr": f"Aucune carte cadeau n'a de code se terminant par {tail}."}[language]), shown
    assert not [phrase for phrase in english_phrases if phrase in shown], shown


def test_in_english_the_detail_is_the_cores_own_sentence(
    qtbot: QtBot, store: Store, window_in: Callable[[str], MainWindow],
    english_phrases: set[str],
) -> None:
    """The same refusals in English read as the core wrote them: the check for English
    phrases above finds them."""
    win = window_in("en")
    sign_in(qtbot, win, "carl")
    shown = over_balance(qtbot, win, store)
    assert shown.endswith("\nThe card has only 0.00 USD available."), shown
    assert "The card has only" in english_phrases


def _german(catalogues: Path) -> None:
    make_application([])
    assert i18n.install("de", catalogues) == "de"


@pytest.mark.parametrize(("error", "detail"), [
    (InvalidInput("{file} line {n}: {problem} ({count} bad lines in all; preview lists them).",
                  file="cards.csv", n=3, count=2,
                  problem=InvalidAmount("{text} is too large.", text="1e99")),
     "cards.csv Zeile 3: 1e99 ist zu groß. (2 fehlerhafte Zeilen insgesamt; die Prüfung listet "
     "sie auf)."),
    (InvalidState("A {status} card cannot be given a {op}.", status=Status.FROZEN, op=Op.SPEND),
     "Bei einer Karte mit dem Status „Gesperrt“ ist „Bezahlen“ nicht möglich."),
    (InvalidState("This sale is {sale_state}.", sale_state=SaleState.COMPLETED),
     "Dieser Verkauf ist „abgeschlossen“."),
    (InvalidAmount("The {method} payment is more than is due.", method="cash"),
     "Die Zahlung mit „Bar“ ist höher als der offene Betrag."),
    (KeyFileError("{path} cannot be written ({reason}).", path="/etc/k", reason="EACCES"),
     "/etc/k kann nicht geschrieben werden (EACCES)."),
    (InvalidInput("A {what} is required.", what=Phrase("reason")), "Bitte angeben: Grund."),
    (InvalidInput("A batch holds 1 to {max_batch:,} cards.", max_batch=10000),
     "Eine Kartenserie umfasst 1 bis 10.000 Karten."),
    (AuthFailed("Wrong name or PIN."), ""),  # the headline says it already
])
def test_values_that_are_the_cores_words_are_shown_in_the_apps_words(
    catalogues: Path, error: PosError, detail: str
) -> None:
    _german(catalogues)
    try:
        assert detail_for(error) == detail
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, catalogues)


def test_a_refused_setting_is_named_by_its_label(catalogues: Path) -> None:
    _german(catalogues)
    try:
        label = setting_words.label(DEFINITIONS["custom_max"])
        assert label != DEFINITIONS["custom_max"].label
        refused = SettingRefused("custom_max", InvalidAmount("{text} is too large.", text="1e99"))
        assert detail_for(refused) == f"„{label}“ nicht geändert: 1e99 ist zu groß."
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, catalogues)


def _from_the_service(error: PosError) -> PosError:
    """``error`` as a till gets it back from the central service."""
    body = json.loads(json.dumps(protocol.error_body(error)))
    return protocol.error_from(body, protocol.status_of(error))


@pytest.mark.parametrize(("language", "error", "detail"), [
    ("de", _from_the_service(InvalidState("A {status} card cannot be given a {op}.",
                                          status=Status.FROZEN, op=Op.SPEND)),
     "Bei einer Karte mit dem Status „Gesperrt“ ist „Bezahlen“ nicht möglich."),
    ("fr", _from_the_service(InsufficientFunds("The card has only {available} available.",
                                               available="12.50 EUR")),
     "La carte n'a que 12.50 EUR de disponible."),
    ("de", offline_policy.refused(c.VoidCard(CardRef(code="X"), "lost")),
     "Die Kasse ist offline (sie erreicht die Zentrale nicht): „Das Stornieren einer Karte“ "
     "braucht die Verbindung. Versuchen Sie es erneut, wenn die Kasse wieder online ist."),
    ("fr", offline_policy.not_yet(Phrase("the card was {status} when the till last saw it.",
                                         status=Status.FROZEN)),
     "La caisse est hors ligne, cette carte ne peut donc pas être acceptée maintenant : la "
     "carte était «\u00a0Bloquée\u00a0» quand la caisse l'a vue pour la dernière fois."),
])
def test_a_refusal_of_the_service_or_the_offline_till_is_in_the_tills_language(
    catalogues: Path, language: str, error: PosError, detail: str
) -> None:
    """The service sends its template and values with the message; the till translates
    them as it translates its own refusals, the phrases and the core's words inside too."""
    make_application([])
    assert i18n.install(language, catalogues) == language
    try:
        assert detail_for(error) == detail
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, catalogues)


def test_in_english_the_cores_words_are_kept_as_the_core_wrote_them(catalogues: Path) -> None:
    make_application([])
    assert i18n.install("en", catalogues) == "en"
    error = InvalidState("A {status} card cannot be given a {op}.", status=Status.FROZEN,
                         op=Op.SPEND)
    assert detail_for(error) == error.message == "A frozen card cannot be given a spend."


def test_a_translation_that_lost_its_placeholder_shows_the_english_sentence(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A catalogue edited by hand with a mistyped placeholder: the cashier still reads
    what happened, and the log names the template."""
    ts = tmp_path / "broken.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de_DE"><context><name>errors</name><message>'
        "<source>This card is in {currency}.</source>"
        "<translation>Diese Karte ist in {waehrung}.</translation>"
        "</message></context></TS>\n", encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(tmp_path / "broken.qm")], check=True, timeout=120)
    app = make_application([])
    translator = QTranslator()
    assert translator.load(str(tmp_path / "broken.qm"))
    app.installTranslator(translator)
    try:
        error = InvalidAmount("This card is in {currency}.", currency="EUR")
        assert detail_for(error) == "This card is in EUR."
    finally:
        app.removeTranslator(translator)
    assert "This card is in {currency}." in caplog.text
