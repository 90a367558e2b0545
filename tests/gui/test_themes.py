"""Themes: dark and high contrast palettes, following the system, and a focus outline always in view."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from feedback_gui.gui import style, themes

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, wait_ready

WINDOW = QPalette.ColorRole.Window


@pytest.fixture(autouse=True)
def back_to_light():  # noqa: ANN201
    """Every test leaves the application in the light theme it found."""
    yield
    themes.apply_theme(themes.LIGHT)


def _pixel(widget, x: int, y: int) -> QColor:  # noqa: ANN001
    return widget.grab().toImage().pixelColor(x, y)


def test_dark_theme_darkens_the_window_and_every_colour_of_the_style_sheet(qtbot, window) -> None:  # noqa: ANN001
    assert themes.apply_theme(themes.DARK) == themes.DARK
    palette = QApplication.palette()
    assert palette.color(WINDOW).lightness() < 50 and palette.color(QPalette.ColorRole.WindowText).lightness() > 200
    qtbot.waitUntil(lambda: _pixel(window, 600, 40).lightness() < 50, timeout=WAIT_MS)  # the Overview's background
    sheet = QApplication.instance().styleSheet()
    backgrounds = re.findall(r"background: (#[0-9a-fA-F]{6})", sheet)
    assert backgrounds and all(QColor(c).lightness() < 100 for c in backgrounds if c != style.accent().name())
    card = window.panels["overview"].cards[0]
    assert _pixel(card, card.width() // 2, card.height() - 6).lightness() < 60  # a card is dark too
    summary = window.panels["overview"].summary  # secondary text re-tinted for the dark background
    assert summary.palette().color(QPalette.ColorRole.WindowText) == style.muted(palette)


def test_high_contrast_focus_outline_is_thick_and_yellow(qtbot, window) -> None:  # noqa: ANN001
    themes.apply_theme(themes.HIGH_CONTRAST)
    palette = QApplication.palette()
    assert palette.color(WINDOW) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF")
    assert style.focus_width() == 3.0 and style.focus_colour() == QColor("#FFFF00")
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    button = window.findChild(QPushButton, "openButton")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    ring = themes.manager().ring
    qtbot.waitUntil(lambda: ring is not None and ring.isVisible() and ring.widget() is button, timeout=WAIT_MS)
    top = button.mapTo(window, QPoint(button.width() // 2, 0))
    qtbot.waitUntil(lambda: _pixel(window, top.x(), top.y()) == QColor("#FFFF00"), timeout=WAIT_MS)
    assert _pixel(window, top.x(), top.y() + 2) == QColor("#FFFF00")  # three pixels thick
    assert _pixel(window, top.x(), top.y() + button.height() // 2 - 8) != QColor("#FFFF00")
    # the outline follows the focus
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.widget() is window.sidebar, timeout=WAIT_MS)


def test_every_theme_shows_the_focus(qtbot, window) -> None:  # noqa: ANN001
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    window.go_to_panel("questions")
    search = window.panels["questions"].search
    search.setFocus(Qt.FocusReason.TabFocusReason)
    top = search.mapTo(window, QPoint(search.width() // 2, 0))
    for theme in (themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST):
        themes.apply_theme(theme)
        colour = style.focus_colour()
        qtbot.waitUntil(lambda colour=colour: _pixel(window, top.x(), top.y()) == colour, timeout=WAIT_MS)
        assert _pixel(window, top.x(), top.y() + search.height() // 2) != colour  # an outline, not a fill


def test_following_the_system(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(themes, "system_theme", lambda: themes.DARK)
    themes.apply_theme(themes.SYSTEM)
    assert themes.current_theme() == themes.DARK
    monkeypatch.setattr(themes, "system_theme", lambda: themes.HIGH_CONTRAST)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the system changed its mind
    assert themes.current_theme() == themes.HIGH_CONTRAST
    themes.apply_theme(themes.LIGHT)  # an explicit choice is kept whatever the system says
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert themes.current_theme() == themes.LIGHT


def test_choosing_dark_in_settings(qtbot, window) -> None:  # noqa: ANN001
    from feedback_gui.gui.settings_dialog import open_settings, read_preferences

    dialog = open_settings(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData(themes.DARK))
    with qtbot.waitSignal(window.state.surveyChanged, timeout=OPEN_TIMEOUT_MS):  # the panels draw again
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert themes.current_theme() == themes.DARK and read_preferences(window.settings).theme == themes.DARK
    card = window.panels["overview"].card_for("openness")
    assert card.percent_label.palette().color(QPalette.ColorRole.WindowText) == QColor(style.OKABE_ITO["sky_blue"])
