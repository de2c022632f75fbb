"""An inline message line for the counter screens: errors in red, results in green.

Counter screens show refusals here rather than in a modal box, so the cashier
never has to click before scanning again. The banner keeps its place (two lines,
unless told otherwise) while empty, so a message never moves the buttons under the
cashier's finger.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from posapp.domain.errors import PosError
from ui.errors import detail_for, message_for, show_error


class MessageBanner(QLabel):
    def __init__(self, parent: QWidget | None = None, *, lines: int = 2) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setObjectName("messageBanner")
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def hasHeightForWidth(self) -> bool:
        return False  # a fixed height, whatever the text

    def sizeHint(self) -> QSize:
        self.ensurePolished()  # the style sheet's font and padding
        margins = self.contentsMargins()
        lines = self._lines * self.fontMetrics().lineSpacing()
        return QSize(super().sizeHint().width(), lines + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def show_error(self, error: PosError) -> None:
        headline, detail = message_for(error), detail_for(error)
        self._show(f"{headline}\n{detail}" if detail else headline, "bad")
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
        self.setToolTip(text)  # all of it, should it wrap past two lines
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setProperty("errorCode", None)
        self.hide()
