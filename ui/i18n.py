"""The app's language: GiftPOS' own catalogues and Qt's ``qtbase`` ones, per terminal.

The ``.ts`` sources in ``resources/translations/`` are compiled to ``.qm`` by
``make`` (``pyside6-lupdate`` then ``pyside6-lrelease``). Qt's own catalogue
(``qtbase_de.qm``, ``qtbase_fr.qm``) ships inside PySide6 and translates the
standard dialogs' buttons (OK, Cancel, Save, the file dialog).

Widgets take their texts when they are built, so a language chosen on the
terminal screen applies at the next start of the app.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

log = logging.getLogger(__name__)

#: Language code and the name a speaker of it looks for (never translated).
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"),
                                          ("fr", "Français"))
SOURCE_LANGUAGE = "en"

_ROLES = {
    "cashier": QT_TRANSLATE_NOOP("roles", "cashier"),
    "manager": QT_TRANSLATE_NOOP("roles", "manager"),
    "admin": QT_TRANSLATE_NOOP("roles", "admin"),
}

# The translators in use, kept so that choosing another language replaces them, and the
# locale Qt started with, which English gives back.
_installed: list[QTranslator] = []
_started_with: list[QLocale] = []


def resolve(language: str) -> str:
    """The language to show: the chosen one, else the system's if shipped, else English.

    A language this build does not ship (a hand-edited settings file) is logged and
    treated as no choice, so the app still starts."""
    if language in [code for code, _name in LANGUAGES]:  # a list: a bad value cannot raise
        return language
    if language:
        log.warning("unknown language %r in the terminal settings, using the system's",
                    language)
    system = QLocale.system().name().split("_")[0]
    return system if system in dict(LANGUAGES) else SOURCE_LANGUAGE


def install(language: str, catalogues: Path) -> str:
    """Translate the running app into ``language`` ("" follows the system) and return the
    language now shown. A catalogue that is missing is logged and English is shown."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _started_with:
        _started_with.append(QLocale())
    QLocale.setDefault(_started_with[0])
    chosen = resolve(language)
    if chosen == SOURCE_LANGUAGE:
        return chosen
    own = QTranslator(app)
    if not own.load(f"giftpos_{chosen}", str(catalogues)):
        log.warning("no GiftPOS catalogue for %r in %s: run make to build it", chosen,
                    catalogues)
        return SOURCE_LANGUAGE
    translators = [own]
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{chosen}", qt_dir):
        translators.append(qt)
    else:
        log.warning("Qt's catalogue qtbase_%s is not in %s: standard buttons stay English",
                    chosen, qt_dir)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    # Calendar pop-ups name months and weekdays from the default locale, not a catalogue.
    QLocale.setDefault(QLocale(chosen))
    return chosen


def role_label(role: str) -> str:
    """A staff role as the status bar shows it."""
    return QCoreApplication.translate("roles", str(_ROLES.get(role, role)))
