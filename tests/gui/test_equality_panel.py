"""The Equality panel on the User Voice sample: who answered, weighting, and the disproportionality heatmap."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from feedback_gui.core.resources import sample_path
from feedback_gui.gui.equality.run import REFERENCE_KEY, WEIGHT_BY_KEY
from tests.gui.conftest import OPEN_TIMEOUT_MS, WAIT_MS, open_and_wait, wait_ready

FEMALES = "Females were underrepresented at 3 per cent compared to 12.7 per cent of the caseload."


def _panel(qtbot, window):  # noqa: ANN001, ANN202
    window.show_panel("equality")
    panel = window.panels["equality"]
    qtbot.waitUntil(lambda: panel.run is not None, timeout=OPEN_TIMEOUT_MS)  # the first run needs no reference
    return panel


@pytest.fixture
def uv_window(qtbot, make_window):  # noqa: ANN001, ANN201
    """The window with the User Voice sample open (no reference chosen yet)."""
    window = make_window()
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    return window


@pytest.fixture
def panel(qtbot, uv_window):  # noqa: ANN001, ANN201
    """The Equality panel after pressing "Use the sample caseload profile", through the real worker; the
    window active, its background work done."""
    panel = _panel(qtbot, uv_window)
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(panel.sample_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, uv_window)
    return panel


def _rows(card) -> dict[str, list[str]]:  # noqa: ANN001
    return {card.model.cells(r)[0]: card.model.cells(r) for r in range(card.model.rowCount())}


def test_who_answered_shows_the_inspectorate_figures(panel) -> None:  # noqa: ANN001
    gender = panel.profile.card("Gender")
    assert _rows(gender)["Female"] == ["Female", "2", "3% (1–10%)", "12.7%", "▼ under-represented"]
    assert _rows(gender)["Male"][-1] == "▲ over-represented"
    assert gender.model.headerData(3, Qt.Orientation.Horizontal) == "Caseload share"
    disability = _rows(panel.profile.card("Disability"))
    assert disability["Yes"] == ["Yes", "16", "24% (15–35%)", "44.2%", "▼ under-represented"]
    assert FEMALES in gender.findings.text()
    assert panel.state.analysis("equality") is panel.run.report  # what File → Export writes
    assert "p = 0.017" in gender.summary.text()
    assert [c.value.characteristic for c in panel.profile.cards][:2] == ["Gender", "Disability"]  # protected first


def test_chart_pairs_respondents_with_the_caseload_and_has_a_table(qtbot, panel) -> None:  # noqa: ANN001
    chart = panel.profile.card("Gender").chart
    bars = {s.label(): [s.at(i) for i in range(s.count())] for s in chart.bar_sets()}
    assert bars == {"Caseload": [87.3, 12.7], "Respondents": [97.0, 3.0]}  # Male at the bottom, Female on top
    assert chart.chart_view.accessibleDescription() == FEMALES
    assert chart.currentWidget() is chart.chart_view
    chart.chart_view.setFocus()
    qtbot.keyClick(chart.chart_view, Qt.Key.Key_T)  # one keystroke: every chart becomes its table
    assert chart.currentWidget() is chart.table and chart.table.hasFocus()
    assert panel.profile.card("Disability").chart.currentWidget() is panel.profile.card("Disability").chart.table
    model = chart.table_model
    assert [[model.index(r, c).data() for c in range(3)] for r in range(2)] == [["Female", "3%", "12.7%"],
                                                                                  ["Male", "97%", "87.3%"]]
    assert panel.table_toggle.text().replace("&", "") == "Show tables as charts"
    qtbot.keyClick(chart.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: chart.currentWidget() is chart.chart_view, timeout=WAIT_MS)


def test_reference_is_remembered_in_the_project(tmp_path: Path, qtbot, panel, make_window) -> None:  # noqa: ANN001
    state = panel.state
    assert state.project.settings[REFERENCE_KEY] == str(sample_path("caseload_profile.csv").resolve())
    assert state.modified
    assert panel.reference_name.text() == "caseload_profile.csv"
    saved = state.save_project(tmp_path / "uv.fbproj")
    again = make_window()
    open_and_wait(qtbot, again, saved)
    reopened = again.panels["equality"]
    qtbot.waitUntil(lambda: reopened.run is not None and reopened.run.report is not None, timeout=OPEN_TIMEOUT_MS)
    assert _rows(reopened.profile.card("Gender"))["Female"][1:4] == ["2", "3% (1–10%)", "12.7%"]


def test_heatmap_hides_small_groups_and_explains_each_cell(panel) -> None:  # noqa: ANN001
    model = panel.heatmap.heat_model
    matrix = model.matrix
    gender = panel.state.survey.find_question("Gender").id
    columns = [j for j, c in enumerate(matrix.columns) if c.by_id == gender]
    assert [matrix.columns[j].group for j in columns] == ["Male", "Female"]
    assert {model.index(r, j).data() for r in range(model.rowCount()) for j in columns} == {"–"}
    row = next(i for i, r in enumerate(matrix.rows) if "times that suit you" in r.text)
    column = next(j for j, c in enumerate(matrix.columns) if c.characteristic == "disability" and c.group == "Yes")
    index = model.index(row, column)
    assert index.data() == "1.26 ▲"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "15 out of 16 (94%)" in tip and "38 out of 51 (75%)" in tip
    assert "interval 1.03 to 1.54" in tip and "p = 0.159" in tip


def test_enter_on_a_heatmap_cell_opens_its_question(qtbot, panel) -> None:  # noqa: ANN001
    window = panel.window()
    panel.tabs.setCurrentIndex(2)
    heatmap = panel.heatmap
    cell = heatmap.heat_model.cell(1, 2)
    heatmap.setFocus()
    heatmap.setCurrentIndex(heatmap.heat_model.index(1, 2))
    qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    assert window.current_panel() == "questions"
    assert window.panels["questions"].detail.question_id == cell.question_id
    assert "contact your probation practitioner" in window.panels["questions"].detail.title.text()


def test_weighting_by_gender_shows_weighted_beside_unweighted(qtbot, panel) -> None:  # noqa: ANN001
    panel.tabs.setCurrentIndex(1)
    view = panel.weighting
    box = view.box("Gender")
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        box.setChecked(True)
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[1:3] == ["Unweighted", "Weighted"] and "Effective" in headers[4]
    row = next(model.cells(r) for r in range(model.rowCount()) if "understand what is expected" in model.cells(r)[0])
    assert row[1:] == ["60 out of 67 · 90%", "91% weighted", "79–96%", "50.6"]
    assert "effective sample size 50.6 of 67 respondents" in view.summary.text()
    assert "post-stratification" in view.summary.text()
    margins = view.margin_model
    female = next(r for r in range(margins.rowCount()) if margins.index(r, 1).data() == "Female")
    assert [margins.index(female, c).data() for c in (3, 4, 5)] == ["12.7%", "3.0%", "12.7%"]
    assert panel.state.project.settings[WEIGHT_BY_KEY] == ["Gender"]


def test_at_most_three_weighting_variables(qtbot, panel) -> None:  # noqa: ANN001
    boxes = panel.weighting.boxes
    for box in boxes[:3]:
        with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
            box.setChecked(True)
    assert not any(b.isEnabled() for b in boxes[3:])
    assert "raking" in panel.weighting.summary.text()


def test_before_a_reference_is_chosen(qtbot, uv_window) -> None:  # noqa: ANN001
    panel = _panel(qtbot, uv_window)
    assert panel.reference_name.text() == "none chosen"
    assert panel.profile.message.isVisibleTo(panel) and "Choose a reference profile" in panel.profile.message.text()
    assert not panel.profile.cards
    assert panel.heatmap.heat_model.rowCount() == 4  # disproportionality needs no reference
    assert panel.sample_button.isVisibleTo(panel)
    assert REFERENCE_KEY not in uv_window.state.project.settings


def test_a_bad_reference_is_reported_and_not_remembered(tmp_path: Path, qtbot, uv_window) -> None:  # noqa: ANN001
    panel = _panel(qtbot, uv_window)
    bad = tmp_path / "profile.csv"
    bad.write_text("characteristic,group,percent\nGender,Female,12.7\nGender,Male,50\n", encoding="utf-8")
    with qtbot.waitSignal(panel.failed, timeout=OPEN_TIMEOUT_MS) as blocker:
        panel.choose_reference(bad)
    assert "add up to 62.7, not 100" in blocker.args[0]
    assert "add up to 62.7" in panel.status.text()
    assert REFERENCE_KEY not in uv_window.state.project.settings
    assert panel.reference_name.text() == "none chosen"


def test_survey_without_demographics(tmp_path: Path, qtbot, make_window) -> None:  # noqa: ANN001
    path = tmp_path / "pulse.csv"
    rows = ["Do you feel supported?,Any other comments?"] + [
        f"{'Yes' if i % 3 else 'No'},comment number {i} about the service" for i in range(20)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, path)
    window.show_panel("equality")
    panel = window.panels["equality"]
    assert panel.empty.isVisibleTo(panel) and "no demographic questions" in panel.empty.text()
    assert not panel.tabs.isVisibleTo(panel)
    assert not panel.sample_button.isVisibleTo(panel)  # the sample profile is offered for the User Voice sample only


def test_staff_survey_has_no_protected_characteristic_to_compare(qtbot, window) -> None:  # noqa: ANN001
    panel = _panel(qtbot, window)
    assert not panel.sample_button.isVisibleTo(panel)  # staff are no caseload
    panel.tabs.setCurrentIndex(2)
    assert panel.heatmap.heat_model.columnCount() == 0 and not panel.heatmap.isVisibleTo(panel)
    assert panel.rates.message.isVisibleTo(panel)
    assert "None of the survey's demographic questions is a protected characteristic" in panel.rates.message.text()


def test_counting_other_answers_updates_the_heatmap(qtbot, panel) -> None:  # noqa: ANN001
    question = panel.state.survey.find_question("times that suit you")
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        panel.state.set_counted(question.id, ["No"])
    matrix = panel.heatmap.heat_model.matrix
    cell = matrix.cell(question.id, panel.state.survey.find_question("disability").id, "Yes")
    assert cell.comparison is not None  # 1 of 16 disabled people said No, against 9 of the other 51
    assert (cell.comparison.group_numerator, cell.comparison.rest_numerator) == (1, 9)
    row = next(i for i, r in enumerate(matrix.rows) if r.question_id == question.id)
    column = next(j for j, c in enumerate(matrix.columns) if c.characteristic == "disability" and c.group == "Yes")
    assert panel.heatmap.heat_model.index(row, column).data() == "0.35 ▼"  # (1/16) / (9/51)
