"""Signing in: pick a name, enter the PIN; the keyboard alone is enough."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from posapp.services import staff
from posapp.services.context import Actor
from ui.deps import Deps
from ui.session import Session
from ui.views.login_view import LoginView


class LoginController(QObject):
    def __init__(self, view: LoginView, deps: Deps, session: Session) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self._session = session
        self._connect_callbacks()

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

    def refresh(self, preselect: str | None = None) -> None:
        """Reload the staff names; select ``preselect`` (the user who locked) if given."""
        self._deps.runner.run(
            lambda: staff.sign_in_names(self._deps.ctx),
            lambda names: self._show_names(names, preselect),
            self.view.banner.show_failure,
        )

    def _show_names(self, names: list[str], preselect: str | None) -> None:
        self.view.names.clear()
        for name in names:
            item = QListWidgetItem(name, self.view.names)
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter)
        matches = self.view.names.findItems(preselect or "", Qt.MatchFlag.MatchExactly)
        row = self.view.names.row(matches[0]) if preselect and matches else 0
        self.view.names.setCurrentRow(row)
        self.view.pin_pad.clear()

    def _sign_in(self, pin: str) -> None:
        item = self.view.names.currentItem()
        if item is None or not pin:
            return
        name = item.text()
        cfg = self._deps.config
        ctx = self._deps.ctx

        def work() -> Actor:
            return staff.authenticate(
                ctx,
                name,
                pin,
                location_code=cfg.location_code or None,
                terminal_name=cfg.terminal_name,
                record_login=True,
            )

        self.view.pin_pad.setEnabled(False)
        self._deps.runner.run(work, self._signed_in, self._refused)

    def _signed_in(self, actor: Actor) -> None:
        self.view.pin_pad.setEnabled(True)
        self.view.pin_pad.field.clear()
        self.view.banner.clear_message()
        self._session.sign_in(actor)

    def _refused(self, error: BaseException) -> None:
        self.view.pin_pad.setEnabled(True)
        self.view.pin_pad.clear()
        self.view.banner.show_failure(error)
