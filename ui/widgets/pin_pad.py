"""A numeric PIN pad: big touch buttons, and the keyboard's digits, Backspace and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget


class PinPad(QWidget):
    """A masked PIN field above a 3x4 pad; ``submitted`` carries the PIN on OK or Enter."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setPlaceholderText(self.tr("PIN"))
        self.field.returnPressed.connect(self._submit)
        grid = QGridLayout()
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = QPushButton(self.tr("OK") if key == "OK" else key, self)
            button.setObjectName("padKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
            button.setMinimumSize(84, 64)
            if key == "OK":
                button.setProperty("kind", "primary")
                button.clicked.connect(self._submit)
            elif key == "⌫":
                button.clicked.connect(self.field.backspace)
            else:
                button.clicked.connect(lambda _=False, k=key: self.field.insert(k))
            grid.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(grid)

    def clear(self) -> None:
        self.field.clear()
        self.field.setFocus()

    def _submit(self) -> None:
        self.submitted.emit(self.field.text())
