"""One editor per kind of setting: what it shows, and the text it hands to the parser.

Each field is a row of the settings form: a label in words, a typed editor,
whether the value is this store's own or the one for all stores, a
description, and a line for the reason a value is refused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from posapp.services.configuration.definitions import Definition, Kind
from posapp.services.configuration.setting_values import PerCurrency
from posapp.services.configuration.settings import Settings
from ui.backoffice import setting_words as words
from ui.views.common import set_state


class SettingField(QWidget):
    """The editor of one setting; ``edited`` fires when a person changes it."""

    edited = Signal(str)

    def __init__(self, spec: Definition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"setting_{spec.key}")
        self._loaded = ""
        self.currency = ""
        self.editor = self._make_editor()
        self.unit = QLabel(self)
        self.unit.setObjectName("settingUnit")
        self.unit.setVisible(spec.kind in (Kind.AMOUNT, Kind.AMOUNTS))
        self.origin = QLabel(self)
        self.origin.setObjectName("settingOrigin")
        self.help = QLabel(words.description(spec), self)
        self.help.setObjectName("settingHelp")
        self.help.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("settingError")
        self.error.setWordWrap(True)
        self.error.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.editor, 1)
        line.addWidget(self.unit)
        line.addWidget(self.origin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.help)
        layout.addWidget(self.error)

    def _make_editor(self) -> QWidget:
        kind = self.spec.kind
        if kind is Kind.FLAG:
            box = QCheckBox(self.tr("Yes"), self)
            box.toggled.connect(lambda _on: self._changed())
            return box
        if kind is Kind.NUMBER:
            spin = QSpinBox(self)
            spin.setRange(*self.spec.bounds)
            spin.setMinimumSize(140, 36)
            spin.valueChanged.connect(lambda _v: self._changed())
            return spin
        if kind is Kind.CHOICE:
            combo = QComboBox(self)
            combo.setMinimumHeight(36)
            for choice in self.spec.choices:
                combo.addItem(words.choice(choice), choice)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            return combo
        edit = QLineEdit(self)
        edit.setMinimumHeight(36)
        if kind is Kind.AMOUNTS:
            edit.setPlaceholderText(self.tr("e.g. 25.00, 50.00, 100.00"))
        elif kind is Kind.WORDS:
            edit.setPlaceholderText(self.tr("e.g. cash, external"))
        edit.textEdited.connect(lambda _t: self._changed())
        return edit

    # values ---------------------------------------------------------------------
    def show_value(self, settings: Settings, currency: str, own: bool | None) -> None:
        """Show the value in force; amounts in ``currency``. ``own`` is None for the
        global values, else whether this store sets the value itself."""
        self.currency = currency
        value = getattr(settings, self.spec.key)
        self._put(value)
        self._loaded = self.text()
        self.unit.setText(currency)
        if isinstance(value, PerCurrency):
            others = "; ".join(
                f"{cur} {', '.join(m.amount_str() for m in amounts)}"
                for cur, amounts in value.amounts if cur != currency
            )
            extra = self.tr("Other currencies: %1").replace("%1", others) if others else ""
            self.help.setText("\n".join(filter(None, [words.description(self.spec), extra])))
        if own is None:
            self.origin.setText(self.tr("All stores"))
            set_state(self.origin, "")
        else:
            self.origin.setText(self.tr("This store only") if own else self.tr("As all stores"))
            set_state(self.origin, "warn" if own else "")
        self.clear_error()

    def _put(self, value: object) -> None:
        editor = self.editor
        editor.blockSignals(True)
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))  # type: ignore[call-overload]
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            if isinstance(value, PerCurrency):
                amounts = value.get(self.currency) or ()
                editor.setText(", ".join(m.amount_str() for m in amounts))
                editor.setPlaceholderText(
                    self.tr("not set for %1").replace("%1", self.currency) if not amounts
                    else editor.placeholderText()
                )
            else:
                editor.setText(self.spec.text(value))
        editor.blockSignals(False)

    def text(self) -> str:
        """What a person entered, as the text the setting's parser reads."""
        editor = self.editor
        if isinstance(editor, QCheckBox):
            return "yes" if editor.isChecked() else "no"
        if isinstance(editor, QSpinBox):
            return str(editor.value())
        if isinstance(editor, QComboBox):
            return str(editor.currentData())
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        if self.spec.kind in (Kind.AMOUNT, Kind.AMOUNTS) and text.strip():
            return f"{self.currency} {text}"
        return text

    def is_changed(self) -> bool:
        return self.text() != self._loaded

    # errors ---------------------------------------------------------------------
    def show_error(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()
        set_state(self.editor, "bad")

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        set_state(self.editor, "")

    def _changed(self) -> None:
        self.clear_error()
        self.edited.emit(self.spec.key)


def field_label(spec: Definition, parent: QWidget) -> QLabel:
    label = QLabel(words.label(spec), parent)
    label.setObjectName("settingLabel")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setWordWrap(True)
    return label
