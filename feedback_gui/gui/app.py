"""Starting the app: the QApplication, its style, and the main window on a file (or the bundled sample)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from feedback_gui import __version__
from feedback_gui.gui.settings_store import APPLICATION, ORGANISATION

SAMPLE = "staff_survey_2024.xlsx"


SWITCH_INTERVAL_S = 0.001  # how often a busy background thread hands Python's interpreter lock round


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with its names, high-DPI policy and style.

    Background work runs Python on pool threads; every event the window handles that reaches Python
    code (an event filter, a paint override, a slot) must take the interpreter lock from them, and a busy
    thread gives it up only every switch interval (5 ms by default). One millisecond keeps a repaint of
    many widgets quick while a national survey is analysed or exported, at a cost of about 1% to that work.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    from PySide6.QtGui import QIcon

    from feedback_gui.core.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    """Give the application its font size, its theme (from the user's settings) and the style sheet."""
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    from feedback_gui.gui.settings_dialog import read_preferences
    from feedback_gui.gui.settings_store import app_settings
    from feedback_gui.gui.themes import apply_theme

    apply_theme(read_preferences(app_settings()).theme, app)


def show_window(window: QWidget) -> None:
    """Show the main window, then freeze the objects made so far (modules, the window's wrappers).

    They live as long as the app, and frozen objects are never rescanned by the garbage collector,
    whose full collections would otherwise cost the GUI thread a tenth of a second each.
    """
    window.show()
    gc.freeze()


def run_app(path: Path | None = None) -> int:
    """Open the window on ``path`` (a survey or ``.fbproj`` project), or on the bundled staff survey."""
    app = create_application()
    from feedback_gui.gui.crash import install_excepthook
    from feedback_gui.gui.main_window import MainWindow

    window = MainWindow()
    install_excepthook(window.unexpected_error)
    show_window(window)
    if window.offer_recovery() is not None:
        pass  # the unsaved work of the last session is being restored
    elif path is None:
        window.open_sample(SAMPLE)
    else:
        window.open_path(Path(path))
    return app.exec()
