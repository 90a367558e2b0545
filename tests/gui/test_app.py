"""`feedback-gui` with no file: the real entry point opens the window on the bundled staff survey."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from feedback_gui.gui import app as app_module
from feedback_gui.gui.main_window import MainWindow


def test_run_app_opens_the_bundled_sample(qapp, settings) -> None:  # noqa: ANN001
    before = set(qapp.topLevelWidgets())
    seen: dict = {}
    deadline = time.monotonic() + 20

    def check() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w not in before]
        window = windows[0] if windows else None
        if window is not None and (window.state.has_survey or time.monotonic() > deadline):
            seen["respondents"] = window.state.survey.respondents if window.state.has_survey else None
            seen["title"] = window.windowTitle()
            seen["settings"] = window.settings.fileName()
            seen["window"] = window
            qapp.quit()
        elif time.monotonic() > deadline:
            qapp.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    qapp.setQuitOnLastWindowClosed(False)  # closing the window must not quit the tests' own event loops
    try:
        assert app_module.run_app(None) == 0
    finally:
        if "window" in seen:
            seen["window"].close()
        qapp.setQuitOnLastWindowClosed(True)
    assert seen["respondents"] == 81
    assert seen["title"].startswith("staff_survey_2024.xlsx")
    assert seen["settings"] == settings.fileName()  # $FEEDBACK_GUI_SETTINGS, never the real settings
