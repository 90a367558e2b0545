"""The Questions panel: the table, the distribution chart (and its table), and breakdowns with suppression."""

from __future__ import annotations

from feedback_gui.gui.describe import NO_FIGURE


def _show(window, text: str):  # noqa: ANN001, ANN202
    window.show_panel("questions")
    panel = window.panels["questions"]
    panel.select(window.state.survey.find_question(text).id)
    return panel


def test_table_lists_every_reportable_question(window) -> None:  # noqa: ANN001
    model = window.panels["questions"].model
    texts = [model.result_at(r).text for r in range(model.rowCount())]
    assert len(texts) == 24  # 18 + the five engagement questions and the eNPS question
    assert "What is your grade?" in texts
    assert not any(t in ("ID", "Email", "Start time") for t in texts)


def test_likert_chart_shows_counts_in_scale_order(window) -> None:  # noqa: ANN001
    detail = _show(window, "promotes openness").detail
    sets = detail.chart.bar_sets()
    assert [s.label() for s in sets] == ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                                         "Strongly disagree"]
    assert [int(s.at(0)) for s in sets] == [18, 41, 13, 7, 2]
    assert detail.chart.chart_view.accessibleDescription().startswith("59 out of 81 respondents (73%)")


def test_chart_has_a_table_of_the_same_numbers(qtbot, window) -> None:  # noqa: ANN001
    detail = _show(window, "allocated cases").detail
    detail.table_toggle.click()
    assert detail.chart.currentWidget() is detail.chart.table
    model = detail.chart.table_model
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows == [["Yes", "47", "Yes"], ["No", "3", ""], ["Not applicable", "31", "Not in the denominator"]]
    detail.table_toggle.click()
    assert detail.chart.currentWidget() is detail.chart.chart_view


def test_breakdown_by_grade_suppresses_small_groups(window) -> None:  # noqa: ANN001
    breakdown = _show(window, "promotes openness").detail.breakdown
    breakdown.choose("What is your grade?")
    model = breakdown.model
    rows = {model.cells(r)[0]: model.cells(r) for r in range(model.rowCount())}
    assert rows["Other"][1:] == [NO_FIGURE] * 4  # 3 respondents: primary suppression
    suppressed = [group for group, cells in rows.items() if cells[1] == NO_FIGURE]
    assert len(suppressed) >= 2  # and a complementary one, so "Other" cannot be worked out
    assert rows["Probation Services Officer"][1:4] == ["22", "15", "68%"]
    assert rows["All respondents"][1:] == ["81", "59", "73%", "62–81%"]
    assert breakdown.note.isVisibleTo(window) and "Other" in breakdown.note.text()
    assert "suppressed" in breakdown.note.text()


def test_breakdown_is_not_offered_for_free_text(window) -> None:  # noqa: ANN001
    detail = _show(window, "anything else you would like to tell us").detail
    assert detail.breakdown.model.rowCount() == 0
    assert "answer options" in detail.breakdown.note.text()
    assert not detail.chart.isVisibleTo(window)


def test_filter_box_narrows_the_table(window) -> None:  # noqa: ANN001
    panel = window.panels["questions"]
    panel.search.setText("supervision")
    assert panel.proxy.rowCount() == 2
