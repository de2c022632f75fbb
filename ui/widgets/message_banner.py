"""An inline message line for the counter screens: errors in red, results in green.

Counter screens show refusals here rather than in a modal box, so the cashier
never has to click before scanning again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from posapp.domain.errors import PosError
from ui.errors import detail_for, message_for, show_error


class MessageBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: PosError) -> None:
        self._show(f"{message_for(error)}\n{detail_for(error)}", "bad")
        self.setProperty("errorCode", error.code.value)

    def show_failure(self, error: BaseException) -> None:
        """A refusal inline; anything unexpected also in a box, with its traceback logged."""
        if isinstance(error, PosError):
            self.show_error(error)
        else:
            show_error(self.window(), error)

    def show_info(self, text: str) -> None:
        self._show(text, "ok")
        self.setProperty("errorCode", None)

    def _show(self, text: str, state: str) -> None:
        self.setText(text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setProperty("errorCode", None)
        self.hide()
