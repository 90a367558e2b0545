"""The Waves panel on the sample staff surveys: 2023 added to the open 2024 survey, through the real worker."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from feedback_gui.core.resources import sample_path
from feedback_gui.gui.waves.chart import build_wave_chart

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, open_and_wait, wait_ready

OPENNESS_2024 = "The PDU has a culture that promotes openness and constructive challenge"
OPENNESS_2023 = "My PDU has a culture which promotes openness and constructive challenge"


def _compared(qtbot, panel, action) -> None:  # noqa: ANN001
    """Do ``action`` and wait for the comparison it starts (through the task runner)."""
    with qtbot.waitSignal(panel.session.compared, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda result: result is not None):
        action()


@pytest.fixture
def panel(qtbot, window):  # noqa: ANN001, ANN201
    """The Waves panel with the 2023 sample added to the open 2024 sample."""
    qtbot.waitUntil(lambda: not window.panels["overview"].building, timeout=OPEN_TIMEOUT_MS)  # cards past the
    window.show_panel("waves")  # first 16 are built in later turns of the event loop: let them finish first
    panel = window.panels["waves"]
    assert panel.bar.sample_button.isVisibleTo(window)
    _compared(qtbot, panel, panel.bar.sample_button.click)
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    return panel


def _rows(model) -> dict[str, list[str]]:  # noqa: ANN001
    return {model.change_at(r).match.new.text: model.cells(r) for r in range(model.rowCount())}


def _row_of(panel, text: str) -> int:  # noqa: ANN001
    model = panel.review.model
    return next(r for r in range(model.rowCount()) if model.change_at(r).match.new.text == text)


def _list_texts(widget) -> list[str]:  # noqa: ANN001
    return [widget.item(i).text() for i in range(widget.count())]


def test_adding_the_2023_wave_shows_each_change(panel, window) -> None:  # noqa: ANN001
    model = panel.review.model
    assert model.headers == ("Question", "2023", "2024", "Change", "p (adj.)", "Significance", "Match")
    openness = _rows(model)[OPENNESS_2024]
    assert openness[1:4] == ["48/76 63%", "59/81 73%", "+9.7"]
    assert openness[5:] == ["not significant", "⚑ proposed"]
    assert model.index(_row_of(panel, OPENNESS_2024), 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert _rows(model)["My workload is manageable"][1:4] == ["36/74 49%", "33/79 42%", "-6.9"]
    assert panel.summary.text().startswith("2023 → 2024: 11 questions compared, no significant change")
    assert not panel.bar.sample_button.isVisibleTo(window)
    assert [panel.bar.wave_list.item(i).text() for i in range(panel.bar.wave_list.count())] == [
        "2023 · 76 respondents", "2024 · 81 respondents (open survey)"]
    assert window.state.project.surveys[1].label == "2023"
    assert window.isWindowModified()


def test_a_scale_that_changed_shape_is_not_compared(panel) -> None:  # noqa: ANN001
    other = panel.review.other_model
    rows = {other.item_at(r).match.new.text: [other.index(r, c).data() for c in range(5)]
            for r in range(other.rowCount())}
    supervision = rows["Supervision is offered at a sufficient frequency"]
    assert supervision[1].startswith("The answer scale changed: 4 options in 2023, 5 in 2024")
    assert "Supervision is offered at a sufficient frequency" not in _rows(panel.review.model)
    assert panel.review.tabText(1) == "Not comparable (1)"
    assert _list_texts(panel.review.only_old) == ["I feel valued by my line manager"]


def test_reject_then_pair_by_hand(qtbot, panel, window) -> None:  # noqa: ANN001
    panel.review.table.selectRow(_row_of(panel, OPENNESS_2024))
    assert panel.confirm_button.isEnabled() and "Confirm or reject" in panel.detail.text()
    _compared(qtbot, panel, panel.reject_button.click)
    assert OPENNESS_2024 not in _rows(panel.review.model)
    assert OPENNESS_2023 in _list_texts(panel.review.only_old)
    assert OPENNESS_2024 in _list_texts(panel.review.only_new)
    assert window.state.project.wave_matches == [{"old": OPENNESS_2023, "new": OPENNESS_2024,
                                                  "decision": "rejected"}]
    assert _list_texts(panel.review.rejected) == [f"{OPENNESS_2023}  ≠  {OPENNESS_2024}"]

    assert panel.pair_button.isEnabled()
    dialog = panel.pair_by_hand()
    dialog.choose(OPENNESS_2023, OPENNESS_2024)
    _compared(qtbot, panel, dialog.ok_button.click)
    openness = _rows(panel.review.model)[OPENNESS_2024]
    assert openness[1:3] == ["48/76 63%", "59/81 73%"]
    assert openness[-1] == "by hand"
    assert window.state.project.wave_matches == [{"old": OPENNESS_2023, "new": OPENNESS_2024,
                                                  "decision": "manual"}]


def test_confirming_a_proposed_match(qtbot, panel, window) -> None:  # noqa: ANN001
    panel.review.table.selectRow(_row_of(panel, OPENNESS_2024))
    _compared(qtbot, panel, panel.confirm_button.click)
    assert _rows(panel.review.model)[OPENNESS_2024][-1] == "✓ confirmed"
    assert window.state.project.wave_matches[-1]["decision"] == "confirmed"
    assert panel.review.current_match().new.text == OPENNESS_2024  # the selection stayed on the question
    assert not panel.confirm_button.isEnabled()
    assert "2 proposed matches" not in panel.summary.text() and "1 proposed match" in panel.summary.text()


def test_double_click_and_enter_open_the_question(qtbot, panel, window) -> None:  # noqa: ANN001
    table = panel.review.table
    row = _row_of(panel, OPENNESS_2024)
    rect = table.visualRect(panel.review.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    openness = window.state.survey.find_question(OPENNESS_2024)
    assert window.current_panel() == "questions"
    assert window.panels["questions"].detail.question_id == openness.id
    assert window.panels["questions"].detail.figure.text() == "59 out of 81 · 73%"

    window.show_panel("waves")
    table.setFocus()
    table.selectRow(_row_of(panel, "My workload is manageable"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_panel() == "questions"
    assert window.panels["questions"].detail.title.text() == "My workload is manageable"


def test_chart_has_two_series_and_a_description(panel) -> None:  # noqa: ANN001
    chart = panel.chart_box.chart
    sets = chart.bar_sets()
    assert [s.label() for s in sets] == ["2023", "2024"]
    first_up = len(chart.categories())
    row = _row_of(panel, OPENNESS_2024)
    bottom = first_up - 1 - row  # the axis counts from the bottom
    assert (sets[0].at(bottom), sets[1].at(bottom)) == (63, 73)
    assert chart.categories() == [str(n) for n in range(1, 12)]  # numbered as in the table; none significant
    description = chart.chart_view.accessibleDescription()
    assert description.startswith("Bar chart of 11 questions numbered as in the table, 2023 against 2024")
    assert "No change is significant." in description
    assert "Biggest fall: My workload is manageable, down from 36 out of 74 (49%) to 33 out of 79 (42%)" in description


def test_significant_changes_are_marked_in_words(panel) -> None:  # noqa: ANN001
    comparison = panel.session.comparison
    row = _row_of(panel, OPENNESS_2024)
    marked = replace(comparison, changes=tuple(replace(c, significant=True) if i == row else c
                                               for i, c in enumerate(comparison.changes)))
    panel.show_comparison(marked)
    assert panel.chart_box.chart.categories()[row] == f"{row + 1} *"
    assert panel.review.model.cells(row)[5] == "▲ significant"
    assert panel.chart_box.chart.model.cells(row)[0].endswith("– significant change")
    assert panel.summary.text().startswith("2023 → 2024: 11 questions compared, 1 significant change")
    chart = build_wave_chart(marked, panel.palette())
    assert len(chart.series()) == 1 and len(chart.series()[0].barSets()) == 2


def test_table_view_of_the_chart_from_the_keyboard(qtbot, panel) -> None:  # noqa: ANN001
    chart = panel.chart_box.chart
    chart.chart_view.setFocus()
    qtbot.keyClick(chart.chart_view, Qt.Key.Key_T)
    assert chart.showing_table() and chart.table.hasFocus()
    assert panel.chart_box.table_toggle.isChecked()
    model = chart.model
    row = _row_of(panel, OPENNESS_2024)
    assert [model.index(row, c).data() for c in (1, 2)] == ["63%", "73%"]
    assert chart.table.accessibleDescription() == chart.chart_view.accessibleDescription()
    qtbot.keyClick(chart.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: not chart.showing_table(), timeout=WAIT_MS)  # a mnemonic "animates" the click first
    assert not panel.chart_box.table_toggle.isChecked() and panel.chart_box.table_toggle.text() == "Show as &table"
    qtbot.keyClick(panel.review.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(chart.showing_table, timeout=WAIT_MS)
    assert panel.chart_box.table_toggle.text() == "Show as char&t"


def test_benjamini_hochberg_can_be_turned_off(qtbot, panel, window) -> None:  # noqa: ANN001
    _compared(qtbot, panel, lambda: panel.bar.fdr_check.setChecked(False))
    model = panel.review.model
    assert model.headers[4] == "p"
    assert _rows(model)[OPENNESS_2024][4] == "0.193"  # the z-test's own p-value
    assert window.state.project.settings["waves"] == {"fdr": False}
    assert "each question tested on its own" in panel.chart_box.note.text()


def test_three_waves_show_each_wave_in_the_table(qtbot, panel, tmp_path: Path) -> None:  # noqa: ANN001
    earlier = tmp_path / "staff_survey_2022.xlsx"
    shutil.copy(sample_path("staff_survey_2023.xlsx"), earlier)
    _compared(qtbot, panel, lambda: panel.bar.add_wave(earlier))
    model = panel.review.model
    assert model.headers[:4] == ("Question", "2022", "2023", "2024")
    assert _rows(model)["My workload is manageable"][1:4] == ["36/74 49%", "36/74 49%", "33/79 42%"]
    assert [w.label for w in panel.session.waves] == ["2022", "2023"]


def test_removing_the_wave_leaves_a_hint(qtbot, panel, window) -> None:  # noqa: ANN001
    panel.bar.wave_list.setCurrentRow(0)
    assert panel.bar.remove_button.isEnabled()
    with qtbot.waitSignal(panel.session.compared, timeout=OPEN_TIMEOUT_MS):
        panel.bar.remove_button.click()
    assert panel.session.comparison is None
    assert not panel.splitter.isVisibleTo(window)
    assert "Add an earlier wave" in panel.empty.text()
    assert window.state.project.surveys[1:] == []
    assert panel.bar.sample_button.isVisibleTo(window)


def test_a_saved_project_reopens_with_its_waves_and_decisions(qtbot, panel, window, make_window,
                                                              tmp_path: Path) -> None:  # noqa: ANN001
    panel.review.table.selectRow(_row_of(panel, OPENNESS_2024))
    _compared(qtbot, panel, panel.reject_button.click)
    saved = window.state.save_project(tmp_path / "waves.fbproj")
    again = make_window()
    again.show_panel("waves")
    reopened = again.panels["waves"]
    with qtbot.waitSignal(reopened.session.compared, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda result: result is not None):
        open_and_wait(qtbot, again, saved)
    assert [w.label for w in reopened.session.waves] == ["2023"]
    assert OPENNESS_2024 not in _rows(reopened.review.model)
    assert OPENNESS_2024 in _list_texts(reopened.review.only_new)
    assert not again.isWindowModified()


def test_a_file_that_is_not_a_survey_is_refused_with_a_message(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    window.show_panel("waves")
    panel = window.panels["waves"]
    assert "Add an earlier wave" in panel.empty.text()
    broken = tmp_path / "staff_survey_2022.xlsx"
    broken.write_bytes(b"not a workbook")
    with qtbot.waitSignal(panel.session.waveFailed, timeout=OPEN_TIMEOUT_MS) as failed:
        panel.bar.add_wave(broken)
    assert failed.args[0] == "staff_survey_2022.xlsx"
    assert panel.session.waves == [] and panel.session.comparison is None
    panel.bar.add_wave(window.state.source)  # the open survey is a wave already
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert any("already one of the waves" in b.text() for b in boxes)


def test_changing_the_counted_answers_compares_again(qtbot, panel, window) -> None:  # noqa: ANN001
    workload = window.state.survey.find_question("My workload is manageable")
    _compared(qtbot, panel, lambda: window.state.set_counted(workload.id, ["No"]))
    assert _rows(panel.review.model)["My workload is manageable"][1:4] == ["38/74 51%", "46/79 58%", "+6.9"]
