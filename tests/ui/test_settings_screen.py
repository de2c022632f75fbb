"""The settings screen: grouped typed editors, values checked before they are kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from posapp import edge_admin
from posapp.db.models import Setting
from posapp.services.back_office import admin
from tests.conftest import Store
from tests.ui.conftest import sign_in
from ui.backoffice.settings_form import SettingsForm
from ui.main_window import MainWindow


def _stored(store: Store) -> list[tuple[str, str, object]]:
    return store.ctx.db.run(
        lambda s: [(r.key, r.scope, r.value) for r in s.scalars(select(Setting))], readonly=True
    )


@pytest.fixture
def form(qtbot: QtBot, window: MainWindow, store: Store) -> SettingsForm:
    edge_admin.add_location(store.ctx, store.admin, "S3", "Tokyo", "JPY")
    sign_in(qtbot, window, "root")
    screen = window.open_page("settings").widget
    window.runner.wait_idle()
    window.runner.wait_idle()
    return screen.form


def _choose_store(window: MainWindow, form: SettingsForm, code: str | None) -> None:
    form.scope.setCurrentIndex(form.scope.findData(code))
    window.runner.wait_idle()


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text as a person's edit (the counter's scan filter, which
    holds fast keys, is not what these tests are about)."""
    edit.setFocus()
    edit.setText(text)
    edit.textEdited.emit(text)


def _save(window: MainWindow, form: SettingsForm) -> None:
    form.save_button.click()
    window.runner.wait_idle()
    window.runner.wait_idle()


def test_settings_are_grouped_in_words_with_typed_editors(form: SettingsForm) -> None:
    boxes = form.findChildren(QGroupBox)
    groups = [box.title().replace("&&", "&") for box in boxes]
    assert {"Cards & codes", "Amounts", "Sales & payments", "Expiry",
            "Security & limits"} <= set(groups)
    assert isinstance(form.fields["allow_message"].editor, QCheckBox)
    assert isinstance(form.fields["hold_timeout_minutes"].editor, QSpinBox)
    assert isinstance(form.fields["strategy_default"].editor, QComboBox)
    assert form.fields["max_card_value"].unit.text() == "USD"
    assert form.fields["max_card_value"].editor.text() == "10000.00"
    assert form.fields["denominations"].editor.text() == "25.00, 50.00, 100.00"
    assert "JPY 1000000" in form.fields["max_card_value"].help.text()
    assert form.fields["failed_lookup_limit"].help.text()
    # Off until set: no amount for the store's currency, and the placeholder says so.
    assert form.fields["cashout_threshold"].editor.text() == ""
    assert "not set" in form.fields["cashout_threshold"].editor.placeholderText()
    assert isinstance(form.fields["offline_redemption"].editor, QCheckBox)
    assert form.fields["offline_card_cap"].editor.text() == "50.00"


def test_a_store_override_is_saved_for_that_store_only_and_shown_as_such(
    qtbot: QtBot, window: MainWindow, form: SettingsForm, store: Store
) -> None:
    _choose_store(window, form, "S1")
    spin = form.fields["hold_timeout_minutes"].editor
    spin.setValue(20)
    form.fields["allow_message"].editor.click()
    strategy = form.fields["strategy_default"].editor
    strategy.setCurrentIndex(strategy.findData("replacement"))
    _save(window, form)
    at_s1 = admin.effective_settings(store.ctx, "S1")
    assert (at_s1.hold_timeout_minutes, at_s1.allow_message, at_s1.strategy_default) == (
        20, False, "replacement")
    assert admin.effective_settings(store.ctx).hold_timeout_minutes == 15
    assert form.fields["hold_timeout_minutes"].origin.text() == "This store only"
    assert form.fields["terms"].origin.text() == "As all stores"
    assert "Saved 3" in form.banner.text()


def test_amounts_are_entered_in_the_stores_currency_with_its_decimals(
    qtbot: QtBot, window: MainWindow, form: SettingsForm, store: Store
) -> None:
    _choose_store(window, form, "S3")
    field = form.fields["denominations"]
    assert (field.unit.text(), field.editor.text()) == ("JPY", "3000, 5000, 10000")
    _type(qtbot, field.editor, "2000, 4000")
    _save(window, form)
    assert [m.amount_str() for m in
            admin.effective_settings(store.ctx, "S3").fixed_amounts("JPY")] == ["2000", "4000"]
    assert [m.amount_str() for m in
            admin.effective_settings(store.ctx).fixed_amounts("JPY")] == ["3000", "5000", "10000"]


@pytest.mark.parametrize(
    ("key", "text", "reason"),
    [
        ("max_card_value", "1e400", "not an amount"),
        ("max_card_value", "0.001", "decimal"),
        ("denominations", "1e1, 2e1", "not an amount"),
        ("custom_max", "", "at least one amount"),
        ("payment_methods", "cash; bitcoin!", "method names"),
        ("code_prefix", "GO", "not I, L, O or U"),
    ],
)
def test_a_bad_value_is_refused_next_to_its_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, form: SettingsForm, store: Store,
    key: str, text: str, reason: str,
) -> None:
    before = _stored(store)
    spin = form.fields["hold_timeout_minutes"].editor
    spin.setValue(30)  # a good change in the same save is not kept either
    _type(qtbot, form.fields[key].editor, text)
    _save(window, form)
    field = form.fields[key]
    assert not field.error.isHidden() and reason in field.error.text()
    assert form.fields["hold_timeout_minutes"].error.isHidden()
    assert _stored(store) == before
    assert "Nothing was saved" in form.banner.text()


def test_a_value_that_contradicts_another_is_refused_by_the_check_of_every_store(
    qtbot: QtBot, window: MainWindow, form: SettingsForm, store: Store
) -> None:
    before = _stored(store)
    _type(qtbot, form.fields["terms"].editor, "Valid for five years.")
    _type(qtbot, form.fields["custom_min"].editor, "600")
    _save(window, form)
    error = form.fields["custom_min"].error
    assert not error.isHidden() and "above the largest" in error.text()
    assert _stored(store) == before
    _type(qtbot, form.fields["custom_min"].editor, "10")
    _save(window, form)
    assert form.fields["custom_min"].error.isHidden()
    assert str(admin.effective_settings(store.ctx).custom_range("USD")[0]) == "10.00 USD"
    assert admin.effective_settings(store.ctx).terms == "Valid for five years."


def test_leaving_a_field_checks_it_at_once(
    qtbot: QtBot, window: MainWindow, form: SettingsForm
) -> None:
    field = form.fields["max_card_value"]
    _type(qtbot, field.editor, "lots")
    field.editor.editingFinished.emit()
    assert not field.error.isHidden() and "not an amount" in field.error.text()
    _type(qtbot, field.editor, "lot")
    assert field.error.isHidden()


def test_a_new_store_is_given_a_circulating_currency(
    window: MainWindow, form: SettingsForm, store: Store
) -> None:
    screen = form.parent()
    while not hasattr(screen, "loc_currency"):
        screen = screen.parent()
    offered = [screen.loc_currency.itemText(i) for i in range(screen.loc_currency.count())]
    assert "JPY" in offered and "BHD" in offered
    assert not {"XAU", "XTS", "XXX", "DEM"} & set(offered)
    screen.loc_code.setText("S7")
    screen.loc_name.setText("Manama")
    screen.loc_currency.setCurrentText("BHD")
    next(b for b in screen.findChildren(QPushButton) if b.text() == "Add store").click()
    window.runner.wait_idle()
    window.runner.wait_idle()
    assert [loc.currency for loc in admin.list_locations(store.ctx) if loc.code == "S7"] == ["BHD"]
    assert form.scope.findData("S7") > 0
