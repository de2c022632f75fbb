"""Every page's key is its own: two pages on one key would leave one of them unreachable
by keyboard (Qt calls such a shortcut ambiguous and fires neither)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ui.pages import all_pages

#: The window's own keys (switch user, lock).
WINDOW_KEYS = {"Ctrl+U", "Ctrl+L"}


def test_no_two_pages_and_no_window_action_share_a_key() -> None:
    keys = [QKeySequence(page.shortcut).toString() for page in all_pages()]
    assert len(keys) == len(set(keys)), sorted(keys)
    assert not set(keys) & WINDOW_KEYS
