"""The window fits common counter screens: at its real minimum size (at most 1024 x 700)
and at 1920 x 1080 every control of every page lies inside the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import Store
from tests.ui.conftest import sign_in
from ui.main_window import DEFAULT_SIZE, MainWindow, initial_geometry

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
SIZES = [QSize(1024, 700), QSize(1920, 1080)]


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _scroller(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.objectName().endswith("Scroll"):
            return parent
        parent = parent.parentWidget()
    return None


def cut_off(window: MainWindow) -> list[str]:
    """Visible controls that are not wholly inside the window. A long back-office form
    scrolls down: its controls need only fit across, inside the scrolling area."""
    frame = window.rect()
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin or combo box: checked as the box
        place = _rect_in(widget, window)
        area = _scroller(widget)
        if area is not None:
            view = _rect_in(area.viewport(), window)
            fits = (view.left() <= place.left() and place.right() <= view.right()
                    and frame.contains(_rect_in(area, window)))
        else:
            fits = frame.contains(place)
        if not fits:
            label = widget.text() if hasattr(widget, "text") else ""
            out.append(f"{type(widget).__name__} {widget.objectName()!r} {label!r} at {place}")
    return out


def _every_page(qtbot: QtBot, window: MainWindow, size: QSize) -> dict[str, list[str]]:
    found = {}
    for page in window.pages:
        if not window.nav.button(window.pages.index(page)).isVisibleTo(window):
            continue
        window.open_page(page.key)
        window.runner.wait_idle()
        window.resize(size)
        qtbot.wait(30)
        assert window.size() == size, (page.key, window.size())
        found[page.key] = cut_off(window)
    return found


@pytest.mark.parametrize("size", SIZES, ids=["1024x700", "1920x1080"])
@pytest.mark.parametrize("who", ["root", "mia", "carl"])
def test_every_control_of_every_page_is_inside_the_window(
    qtbot: QtBot, window: MainWindow, store: Store, who: str, size: QSize
) -> None:
    window.resize(size)
    qtbot.wait(30)
    assert cut_off(window) == []  # the sign-in screen
    sign_in(qtbot, window, who)
    found = _every_page(qtbot, window, size)
    assert len(found) >= 4
    assert {page: bad for page, bad in found.items() if bad} == {}


def test_the_window_can_shrink_to_1024_by_700_and_at_its_minimum_nothing_is_cut(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sign_in(qtbot, window, "root")
    for page in window.pages:
        window.open_page(page.key)
        window.runner.wait_idle()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert least.width() <= 1024 and least.height() <= 700, least
    found = _every_page(qtbot, window, least)
    assert {page: bad for page, bad in found.items() if bad} == {}


def test_counter_pages_keep_the_total_and_the_main_action_in_view(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sign_in(qtbot, window, "carl")
    window.resize(1024, 700)
    qtbot.wait(30)
    assert window.size() == QSize(1024, 700)
    for key, keep in (("sell", ("total", "pay_button", "add_button")),
                      ("pay", ("due", "total", "finish_button", "apply_button"))):
        view = window.open_page(key).widget
        window.runner.wait_idle()
        qtbot.wait(30)
        for name in keep:
            widget = getattr(view, name)
            assert window.rect().contains(_rect_in(widget, window)), (key, name)
            assert widget.visibleRegion().boundingRect().size() == widget.size(), (key, name)


@pytest.mark.parametrize(("screen", "maximised"), [
    (QRect(0, 0, 1024, 728), True),   # 1024 x 768 less a task bar
    (QRect(0, 0, 1366, 728), True),   # the default would hide the status bar
    (QRect(0, 0, 1920, 1040), False),
    (QRect(1920, 0, 2560, 1400), False),  # a second screen
])
def test_the_window_opens_at_a_size_its_screen_can_hold(screen: QRect, maximised: bool) -> None:
    placed = initial_geometry(screen)
    if maximised:
        assert placed is None
    else:
        assert placed is not None and placed.size() == DEFAULT_SIZE
        assert screen.contains(placed) and placed.center() == screen.center()
