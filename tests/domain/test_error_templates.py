"""Every refusal of the core is a literal English template with named params, so that the
app can translate it (scripts/error_templates.py collects the templates for lupdate)."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from posapp.domain.errors import InvalidAmount, InvalidInput, Phrase, PosError
from posapp.services.accounting.integrity import LedgerBroken, Report
from posapp.services.configuration.settings import SettingRefused
from scripts import error_templates
from scripts.error_templates import Site, core_sites, problem, refusal_classes, sites


@pytest.fixture(scope="module")
def classes() -> set[str]:
    return refusal_classes()


def test_the_hierarchy_is_learnt_from_the_core(classes: set[str]) -> None:
    assert {"PosError", "InvalidInput", "CardFrozen", "LedgerBroken", "Phrase"} <= classes
    assert "SettingRefused" not in classes  # built from another refusal, not a template


def test_every_refusal_in_the_core_passes_a_literal_template_and_its_params(
    classes: set[str],
) -> None:
    found = core_sites(classes)
    assert len(found) > 200, "too few refusals found: is posapp/ read?"
    bad = [f"{site.path.name}:{site.line}: {why}" for site in found
           if (why := problem(site)) is not None]
    assert not bad, "refusals the app cannot translate:\n" + "\n".join(bad)


@pytest.mark.parametrize(("source", "why"), [
    ('raise InvalidInput(f"{text!r} is not a date.")', "not a literal"),
    ('raise InvalidInput("No sale " + number)', "not a literal"),
    ("raise InvalidInput(message)", "not a literal"),
    ('raise InvalidInput("Is {a} or {b}.", a=1)', "placeholders ['a', 'b'] but params ['a']"),
    ('raise InvalidInput("Is {}.", a=1)', "placeholders"),
    ('raise InvalidInput("No {a}.", **found)', "passed with **"),
    ('raise InvalidInput("Bad {a.")', "not a valid format string"),
    ('raise InvalidInput("Use {{this}}.")', "shown as written"),
    ('reason = Phrase(f"it is {mode}")', "not a literal"),
])
def test_the_check_names_a_refusal_the_app_cannot_translate(
    source: str, why: str, classes: set[str]
) -> None:
    [site] = sites(source, Path("example.py"), classes)
    assert why in str(problem(site))


def test_a_subclass_making_its_own_template_is_checked(classes: set[str]) -> None:
    source = (
        "class Refused(InvalidInput):\n"
        "    def __init__(self, key: str) -> None:\n"
        "        super().__init__(f'{key} refused')\n"
        "class Broken(InvalidState):\n"
        "    def __init__(self, template: str, report: object, **params: object) -> None:\n"
        "        super().__init__(template, **params)\n"
        "class Other(Exception):\n"
        "    def __init__(self, key: str) -> None:\n"
        "        super().__init__(f'{key} refused')\n")
    [site] = sites(source, Path("example.py"), classes)
    assert site.line == 3 and "not a literal" in str(problem(site))


def test_a_literal_template_with_its_params_passes(classes: set[str]) -> None:
    source = ('raise InvalidInput(\n    "{text!r} is not one of {options}; "\n'
              '    "{{braces}} are kept.", text=text, options=", ".join(o))')
    [site] = sites(source, Path("example.py"), classes)
    assert site == Site(Path("example.py"), 1,
                        "{text!r} is not one of {options}; {{braces}} are kept.",
                        frozenset({"text", "options"}))
    assert problem(site) is None


def test_the_templates_are_written_for_lupdate(tmp_path: Path) -> None:
    out = tmp_path / "templates.py"
    assert error_templates.main([str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 'QT_TRANSLATE_NOOP("errors", "This card is frozen.")' in lines
    assert 'QT_TRANSLATE_NOOP("errors", "The card holds only {balance}.")' in lines
    assert 'QT_TRANSLATE_NOOP("errors", "{setting} not changed: {reason}")' in lines
    assert len(lines) == len(set(lines)) > 200


def test_the_message_is_the_filled_template() -> None:
    error = InvalidAmount("{text!r} is above the maximum of {maximum}.", text="9e9",
                          maximum="500.00")
    assert error.message == str(error) == "'9e9' is above the maximum of 500.00."
    assert error.template == "{text!r} is above the maximum of {maximum}."
    assert error.params == {"text": "9e9", "maximum": "500.00"}
    assert PosError("Use {{braces}} for {n}.", n=2).message == "Use {braces} for 2."


def test_a_template_without_params_is_the_sentence_as_written() -> None:
    """The app raises sentences it has put together from what was typed: a brace in them
    is not a placeholder."""
    typed = "The scanner's baud rate must be a whole number, not '{96}00'."
    assert InvalidInput(typed).message == typed
    assert str(Phrase("it is {odd}")) == "it is {odd}"


def test_a_phrase_and_a_nested_refusal_read_as_english_in_the_message() -> None:
    why = Phrase("it cannot be read ({reason})", reason="Permission denied")
    error = InvalidInput("The key file {path} cannot be used: {reason}.", path="/k",
                         reason=why)
    assert error.message == "The key file /k cannot be used: it cannot be read " \
        "(Permission denied)."
    line = InvalidInput("{file} line {n}: {problem}", file="a.csv", n=3,
                        problem=InvalidAmount("{text} is too large.", text="1e99"))
    assert line.message == "a.csv line 3: 1e99 is too large."


def test_refusals_with_their_own_constructor_keep_working() -> None:
    refused = SettingRefused("custom_max", InvalidAmount("{text} is too large.", text="1e99"))
    assert refused.message == "custom_max not changed: 1e99 is too large."
    assert (refused.key, refused.reason, refused.code) == (
        "custom_max", "1e99 is too large.", InvalidAmount.code)
    assert refused.refusal.message == refused.reason
    report = Report(cards=1200, entries=3400)
    broken = LedgerBroken("The ledger fails verification: {problems:,} problems.", report,
                          problems=1500)
    assert broken.message == "The ledger fails verification: 1,500 problems."
    assert broken.report is report


def test_a_refusal_survives_a_copy_and_pickling() -> None:
    """A value holding a brace must not be read as a placeholder when the refusal is
    rebuilt, and a subclass with its own arguments keeps them."""
    error = InvalidAmount("{text} is too large.", text="{9e9}")
    for again in (copy.copy(error), pickle.loads(pickle.dumps(error))):
        assert type(again) is InvalidAmount
        assert (again.message, again.template, again.params, again.args) == (
            "{9e9} is too large.", error.template, error.params, error.args)
    broken = LedgerBroken("{problems} problems.", Report(problem_count=2), problems=2)
    again = pickle.loads(pickle.dumps(broken))
    assert again.message == "2 problems." and again.report == broken.report
