"""The background runner: progress after a delay, Cancel, and one-line errors."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from feedback_gui.core.errors import Cancelled
from feedback_gui.core.resources import sample_path
from feedback_gui.gui import loading
from feedback_gui.gui.workers import TaskRunner


def test_cancelling_an_import_keeps_the_previous_survey(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    calls = []

    def slow_read(path, sheet=None, *, password=None, progress):  # noqa: ANN001, ANN202
        for step in range(500):  # about 10 s unless cancelled
            progress(step / 500)
            calls.append(step)
            time.sleep(0.02)
        raise AssertionError("the import was not cancelled")

    monkeypatch.setattr(loading, "read_survey", slow_read)
    title = window.windowTitle()
    window.open_path(sample_path("user_voice_2024.xlsx"))
    qtbot.waitUntil(lambda: window.runner.dialog is not None and window.runner.dialog.isVisible(), timeout=3000)
    assert "user_voice_2024.xlsx" in window.runner.dialog.labelText()
    cancel = window.runner.dialog.findChild(QPushButton)
    with qtbot.waitSignal(window.runner.cancelled, timeout=3000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.runner.dialog is None and not window.runner.busy
    assert window.state.survey.respondents == 81 and window.windowTitle() == title
    assert window.last_message is None
    assert len(calls) < 400


def test_quick_work_shows_no_progress_dialog(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner(show_after_ms=200)
    results = []
    with qtbot.waitSignal(runner.succeeded, timeout=3000):
        runner.run(lambda progress: 6 * 7, "Quick", on_result=results.append)
    assert results == [42]
    qtbot.wait(300)
    assert runner.dialog is None


def test_errors_arrive_as_one_line(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()

    def broken(progress):  # noqa: ANN001, ANN202
        raise ValueError("first line\nsecond line")

    with qtbot.waitSignal(runner.failed, timeout=3000) as blocker:
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

    with qtbot.waitSignal(runner.cancelled, timeout=3000):
        task = runner.run(work, "Work", on_result=results.append)
        task.cancel()
    assert results == [] and reached == ["cancelled at the progress report"] and not runner.busy
