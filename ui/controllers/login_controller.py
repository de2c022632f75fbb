"""Signing in: pick a name, enter the PIN; the keyboard alone is enough.

The screen may be shown before the core (the database, the keys, the PIN check) is
loaded: the names come with it, and a PIN entered meanwhile is held and checked as soon
as :meth:`LoginController.attach` hands the core over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from ui.deps import Deps
from ui.session import Session
from ui.views.login_view import LoginView

if TYPE_CHECKING:
    from posapp.services.command_path.context import Actor


class LoginController(QObject):
    def __init__(self, view: LoginView, session: Session) -> None:
        super().__init__(view)
        self.view = view
        self._deps: Deps | None = None
        self._session = session
        #: A name and PIN submitted before the core was loaded.
        self._held: tuple[str, str] | None = None
        self._connect_callbacks()

    def attach(self, deps: Deps) -> None:
        """The core is loaded: a PIN held meanwhile is checked now."""
        self._deps = deps
        held, self._held = self._held, None
        if held is not None:
            self._check_pin(*held)

    def _connect_callbacks(self) -> None:
        self.view.pin_pad.submitted.connect(self._sign_in)
        self.view.names.itemActivated.connect(lambda _item: self.view.pin_pad.clear())
        self.view.names.currentItemChanged.connect(lambda *_: self.view.banner.clear_message())
        # The PIN field keeps the focus; Up and Down pick the name.
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(key), self.view.pin_pad.field)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self._move(s))

    def _move(self, step: int) -> None:
        names = self.view.names
        if names.count():
            names.setCurrentRow(max(0, min(names.count() - 1, names.currentRow() + step)))

    def show_hint(self, text: str) -> None:
        self.view.hint.setText(text)
        self.view.hint.setVisible(bool(text))

    def refresh(self, preselect: str | None = None, notice: str | None = None) -> None:
        """Reload the staff names; select ``preselect`` (the user who locked) if given, and
        then say ``notice`` (choosing a name clears what the banner said before)."""
        deps = self._require_deps()

        def show(names: list[str]) -> None:
            self._show_names(names, preselect)
            if notice:
                self.view.banner.show_info(notice)

        deps.runner.run(deps.counter.names, show, self.view.banner.show_failure)

    def show_names(self, names: list[str]) -> None:
        """Names read before (or while) the core loads: the list changes only if they
        differ, and the chosen name and the digits typed stay."""
        shown = [self.view.names.item(row).text() for row in range(self.view.names.count())]
        if names != shown:
            current = self.view.names.currentItem()
            self._show_names(names, current.text() if current else None, clear_pin=False)

    def _show_names(self, names: list[str], preselect: str | None, *, clear_pin: bool = True
                    ) -> None:
        self.view.names.clear()
        self.view.typed_name.setVisible(not names)
        self.view.names.setVisible(bool(names))
        for name in names:
            item = QListWidgetItem(name, self.view.names)
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter)
        matches = self.view.names.findItems(preselect or "", Qt.MatchFlag.MatchExactly)
        row = self.view.names.row(matches[0]) if preselect and matches else 0
        self.view.names.setCurrentRow(row)
        if clear_pin:
            self.view.pin_pad.clear()
        else:
            self.view.pin_pad.field.setFocus()  # where the digits go, as after a clear

    def _require_deps(self) -> Deps:
        if self._deps is None:
            raise RuntimeError("the sign-in screen has no core attached yet")
        return self._deps

    def _sign_in(self, pin: str) -> None:
        item = self.view.names.currentItem()
        name = item.text() if item is not None else self.view.typed_name.text().strip()
        if not name or not pin:
            return
        self.view.pin_pad.setEnabled(False)
        if self._deps is None:
            self._held = (name, pin)
            return
        self._check_pin(name, pin)

    def _check_pin(self, name: str, pin: str) -> None:
        deps = self._require_deps()
        counter, config = deps.counter, deps.config
        deps.runner.run(lambda: counter.sign_in(name, pin, config), self._signed_in,
                        self._refused)

    def _signed_in(self, actor: Actor) -> None:
        self.view.pin_pad.setEnabled(True)
        self.view.pin_pad.field.clear()
        self.view.banner.clear_message()
        self._session.sign_in(actor)

    def _refused(self, error: BaseException) -> None:
        self.view.pin_pad.setEnabled(True)
        self.view.pin_pad.clear()
        self.view.banner.show_failure(error)
