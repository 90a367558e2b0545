"""The background runner: progress after a delay, Cancel, and one-line errors."""

from __future__ import annotations

import threading
import time
import weakref

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from feedback_gui.core.errors import Cancelled
from feedback_gui.core.resources import sample_path
from feedback_gui.gui import loading
from feedback_gui.gui.workers import TaskRunner

from .conftest import WAIT_MS, wait_active


def test_cancelling_an_import_keeps_the_previous_survey(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    calls = []

    def slow_read(path, sheet=None, *, password=None, progress):  # noqa: ANN001, ANN202
        for step in range(1500):  # about 30 s unless cancelled
            progress(step / 1500)
            calls.append(step)
            time.sleep(0.02)
        raise AssertionError("the import was not cancelled")

    monkeypatch.setattr(loading, "read_survey", slow_read)
    title = window.windowTitle()
    window.open_path(sample_path("user_voice_2024.xlsx"))
    qtbot.waitUntil(lambda: window.runner.dialog is not None and window.runner.dialog.isVisible(), timeout=WAIT_MS)
    assert "user_voice_2024.xlsx" in window.runner.dialog.labelText()
    cancel = window.runner.dialog.findChild(QPushButton)
    with qtbot.waitSignal(window.runner.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.runner.dialog is None and not window.runner.busy
    assert window.state.survey.respondents == 81 and window.windowTitle() == title
    assert window.last_message is None
    assert len(calls) < 1200  # stopped long before the end


def test_quick_work_shows_no_progress_dialog(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner(show_after_ms=2000)  # long enough for the work to be quick even on a busy machine
    results = []
    started = time.monotonic()
    with qtbot.waitSignal(runner.succeeded, timeout=WAIT_MS):
        runner.run(lambda progress: 6 * 7, "Quick", on_result=results.append)
    assert results == [42] and time.monotonic() - started < 2  # quick: finished before the dialog was due
    qtbot.waitUntil(lambda: time.monotonic() - started > 2.3, timeout=WAIT_MS)  # past the time it would show
    assert runner.dialog is None


def test_errors_arrive_as_one_line(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()

    def broken(progress):  # noqa: ANN001, ANN202
        raise ValueError("first line\nsecond line")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as blocker:
        runner.run(broken, "Broken")
    message = blocker.args[1]
    assert message == "Something went wrong (ValueError: first line second line)."


def test_cancel_before_the_first_progress_report(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    results, reached = [], []

    def work(progress):  # noqa: ANN001, ANN202
        time.sleep(0.1)
        try:
            progress(0.5)
        except Cancelled:
            reached.append("cancelled at the progress report")
            raise
        return "finished"

    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS):
        task = runner.run(work, "Work", on_result=results.append)
        task.cancel()
    assert results == [] and reached == ["cancelled at the progress report"] and not runner.busy


def test_the_keyboard_comes_back_when_the_progress_dialog_goes(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    field.setFocus()
    wait_active(qtbot, dialog)
    release = threading.Event()
    runner = TaskRunner(window, show_after_ms=0)
    runner.run(lambda progress: release.wait(WAIT_MS / 1000), "Slow")
    qtbot.waitUntil(lambda: runner.dialog is not None and QApplication.activeWindow() is runner.dialog,
                    timeout=WAIT_MS)  # the progress dialog comes in front and takes the keyboard
    with qtbot.waitSignal(runner.succeeded, timeout=WAIT_MS):
        release.set()
    assert runner.dialog is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)  # no window manager helps
    assert QApplication.focusWidget() is field


def test_a_finished_task_is_destroyed_on_the_gui_thread_even_when_its_pool_thread_lets_go_last(
        qtbot, monkeypatch) -> None:  # noqa: ANN001
    """A QObject destroyed on a pool thread can crash the app: the runner keeps a finished task until its pool
    thread has let go of it. Here the pool thread holds on until after the runner has handled the outcome."""
    from feedback_gui.gui.workers import Task

    release = threading.Event()
    execute = Task.execute

    def execute_then_linger(task: Task) -> None:
        execute(task)
        release.wait(5)  # still holding the task while the GUI thread handles its outcome

    monkeypatch.setattr(Task, "execute", execute_then_linger)
    runner = TaskRunner()
    destroyed_on: list[str] = []
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        task = runner.run(lambda _progress: 42, "Lingering", quiet=True)
        task.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name),
                               Qt.ConnectionType.DirectConnection)
        reference = weakref.ref(task)
        del task
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: reference() is None, timeout=WAIT_MS)
    assert destroyed_on == [threading.main_thread().name]
