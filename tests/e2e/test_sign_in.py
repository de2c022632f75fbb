"""Signing in with the keyboard alone: arrows pick the name, digits, Backspace and Enter."""

from __future__ import annotations

from tests.e2e.app import App


def test_pin_login_by_keyboard_with_a_wrong_pin_and_backspace_corrections(app: App) -> None:
    app.wait_screen("the sign-in screen", lambda s: s.find("pinField"))
    shot = app.x.screenshot(app.workdir / "login.png")
    assert len(shot.getcolors(1 << 24) or []) > 50, "the screen is blank: the app drew nothing"
    app.x.key("Up", "Up", "Up", "Down")  # Ada, Cam, Max: Cam
    app.x.type_as_person("1112")
    app.x.key("Return")
    screen = app.wait_screen("the wrong PIN refused",
                             lambda s: any("Wrong name or PIN" in t for t in s.texts()))
    assert screen.find("headerUser") is None  # still signed out
    app.x.type_as_person("1112")
    app.x.key("BackSpace")
    app.x.type_as_person("1")
    screen = app.dump()
    assert screen.text("pinField") == "••••", "Backspace did not take the last digit away"
    app.x.key("Return")
    screen = app.wait_screen("Cam signed in",
                             lambda s: s.find("headerUser") and "Cam" in s.text("headerUser"))
    assert "cashier" in screen.text("headerUser")
    app.screenshot("signed-in")
