"""Every string the UI marks for translation has a finished German and French translation.

lupdate is run over the sources into a throw-away ``.ts``, so a string added to the code
and not yet translated in the shipped catalogues fails here, naming it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from posapp.services.configuration.definitions import DEFINITIONS, Group
from tests.ui.translation_support import (
    LANGUAGES,
    Message,
    extract,
    has_mnemonic,
    placeholders,
    read_ts,
    ts_path,
    ui_sources,
)
from ui.backoffice import setting_words


def untranslated(in_code: list[Message], language: str) -> list[str]:
    shipped = {(m.context, m.source): m for m in read_ts(ts_path(language))}
    return [
        f"{m.context}: {m.source!r}: {problem}"
        for m in in_code
        if (problem := _problems(m, shipped.get((m.context, m.source)))) is not None
    ]


def _problems(message: Message, shipped: Message | None) -> str | None:
    if shipped is None:
        return "missing"
    if not shipped.finished:
        return "unfinished"
    if not all(form.strip() for form in shipped.translations):
        return "empty"
    if message.numerus and len(shipped.translations) < 2:
        return "needs a singular and a plural form"
    for form in shipped.translations:
        if placeholders(form) != placeholders(message.source):
            return f"placeholders differ in {form!r}"
        if has_mnemonic(message.source) and not has_mnemonic(form):
            return f"keyboard mnemonic (&) lost in {form!r}"
    return None


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    messages = extract(tmp_path_factory.mktemp("lupdate") / "extracted.ts", ui_sources())
    assert len(messages) > 300, "lupdate found too few strings: is it reading the sources?"
    return messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(in_code: list[Message], language: str) -> None:
    problems = untranslated(in_code, language)
    assert not problems, (
        f"giftpos_{language}.ts lacks {len(problems)} translation(s); run `make translations` "
        "and translate them:\n" + "\n".join(problems))


def test_a_new_string_in_the_code_is_named_until_translated(tmp_path: Path) -> None:
    widget = tmp_path / "new_widget.py"
    widget.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QLabel\n\n\n"
        "class SellView(QLabel):\n"
        "    def __init__(self) -> None:\n"
        "        super().__init__(self.tr(\"Sell gift cards\"))\n"
        "        self.setToolTip(QCoreApplication.translate(\"SellView\", \"Nobody's words\"))\n",
        encoding="utf-8")
    found = extract(tmp_path / "new.ts", [str(widget)])
    for language in LANGUAGES:
        assert untranslated(found, language) == ["SellView: \"Nobody's words\": missing"]


def test_placeholders_and_mnemonics_must_survive_translation() -> None:
    source = Message("BatchScreen", "Batch of %1 cards &created.", ("",), False, False)
    def shipped(text: str) -> Message:
        return Message("BatchScreen", source.source, (text,), True, False)
    assert _problems(source, shipped("Serie mit %1 Karten &angelegt.")) is None
    assert "placeholders" in str(_problems(source, shipped("Serie &angelegt.")))
    assert "mnemonic" in str(_problems(source, shipped("Serie mit %1 Karten angelegt.")))
    assert _problems(source, shipped("  ")) == "empty"


def test_the_settings_words_are_the_cores_and_marked_for_translation(
    in_code: list[Message],
) -> None:
    """The settings screen's labels, descriptions and group names are the core's words,
    each marked for lupdate, so each has a catalogue entry the test above checks."""
    assert setting_words.WORDS == {key: (d.label, d.help) for key, d in DEFINITIONS.items()}
    assert setting_words.GROUPS == {group: group.value for group in Group}
    marked = {m.source for m in in_code if m.context == setting_words.CONTEXT}
    words = {text for pair in setting_words.WORDS.values() for text in pair}
    assert words | set(setting_words.GROUPS.values()) <= marked
