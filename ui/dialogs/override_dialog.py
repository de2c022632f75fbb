"""Manager override: a manager's PIN authorises one action on a cashier's screen.

The cashier stays signed in; the returned actor carries the manager's authority at
this terminal for the one call it is used for (the override is audited). A till in
central mode has the service check the PIN and approve that one operation: the command
named ``command`` with idempotency key ``key``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from posapp.domain.errors import PermissionDenied
from posapp.domain.roles import Permission, allows
from posapp.services.command_path.context import Actor
from ui.deps import Deps
from ui.errors import show_error
from ui.widgets.message_banner import MessageBanner
from ui.widgets.pin_pad import PinPad


class OverrideDialog(QDialog):
    def __init__(self, deps: Deps, permission: Permission, parent: QWidget | None = None,
                 *, command: str = "", key: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self._deps = deps
        self._permission = permission
        self._command, self._key = command, key
        self.approved: Actor | None = None
        what = permission.value.replace("_", " ")
        note = QLabel(self.tr("A manager must approve: %1").replace("%1", what), self)
        note.setObjectName("overrideNote")
        self.names = QComboBox(self)
        self.names.setObjectName("overrideName")
        self.pin_pad = PinPad(self)
        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.names)
        layout.addWidget(self.pin_pad)
        layout.addWidget(self.banner)
        self.pin_pad.submitted.connect(self._submit)
        self.pin_pad.field.setFocus()
        counter, actor = deps.counter, deps.actor()
        deps.runner.run(lambda: counter.approvers(actor), self.names.addItems, self._refused)

    def _submit(self, pin: str) -> None:
        name = self.names.currentText()
        if not name or not pin:
            return
        deps, permission, command, key = self._deps, self._permission, self._command, self._key
        actor = deps.actor()
        self.pin_pad.setEnabled(False)
        deps.runner.run(
            lambda: deps.counter.approve(actor, name, pin, permission, command=command, key=key),
            self._approved,
            self._refused,
        )

    def _approved(self, actor: Actor) -> None:
        self.approved = actor
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.pin_pad.setEnabled(True)
        self.pin_pad.clear()
        self.banner.show_failure(error)

    @classmethod
    def ask(cls, parent: QWidget | None, deps: Deps, permission: Permission, *,
            command: str = "", key: str = "") -> Actor | None:
        dialog = cls(deps, permission, parent, command=command, key=key)
        return dialog.approved if dialog.exec() == QDialog.DialogCode.Accepted else None


def authority_for(parent: QWidget | None, deps: Deps, permission: Permission, *,
                  command: str = "", key: str = "") -> Actor | None:
    """The actor to take ``permission`` with: the signed-in one if their role allows it,
    otherwise a manager's override, or None when nobody approved. ``command`` and ``key``
    name the one operation (its command and idempotency key) that a manager's approval
    through the service is for."""
    actor = deps.actor()
    if allows(actor.role, permission):
        return actor
    if deps.counter.central and not (command and key):
        # The service approves one operation, by its key: without one, nobody approves.
        show_error(parent, PermissionDenied(QCoreApplication.translate(
            "OverrideDialog", "A manager signs in at this till to do this.")))
        return None
    return OverrideDialog.ask(parent, deps, permission, command=command, key=key)
