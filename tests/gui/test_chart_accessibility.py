"""Every chart is accessible (issue 10): a name, a description stating its headline figure, a table of the same
numbers one keystroke away (T on the chart), and colours that follow a theme switched at run time.

The walk visits every panel of the window on both samples (staff survey with its 2023 wave; User Voice with
the sample caseload profile) and checks EVERY visible QChartView and every other chart the app draws itself
(any widget marked ``exportableChart``, the themes chart, the Overview cards' bars), so a chart added later
without a description or a table fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QChartView, QScatterSeries
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStackedWidget, QWidget

from feedback_gui.core.resources import sample_path
from feedback_gui.gui import style, themes
from feedback_gui.gui.comments.widgets.theme_list import ThemeListView
from feedback_gui.gui.widgets.cards import HeadlineCard, PercentBar
from feedback_gui.gui.widgets.chart_table import ChartTable

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, open_and_wait, wait_ready

DIGIT = re.compile(r"\d")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
TEXT = QPalette.ColorRole.WindowText


def _numbers(text: str) -> list[float]:
    return [float(n) for n in NUMBER.findall(text.replace(",", ""))]


def _cells(view: QAbstractItemView) -> str:
    model = view.model()
    return " | ".join(str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(model.columnCount()))


def _rounded_as_shown(value: float, text: str) -> bool:
    """True if ``text`` (a number as a table prints it) is ``value`` rounded to the places it shows."""
    places = len(text.split(".")[1]) if "." in text else 0
    return abs(value - float(text)) <= 0.5 * 10 ** -places + 1e-9


def _drawn_numbers(chart: QWidget) -> list[float]:
    """The numbers a chart shows: its bars' values and its points' positions (QtCharts; not the lines, such as
    a matrix's cut lines, which its description states), else the figures its description states."""
    if isinstance(chart, QChartView):
        series = chart.chart().series()
        bars = [bars.at(i) for s in series if isinstance(s, QAbstractBarSeries)
                for bars in s.barSets() for i in range(bars.count())]
        points = [v for s in series if isinstance(s, QScatterSeries) for p in s.points() for v in (p.x(), p.y())]
        return bars + points
    return _numbers(chart.accessibleDescription())


def _charts(root: QWidget) -> list[QWidget]:
    """Every visible chart under ``root``: QtCharts views, self-drawn charts marked exportable, the themes chart."""
    found = root.findChildren(QChartView) + [w for w in root.findChildren(QWidget) if w.property("exportableChart")]
    found += [themes_view.list for themes_view in root.findChildren(ThemeListView)]
    return [w for w in found if w.isVisible()]


def _described(chart: QWidget) -> None:
    name, description = chart.accessibleName(), chart.accessibleDescription()
    assert name.strip(), f"a {type(chart).__name__} has no accessible name"
    assert DIGIT.search(description), f"“{name}” has no figure in its accessible description: {description!r}"


def _table_one_key_away(qtbot, chart: QWidget) -> None:  # noqa: ANN001
    """T on the chart shows a visible table holding the chart's numbers; T on the table brings the chart back."""
    name = chart.accessibleName()
    stack = chart.parentWidget()
    assert isinstance(stack, QStackedWidget), f"“{name}” has no table beside it"
    tables = [stack.widget(i) for i in range(stack.count())
              if isinstance(stack.widget(i), QAbstractItemView) and stack.widget(i) is not chart]
    assert len(tables) == 1, f"“{name}” has no table beside it"
    table = tables[0]
    assert stack.currentWidget() is chart
    chart.setFocus()
    assert chart.hasFocus(), (name, QApplication.focusWidget())
    qtbot.keyClick(chart, Qt.Key.Key_T)
    assert stack.currentWidget() is table and table.isVisible() and table.hasFocus(), f"T on “{name}”"
    assert table.accessibleDescription() == chart.accessibleDescription() or (
        table.accessibleDescription().startswith(stack.accessibleDescription()))
    shown = NUMBER.findall(_cells(table).replace(",", ""))
    drawn = _drawn_numbers(chart)
    assert drawn, f"“{name}” shows no numbers"
    missing = [n for n in drawn if not any(_rounded_as_shown(n, m) for m in shown)]
    assert not missing, f"the table of “{name}” lacks {missing}"
    qtbot.keyClick(table, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: stack.currentWidget() is chart, timeout=WAIT_MS)


def _card_bars(qtbot, window) -> int:  # noqa: ANN001
    """Each Overview card's bar: named with its figures, which the card prints as text and describes; Enter on
    the card opens its question, whose table lists the counts."""
    window.show_panel("overview")
    overview = window.panels["overview"]
    overview.finish_building()
    bars = [bar for bar in overview.findChildren(PercentBar) if bar.isVisible()]
    for bar in bars:
        card = bar.parentWidget()
        assert isinstance(card, HeadlineCard)
        _described(card)
        assert DIGIT.search(bar.accessibleName())
        assert card.percent_label.text() in bar.accessibleName()  # the bar's figure, printed beside it
    card = overview.cards[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    detail = window.panels["questions"].detail
    assert window.current_panel() == "questions" and detail.question_id == card.question_id
    model = detail.chart.table_model  # answer, respondents, counted in the headline
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert sum(int(n.replace(",", "")) for _, n, counted in rows if counted == "Yes") == card.result.headline.numerator
    return len(bars)


def _prepare(qtbot, window, key: str) -> None:  # noqa: ANN001
    """Show a panel with something in its charts."""
    panel = window.panels[key]
    if key == "comments":
        if panel.session.run is None:
            with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
                window.show_panel(key)
        return
    window.show_panel(key)
    if key == "questions":
        openness = window.state.headline_results()[0]
        panel.select(openness.id)
    elif key == "waves" and panel.bar.sample_button.isVisibleTo(window):
        with qtbot.waitSignal(panel.session.compared, timeout=OPEN_TIMEOUT_MS,
                              check_params_cb=lambda result: result is not None):
            panel.bar.sample_button.click()
    elif key == "equality" and panel.sample_button.isVisibleTo(window):
        qtbot.waitUntil(lambda: panel.run is not None, timeout=OPEN_TIMEOUT_MS)
        with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
            panel.sample_button.click()
        qtbot.waitUntil(lambda: panel.profile.cards and all(c.chart.isVisible() for c in panel.profile.cards),
                        timeout=WAIT_MS)  # cards added to a shown layout appear on the next turn of the event loop
    elif key == "insight" and any(q.text.startswith("I am proud when I tell others")
                                  for q in window.state.survey.questions):
        qtbot.waitUntil(lambda: panel.session.drivers is not None and not panel.session.running,
                        timeout=OPEN_TIMEOUT_MS)  # the key drivers, ranked in the background, place the matrix


@pytest.mark.parametrize("sample", ["staff_survey_2024.xlsx", "user_voice_2024.xlsx"])
def test_every_chart_has_a_description_and_a_table_one_key_away(qtbot, make_window, sample: str) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, sample_path(sample))
    checked: dict[str, int] = {}
    for key in window.panels:
        _prepare(qtbot, window, key)
        wait_ready(qtbot, window)  # a progress dialog may have come and gone
        for chart in _charts(window.panels[key]):
            _described(chart)
            _table_one_key_away(qtbot, chart)
            kind = type(chart.parentWidget()).__name__
            checked[kind] = checked.get(kind, 0) + 1
    every = [c for c in window.findChildren(QChartView) if c.parentWidget() is not None]
    assert all(isinstance(c.parentWidget(), ChartTable) for c in every)  # each has its table and theme redraw
    checked["card bars"] = _card_bars(qtbot, window)
    expected = {"DistributionView", "WordCloudView", "ThemeListView", "card bars"}
    expected |= {"WaveChartView", "PriorityMatrixChart"} if sample.startswith("staff") else {"ShareChart"}
    assert expected <= {kind for kind, n in checked.items() if n}, checked


@pytest.fixture
def light_after():  # noqa: ANN201
    """The test leaves the application in the light theme it found."""
    yield
    themes.apply_theme(themes.LIGHT)


def _follows(view: ChartTable) -> bool:
    """The chart's axis and legend labels are in the application palette's WindowText."""
    palette = QApplication.palette()
    text = palette.color(TEXT)
    chart = view.chart_view.chart()
    axes = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis) and a.isVisible()]
    return bool(axes) and all(a.labelsColor() == text for a in axes) and chart.legend().labelColor() == text


def test_charts_follow_a_theme_switched_at_run_time(qtbot, window, light_after) -> None:  # noqa: ANN001
    window.show_panel("questions")
    panel = window.panels["questions"]
    panel.select(window.state.survey.find_question("allocated cases").id)  # plain bars: an axis of answers
    view = panel.detail.chart
    assert _follows(view) and view.bar_sets()[0].color() == style.accent()
    drawn = view.chart_view.chart()
    counts = [view.bar_sets()[0].at(i) for i in range(view.bar_sets()[0].count())]
    assert counts == [3, 47]  # No, then Yes at the top
    for theme in (themes.DARK, themes.HIGH_CONTRAST, themes.LIGHT):
        themes.apply_theme(theme)
        qtbot.waitUntil(lambda: _follows(view), timeout=WAIT_MS)
        bars = view.bar_sets()[0]
        assert bars.color() == style.accent() and bars.labelColor() == QApplication.palette().color(TEXT)
        assert view.chart_view.chart() is not drawn  # drawn again, with the same numbers
        drawn = view.chart_view.chart()
        assert [bars.at(i) for i in range(bars.count())] == counts
    assert themes.current_theme() == themes.LIGHT


def test_word_cloud_and_themes_chart_repaint_in_a_new_theme(qtbot, window, light_after) -> None:  # noqa: ANN001
    panel = window.panels["comments"]
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    canvas, themes_list = panel.cloud.canvas, panel.themes.list
    corner = canvas.picture_rect().topLeft().toPoint() + QPoint(2, 2)  # the picture's background

    def background(widget: QWidget, x: int, y: int) -> QColor:
        return widget.grab().toImage().pixelColor(x, y)

    assert background(canvas, corner.x(), corner.y()).lightness() > 200
    themes.apply_theme(themes.DARK)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    qtbot.waitUntil(lambda: background(canvas, corner.x(), corner.y()).rgb() == base.rgb(), timeout=WAIT_MS)
    palette = QApplication.palette()
    for row, role in ((0, QPalette.ColorRole.Highlight), (1, QPalette.ColorRole.Base)):  # every comment: chosen
        rect = themes_list.visualRect(panel.themes.model.index(row, 0))
        assert background(themes_list.viewport(), rect.right() - 2, rect.top() + 2).rgb() == palette.color(role).rgb()
    themes.apply_theme(themes.LIGHT)
    qtbot.waitUntil(lambda: background(canvas, corner.x(), corner.y()).lightness() > 200, timeout=WAIT_MS)
