"""Learning from the user's corrections in the Comments panel: after a relabel (shown at once) the comments like
it are scored again in the background, the panel says how many changed and lists them; undo, reopening the
project, cancelling and the Settings switch keep what is shown equal to the core's answer for the corrections in
the project."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from feedback_gui.core.comments.learning import rescore_with_corrections
from feedback_gui.core.comments.model import MODEL_FILE
from feedback_gui.core.resources import resource_path, sample_path
from feedback_gui.gui.comments import learner as learner_module
from feedback_gui.gui.comments.learner import CANCELLED, DONE, IDLE, LEARN_PAUSE_MS
from feedback_gui.gui.comments.models import CommentTableModel

from .conftest import OPEN_TIMEOUT_MS, comments_panel, open_and_wait

SAMPLE = "user_voice_2024.xlsx"
TEXT = "Help with debt and bailiffs."  # relabelled neutral, learning moves several comments like it
LEARN_TIMEOUT_MS = 30_000


@pytest.fixture
def panel(qtbot, make_window):  # noqa: ANN001, ANN201
    return comments_panel(qtbot, make_window, SAMPLE)


def _index(panel, text: str) -> int:  # noqa: ANN001
    return next(i for i, c in enumerate(panel.session.run.analysis.comments) if c.text == text)


def _learned(qtbot, panel) -> None:  # noqa: ANN001
    """Wait for the learning run the last edit started to finish."""
    qtbot.waitUntil(lambda: not panel.session.learning and panel.session.learning_task is None,
                    timeout=LEARN_TIMEOUT_MS)


def _expected(panel):  # noqa: ANN001, ANN202
    """The core's answer for the corrections in the project."""
    return rescore_with_corrections(panel.session.run.analysis, panel.state.project.sentiment_corrections)


def test_a_relabel_shows_at_once_then_learning_changes_the_comments_like_it(qtbot, panel) -> None:  # noqa: ANN001
    session = panel.session
    index = _index(panel, TEXT)
    assert session.run.analysis.comments[index].sentiment.label != "neutral"
    started = []
    panel.window().runner.started.connect(started.append)
    assert session.relabel(index, "neutral")
    corrections = panel.state.project.sentiment_corrections
    # at once: the user's label, nothing learned yet, learning waiting for a pause
    assert session.analysis == session.run.analysis.with_corrections(corrections)
    assert session.learning_status == learner_module.WAITING and not started
    assert panel.learning_bar.isVisibleTo(panel) and panel.learning_bar.note.text() == \
        "Learning from your 1 correction…"
    assert panel.learning_bar.cancel_button.isVisibleTo(panel)
    _learned(qtbot, panel)
    assert len(started) == 1 and panel.window().runner.dialog is None  # in the background, no progress dialog
    expected = _expected(panel)
    assert len(expected.changed) >= 3 and expected.examples == 1
    assert session.learning_status == DONE
    assert session.analysis == expected.analysis
    assert panel.state.analysis("comments") is session.analysis  # what the export takes
    assert panel.learning_bar.note.text() == (f"Learning from your 1 correction changed {len(expected.changed)} "
                                              "other comments.")
    # the learned labels are marked in words, for the eye and for a screen reader
    model = panel.table_model
    rows = {model.index_at(r): r for r in range(model.rowCount())}
    for i in expected.changed:
        sentiment = session.analysis.comments[i].sentiment
        assert sentiment.learned
        cell = model.index(rows[i], CommentTableModel.SENTIMENT)
        assert cell.data(Qt.ItemDataRole.DisplayRole).endswith(" (learned)")
        assert "learned from your corrections" in cell.data(Qt.ItemDataRole.AccessibleTextRole)
        assert "learned from your corrections" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # "Show them" lists exactly those comments
    button = panel.learning_bar.show_button
    assert button.isVisibleTo(panel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sorted(model.indices()) == sorted(expected.changed)
    assert panel.filter_note.text().endswith("relabelled by learning from your corrections.")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == sum(c.answered for c in session.analysis.comments)


def test_quick_relabels_make_one_run_and_undo_runs_it_again(qtbot, panel) -> None:  # noqa: ANN001
    session = panel.session
    started = []
    panel.window().runner.started.connect(started.append)
    first = _index(panel, TEXT)
    others = [i for i, c in enumerate(session.run.analysis.comments) if c.answered and i != first][:2]
    session.relabel(first, "neutral")
    for i in others:
        session.relabel(i, "mixed" if session.run.analysis.comments[i].sentiment.label != "mixed" else "positive")
    _learned(qtbot, panel)
    assert len(started) == 1  # three relabels within the pause: one run, from all three
    assert session.analysis == _expected(panel).analysis and _expected(panel).examples == 3
    stack = panel.state.undo_stack
    stack.undo()  # the last relabel: the user's label goes at once, then learning runs again
    assert len(panel.state.project.sentiment_corrections) == 2
    _learned(qtbot, panel)
    assert len(started) == 2 and session.analysis == _expected(panel).analysis
    stack.undo()
    stack.undo()  # no correction left: the analyser's labels, nothing learned
    _learned(qtbot, panel)
    assert session.analysis == session.run.analysis
    assert not any(c.sentiment.learned for c in session.analysis.comments)
    assert not panel.learning_bar.isVisibleTo(panel)
    stack.redo()
    _learned(qtbot, panel)
    assert session.analysis == _expected(panel).analysis and any(c.sentiment.learned for c in session.analysis.comments)


def test_a_newer_run_supersedes_an_older_one(qtbot, panel) -> None:  # noqa: ANN001
    session = panel.session
    first = _index(panel, TEXT)
    session.relabel(first, "neutral")
    older = session.learn_now()  # starts at once, without waiting for the pause
    assert older is not None
    second = next(i for i, c in enumerate(session.run.analysis.comments)
                  if c.answered and i != first and c.sentiment.label != "negative")
    learned = []  # each learning run shown (a relabel says which comment; a learning run, -1)
    session.relabelled.connect(lambda i: learned.append(dict(session.learned.corrections)) if i == -1 else None)
    session.relabel(second, "negative")  # before the older run is shown: it is cancelled, its outcome dropped
    assert older.cancel_requested
    _learned(qtbot, panel)
    assert learned == [dict(panel.state.project.sentiment_corrections)]  # only the newer run was shown
    assert session.analysis == _expected(panel).analysis and _expected(panel).examples == 2
    assert panel.learning_bar.note.text().startswith("Learning from your 2 corrections changed")


def test_cancel_keeps_the_window_responsive_and_learn_again_finishes(qtbot, panel, monkeypatch) -> None:  # noqa: ANN001
    real = learner_module.learn
    release = threading.Event()

    def slow(*args, progress, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        while not release.is_set():  # a long run: it reports progress (where Cancel stops it) until released
            progress(0.1)
            time.sleep(0.01)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(learner_module, "learn", slow)
    session = panel.session
    index = _index(panel, TEXT)
    session.relabel(index, "neutral")
    qtbot.waitUntil(lambda: session.learning_task is not None, timeout=LEARN_TIMEOUT_MS)
    # while it runs the window answers: a timer fires, a relabel shows at once, and no progress dialog blocks it
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)
    qtbot.wait(700)  # longer than the runner waits before showing its dialog
    assert panel.window().runner.dialog is None
    assert panel.learning_bar.cancel_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.learning_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.learning_status == CANCELLED, timeout=LEARN_TIMEOUT_MS)
    assert session.analysis == session.run.analysis.with_corrections(panel.state.project.sentiment_corrections)
    assert "cancelled" in panel.learning_bar.note.text() and panel.learning_bar.again_button.isVisibleTo(panel)
    release.set()
    qtbot.mouseClick(panel.learning_bar.again_button, Qt.MouseButton.LeftButton)
    _learned(qtbot, panel)
    assert session.learning_status == DONE and session.analysis == _expected(panel).analysis


def test_the_pause_is_the_debounce(qtbot, panel) -> None:  # noqa: ANN001
    session = panel.session
    session.relabel(_index(panel, TEXT), "neutral")
    assert session._learn_timer.isActive() and session._learn_timer.interval() == LEARN_PAUSE_MS
    assert session.learning_task is None


def test_reopening_the_project_learns_again(qtbot, panel, make_window, tmp_path: Path) -> None:  # noqa: ANN001
    model_file = resource_path(*MODEL_FILE)
    model_bytes = model_file.read_bytes()
    session = panel.session
    session.relabel(_index(panel, TEXT), "neutral")
    _learned(qtbot, panel)
    expected = _expected(panel)
    settings_file = Path(panel.window().settings.fileName())
    project = panel.state.save_project(tmp_path / "voice.fbproj")
    saved = json.loads(project.read_text(encoding="utf-8"))
    assert saved["sentiment_corrections"] == dict(panel.state.project.sentiment_corrections)
    window = make_window()
    open_and_wait(qtbot, window, project)
    again = window.panels["comments"]
    with qtbot.waitSignal(again.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    assert again.session.learning_status == DONE
    assert again.session.analysis == expected.analysis
    assert again.learning_bar.note.text() == (f"Learning from your 1 correction changed {len(expected.changed)} "
                                              "other comments.")
    # corrections never leave the project: not in the settings, and the shipped model is untouched
    key = next(iter(panel.state.project.sentiment_corrections))
    assert not settings_file.exists() or key not in settings_file.read_text(encoding="utf-8")
    assert TEXT not in (settings_file.read_text(encoding="utf-8") if settings_file.exists() else "")
    assert model_file.read_bytes() == model_bytes


def test_comments_json_is_what_the_panel_shows(qtbot, panel, tmp_path: Path) -> None:  # noqa: ANN001
    session = panel.session
    session.relabel(_index(panel, TEXT), "neutral")
    _learned(qtbot, panel)
    project = panel.state.save_project(tmp_path / "voice.fbproj")
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "comments", str(sample_path(SAMPLE)), "--json",
                           "--project", str(project)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    expected = _expected(panel)
    assert data["learning"] == expected.to_dict()
    comments = data["comments"]
    for comment in comments:  # the keys it always had, and confidence inside the sentiment: nothing else
        assert set(comment) == {"row", "question", "text", "sentiment", "themes", "answered", "corrected"}
        assert set(comment["sentiment"]) == {"label", "compound", "confidence"}
    assert [c["sentiment"]["label"] for c in comments] == [c.sentiment.label for c in session.analysis.comments]


def test_learning_can_be_turned_off_in_settings(qtbot, panel) -> None:  # noqa: ANN001
    session = panel.session
    session.relabel(_index(panel, TEXT), "neutral")
    _learned(qtbot, panel)
    assert any(c.sentiment.learned for c in session.analysis.comments)
    state = panel.state
    state.apply_settings(replace(state.settings, learn_from_corrections=False))
    qtbot.waitUntil(lambda: session.learning_status == IDLE and session.learning_task is None
                    and not any(c.sentiment.learned for c in session.analysis.comments), timeout=LEARN_TIMEOUT_MS)
    corrections = state.project.sentiment_corrections
    assert session.analysis == session.run.analysis.with_corrections(corrections)
    assert not panel.learning_bar.isVisibleTo(panel)
    other = next(i for i, c in enumerate(session.run.analysis.comments) if c.answered and c.key not in corrections
                 and c.sentiment.label != "mixed")
    session.relabel(other, "mixed")  # no learning is scheduled while it is off
    assert session.learning_status == IDLE and not session._learn_timer.isActive()
    assert session.analysis == session.run.analysis.with_corrections(state.project.sentiment_corrections)


def test_keeping_the_analysers_label_against_learning_is_a_correction(qtbot, panel) -> None:  # noqa: ANN001
    session = panel.session
    session.relabel(_index(panel, TEXT), "neutral")
    _learned(qtbot, panel)
    moved = _expected(panel).changed[0]
    analysers = session.run.analysis.comments[moved].sentiment.label
    assert session.analysis.comments[moved].sentiment.label != analysers
    session.relabel(moved, analysers)  # the user puts the analyser's label back on a comment learning moved
    key = session.run.analysis.comments[moved].key
    assert panel.state.project.sentiment_corrections[key] == analysers
    assert session.analysis.comments[moved].sentiment.label == analysers
    _learned(qtbot, panel)
    assert session.analysis.comments[moved].sentiment.label == analysers  # learning no longer moves it
    assert moved not in _expected(panel).changed and session.analysis == _expected(panel).analysis


def test_a_quiet_task_has_no_dialog_and_leaves_another_task_its_own(qtbot) -> None:  # noqa: ANN001
    from feedback_gui.gui.workers import TaskRunner

    runner = TaskRunner(show_after_ms=50)
    release, loud_done = threading.Event(), threading.Event()

    def quiet_work(progress):  # noqa: ANN001, ANN202
        while not release.is_set():
            progress(0.9)
            time.sleep(0.01)
        return "quiet"

    def loud_work(progress):  # noqa: ANN001, ANN202
        while not loud_done.is_set():
            progress(0.2)
            time.sleep(0.01)
        return "loud"

    runner.run(quiet_work, "Learning", quiet=True)
    qtbot.wait(200)
    assert runner.dialog is None  # a quiet task never shows the dialog
    runner.run(loud_work, "Reading")
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(), timeout=3000)
    qtbot.wait(100)
    assert runner.dialog.value() == 20  # the quiet task's progress is not shown as the other's
    with qtbot.waitSignal(runner.succeeded, timeout=3000):
        loud_done.set()
    assert runner.dialog is None and runner.busy  # the dialog goes with its task; the quiet one runs on
    with qtbot.waitSignal(runner.succeeded, timeout=3000):
        release.set()
    assert not runner.busy
