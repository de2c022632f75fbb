"""The settings an admin edits, grouped and in words, for all stores or one store.

A value is checked twice before it is kept: here, by the setting's own parser,
as soon as a field is left or saved (the reason shows under the field and
nothing is sent); then by the service, which checks the settings of every
store the value reaches and stores all changed values or none.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from posapp import edge_admin
from posapp.domain.errors import InvalidInput, PosError
from posapp.services.back_office import admin
from posapp.services.back_office.admin import LocationView
from posapp.services.configuration.definitions import DEFINITIONS, Group
from posapp.services.configuration.settings import SettingRefused, Settings
from ui.backoffice import setting_words as words
from ui.backoffice.setting_fields import SettingField, field_label
from ui.deps import Deps
from ui.errors import translated
from ui.views.common import big_button
from ui.widgets.message_banner import MessageBanner


@dataclass(frozen=True)
class _Loaded:
    settings: Settings
    own: set[str] | None  # None for the global values


class SettingsForm(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._locations: list[LocationView] = []
        self.scope = QComboBox(self)
        self.scope.setMinimumHeight(36)
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.fields: dict[str, SettingField] = {}
        body = QWidget(self)
        # Long lines of fields are hard to read on a wide screen.
        body.setMaximumWidth(1100)
        column = QVBoxLayout(body)
        for group in Group:
            column.addWidget(self._group(group, body))
        column.addStretch(1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.banner = MessageBanner(self)
        self.save_button = big_button(self.tr("Save changes"), self, kind="primary")
        self.save_button.clicked.connect(self.save)
        self.undo_button = big_button(self.tr("Undo changes"), self)
        self.undo_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Values for"), self))
        top.addWidget(self.scope, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _group(self, group: Group, parent: QWidget) -> QGroupBox:
        box = QGroupBox(words.group_name(group).replace("&", "&&"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in DEFINITIONS.values():
            if spec.group is group:
                field = SettingField(spec, box)
                field.edited.connect(lambda _key: self._update_buttons())
                if isinstance(field.editor, QLineEdit):
                    field.editor.editingFinished.connect(lambda f=field: self._check(f))
                self.fields[spec.key] = field
                form.addRow(field_label(spec, box), field)
        return box

    # loading --------------------------------------------------------------------
    def show_locations(self, locations: list[LocationView]) -> None:
        self._locations = locations
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All stores"), None)
        for loc in locations:
            self.scope.addItem(
                self.tr("%1 — %2 only").replace("%1", loc.code).replace("%2", loc.name), loc.code
            )
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)
        self.load()

    def currency(self) -> str:
        """Amounts are entered in the chosen store's currency (for all stores: one's own)."""
        store = self.scope.currentData()
        found = next((loc for loc in self._locations if loc.code == store), None)
        return found.currency if found else self._deps.actor().currency

    def load(self) -> None:
        deps, store = self._deps, self.scope.currentData()

        def work() -> _Loaded:
            values = admin.effective_settings(deps.ctx, store)
            return _Loaded(values, admin.overridden_keys(deps.ctx, store) if store else None)

        deps.runner.run(work, self._show, self.banner.show_failure)

    def _show(self, loaded: _Loaded) -> None:
        currency = self.currency()
        for key, field in self.fields.items():
            own = None if loaded.own is None else key in loaded.own
            field.show_value(loaded.settings, currency, own)
        self._update_buttons()

    # saving ---------------------------------------------------------------------
    def changes(self) -> dict[str, str]:
        return {key: f.text() for key, f in self.fields.items() if f.is_changed()}

    def _check(self, field: SettingField) -> bool:
        """The setting's own parser on what was entered; its reason under the field."""
        if not field.is_changed():
            field.clear_error()
            return True
        try:
            field.spec.parse(field.text(), field.currency)
        except PosError as exc:
            field.show_error(translated(exc))
            self.scroll.ensureWidgetVisible(field)
            return False
        field.clear_error()
        return True

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            return
        checks = [self._check(self.fields[key]) for key in changes]
        if not all(checks):
            self._nothing_saved()
            return
        deps, actor, store = self._deps, self._deps.actor(), self.scope.currentData()
        self.save_button.setEnabled(False)
        deps.runner.run(
            lambda: edge_admin.set_settings(deps.ctx, actor, changes, store=store),
            lambda _s: self._saved(len(changes)),
            self._refused,
        )

    def _saved(self, count: int) -> None:
        self.banner.show_info(self.tr("Saved %n change(s).", "", count))
        self._deps.events.settings_changed.emit()
        self.load()

    def _refused(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, SettingRefused) and error.key in self.fields:
            self.fields[error.key].show_error(translated(error.refusal))
            self.scroll.ensureWidgetVisible(self.fields[error.key])
            self._nothing_saved()
            return
        self.banner.show_failure(error)

    def _nothing_saved(self) -> None:
        reason = self.tr("Nothing was saved: correct the fields marked.")
        self.banner.show_error(InvalidInput(reason))

    def _update_buttons(self) -> None:
        changed = bool(self.changes())
        self.save_button.setEnabled(changed)
        self.undo_button.setEnabled(changed)
