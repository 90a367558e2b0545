"""The Insight panel from the keyboard and in every theme: tab order in reading order, names and mnemonics, the
cards' keys, and the matrix drawn again in the theme's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from feedback_gui.gui import style, themes
from feedback_gui.gui.equality.widgets.weighting import mnemonic_letter
from feedback_gui.gui.insight.widgets.drivers_view import OUTCOME_LABEL
from feedback_gui.gui.insight.widgets.matrix import COLOURS

from .conftest import OPEN_TIMEOUT_MS
from .keyboard import spoken_name, tab_through
from .test_insight_panel import SUPERVISION, define, ready, show_insight

ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


def activate(qtbot, window) -> None:  # noqa: ANN001
    """Make the window the active one (as it is again once a dialog closes on a desktop)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


@pytest.fixture
def panel(qtbot, window):  # noqa: ANN001, ANN201
    """The Insight panel on the staff survey, in an active window, with its matrix unfolded."""
    panel = show_insight(qtbot, window)
    panel.matrix_section.set_collapsed(False)
    activate(qtbot, window)
    return panel


@pytest.fixture
def back_to_light():  # noqa: ANN201
    """The test leaves the application in the light theme it found."""
    yield
    themes.apply_theme(themes.LIGHT)


def test_tab_follows_the_reading_order(qtbot, panel) -> None:  # noqa: ANN001
    cards = panel.cards
    assert [c.key for c in cards][:1] == ["Engagement index"] and len(cards) == 2
    after = [panel.outcome_combo, panel.table, panel.open_button, panel.matrix_section.button,
             panel.matrix_box.table_toggle, panel.matrix.chart_view]
    visited = tab_through(qtbot, panel, panel.new_button)
    assert visited == [panel.new_button, *cards, *after]
    assert visited == panel.tab_stops()
    assert tab_through(qtbot, panel, panel.matrix.chart_view, Qt.Key.Key_Backtab) == visited[::-1]

    define(qtbot, panel, "Supervision", *SUPERVISION)  # a user's card brings its two buttons, after it
    activate(qtbot, panel.window())
    card = panel.card("Supervision")
    visited = tab_through(qtbot, panel, panel.new_button)
    assert visited[:6] == [panel.new_button, panel.cards[0], card, card.edit_button, card.remove_button,
                           panel.cards[2]]


def test_every_control_has_a_name_and_the_panels_buttons_mnemonics(qtbot, panel) -> None:  # noqa: ANN001
    controls = [*panel.tab_stops(), panel.matrix.table]
    assert all(spoken_name(w).strip() for w in controls), [w for w in controls if not spoken_name(w).strip()]
    menus = [mnemonic_letter(a.text()) for a in panel.window().menuBar().actions()]
    texts = [panel.new_button.text(), OUTCOME_LABEL, panel.rank_button.text(),
             panel.open_button.text(), panel.matrix_section.title, panel.matrix_box.table_toggle.text()]
    letters = [mnemonic_letter(t) for t in texts]
    assert None not in letters and len(set(letters + menus)) == len(letters) + len(menus), texts

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_O, ALT)  # the outcome's label
    qtbot.waitUntil(panel.outcome_combo.hasFocus, timeout=5000)
    qtbot.keyClick(panel.outcome_combo, Qt.Key.Key_M, ALT)  # the matrix's title: to the chart
    qtbot.waitUntil(panel.matrix.chart_view.hasFocus, timeout=5000)
    qtbot.keyClick(panel.matrix.chart_view, Qt.Key.Key_T)  # the chart's numbers as a table
    qtbot.waitUntil(panel.matrix.table.hasFocus, timeout=5000)
    assert panel.matrix_box.table_toggle.isChecked()
    qtbot.keyClick(panel.matrix.table, Qt.Key.Key_T, ALT)  # the toggle's mnemonic: back to the chart
    qtbot.waitUntil(lambda: panel.matrix.currentWidget() is panel.matrix.chart_view, timeout=5000)

    window = panel.window()
    qtbot.keyClick(panel.outcome_combo, Qt.Key.Key_Q, ALT)  # Open question: the first driver's
    qtbot.waitUntil(lambda: window.current_panel() == "questions", timeout=5000)
    assert window.panels["questions"].detail.question_id == panel.table.question_id(0)


def test_the_cards_keys(qtbot, panel) -> None:  # noqa: ANN001
    state = panel.state
    define(qtbot, panel, "Supervision", *SUPERVISION)
    activate(qtbot, panel.window())
    card = panel.card("Supervision")
    card.setFocus()
    qtbot.waitUntil(card.hasFocus, timeout=5000)
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        qtbot.keyClick(card, Qt.Key.Key_Return)  # what drives it
    assert panel.session.drivers.result.outcome == "Supervision" and panel.card("Supervision").is_current()
    panel.card("Supervision").setFocus()
    qtbot.keyClick(panel.card("Supervision"), Qt.Key.Key_F2)  # edit
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    assert panel.dialog.windowTitle() == "Edit “Supervision”"
    panel.dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=5000)
    activate(qtbot, panel.window())
    panel.card("Supervision").setFocus()
    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        qtbot.keyClick(panel.card("Supervision"), Qt.Key.Key_Delete)  # remove (undoable)
    assert state.project.indices == []
    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [d["name"] for d in state.project.indices] == ["Supervision"]
    qtbot.waitUntil(lambda: ready(panel), timeout=OPEN_TIMEOUT_MS)
    assert panel.card("Engagement index").buttons == []  # the built-in cards have no edit or remove


def _scatter_colours(panel) -> set[str]:  # noqa: ANN001
    chart = panel.matrix.chart_view.chart()
    return {s.color().name().upper() for s in chart.series() if isinstance(s, QScatterSeries)}


def test_the_matrix_follows_the_theme(qtbot, panel, back_to_light) -> None:  # noqa: ANN001
    assert _scatter_colours(panel) == {COLOURS[q].upper() for q in ("strength", "monitor", "maintain")}
    themes.apply_theme(themes.DARK)
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() > 200
    qtbot.waitUntil(lambda: all(a.labelsColor() == text for a in panel.matrix.chart_view.chart().axes()),
                    timeout=5000)  # drawn again in the dark theme's colours
    assert len(_scatter_colours(panel)) == 3
    card = panel.card("Engagement index")
    assert card.figure.palette().color(QPalette.ColorRole.WindowText) == QColor(style.accent())
    themes.apply_theme(themes.HIGH_CONTRAST)  # every point in the accent, outlined: the numbers tell them apart
    qtbot.waitUntil(lambda: _scatter_colours(panel) == {style.accent().name().upper()}, timeout=5000)
