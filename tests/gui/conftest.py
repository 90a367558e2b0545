"""Fixtures for driving the window: isolated settings, and a window with the sample survey open."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from feedback_gui.core.resources import sample_path

from .screens import DESKTOP, platform, write_config

OPEN_TIMEOUT_MS = 20_000

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


def open_and_wait(qtbot, window, path: Path) -> None:  # noqa: ANN001
    """Open a file through the real worker and wait until it is shown."""
    with qtbot.waitSignal(window.opener.opened, timeout=OPEN_TIMEOUT_MS):
        window.open_path(path, show_preview=False)


@pytest.fixture
def window(qtbot, make_window):  # noqa: ANN001, ANN201
    """The main window with the bundled 2024 staff survey open."""
    window = make_window()
    open_and_wait(qtbot, window, sample_path("staff_survey_2024.xlsx"))
    return window


def equality_with_reference(qtbot, window):  # noqa: ANN001, ANN201
    """Open the User Voice sample, show the Equality panel and choose the sample caseload profile; the panel."""
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    window.show_panel("equality")
    panel = window.panels["equality"]
    qtbot.waitUntil(lambda: panel.run is not None, timeout=OPEN_TIMEOUT_MS)
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        panel.use_sample_reference()
    return panel
