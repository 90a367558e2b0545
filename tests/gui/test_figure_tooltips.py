"""Every figure in the window says, on hover, its numerator, its denominator and what was left out.

The tables are found by walking the window's item views, so a figure table added later without tooltips
fails here too. The confidence level chosen in Settings is the one every interval's label names.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication

from feedback_gui.core.resources import sample_path
from feedback_gui.gui import themes
from feedback_gui.gui.comments.models import ThemeTableModel
from feedback_gui.gui.equality.models import (
    HeatmapModel,
    MarginModel,
    RepresentationModel,
    ShareChartModel,
    WeightedModel,
)
from feedback_gui.gui.questions.models import BreakdownModel, OptionCountsModel, QuestionTableModel
from feedback_gui.gui.waves.models import ChartFiguresModel, NotComparableModel, WaveChangeModel

from .conftest import OPEN_TIMEOUT_MS, open_and_wait

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
OPENNESS = "promotes openness"
SKILLS = "allocated cases"  # 47 “Yes” of 50 relevant; 31 answered “Not applicable”
NA_NOTE = "31 answered “Not applicable” and are not counted."

# Which columns of each model show figures (all others are words).
FIGURE_COLUMNS = {
    QuestionTableModel: lambda m: (m.RELEVANT, m.HEADLINE),
    OptionCountsModel: lambda m: (1,),
    BreakdownModel: lambda m: (1, 2, 3, 4),
    WaveChangeModel: lambda m: (*range(m.FIRST_FIGURE, m.p_column + 1),),
    NotComparableModel: lambda m: (2, 3),
    ChartFiguresModel: lambda m: (1, 2),
    RepresentationModel: lambda m: (m.RESPONDENTS, m.SHARE, m.POPULATION),
    ShareChartModel: lambda m: (1, 2),
    WeightedModel: lambda m: (m.UNWEIGHTED, m.WEIGHTED, m.INTERVAL, m.EFFECTIVE),
    MarginModel: lambda m: (2, 3, 4, 5),
    HeatmapModel: lambda m: tuple(range(m.columnCount())),
    ThemeTableModel: lambda m: (1, 2, 3, 4, 5),
}


def _source(model: QAbstractItemModel | None) -> QAbstractItemModel | None:
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def figure_models(root) -> dict[type, QAbstractItemModel]:  # noqa: ANN001
    """The figure models behind the item views under ``root`` (one of each kind; they all hold rows)."""
    found: dict[type, QAbstractItemModel] = {}
    for view in root.findChildren(QAbstractItemView):
        model = _source(view.model())
        if type(model) in FIGURE_COLUMNS and model.rowCount() and type(model) not in found:
            found[type(model)] = model
    return found


def assert_figures_explained(model: QAbstractItemModel) -> int:
    """Each figure cell has a tooltip holding every number the cell shows; returns how many cells were checked."""
    checked = 0
    for row in range(model.rowCount()):
        for column in FIGURE_COLUMNS[type(model)](model):
            index = model.index(row, column)
            shown, tip = str(index.data(DISPLAY) or ""), index.data(TOOLTIP)
            assert tip, f"{type(model).__name__} row {row} column {column} ({shown!r}) has no tooltip"
            for number in NUMBER.findall(shown):
                assert number in tip, f"{type(model).__name__}: {shown!r} but the tooltip says {tip!r}"
            checked += 1
    return checked


def _show(window, text: str):  # noqa: ANN001, ANN202
    window.show_panel("questions")
    panel = window.panels["questions"]
    panel.select(window.state.survey.find_question(text).id)
    return panel


def test_overview_cards_say_numerator_denominator_and_exclusions(window) -> None:  # noqa: ANN001
    overview = window.panels["overview"]
    card = overview.card_for(OPENNESS)
    for widget in (card, card.percent_label, card.count_label, card.interval_label, card.sentence_label, card.bar):
        assert "59 answered" in widget.toolTip() and "out of 81 relevant respondents" in widget.toolTip()
    skills = overview.card_for(SKILLS)
    for widget in (skills, skills.percent_label, skills.count_label, skills.bar):
        tip = widget.toolTip()
        assert "47 answered “Yes” out of 50 relevant respondents (94%; 95% CI" in tip and NA_NOTE in tip


def test_questions_panel_figures_have_tooltips(window) -> None:  # noqa: ANN001
    panel = _show(window, SKILLS)
    detail = panel.detail
    for label in (detail.facts, detail.figure, detail.interval, detail.sentence):
        assert "47 answered" in label.toolTip() and "50 relevant" in label.toolTip() and NA_NOTE in label.toolTip()
    detail.table_toggle.click()  # the chart's table: each answer's count
    detail.breakdown.choose("What is your grade?")
    models = figure_models(panel)
    assert {QuestionTableModel, OptionCountsModel, BreakdownModel} <= set(models)
    table = models[QuestionTableModel]
    assert assert_figures_explained(table) == 2 * table.rowCount()
    for row in range(table.rowCount()):  # the exclusions of every question, in words
        result = table.result_at(row)
        tip = table.index(row, table.RELEVANT).data(TOOLTIP)
        for label, n in result.excluded.items():
            assert not n or f"{n} answered “{label}” and" in tip
        assert not result.unanswered or f"{result.unanswered} left it blank" in tip
    options = models[OptionCountsModel]
    assert assert_figures_explained(options) == 3
    tips = [options.index(r, 1).data(TOOLTIP) for r in range(3)]
    assert tips[0].startswith("47 of 50 relevant respondents answered “Yes” (94%). Counted in the headline.")
    assert tips[2].startswith("31 answered “Not applicable”: not in the denominator")
    breakdown = models[BreakdownModel]
    assert breakdown.headerData(4, Qt.Orientation.Horizontal) == "95% CI"
    assert assert_figures_explained(breakdown) == 4 * breakdown.rowCount()
    total = breakdown.index(breakdown.rowCount() - 1, 3).data(TOOLTIP)
    assert total.startswith("All respondents: 47 answered “Yes” out of 50 relevant respondents (94%; 95% CI")
    assert NA_NOTE in total
    hidden = [r for r in range(breakdown.rowCount()) if breakdown.index(r, 1).data() == "–"]
    assert hidden and all("not shown" in breakdown.index(r, 1).data(TOOLTIP) for r in hidden)


def test_waves_figures_have_tooltips(qtbot, window) -> None:  # noqa: ANN001
    window.show_panel("waves")
    panel = window.panels["waves"]
    with qtbot.waitSignal(panel.session.compared, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda result: result is not None):
        panel.bar.sample_button.click()
    models = figure_models(window)
    changes = models[WaveChangeModel]
    assert assert_figures_explained(changes) == 4 * changes.rowCount()  # then, now, change, p
    row = next(r for r in range(changes.rowCount()) if "My workload is manageable" in changes.cells(r)[0])
    now = changes.index(row, changes.change_column - 1).data(TOOLTIP)
    assert now.startswith("2024: 33 out of 79 relevant respondents (42%; 95% CI")
    assert "2 answered “Not applicable” and are not counted." in now
    change = changes.index(row, changes.change_column).data(TOOLTIP)
    assert change.startswith("-6.9 percentage points") and "33 out of 79" in change and "36 out of 74" in change
    for model in (ChartFiguresModel, NotComparableModel):
        if model in models:
            assert assert_figures_explained(models[model]) > 0
    chips = panel.bar.wave_list
    assert all("respondents in the file" in chips.item(i).toolTip() for i in range(chips.count()))


@pytest.fixture
def uv_window(qtbot, make_window):  # noqa: ANN001, ANN201
    window = make_window()
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    return window


def test_equality_figures_have_tooltips(qtbot, uv_window) -> None:  # noqa: ANN001
    uv_window.show_panel("equality")
    panel = uv_window.panels["equality"]
    qtbot.waitUntil(lambda: panel.run is not None, timeout=OPEN_TIMEOUT_MS)
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(panel.sample_button, Qt.MouseButton.LeftButton)
    box = next(b for b in panel.weighting.boxes if b.text().replace("&", "") == "Gender")
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        box.setChecked(True)
    panel.profile.show_tables(True)
    models = figure_models(panel)
    assert {RepresentationModel, WeightedModel, MarginModel, HeatmapModel} <= set(models)
    for model in models.values():
        assert assert_figures_explained(model) > 0
    gender = panel.profile.card("Gender").model
    female = next(r for r in range(gender.rowCount()) if gender.group_at(r).group == "Female")
    tip = gender.index(female, gender.SHARE).data(TOOLTIP)
    assert tip.startswith("Female: 2 of the 67 respondents compared (3%; 95% CI 1–10%).")
    assert gender.headerData(gender.SHARE, Qt.Orientation.Horizontal) == "Share (95% CI)"
    weighted = panel.weighting.model
    assert weighted.headerData(weighted.INTERVAL, Qt.Orientation.Horizontal).startswith("Weighted 95% CI")
    row = next(r for r in range(weighted.rowCount()) if "understand what is expected" in weighted.cells(r)[0])
    assert "Unweighted: 60 out of 67" in weighted.index(row, weighted.WEIGHTED).data(TOOLTIP)
    assert "statistically significant (95%)" in panel.rates.key.text()


def test_comment_theme_counts_have_tooltips(qtbot, uv_window) -> None:  # noqa: ANN001
    panel = uv_window.panels["comments"]
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        uv_window.show_panel("comments")
    model = panel.themes.model
    assert assert_figures_explained(model) == 5 * model.rowCount()
    row = model.names().index("Mental health")
    count, by_sentiment = model.counts_of("Mental health")
    assert model.index(row, 1).data(TOOLTIP).startswith(
        f"Mental health: {count} of the {model.answered} answered comments matched this theme")
    assert model.index(row, 2).data(TOOLTIP).startswith(
        f"Mental health: {by_sentiment['positive']} of its {count} comments")


def test_a_90_per_cent_setting_is_named_wherever_an_interval_is(qtbot, window) -> None:  # noqa: ANN001
    overview = window.panels["overview"]
    assert overview.card_for(OPENNESS).interval_label.text() == "95% CI 62–81%"
    with qtbot.waitSignal(window.state.settingsChanged, timeout=OPEN_TIMEOUT_MS):
        window.state.apply_settings(replace(window.state.settings, confidence=0.90))
    card = overview.card_for(OPENNESS)
    assert card.interval_label.text().startswith("90% CI ") and card.interval_label.text() != "90% CI 62–81%"
    assert "90% CI" in card.toolTip() and "90% interval" in card.bar.accessibleName()
    assert "the 90% confidence interval" in overview.hint.text()
    detail = _show(window, OPENNESS).detail
    assert detail.interval.text().startswith("90% CI ") and detail.interval.text().endswith("(Wilson)")
    detail.breakdown.choose("What is your grade?")
    assert detail.breakdown.model.headerData(4, Qt.Orientation.Horizontal) == "90% CI"
    assert "95%" not in detail.breakdown.model.index(detail.breakdown.model.rowCount() - 1, 4).data(TOOLTIP)


@pytest.fixture
def high_contrast():  # noqa: ANN201
    themes.apply_theme(themes.HIGH_CONTRAST)
    yield
    themes.apply_theme(themes.LIGHT)


def test_card_bar_uses_contrasting_palette_colours_in_high_contrast(qtbot, window, high_contrast) -> None:  # noqa: ANN001, ARG001
    bar = window.panels["overview"].card_for(OPENNESS).bar  # 73%, interval 62–81%
    palette = QApplication.palette()
    text, fill = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Highlight)
    on_fill = palette.color(QPalette.ColorRole.HighlightedText)
    assert (text, fill, on_fill) == (QColor("#FFFFFF"), QColor("#FFFF00"), QColor("#000000"))
    image = bar.grab().toImage()
    width, mid = bar.width() - 2, bar.height() // 2

    def x(percent: float) -> int:
        return int(1 + width * percent / 100)

    def column(percent: float) -> set[QColor]:
        return {image.pixelColor(x(percent), y).name() for y in range(bar.height())}

    assert image.pixelColor(x(30), mid) == fill  # the bar is filled with the highlight
    assert image.pixelColor(x(67), mid) == on_fill  # the whisker over the fill: dark on yellow
    assert image.pixelColor(x(77), mid) == text  # the whisker over the track: white on black
    beyond = column(92)  # the empty track: black inside a white outline, no grey
    assert beyond <= {"#000000", "#ffffff"} and "#ffffff" in beyond and image.pixelColor(x(92), mid) != fill
