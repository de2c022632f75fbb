"""A support aid: the visible widgets of every window, written as JSON on a key press.

Enabled only when ``POSAPP_WIDGET_DUMP`` names a file. Then Ctrl+Shift+F12, in any
window of the app (dialogs included), writes the screen size and, for each visible
window, each visible widget's class, object name, text, global geometry, size hint, focus and
enabled state, and the first rows of lists and tables. An IT person can see what a
cashier's screen holds and where (a button cut off by a small screen, a field that kept
some text) without a screenshot; the end-to-end tests read the same file. Anything
that could be a gift card code -- twelve or more letters and digits, in one run or in
groups of up to four joined by hyphens or spaces, as a card's code is shown -- keeps only
its last four symbols, and password fields show only their length, so the file never
holds a full code or a PIN.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

ENV = "POSAPP_WIDGET_DUMP"
_KEY = Qt.Key.Key_F12
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# One run of letters and digits, or groups of one to four of them (a code is shown in
# groups of four after its prefix) joined by hyphens, or by single spaces when upper case,
# so that neither a sentence nor a receipt number (DEMO-20261130-0010) is taken for a code.
_CODE_LIKE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,4}(?:-[A-Za-z0-9]{1,4})+|[A-Z0-9]{1,4}(?: [A-Z0-9]{1,4})+)"
    r"(?![A-Za-z0-9])|[A-Za-z0-9]+"
)
_SHOWN_SYMBOLS = 4
_CODE_SYMBOLS = 12
_MAX_ROWS = 50


def install_from_env(app: QApplication) -> WidgetDump | None:
    """Install the dump when ``POSAPP_WIDGET_DUMP`` is set; None otherwise."""
    target = os.environ.get(ENV)
    if not target:
        return None
    dump = WidgetDump(Path(target), app)
    app.installEventFilter(dump)
    return dump


def masked(text: str) -> str:
    """``text`` with every code-like part starred but for its last four symbols; the
    hyphens and spaces between groups stay, so the shape of what is shown is kept."""
    return _CODE_LIKE.sub(_mask_match, text)


def _mask_match(match: re.Match[str]) -> str:
    part = match.group()
    symbols = sum(ch.isalnum() for ch in part)
    if symbols < _CODE_SYMBOLS:
        return part
    hide = symbols - _SHOWN_SYMBOLS
    out = []
    for ch in part:
        if ch.isalnum() and hide:
            out.append("*")
            hide -= 1
        else:
            out.append(ch)
    return "".join(out)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return "•" * len(widget.text())
        return masked(widget.text())
    if isinstance(widget, QAbstractButton | QLabel):
        return masked(widget.text())
    if isinstance(widget, QComboBox):
        return masked(widget.currentText())
    return ""


def describe(widget: QWidget) -> dict[str, Any]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    scrolled = any(isinstance(p, QAbstractScrollArea) for p in _ancestors(widget))
    return {
        "class": type(widget).__name__,
        "name": widget.objectName(),
        "text": _text(widget),
        "geometry": [top_left.x(), top_left.y(), widget.width(), widget.height()],
        "size_hint": [widget.sizeHint().width(), widget.sizeHint().height()],
        "button": isinstance(widget, QAbstractButton),
        "checked": isinstance(widget, QAbstractButton) and widget.isChecked(),
        "in_scroll_area": scrolled,
        "focus": widget.hasFocus(),
        "enabled": widget.isEnabled(),
        "rows": _rows(widget) if isinstance(widget, QAbstractItemView) else [],
    }


def _rows(view: QAbstractItemView) -> list[list[str]]:
    """The first rows a list or table shows, each cell's display text."""
    model, root = view.model(), view.rootIndex()
    if model is None:
        return []
    rows = []
    for row in range(min(model.rowCount(root), _MAX_ROWS)):
        cells, col = [], 0
        # A list model hides columnCount(); walking the valid indexes works for every model.
        while (index := model.index(row, col, root)).isValid():
            cells.append(masked(str(model.data(index) or "")))
            col += 1
        rows.append(cells)
    return rows


def _ancestors(widget: QWidget) -> list[QWidget]:
    out, parent = [], widget.parentWidget()
    while parent is not None and not parent.isWindow():
        out.append(parent)
        parent = parent.parentWidget()
    return out


def snapshot() -> dict[str, Any]:
    """The visible windows and their visible widgets, as the file holds them."""
    screen = QGuiApplication.primaryScreen()
    windows = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        frame = window.geometry()
        windows.append({
            "class": type(window).__name__,
            "name": window.objectName(),
            "title": window.windowTitle(),
            "geometry": _rect(frame),
            "active": window.isActiveWindow(),
            "widgets": [describe(w) for w in window.findChildren(QWidget) if w.isVisible()],
        })
    return {"screen": _rect(screen.geometry()) if screen else None, "windows": windows}


class WidgetDump(QObject):
    """Writes :func:`snapshot` to ``path`` (atomically) on Ctrl+Shift+F12."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

    def write(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(snapshot(), indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == _KEY and event.modifiers() == _MODIFIERS
                and obj is (QApplication.focusWidget() or QApplication.activeWindow())):
            self.write()
            event.accept()  # taken here: no widget or shortcut acts on it as well
            return True
        return False
