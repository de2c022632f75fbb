"""End-to-end fixtures: the real app in Xvfb, one per test module (starting it takes a few
seconds), driven only by xdotool. Without Xvfb, xdotool or the window manager the tests
skip, except under CI (``CI=true``), where they fail: CI installs them."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.app import App
from tests.e2e.xsession import XSession, missing_tools


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A scanner is told from a person by how fast keys come (the X server's timestamps);
    an X server starved by another test worker stretches them, so these run alone."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.timing)


def need_tools() -> None:
    missing = missing_tools()
    if missing:
        why = (f"the end-to-end tests need the Debian packages {', '.join(missing)} "
               "(scripts/bootstrap.sh test installs them)")
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)


@contextmanager
def running_app(workdir: Path, width: int, height: int) -> Iterator[App]:
    need_tools()
    x = XSession(width, height, workdir / "x").start()
    app = App(x, workdir)
    try:
        app.seed()
        app.start()
        yield app
    finally:
        app.stop()
        x.stop()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """The app on a 1280x800 screen, demo data, nobody signed in."""
    with running_app(tmp_path_factory.mktemp("e2e"), 1280, 800) as running:
        yield running


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """On a failure, keep a screenshot and the app's log beside the report."""
    report = yield
    app = getattr(item, "funcargs", {}).get("app")
    if report.failed and isinstance(app, App):
        try:
            shot = app.screenshot(f"failed-{item.name}")
            report.sections.append(("screenshot", str(shot)))
        except (OSError, ValueError, RuntimeError) as exc:
            report.sections.append(("screenshot", f"none: {exc}"))
        report.sections.append(("app log", app.logs()[-4000:]))
    return report
