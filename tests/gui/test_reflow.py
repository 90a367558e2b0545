"""Panes reflow instead of scrolling sideways: cards take the columns that fit, side-by-side pieces stack, and
every length follows the app's font (the system's text size)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from feedback_gui.gui import sizing
from feedback_gui.gui.widgets.card_grid import CardGrid, columns_that_fit
from feedback_gui.gui.widgets.reflow import ReflowRow

from .conftest import WAIT_MS


def test_columns_that_fit_on_and_beside_the_boundary() -> None:
    card, spacing = 300, 16
    for columns in (1, 2, 3):
        exact = columns * card + (columns - 1) * spacing
        assert columns_that_fit(exact, card, spacing, 4) == columns
        assert columns_that_fit(exact - 1, card, spacing, 4) == max(1, columns - 1)
    assert columns_that_fit(10_000, card, spacing, 4) == 4  # never more than asked
    assert columns_that_fit(50, card, spacing, 4) == 1  # never fewer than one


def test_overview_cards_reflow_as_the_window_narrows(qtbot, window) -> None:  # noqa: ANN001
    overview = window.panels["overview"]
    overview.finish_building()
    grid = overview.grid_host
    window.showNormal()
    widths = {}
    narrowest = window.minimumSizeHint().width()
    for width in (1900, 1300, narrowest):
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: abs(window.width() - w) <= 2, timeout=WAIT_MS)
        QApplication.processEvents()
        widths[width] = grid.columns
        room = grid.available_width()
        assert grid.columns == columns_that_fit(room, grid.card_width(), grid.grid.horizontalSpacing(), 4)
        assert not overview.scroll.horizontalScrollBar().isVisible()
        rows = {grid.grid.getItemPosition(grid.grid.indexOf(card))[0] for card in overview.cards}
        assert len(rows) == -(-len(overview.cards) // grid.columns)  # as many rows as the columns need
    assert widths[1900] > widths[1300] > widths[narrowest] >= 1


def test_a_row_stacks_below_its_width_and_not_at_it(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    row = ReflowRow(host, spacing=10)
    first, second = QLabel("first"), QLabel("second")
    first.setMinimumWidth(200)
    second.setMinimumWidth(150)
    row.add(first)
    row.add(second)
    assert row.width_side_by_side() == 360
    assert row.minimumSizeHint().width() == 200  # it never asks for more than its widest child
    assert not row.reflow(360)
    assert row.reflow(359)
    assert not row.reflow(360)  # and back
    second.hide()
    assert row.width_side_by_side() == 200 and not row.reflow(200)


def test_equality_cards_put_the_chart_under_the_table_in_a_narrow_pane(qtbot, make_window) -> None:  # noqa: ANN001
    from .conftest import equality_with_reference

    window = make_window()
    panel = equality_with_reference(qtbot, window)
    card = panel.profile.cards[0]
    assert not card.row.stacked()
    window.showNormal()
    QApplication.processEvents()
    short = card.row.width() - card.row.width_side_by_side() + 1  # a pixel too narrow for both side by side
    window.resize(window.width() - short, 800)
    qtbot.waitUntil(lambda: card.row.stacked(), timeout=WAIT_MS)
    assert card.row.width() == card.row.width_side_by_side() - 1
    qtbot.waitUntil(lambda: card.chart.geometry().top() >= card.table.geometry().bottom(),
                    timeout=WAIT_MS)  # once laid out
    assert not panel.profile.horizontalScrollBar().isVisible()
    window.resize(window.width() + 1, 800)  # wide enough again
    qtbot.waitUntil(lambda: not card.row.stacked(), timeout=WAIT_MS)
    window.resize(window.minimumSizeHint().width(), 800)  # as narrow as the window goes: stacked, never scrolled
    qtbot.waitUntil(lambda: card.row.stacked(), timeout=WAIT_MS)
    assert not panel.profile.horizontalScrollBar().isVisible()


@pytest.fixture
def larger_text():  # noqa: ANN201
    """The system's text made larger (Windows' "Make text bigger"): the app font grows by half."""
    app = QApplication.instance()
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(bigger)
    yield 1.5
    app.setFont(before)


def test_lengths_follow_the_text_size(make_window, larger_text: float) -> None:  # noqa: ANN001
    app = QApplication.instance()
    normal = QFont(app.font())
    normal.setPointSizeF(app.font().pointSizeF() / larger_text)
    assert sizing.em(10) == pytest.approx(larger_text * sizing.em(10, normal), rel=0.1)
    assert sizing.chars(28) == pytest.approx(larger_text * sizing.chars(28, normal), rel=0.15)
    window = make_window()
    side = window.side
    assert side.width() == side.expanded_width() >= sizing.em(14) and side.width() > sizing.em(14, normal) * 1.3
    assert side.icon_size() == QSize(sizing.em(1.5), sizing.em(1.5))
    grid = window.panels["overview"].grid_host
    assert isinstance(grid, CardGrid) and grid.card_width() > sizing.em(22, normal) * 1.3


def test_an_optional_column_gives_way_to_the_text_and_comes_back(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from feedback_gui.gui.widgets.text_columns import COMFORTABLE_CHARS, OptionalColumns, give_text_the_room

    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 3))
    give_text_the_room(table, 0, interactive={1: 12, 2: 6}, optional=(1,))
    fitter = table.findChild(OptionalColumns)
    comfortable = sizing.chars(COMFORTABLE_CHARS, table.font())
    type_width, other = table.columnWidth(1), table.columnWidth(2)
    table.show()

    def viewport(width: int) -> None:
        table.resize(table.width() + width - table.viewport().width(), 200)
        qtbot.waitUntil(lambda: table.viewport().width() == width, timeout=WAIT_MS)

    viewport(comfortable + type_width + other)  # the text column exactly at its comfortable width
    assert not table.isColumnHidden(1) and fitter.text_width() == comfortable
    viewport(comfortable + type_width + other - 1)
    assert table.isColumnHidden(1)
    viewport(comfortable + type_width + other)
    assert not table.isColumnHidden(1)


def test_a_rating_scale_legend_keeps_to_its_share_of_a_narrow_chart(qtbot, window) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontMetrics

    from feedback_gui.gui.questions.distribution import LEGEND_MOST, LEGEND_SHARE

    panel = window.panels["questions"]
    window.show_panel("questions")
    panel.select(window.state.survey.find_question("openness").id)  # agree … disagree
    chart = panel.detail.chart
    legend = chart.chart_view.chart().legend()
    widest = max(QFontMetrics(legend.font()).horizontalAdvance(o) for o in chart.result.counts) + 40
    for width in (300, 1000):
        chart.setFixedWidth(width)
        qtbot.waitUntil(lambda w=width: chart.width() == w, timeout=WAIT_MS)
        assert legend.maximumWidth() == min(LEGEND_MOST, widest, int(width * LEGEND_SHARE))
    assert legend.maximumWidth() == min(LEGEND_MOST, widest)  # wide: the legend as wide as its longest answer
    assert legend.showToolTips()  # a label cut short shows in full on hover


@pytest.mark.parametrize(("ratios", "scale"), [
    ([1.0], 1.0), ([0.75], 1.0), ([1.25], 1.25), ([1.26], 1.5), ([1.0, 2.0], 2.0), ([3.0], 3.0), ([3.5], 3.0)])
def test_the_word_cloud_is_drawn_at_the_highest_screen_ratio_in_quarters(monkeypatch, ratios, scale) -> None:  # noqa: ANN001
    from feedback_gui.gui.comments.widgets import cloud_canvas

    class Screen:
        def __init__(self, ratio: float) -> None:
            self.ratio = ratio

        def devicePixelRatio(self) -> float:  # noqa: N802 - Qt's name
            return self.ratio

    class Screens:
        @staticmethod
        def screens() -> list[Screen]:
            return [Screen(r) for r in ratios]

    monkeypatch.setattr(cloud_canvas, "QGuiApplication", Screens)
    assert cloud_canvas.picture_scale() == scale
