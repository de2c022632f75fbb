"""The operation runner: work off the UI thread, results and failures on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from posapp.domain.errors import CardFrozen, ErrorCode, PosError
from ui.errors import _MESSAGES, message_for
from ui.events import AppEvents
from ui.operations import Cancelled, OperationRunner, Progress


def test_work_runs_off_the_ui_thread_and_the_result_arrives_on_it(qtbot: QtBot) -> None:
    runner = OperationRunner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["ui"] = QThread.currentThread() is qtbot_app_thread()

    runner.run(work, done)
    assert runner.wait_idle()
    assert seen == {"worker": False, "value": 42, "ui": True}
    assert not runner.busy


def qtbot_app_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_a_refusal_goes_to_on_failure_and_reports_the_database_alive(qtbot: QtBot) -> None:
    events = AppEvents()
    runner = OperationRunner(events=events)
    errors: list[BaseException] = []
    with qtbot.waitSignal(events.db_state_changed) as blocker:
        runner.run(lambda: (_ for _ in ()).throw(CardFrozen("frozen")), None, errors.append)
        runner.wait_idle()
    assert blocker.args == [True]
    assert isinstance(errors[0], CardFrozen)


def test_an_unhandled_refusal_is_shown_in_the_users_words(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    runner.run(lambda: (_ for _ in ()).throw(CardFrozen("Card GC-…-Q9XT is frozen.")))
    runner.wait_idle()
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert box.text() == "This gift card is frozen. A manager must unfreeze it."
    assert box.informativeText() == "Card GC-…-Q9XT is frozen."
    box.close()


def test_every_error_code_has_its_own_message() -> None:
    assert set(_MESSAGES) == set(ErrorCode)
    assert len(set(_MESSAGES.values())) == len(ErrorCode)
    for code in ErrorCode:
        error = PosError("x")
        error.code = code
        assert message_for(error) == _MESSAGES[code]


def test_a_cancelled_operation_stops_and_is_not_an_error(qtbot: QtBot) -> None:
    runner = OperationRunner()
    reports: list[tuple[int, int]] = []
    outcome: list[BaseException] = []
    started = threading.Event()

    def work(progress: Progress) -> None:
        for i in range(1000):
            progress.report(i, 1000)
            started.set()
            progress.check()
            threading.Event().wait(0.005)

    progress = runner.run_cancellable(work, on_failure=outcome.append, on_progress=lambda d, t:
                                      reports.append((d, t)))
    started.wait(2)
    progress.cancel()
    assert runner.wait_idle()
    assert isinstance(outcome[0], Cancelled)
    assert reports and reports[-1][0] < 999
