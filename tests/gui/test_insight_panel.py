"""The Insight panel on the bundled 2024 staff survey (it has the CSPS engagement questions B47-B51 and a 0-10
recommend question): the cards, the driver table and the priority matrix show the core's figures; a driver
opens its question; the user's own indices are saved in the project and undoable."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from feedback_gui.core.insight.definitions import IndexDefinition
from feedback_gui.core.insight.drivers import SMALL_SAMPLE, key_drivers
from feedback_gui.core.insight.indices import SKIP_RULE, compute, engagement_index
from feedback_gui.core.insight.priorities import priority_matrix
from feedback_gui.core.resources import sample_path
from feedback_gui.gui.insight.describe import NO_ITEMS
from feedback_gui.gui.insight.widgets.cards import CURRENT_TAG, EnpsCard
from tests.gui.conftest import OPEN_TIMEOUT_MS, open_and_wait

SUPERVISION = ("My supervision enhances the quality of my work", "Supervision is offered at a sufficient frequency")
RECOMMEND = "How likely is it that you would recommend your PDU"


def whole(x: float) -> str:
    return str(math.floor(x + 0.5 + 1e-9))


def signed(x: float) -> str:
    n = math.floor(x + 0.5 + 1e-9)
    return f"+{n}" if n > 0 else f"−{-n}" if n < 0 else "0"


def ready(panel) -> bool:  # noqa: ANN001
    """True once the cards and the drivers of the chosen outcome are on show."""
    session = panel.session
    return session.cards is not None and not session.running and (
        session.drivers is not None or bool(session.message) or session.outcome is None)


def show_insight(qtbot, window):  # noqa: ANN001, ANN201
    """Show the Insight panel and wait until its cards and drivers are worked out (in the background)."""
    window.show_panel("insight")
    panel = window.panels["insight"]
    qtbot.waitUntil(lambda: ready(panel), timeout=OPEN_TIMEOUT_MS)
    return panel


@pytest.fixture
def panel(qtbot, window):  # noqa: ANN001, ANN201
    return show_insight(qtbot, window)


def define(qtbot, panel, name: str, *questions: str, theme: bool = False) -> None:  # noqa: ANN001
    """Define an index (or theme) through the dialog, as a user does, and wait for its card."""
    dialog = panel.define_dialog()
    dialog.name_edit.setText(name)
    if theme:
        dialog.theme_radio.setChecked(True)
    dialog.tick(*questions)
    assert dialog.ok_button.isEnabled(), dialog.status.text()
    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: ready(panel), timeout=OPEN_TIMEOUT_MS)


def test_engagement_and_enps_cards_show_the_cores_figures(panel) -> None:  # noqa: ANN001
    survey = panel.state.survey
    engagement = engagement_index(survey)
    assert engagement is not None and engagement.respondents == 81
    card = panel.card("Engagement index")
    assert card.figure.text() == whole(engagement.score) == "58"
    low, high = engagement.ci95
    assert card.interval.text() == f"95% CI {whole(low)}–{whole(high)}"
    assert card.respondents.text() == "81 respondents"
    assert SKIP_RULE.format(m=1, k=5) in card.toolTip()  # the rule for skipped items
    assert all(text in card.toolTip() for text in engagement.questions)
    assert card.accessibleName().startswith(f"Engagement index: {whole(engagement.score)} out of 100")

    nps = panel.state.result(survey.find_question(RECOMMEND).id).nps
    enps = panel.card("eNPS")
    assert isinstance(enps, EnpsCard)
    assert enps.figure.text() == signed(nps.score) == "−9"
    assert enps.interval.text() == f"95% CI {signed(nps.ci95[0])} to {signed(nps.ci95[1])}"
    assert enps.detail.text() == f"{nps.promoters} promoters · {nps.passives} passives · {nps.detractors} detractors"
    assert "Promoters answered 9 or 10" in enps.toolTip()


def test_the_driver_table_is_the_cores_ranking_of_engagement(panel) -> None:  # noqa: ANN001
    expected = key_drivers(panel.state.survey, "engagement")
    assert panel.outcome_combo.currentText() == "Engagement index"  # the default outcome
    assert panel.card("Engagement index").is_current() and panel.card("Engagement index").tag.text() == CURRENT_TAG
    rows = panel.table.rows()
    assert [r[1] for r in rows] == [i.question for i in expected.items]  # most important first
    assert len(rows) == 6
    for rank, (row, item) in enumerate(zip(rows, expected.items, strict=True), start=1):
        assert row[:5] == [str(rank), item.question, f"{item.importance:.3f}",
                           f"{item.ci95[0]:.3f}–{item.ci95[1]:.3f}", whole(100 * item.importance / expected.r_squared)
                           + "%"]
        assert row[5:7] == [f"{item.correlation:.2f}", whole(item.percent) + "%"]
    assert panel.table.question_id(0) == expected.items[0].question_id
    assert f"R² {expected.r_squared:.2f}" in panel.footnote.text()
    assert expected.respondents == 81 < SMALL_SAMPLE  # so the ranking below the top items is uncertain, and said so
    assert panel.note.isVisibleTo(panel) and panel.note.text() == expected.note


def test_the_priority_matrix_places_each_driver_in_its_quadrant(panel) -> None:  # noqa: ANN001
    matrix = priority_matrix(key_drivers(panel.state.survey, "engagement"))
    chart = panel.matrix
    drawn = {question: (x, y, quadrant) for _rank, question, x, y, quadrant in chart.points()}
    assert len(drawn) == len(matrix.points) == 6
    for point in matrix.points:
        x, y, quadrant = drawn[point.question]
        assert (x, y, quadrant) == (pytest.approx(point.importance), pytest.approx(point.percent), point.quadrant)
    by_quadrant = {q: [p.question for p in matrix.in_quadrant(q)] for q in ("strength", "priority", "maintain",
                                                                              "monitor")}
    assert len(by_quadrant["strength"]) == 3 and by_quadrant["priority"] == []  # as the core places them
    assert any("access to the range of services" in q for q in by_quadrant["monitor"])
    table = chart.model  # the same numbers as a table
    assert [table.index(r, 4).data() for r in range(table.rowCount())] == [
        p.quadrant.capitalize() for p in sorted(matrix.points, key=lambda p: -p.importance)]
    assert panel.matrix_box.note.text() == (f"Lines at the averages: importance {matrix.importance_cut:.3f}, "
                                            f"favourable {whole(matrix.percent_cut)}%.")
    lines = [s for s in chart.chart_view.chart().series() if type(s) is QLineSeries]  # the two cuts
    assert [p.x() for p in lines[0].points()] == pytest.approx([matrix.importance_cut] * 2)
    assert [p.y() for p in lines[1].points()] == pytest.approx([matrix.percent_cut] * 2)
    assert "Strength: 1, 2, 3." in chart.chart_view.accessibleDescription()


def test_a_click_on_a_point_or_enter_on_a_driver_opens_its_question(qtbot, panel) -> None:  # noqa: ANN001
    window = panel.window()
    questions = window.panels["questions"]
    item = key_drivers(panel.state.survey, "engagement").items[3]
    panel.matrix.click_point(item.question_id)
    assert window.current_panel() == "questions"
    assert questions.detail.question_id == item.question_id

    window.show_panel("insight")
    panel.table.setFocus()
    panel.table.selectRow(1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.current_panel() == "questions"
    assert questions.detail.question_id == panel.table.question_id(1)

    window.show_panel("insight")
    chart = panel.matrix
    chart.show_table(True)
    chart.table.setFocus()
    chart.table.selectRow(2)
    qtbot.keyClick(chart.table, Qt.Key.Key_Enter)
    assert questions.detail.question_id == chart.model.item(2).question_id


def test_choosing_another_outcome_ranks_its_drivers(qtbot, panel) -> None:  # noqa: ANN001
    survey = panel.state.survey
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        panel.card("eNPS").activated.emit(panel.card("eNPS").key)  # a click on the eNPS card
    expected = key_drivers(survey, survey.find_question(RECOMMEND).text)
    assert panel.session.drivers.result.outcome == expected.outcome
    assert [r[1] for r in panel.table.rows()] == [i.question for i in expected.items]
    assert len(expected.items) == 11  # every rating question: the engagement questions are items now
    assert panel.card("eNPS").is_current() and not panel.card("Engagement index").is_current()
    assert panel.outcome_combo.currentText().startswith("eNPS: How likely")

    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        row = panel.outcome_combo.findText("Supervision is offered at a sufficient frequency")
        panel.outcome_combo.setCurrentIndex(row)
        panel.outcome_combo.activated.emit(row)
    assert panel.session.drivers.result.outcome == "Supervision is offered at a sufficient frequency"
    assert not any(c.is_current() for c in panel.cards)


def test_defining_an_index_adds_its_card_and_undo_removes_it(qtbot, panel) -> None:  # noqa: ANN001
    state = panel.state
    define(qtbot, panel, "Supervision", *SUPERVISION)
    survey = state.survey
    expected = compute(survey, IndexDefinition("Supervision", tuple(survey.find_question(q).text
                                                                    for q in SUPERVISION)))
    card = panel.card("Supervision")
    assert card.figure.text() == whole(expected.score)
    assert card.interval.text() == f"95% CI {whole(expected.ci95[0])}–{whole(expected.ci95[1])}"
    assert state.project.indices == [{"name": "Supervision", "kind": "index",
                                      "questions": [survey.find_question(q).text for q in SUPERVISION]}]
    assert state.modified and state.undo_stack.undoText() == "define index “Supervision”"
    assert panel.outcome_combo.findText("Supervision") >= 0  # and it can be an outcome

    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.undo()
    assert state.project.indices == []
    assert [c.key for c in panel.cards] == ["Engagement index", f"nps:{survey.find_question(RECOMMEND).id}"]
    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.redo()
    assert panel.card("Supervision").figure.text() == whole(expected.score)


def test_an_index_can_be_edited_and_removed_undoably(qtbot, panel) -> None:  # noqa: ANN001
    state = panel.state
    define(qtbot, panel, "Supervision", *SUPERVISION)
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        panel.use_card("Supervision")  # its drivers, so that editing it ranks them again
    assert panel.session.drivers.result.outcome == "Supervision"
    card = panel.card("Supervision")
    assert [b.accessibleName() for b in card.buttons] == ["Edit Supervision", "Remove Supervision"]
    card.edit_button.click()
    dialog = panel.dialog
    assert dialog.name_edit.text() == "Supervision" and len(dialog.chosen_ids()) == 2
    dialog.name_edit.setText("Support")
    dialog.theme_radio.setChecked(True)  # a theme score: % positive averaged over the questions
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        dialog.ok_button.click()
    assert [d["name"] for d in state.project.indices] == ["Support"]
    assert panel.card("Support").figure.text().endswith("%")
    assert panel.session.drivers.result.outcome == "Support"  # the edited outcome, ranked again
    with pytest.raises(KeyError):
        panel.card("Supervision")

    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        panel.card("Support").remove_button.click()
    assert state.project.indices == [] and state.undo_stack.undoText() == "remove “Support”"
    qtbot.waitUntil(lambda: ready(panel), timeout=OPEN_TIMEOUT_MS)
    assert panel.session.outcome.text == "Engagement index"  # its outcome went with it
    with qtbot.waitSignal(panel.session.cardsChanged, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.undo()
    assert panel.card("Support").figure.text().endswith("%")


def test_a_name_in_use_is_refused(qtbot, panel) -> None:  # noqa: ANN001
    define(qtbot, panel, "Supervision", *SUPERVISION)
    dialog = panel.define_dialog()
    dialog.name_edit.setText(" supervision ")
    dialog.tick("services required")
    assert not dialog.ok_button.isEnabled()
    assert "already an index or theme called" in dialog.status.text()
    dialog.name_edit.setText("Services")
    assert dialog.ok_button.isEnabled() and dialog.status.text() == "1 question chosen."
    dialog.reject()


def test_indices_are_saved_in_the_project(tmp_path: Path, qtbot, panel, make_window) -> None:  # noqa: ANN001
    define(qtbot, panel, "Supervision", *SUPERVISION)
    figure = panel.card("Supervision").figure.text()
    saved = panel.state.save_project(tmp_path / "staff.fbproj")
    again = make_window()
    open_and_wait(qtbot, again, saved)
    reopened = show_insight(qtbot, again)
    assert reopened.card("Supervision").figure.text() == figure
    assert reopened.card("Supervision").editable


def test_drivers_run_in_the_background_and_cancel(qtbot, panel) -> None:  # noqa: ANN001
    window = panel.window()
    panel.session.resamples = 3_000_000  # many seconds of work
    ticks = []
    timer = QTimer(panel)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    panel.session.rank()
    assert panel.session.running and panel.status.text().startswith("Ranking what drives Engagement index")
    qtbot.waitUntil(lambda: window.runner.dialog is not None and window.runner.dialog.isVisible(), timeout=10_000)
    assert len(ticks) >= 5  # the window kept handling events while the drivers were ranked
    assert window.runner.dialog.labelText().startswith("Ranking what drives")
    timer.stop()
    cancel = window.runner.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(panel.updated, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the progress window's Cancel
    assert panel.session.drivers is None and "cancelled" in panel.status.text()
    assert panel.rank_button.isVisibleTo(panel) and not panel.split.isVisibleTo(panel)
    panel.session.resamples = 1000
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(panel.rank_button, Qt.MouseButton.LeftButton)
    assert panel.session.drivers is not None and not panel.rank_button.isVisibleTo(panel)


def _rating_survey(path: Path, respondents: int) -> Path:
    """A survey whose outcome is driven by its first item: four agreement items and an outcome question."""
    rng = np.random.default_rng(respondents)
    scale = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
    items = rng.integers(0, 5, size=(respondents, 4))
    outcome = np.clip(items[:, 0] + rng.integers(-1, 2, size=respondents), 0, 4)
    columns = {f"Statement number {i + 1} about work": [scale[v] for v in items[:, i]] for i in range(4)}
    columns["Overall I am satisfied with my job"] = [scale[v] for v in outcome]
    pd.DataFrame(columns).to_csv(path, index=False)
    return path


@pytest.mark.parametrize(("respondents", "noted"), [(SMALL_SAMPLE - 1, True), (SMALL_SAMPLE, False)])
def test_the_note_on_size_shows_below_a_hundred_respondents(tmp_path: Path, qtbot, make_window, respondents: int,
                                                            noted: bool) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, _rating_survey(tmp_path / "survey.csv", respondents))
    panel = show_insight(qtbot, window)
    assert panel.session.outcome.text == "Statement number 1 about work"  # no index: the first rating question
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        panel.choose_outcome("Overall I am satisfied with my job")
    assert panel.table.rows()[0][1] == "Statement number 1 about work"
    assert panel.session.drivers.result.respondents == respondents
    assert panel.note.isVisibleTo(panel) == noted
    assert (f"With {respondents} respondents" in panel.note.text()) == noted


def test_a_survey_without_rating_scales_can_still_have_a_theme_score(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    panel = show_insight(qtbot, window)
    assert panel.cards == [] and panel.no_cards.isVisibleTo(panel)
    assert panel.status.text() == NO_ITEMS and not panel.split.isVisibleTo(panel)
    define(qtbot, panel, "Contact", "contact your probation practitioner", "times that suit you", theme=True)
    survey = panel.state.survey
    expected = compute(survey, IndexDefinition("Contact", tuple(
        survey.find_question(q).text for q in ("contact your probation practitioner", "times that suit you")),
        "theme"))
    assert panel.card("Contact").figure.text() == whole(expected.score) + "%"
