"""Each terminal chooses its language; the app starts in it, Qt's standard texts included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from posapp import paths
from tests.conftest import Store
from tests.ui.conftest import KeyClock, sign_in
from tests.ui.translation_support import CATALOGUES, compile_catalogues
from ui import i18n
from ui.app import make_application, resources_dir
from ui.backoffice.terminal_screen import TerminalScreen
from ui.main_window import MainWindow
from ui.terminal_config import TerminalConfig
from ui.views.terminal_view import TerminalView


@pytest.fixture
def config_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(i18n.SOURCE_LANGUAGE, CATALOGUES)


def test_the_terminal_screen_saves_the_language_for_the_next_start(
    qtbot: QtBot, window: MainWindow, config_home: Path
) -> None:
    sign_in(qtbot, window, "root")
    page = window.open_page("terminal")
    assert page is not None
    window.runner.wait_idle()
    view, screen = page.widget, page.handler
    assert isinstance(view, TerminalView) and isinstance(screen, TerminalScreen)
    assert [view.language.itemData(i) for i in range(view.language.count())] \
        == ["", "en", "de", "fr"]
    assert view.language.currentData() == ""  # the system's language until one is chosen
    view.language.setCurrentIndex(view.language.findData("de"))
    view.save_button.click()

    assert "language apply at the next start" in view.banner.text()
    assert json.loads(paths.terminal_file().read_text())["language"] == "de"
    assert TerminalConfig.load().language == "de"
    screen.reload()
    window.runner.wait_idle()
    assert view.language.currentText() == "Deutsch"


def test_the_app_starts_in_the_saved_language_with_qts_own_texts(
    config_home: Path, english_afterwards: None
) -> None:
    # What `make translations` builds, where the app looks for it.
    assert resources_dir() / "translations" == CATALOGUES
    compile_catalogues(CATALOGUES)
    TerminalConfig(terminal_name="Caisse 2", language="fr").save()

    make_application([], TerminalConfig.load().language)

    assert QCoreApplication.translate("pages", "Sell cards") == "Vendre des cartes"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().replace("&", "") == "Annuler"
    make_application([], "en")
    assert QCoreApplication.translate("pages", "Sell cards") == "Sell cards"


def test_an_unknown_language_in_a_hand_edited_file_still_starts(
    config_home: Path, english_afterwards: None
) -> None:
    paths.terminal_file().parent.mkdir(parents=True, exist_ok=True)
    paths.terminal_file().write_text(json.dumps({"language": "tlh"}), encoding="utf-8")
    language = TerminalConfig.load().language
    assert i18n.install(language, CATALOGUES) == i18n.resolve("")


def test_a_missing_catalogue_shows_english(tmp_path: Path, english_afterwards: None) -> None:
    make_application([])
    assert i18n.install("de", tmp_path) == "en"
    assert QCoreApplication.translate("pages", "Sell cards") == "Sell cards"


def test_a_refusal_on_the_terminal_page_reads_in_the_terminals_language(
    qtbot: QtBot, store: Store, key_clock: KeyClock, tmp_path: Path, config_home: Path,
    english_afterwards: None
) -> None:
    make_application([])
    assert i18n.install("de", compile_catalogues(tmp_path / "qm")) == "de"
    win = MainWindow(store.ctx, TerminalConfig(terminal_name="T1"), clock=key_clock)
    qtbot.addWidget(win)
    win.show()
    sign_in(qtbot, win, "root")
    page = win.open_page("terminal")
    assert page is not None and isinstance(page.widget, TerminalView)
    win.runner.wait_idle()
    page.widget.terminal_name.setText(" ")
    page.widget.save_button.click()
    assert page.widget.banner.text() == (
        "Einige Angaben stimmen nicht. Bitte prüfen und erneut versuchen.\n"
        "Bitte der Kasse einen Namen geben (er steht auf den Belegen).")
    win.close()


def test_calendars_name_months_in_the_chosen_language_and_english_gives_them_back(
    tmp_path: Path, english_afterwards: None
) -> None:
    make_application([])
    before = QLocale().name()
    assert i18n.install("fr", compile_catalogues(tmp_path / "qm")) == "fr"
    assert QLocale().monthName(3) == "mars"
    i18n.install(i18n.SOURCE_LANGUAGE, tmp_path / "qm")
    assert QLocale().name() == before
