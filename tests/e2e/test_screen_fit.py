"""Every page fits common counter screens: each visible button lies inside the window and
the window inside the screen, at 1024x768 and at 1920x1080."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.e2e.app import App, Screen
from tests.e2e.conftest import running_app

#: Each page's navigation button and the keys that open it.
PAGES = [("sell", "F2"), ("pay", "F3"), ("balance", "F4"), ("returns", "F5"), ("cards", "F6"),
         ("history", "F7"), ("cards_io", "shift+F6"), ("batches", "F8"),
         ("settings", "shift+F8"), ("terminal", "ctrl+F8")]


@pytest.fixture(scope="module", params=[
    pytest.param((1024, 768), id="1024x768"),
    pytest.param((1920, 1080), id="1920x1080"),
])
def sized_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[App]:
    width, height = request.param
    with running_app(tmp_path_factory.mktemp(f"e2e-{width}"), width, height) as app:
        app.sign_in("admin")
        yield app


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def visible_area(screen: Screen) -> list[int]:
    """The part of the main window that is on the screen."""
    x, y, w, h = screen.main["geometry"]
    sx, sy, sw, sh = screen.data["screen"]
    left, top = max(x, sx), max(y, sy)
    return [left, top, min(x + w, sx + sw) - left, min(y + h, sy + sh) - top]


def overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def cut_off(screen: Screen) -> list[str]:
    """Each button that is not wholly on screen, is squeezed below the width its text needs,
    or lies over another one."""
    area = visible_area(screen)
    buttons = [w for w in screen.main["widgets"] if w["button"] and not w["in_scroll_area"]]
    found = []
    for i, button in enumerate(buttons):
        where = f"{button['text'] or button['name']!r} at {button['geometry']}"
        if not inside(button["geometry"], area):
            found.append(f"{where} is outside the window")
        elif button["geometry"][2] < button["size_hint"][0]:
            found.append(f"{where} is narrower than its text ({button['size_hint'][0]} px)")
        found += [f"{where} lies over {other['text'] or other['name']!r}"
                  for other in buttons[i + 1:] if overlap(button["geometry"], other["geometry"])]
    return found


def shown(page: str) -> Callable[[Screen], bool]:
    return lambda screen: bool(screen.get(f"nav_{page}")["checked"])


def test_every_visible_button_of_every_page_lies_inside_the_window(sized_app: App) -> None:
    app = sized_app
    problems: dict[str, list[str]] = {}
    for page, keys in PAGES:
        app.x.key(keys)
        screen = app.wait_screen(f"the {page} page", shown(page))
        app.screenshot(f"{app.x.width}x{app.x.height}-{page}")
        found = cut_off(screen)
        if not inside(screen.main["geometry"], screen.data["screen"]):
            found.insert(0, f"the window {screen.main['geometry']} is larger than the screen")
        if found:
            problems[page] = found
    assert not problems, f"cut off at {app.x.width}x{app.x.height}: {problems}"
