"""Driving modal dialogs from a test: act on the next dialog once it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ui.dialogs.tender_dialog import TenderDialog


def on_next_dialog(object_name: str, act: Callable[[QDialog], None], *,
                   tries: int = 200) -> list[QDialog]:
    """Call ``act(dialog)`` when a modal dialog named ``object_name`` is shown.

    Returns a list that holds the dialog once it was seen (for assertions). One timer,
    owned by the application, polls every 20 ms; a chain of one-shot lambdas instead
    crashed PySide now and then (a queued call to a receiver already freed) when a
    dialog's own event loop ran in between.
    """
    seen: list[QDialog] = []
    timer = QTimer(QApplication.instance())
    timer.setInterval(20)
    left = [tries]

    def done() -> None:
        timer.stop()
        timer.deleteLater()

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.objectName() == object_name and modal.isVisible():
            done()
            seen.append(modal)
            act(modal)
            return
        left[0] -= 1
        if left[0] < 0:
            done()

    timer.timeout.connect(poll)
    timer.start()
    return seen


def pay_cash(amount: str) -> list[QDialog]:
    """Pay at the tender dialog shown next: ``amount`` in cash."""

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, TenderDialog)
        dialog.amount.setText(amount)
        dialog._accept()

    return on_next_dialog("tenderDialog", act)
