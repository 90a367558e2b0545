"""Fixtures for driving the window: isolated settings, a window with the sample survey open, and the waits a
test needs so that it passes on a slow, busy machine as on a quiet one.

Waiting under load: a test waits for the condition it needs (a signal, a window becoming active, the
background work finishing), never for a fixed time, and always with :data:`WAIT_MS`, which is generous
because each wait returns as soon as its condition holds. Two things only happen on a busy machine: work
that takes longer than half a second shows the "Working…" progress dialog, which takes the keyboard while it
is up (:func:`wait_idle` before pressing keys), and, as the offscreen platform has no window manager, a
closed dialog gives the activation back to nobody (:func:`wait_active` does what a window manager would).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from feedback_gui.core.resources import sample_path

from .screens import DESKTOP, platform, write_config

WAIT_MS = 30_000  # the limit on every wait of the GUI tests: a machine at full load can be ten times slower
OPEN_TIMEOUT_MS = WAIT_MS  # (the name older tests use)

# The window opens fitted to its screen (maximised on a small one): the offscreen platform's own screen is
# 800×800, so these tests get a 1080p monitor instead (tests of small screens run on their own, in a subprocess).
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = platform(write_config(Path(tempfile.mkdtemp(prefix="feedback-screens-")), DESKTOP))


@pytest.fixture(autouse=True)
def isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files and logs go to a throw-away folder; closing never waits on a Save prompt."""
    from feedback_gui.gui.main_window import MainWindow

    folder = tmp_path / "app-data"
    monkeypatch.setenv("FEEDBACK_GUI_DATA", str(folder))
    monkeypatch.setattr(MainWindow, "ask_before_close", False)
    return folder


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """A throw-away ini file; $FEEDBACK_GUI_SETTINGS points at it too, so nothing touches real settings."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("FEEDBACK_GUI_SETTINGS", str(path))
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):  # noqa: ANN001, ANN201 - pytest fixtures
    """Build a main window (closed at the end of the test)."""
    from feedback_gui.gui.main_window import MainWindow

    def build(**options: object) -> MainWindow:
        window = MainWindow(settings=settings, **options)
        qtbot.addWidget(window)
        window.show()
        return window

    return build


def wait_idle(qtbot, window: QWidget, timeout: int = WAIT_MS) -> None:  # noqa: ANN001
    """Wait until the window's background work has all finished: no progress dialog can then come up in front
    of the next keystroke (work taking over half a second shows one, which happens only on a busy machine)."""
    while window.parentWidget() is not None:  # from a dialog to the main window
        window = window.parentWidget()
    runner = window.runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def wait_active(qtbot, window: QWidget, timeout: int = WAIT_MS) -> None:  # noqa: ANN001
    """Wait until ``window`` is the active window, so that keys, shortcuts and the keyboard focus reach it.

    The offscreen platform has no window manager: a window shown becomes active, but when a dialog closes no
    window does. While no visible window is active this asks for ``window`` (as a window manager would give
    the activation back); a window still in front (a progress dialog) is left to finish."""
    def active() -> bool:
        current = QApplication.activeWindow()
        if current is window:
            return True
        if current is None or not current.isVisible():
            window.activateWindow()
        return False

    qtbot.waitUntil(active, timeout=timeout)


def wait_ready(qtbot, window: QWidget, timeout: int = WAIT_MS) -> None:  # noqa: ANN001
    """Wait until no background work runs and ``window`` (the main window or one of its dialogs) is active:
    what a user waits for before typing."""
    wait_idle(qtbot, window, timeout)
    wait_active(qtbot, window, timeout)


def open_and_wait(qtbot, window, path: Path) -> None:  # noqa: ANN001
    """Open a file through the real worker and wait until it is shown."""
    with qtbot.waitSignal(window.opener.opened, timeout=OPEN_TIMEOUT_MS):
        window.open_path(path, show_preview=False)


def comments_panel(qtbot, make_window, sample: str = "user_voice_2024.xlsx"):  # noqa: ANN001, ANN201
    """A new window on a bundled sample showing its Comments panel, once the comments are analysed."""
    window = make_window()
    open_and_wait(qtbot, window, sample_path(sample))
    panel = window.panels["comments"]
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    return panel


@pytest.fixture
def window(qtbot, make_window):  # noqa: ANN001, ANN201
    """The main window with the bundled 2024 staff survey open, active, its background work finished."""
    window = make_window()
    open_and_wait(qtbot, window, sample_path("staff_survey_2024.xlsx"))
    wait_ready(qtbot, window)
    return window


def equality_with_reference(qtbot, window):  # noqa: ANN001, ANN201
    """Open the User Voice sample, show the Equality panel and choose the sample caseload profile; the panel."""
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    window.show_panel("equality")
    panel = window.panels["equality"]
    qtbot.waitUntil(lambda: panel.run is not None, timeout=OPEN_TIMEOUT_MS)
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        panel.use_sample_reference()
    wait_ready(qtbot, window)
    return panel
