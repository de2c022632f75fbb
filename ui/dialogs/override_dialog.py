"""Manager override: a manager's PIN authorises one action on a cashier's screen.

The cashier stays signed in; the returned actor carries the manager's authority at
this terminal for the one call it is used for (the service audits the override).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from posapp.domain.errors import PermissionDenied
from posapp.domain.roles import Permission, Role, allows
from posapp.services.command_path.context import Actor
from posapp.services.security import staff
from ui.deps import Deps
from ui.errors import show_error
from ui.widgets.message_banner import MessageBanner
from ui.widgets.pin_pad import PinPad


class OverrideDialog(QDialog):
    def __init__(self, deps: Deps, permission: Permission, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self._deps = deps
        self._permission = permission
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
        managers = Role.MANAGER
        deps.runner.run(lambda: staff.sign_in_names(deps.ctx, at_least=managers),
                        self.names.addItems,
                        self._refused)

    def _submit(self, pin: str) -> None:
        name = self.names.currentText()
        if not name or not pin:
            return
        deps, permission = self._deps, self._permission
        actor = deps.actor()
        self.pin_pad.setEnabled(False)
        deps.runner.run(
            lambda: staff.authorize_override(deps.ctx, actor, name, pin, permission),
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
    def ask(cls, parent: QWidget | None, deps: Deps, permission: Permission) -> Actor | None:
        dialog = cls(deps, permission, parent)
        return dialog.approved if dialog.exec() == QDialog.DialogCode.Accepted else None


def authority_for(parent: QWidget | None, deps: Deps, permission: Permission) -> Actor | None:
    """The actor to take ``permission`` with: the signed-in one if their role allows it,
    otherwise a manager's override, or None when nobody approved."""
    actor = deps.actor()
    if allows(actor.role, permission):
        return actor
    if deps.counter.central:
        # The service acts as the person signed in at the till: no one approves for them.
        show_error(parent, PermissionDenied(QCoreApplication.translate(
            "OverrideDialog", "A manager signs in at this till to do this.")))
        return None
    return OverrideDialog.ask(parent, deps, permission)
