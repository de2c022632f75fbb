"""Every refusal template of the core is translated into German and French, with the
same placeholders, and the core's words inside refusals have the app's words."""

from __future__ import annotations

import string

import pytest

from posapp.domain.roles import Permission
from posapp.domain.transitions import Op
from scripts.error_templates import CONTEXT, core_sites, templates
from tests.ui.translation_support import LANGUAGES, Message, read_ts, ts_path
from ui import refusal_words


def fields(text: str) -> list[tuple[str, str | None, str | None]]:
    """The placeholders of a template with their conversion and format: ``{n:,}`` must
    stay ``{n:,}``; a translation may use each as often as it needs."""
    return sorted({(name, conv, spec) for _t, name, spec, conv in string.Formatter().parse(text)
                   if name is not None})


def untranslated(wanted: list[str], shipped: list[Message]) -> list[str]:
    """The templates ``shipped`` lacks, leaves unfinished, or translates with other
    placeholders, each named."""
    found = {m.source: m for m in shipped if m.context == CONTEXT}
    problems = []
    for template in wanted:
        message = found.get(template)
        if message is None:
            problems.append(f"{template!r}: missing")
        elif not message.finished or not message.translations[0].strip():
            problems.append(f"{template!r}: unfinished")
        else:
            try:
                same = fields(message.translations[0]) == fields(template)
            except ValueError:
                same = False
            if not same:
                problems.append(f"{template!r}: placeholders differ in "
                                f"{message.translations[0]!r}")
    return problems


@pytest.fixture(scope="module")
def wanted() -> list[str]:
    found = templates(core_sites())
    assert len(found) > 200, "too few templates: is posapp/ read?"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_refusal_template_is_translated(wanted: list[str], language: str) -> None:
    problems = untranslated(wanted, read_ts(ts_path(language)))
    assert not problems, (
        f"giftpos_{language}.ts lacks {len(problems)} refusal translation(s); run "
        "`make translations` and translate them:\n" + "\n".join(problems))


def test_a_missing_or_broken_translation_is_named() -> None:
    template = "The card holds only {balance}."
    def shipped(text: str, finished: bool = True) -> list[Message]:
        return [Message(CONTEXT, template, (text,), finished, False)]
    assert untranslated([template], shipped("Die Karte hat nur {balance}.")) == []
    assert untranslated([template], []) == [f"{template!r}: missing"]
    assert untranslated([template], shipped("", False)) == [f"{template!r}: unfinished"]
    for wrong in ("Die Karte hat nur {guthaben}.", "Die Karte hat nur {balance!r}.",
                  "Die Karte hat nur {balance", "Die Karte hat nur %1."):
        assert "placeholders differ" in untranslated([template], shipped(wrong))[0]


def test_the_cores_operations_and_permissions_have_words() -> None:
    """A refusal names an operation or a permission as the core spells it; each has a
    marked word, whose English is that spelling, so English reads as the core wrote."""
    assert set(refusal_words._OPERATIONS) == set(Op)
    assert all(text == op.value for op, text in refusal_words._OPERATIONS.items())
    assert set(refusal_words._ACTIONS) == set(Permission)
    assert all(text == p.value.replace("_", " ") for p, text in refusal_words._ACTIONS.items())
