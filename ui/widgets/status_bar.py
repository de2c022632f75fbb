"""The status bar: location, terminal, user, database and scanner, always in view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


def _badge(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("kind", "badge")
    return label


class PosStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.location = _badge("statusLocation", self)
        self.terminal = _badge("statusTerminal", self)
        self.user = _badge("statusUser", self)
        self.database = _badge("statusDatabase", self)
        self.scanner = _badge("statusScanner", self)
        # Central mode only: the link to the central service and the outbox.
        self.link = _badge("statusLink", self)
        self.link.hide()
        for label in (self.location, self.terminal, self.user):
            label.setMinimumWidth(40)  # long names give way rather than widen the window
            self.addWidget(label)
        self.addPermanentWidget(self.link)
        self.addPermanentWidget(self.database)
        self.addPermanentWidget(self.scanner)

    def show_place(self, location: str, terminal: str) -> None:
        self.location.setText(self.tr("Store: %1").replace("%1", location or "—"))
        self.terminal.setText(self.tr("Terminal: %1").replace("%1", terminal))

    def show_user(self, text: str) -> None:
        self.user.setText(self.tr("User: %1").replace("%1", text))

    def show_database(self, ok: bool) -> None:
        self.database.setText(self.tr("Database: connected") if ok else
                              self.tr("Database: NOT CONNECTED"))
        _set_state(self.database, "ok" if ok else "bad")

    def show_link(self, online: bool, waiting: int) -> None:
        """The central service's link, and the operations the till keeps until it is back."""
        if online and not waiting:
            text, state = self.tr("Central: online"), "ok"
        elif online:
            text, state = self.tr("Central: online, sending %1").replace("%1", str(waiting)), "warn"
        else:
            text = self.tr("Central: OFFLINE, %1 waiting").replace("%1", str(waiting))
            state = "bad"
        self.link.setText(text)
        self.link.show()
        _set_state(self.link, state)

    def show_scanner(self, text: str, state: str) -> None:
        """``state`` is ok, warn or bad: the colour of the badge."""
        self.scanner.setText(self.tr("Scanner: %1").replace("%1", text))
        _set_state(self.scanner, state)


def _set_state(label: QLabel, state: str) -> None:
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)
