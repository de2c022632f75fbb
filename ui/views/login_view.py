"""The sign-in screen: staff names on the left, the PIN pad on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.message_banner import MessageBanner
from ui.widgets.pin_pad import PinPad


class LoginView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginView")
        self.title = QLabel(self.tr("GiftPOS"), self)
        self.title.setObjectName("loginTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self.tr("Choose your name, then enter your PIN"), self)
        self.subtitle.setObjectName("loginSubtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.names = QListWidget(self)
        self.names.setObjectName("staffNames")
        self.names.setMinimumWidth(260)
        # A till in central mode learns the staff's names at its first sign-in: until then
        # the name is typed.
        self.typed_name = QLineEdit(self)
        self.typed_name.setObjectName("typedName")
        self.typed_name.setPlaceholderText(self.tr("Your name"))
        self.typed_name.setMinimumWidth(260)
        self.typed_name.hide()
        self.pin_pad = PinPad(self)
        self.banner = MessageBanner(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("loginHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()

        panel = QHBoxLayout()
        panel.setSpacing(32)
        panel.addStretch(1)
        names = QVBoxLayout()
        names.addWidget(self.typed_name)
        names.addWidget(self.names, 1)
        panel.addLayout(names, 0)
        panel.addWidget(self.pin_pad, 0)
        panel.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addLayout(panel)
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addStretch(2)
