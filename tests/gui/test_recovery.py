"""No lost work: a session killed mid-way is offered back, with every edit, at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from feedback_gui.core.resources import sample_path
from feedback_gui.gui.crash import describe_error, write_log
from tests.gui.conftest import OPEN_TIMEOUT_MS, WAIT_MS, open_and_wait

CHILD = textwrap.dedent("""
    import os, sys, time
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from feedback_gui.core.resources import sample_path
    from feedback_gui.gui.app import create_application
    from feedback_gui.gui.main_window import MainWindow

    app = create_application()
    window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
    window.show()
    done = []
    window.opener.opened.connect(lambda loaded: done.append(loaded))
    window.open_path(sample_path("staff_survey_2024.xlsx"), show_preview=False)
    while not done:
        app.processEvents()
        time.sleep(0.01)
    state = window.state
    grade = state.survey.question("What is your grade?")
    state.retype(grade.id, "single_choice")
    state.set_counted(state.survey.question("My workload is manageable").id, ["No"])
    deadline = time.time() + 20
    while not window.autosave.path.exists() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("AUTOSAVED" if window.autosave.path.exists() else "NOT SAVED", flush=True)
    time.sleep(60)  # killed here, mid-session
""")


def test_killed_session_is_restored(qtbot, make_window, isolated_data, settings, tmp_path):
    env = dict(os.environ, FEEDBACK_GUI_DATA=str(isolated_data), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "child.ini")], env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        assert line == "AUTOSAVED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    window = make_window()
    asked: list[str] = []
    with qtbot.waitSignal(window.opener.opened, timeout=OPEN_TIMEOUT_MS):
        task = window.offer_recovery(ask=lambda summary: asked.append(summary) or True)
        assert task is not None
    assert "did not close properly" in asked[0] and "staff_survey_2024.xlsx" in asked[0]
    survey = window.state.survey
    assert survey.question("What is your grade?").type == "single_choice"
    workload = survey.question("My workload is manageable")
    assert window.state.result(workload.id).headline.numerator == 46
    assert window.state.modified and window.state.project_path is None


def test_declining_recovery_forgets_it(qtbot, make_window, settings):
    first = make_window()
    open_and_wait(qtbot, first, sample_path("staff_survey_2024.xlsx"))
    first.state.set_counted(first.state.survey.question("My workload is manageable").id, ["No"])
    saved = first.autosave.save_now()
    assert saved is not None and saved.exists()
    second = make_window()
    assert second.offer_recovery(ask=lambda summary: False) is None
    assert not saved.exists()


def test_saving_the_project_discards_the_recovery_file(qtbot, window, tmp_path):
    window.state.set_counted(window.state.survey.question("My workload is manageable").id, ["No"])
    qtbot.waitUntil(lambda: window.autosave.path.exists(), timeout=WAIT_MS)
    window.state.save_project(tmp_path / "suffolk.fbproj")
    assert not window.autosave.path.exists()


def test_crash_log_holds_no_respondent_text(isolated_data):
    secret = "Mr Smith in the Ipswich office bullied me"
    try:
        raise ValueError(secret)
    except ValueError:
        kind, _, tb = sys.exc_info()
        path = write_log(kind, tb)
    text = Path(path).read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "test_crash_log_holds_no_respondent_text" in text
    assert secret not in text and "Smith" not in text
    assert describe_error(kind, tb).startswith("builtins.ValueError")


def test_unexpected_error_shows_a_dialog_and_autosaves(qtbot, window):
    window.state.set_counted(window.state.survey.question("My workload is manageable").id, ["No"])
    window.unexpected_error("ZeroDivisionError", None)
    assert window.autosave.path.exists()
    assert "unexpected error (ZeroDivisionError)" in window.last_message.text()


@pytest.mark.parametrize("modified", [True, False])
def test_closing_with_unsaved_edits_asks(qtbot, window, monkeypatch, modified):
    from PySide6.QtWidgets import QMessageBox

    from feedback_gui.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_before_close", True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    if modified:
        window.state.set_counted(window.state.survey.question("My workload is manageable").id, ["No"])
    closed = window.close()
    assert closed is (not modified) and bool(asked) is modified
