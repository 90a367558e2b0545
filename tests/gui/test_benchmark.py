"""Benchmarks in the app, on the bundled 2024 staff survey: the chooser, the Overview's cards, the Questions
table and detail, the review of proposed matches (undoable) and the project; the figures are the core's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from feedback_gui.core.insight.benchmarks import OGL, compare_with_benchmark
from feedback_gui.core.project import Project, load_project
from feedback_gui.gui.benchmark import benchmark_session
from feedback_gui.gui.benchmark.chooser import NO_BENCHMARK, OWN_CSV
from feedback_gui.gui.benchmark.describe import cell_text
from feedback_gui.gui.benchmark.menu import fill_benchmark_menu
from feedback_gui.gui.questions.models import DIFFERENCE_ROLE, QuestionTableModel

from .conftest import OPEN_TIMEOUT_MS, open_and_wait

PROBATION = "csps-2024-probation"
WORKLOAD = "My workload is manageable"
VISION = "The vision and strategy of the PDU drive the delivery of a high-quality service"
OPENNESS = "The PDU has a culture that promotes openness and constructive challenge"
PROUD = "I am proud when I tell others I am part of the Probation Service"
SAFE_TO_CHALLENGE = "I think it is safe to challenge the way things are done in [my organisation]"


def compared(qtbot, window, action, expect_none: bool = False):  # noqa: ANN001, ANN201
    """Do ``action`` and wait for the benchmark comparison it starts; the comparison."""
    session = benchmark_session(window.state)
    with qtbot.waitSignal(session.compared, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda result: (result is None) == expect_none):
        action()
    return session.comparison


def core_comparison(window, against: str = PROBATION):  # noqa: ANN001, ANN201
    """What the core gives for the open survey with the project's decisions (independently of the app)."""
    state = window.state
    return compare_with_benchmark(state.survey, against, project=state.project, settings=state.settings)


def item_for(comparison, text: str):  # noqa: ANN001, ANN201
    return next(m for m in comparison.matched if m.question == text)


@pytest.fixture
def probation(qtbot, window):  # noqa: ANN001, ANN201
    """The window with the Probation Service's CSPS 2024 figures chosen on the Overview."""
    qtbot.waitUntil(lambda: not window.panels["overview"].building, timeout=OPEN_TIMEOUT_MS)
    chooser = window.panels["overview"].chooser
    compared(qtbot, window, lambda: chooser.choose(PROBATION))
    return window


def test_choosing_probation_puts_the_core_sentence_on_the_workload_card(qtbot, window) -> None:  # noqa: ANN001
    overview = window.panels["overview"]
    qtbot.waitUntil(lambda: not overview.building, timeout=OPEN_TIMEOUT_MS)
    assert not overview.source.isVisible() and not overview.card_for("workload is manageable").benchmark_label.text()
    chooser = overview.chooser
    assert chooser.combo.currentText() == NO_BENCHMARK and not chooser.review_button.isEnabled()
    index = chooser.combo.findData(PROBATION)
    assert chooser.combo.itemText(index) == "The Probation Service nationally (CSPS 2024)"
    comparison = compared(qtbot, window, lambda: chooser.combo.activated.emit(index))
    expected = item_for(core_comparison(window), WORKLOAD)
    assert comparison.to_dict() == core_comparison(window).to_dict()
    assert window.state.analysis("benchmark") is comparison  # held in the state for every panel

    card = overview.card_for("workload is manageable")
    line = card.benchmark_label.text()
    assert card.benchmark_label.isVisible()
    assert "4 points below the Probation Service nationally (46%, CSPS 2024)" in line
    assert line.endswith("the difference could be chance.")  # significance in words, not colour
    assert line.startswith("⚑ Proposed match, to check: ")  # paired by similar wording: said so
    tail = line.removeprefix("⚑ Proposed match, to check: ")
    assert expected.sentence.endswith(f", {tail}")  # the end of the core's own sentence
    assert card.benchmark_label.toolTip().startswith(expected.sentence)
    assert expected.sentence in card.accessibleDescription()
    proud = overview.card_for("I am proud")
    proud_item = item_for(comparison, PROUD)
    assert not proud_item.proposed and proud_item.sentence.endswith(f", {proud.benchmark_label.text()[:1].lower()}"
                                                                    f"{proud.benchmark_label.text()[1:]}")
    assert not overview.card_for("promotes openness").benchmark_label.isVisible()  # no benchmark figure

    # the source, with the Open Government Licence attribution, is shown with the figures
    assert overview.source.isVisible() and OGL in overview.source.text()
    assert "Civil Service People Survey 2024" in overview.source.text()
    assert overview.benchmark_note.text().startswith("13 figures compared with the Probation Service nationally")
    assert "7 proposed matches to check" in overview.benchmark_note.text()
    assert window.state.project.settings["benchmark"] == PROBATION and window.isWindowModified()
    assert chooser.review_button.isEnabled()


def test_the_questions_column_and_detail_hold_the_core_figures(qtbot, probation) -> None:  # noqa: ANN001
    window = probation
    questions = window.panels["questions"]
    model, table = questions.model, questions.table
    window.resize(1800, 1000)  # room for every column (on a narrow window the difference gives way, see below)
    window.show_panel("questions")
    qtbot.waitUntil(lambda: not table.isColumnHidden(QuestionTableModel.BENCHMARK), timeout=3000)
    assert model.headerData(QuestionTableModel.BENCHMARK, Qt.Orientation.Horizontal) == "vs CSPS"
    assert "Difference from the Probation Service nationally (CSPS 2024), in percentage points" in \
        model.headerData(QuestionTableModel.BENCHMARK, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    expected = {m.question_id: m for m in core_comparison(window).matched if m.question_id}
    seen = 0
    for row in range(model.rowCount()):
        question_id = model.result_at(row).id
        index = model.index(row, QuestionTableModel.BENCHMARK)
        if question_id in expected:
            seen += 1
            assert index.data(DIFFERENCE_ROLE) == pytest.approx(expected[question_id].difference_points)
            assert index.data() == cell_text(expected[question_id])
            assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(expected[question_id].sentence)
        else:
            assert index.data() == "" and index.data(DIFFERENCE_ROLE) is None
    assert seen == 12  # every matched question (the engagement index is not a question)
    rows = {model.result_at(r).text: model.index(r, QuestionTableModel.BENCHMARK).data()
            for r in range(model.rowCount())}
    assert rows[WORKLOAD] == "−4 ⚑" and rows[PROUD] == "0" and rows[VISION] == "+35 ⚑" and rows[OPENNESS] == ""

    workload = window.state.survey.find_question(WORKLOAD)
    window.show_panel("questions", workload.id)
    detail = questions.detail
    assert detail.benchmark.isVisible() and detail.benchmark.text() == expected[workload.id].sentence
    assert "“I have an acceptable workload”" in detail.benchmark_match.text()
    assert "proposed" in detail.benchmark_match.text()
    assert f"Exact binomial test: p = {expected[workload.id].p_value:.3f}." in detail.benchmark_match.text()
    assert detail.benchmark_source.isVisible() and OGL in detail.benchmark_source.text()
    openness = window.state.survey.find_question(OPENNESS)
    questions.select(openness.id)
    assert detail.benchmark.text().startswith("No figure of the Probation Service nationally (CSPS 2024)")
    assert not detail.benchmark_source.isVisible()

    # in a narrow window the question text keeps its room: the type, then the difference, give way
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: table.isColumnHidden(QuestionTableModel.BENCHMARK), timeout=3000)
    assert table.isColumnHidden(QuestionTableModel.TYPE)
    window.resize(1800, 1000)
    qtbot.waitUntil(lambda: not table.isColumnHidden(QuestionTableModel.BENCHMARK), timeout=3000)


def test_no_benchmark_hides_the_figures_and_undo_brings_them_back(qtbot, probation) -> None:  # noqa: ANN001
    window = probation
    overview, questions = window.panels["overview"], window.panels["questions"]
    chooser = overview.chooser
    window.resize(1800, 1000)
    window.show_panel("questions")
    qtbot.waitUntil(lambda: not questions.table.isColumnHidden(QuestionTableModel.BENCHMARK), timeout=3000)
    compared(qtbot, window, lambda: chooser.combo.activated.emit(chooser.combo.findData(None)), expect_none=True)
    assert window.state.analysis("benchmark") is None and "benchmark" not in window.state.project.settings
    assert not overview.source.text() and not overview.card_for("workload").benchmark_label.text()
    assert questions.table.isColumnHidden(QuestionTableModel.BENCHMARK)
    assert window.actions_by_name["undo"].text() == "&Undo compare with no benchmark"
    compared(qtbot, window, window.actions_by_name["undo"].trigger)
    assert chooser.combo.currentData() == PROBATION and overview.source.text()
    qtbot.waitUntil(lambda: not questions.table.isColumnHidden(QuestionTableModel.BENCHMARK), timeout=3000)


def test_the_survey_menu_chooses_a_benchmark(qtbot, window) -> None:  # noqa: ANN001
    menu = window.actions_by_name["benchmark"].menu()
    actions = fill_benchmark_menu(menu, window, window.state)
    assert all("&" in a.text().replace("&&", "") for a in menu.actions() if not a.isSeparator())
    assert actions[""].isChecked() and not actions["review"].isEnabled()
    comparison = compared(qtbot, window, actions["csps-2024-median"].trigger)
    assert comparison.to_dict() == core_comparison(window, "csps-2024-median").to_dict()
    line = window.panels["overview"].card_for("I am proud").benchmark_label.text()
    assert "below the Civil Service benchmark (66%, CSPS 2024)" in line
    assert item_for(comparison, PROUD).sentence.endswith(f", {line}")
    actions = fill_benchmark_menu(menu, window, window.state)
    assert actions["csps-2024-median"].isChecked() and actions["review"].isEnabled()
    assert window.panels["overview"].chooser.combo.currentData() == "csps-2024-median"


def _own_csv(folder: Path, rows: str, name: str = "regional.csv") -> Path:
    path = folder / name
    path.write_text(rows, encoding="utf-8")
    return path


def test_a_users_csv_works_and_a_broken_one_is_one_line(qtbot, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    good = _own_csv(tmp_path, f"question,percent,respondents\n{WORKLOAD},50%,400\n{PROUD},70,400\n")
    broken = _own_csv(tmp_path, "statement,score\nMy workload is manageable,50\n", "broken.csv")
    chooser = window.panels["overview"].chooser
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "")))
    comparison = compared(qtbot, window, lambda: chooser.combo.activated.emit(chooser.combo.findData(OWN_CSV)))
    assert comparison.to_dict() == core_comparison(window, str(good)).to_dict()
    workload = item_for(comparison, WORKLOAD)
    card = window.panels["overview"].card_for("workload is manageable")
    line = card.benchmark_label.text()
    assert line == "8 points below the regional benchmark (50%, regional.csv); the difference could be chance."
    assert workload.sentence.endswith(f", {line}")
    assert "Two-proportion z-test: p = " in card.benchmark_label.toolTip()  # the CSV gave respondents
    assert window.state.project.settings["benchmark"] == str(good.resolve())
    assert chooser.combo.currentText() == "Your own: regional.csv"
    assert window.panels["overview"].source.text() == "Benchmark figures: regional.csv (the user's benchmark)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), "")))
    with qtbot.waitSignal(window.runner.finished, timeout=OPEN_TIMEOUT_MS):
        chooser.combo.activated.emit(chooser.combo.findData(OWN_CSV))
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "userMessage" and b.isVisible()]
    assert len(boxes) == 1 and boxes[0].windowTitle() == "Cannot use the benchmark"
    text = boxes[0].text()
    assert "\n" not in text and text.startswith("broken.csv: a benchmark file needs the columns question and percent")
    boxes[0].close()
    # the benchmark in use stays, with its figures
    assert window.state.project.settings["benchmark"] == str(good.resolve())
    assert chooser.combo.currentText() == "Your own: regional.csv"
    assert window.state.analysis("benchmark") is comparison


def test_confirm_reject_and_undo_change_the_comparison(qtbot, probation) -> None:  # noqa: ANN001
    window, state = probation, probation.state
    chooser = window.panels["overview"].chooser
    chooser.review_button.click()
    review = chooser.review_dialog
    assert review is not None and review.isVisible()
    first = review.model.item_at(0)
    assert first.proposed and review.confirm_button.isEnabled()  # proposed matches are listed first
    workload = state.survey.find_question(WORKLOAD)
    assert review.select(workload.id) and review.current_item().proposed
    assert review.model.cells(review.model.row_of(workload.id))[1:4] == ["I have an acceptable workload",
                                                                          "59%", "⚑ proposed"]

    # confirm: saved in the project, no longer proposed, the card loses its flag
    after = compared(qtbot, window, review.confirm_selected)
    assert not item_for(after, WORKLOAD).proposed and len(after.proposed) == 6
    assert state.project.benchmark_matches == [{"question": WORKLOAD, "benchmark": "I have an acceptable workload",
                                                "decision": "confirmed", "code": "B33"}]
    assert after.to_dict() == core_comparison(window).to_dict()
    assert not window.panels["overview"].card_for("workload").benchmark_label.text().startswith("⚑")
    assert review.current_item().question == WORKLOAD and not review.confirm_button.isEnabled()
    undone = compared(qtbot, window, review.undo_button.click)
    assert item_for(undone, WORKLOAD).proposed and state.project.benchmark_matches == []

    # reject the vision match: never paired with that wording again; undo puts it back
    vision = state.survey.find_question(VISION)
    assert review.select(vision.id) and review.current_item().benchmark_code == "B59"
    rejected = compared(qtbot, window, review.reject_selected)
    assert all(m.benchmark_code != "B59" for m in rejected.matched if m.question == VISION)
    assert rejected.to_dict() == core_comparison(window).to_dict()
    assert review.rejected_list.isVisible() and review.rejected_list.count() == 1
    assert window.actions_by_name["undo"].text().startswith("&Undo reject the benchmark match of “The vision")
    restored = compared(qtbot, window, window.actions_by_name["undo"].trigger)
    assert item_for(restored, VISION).benchmark_code == "B59" and item_for(restored, VISION).proposed
    assert not review.rejected_list.isVisible()
    again = compared(qtbot, window, window.actions_by_name["redo"].trigger)
    assert all(m.benchmark_code != "B59" for m in again.matched if m.question == VISION)

    # a rejection taken back ("Allow again") lets the app propose the pair again
    review.rejected_list.setCurrentRow(0)
    allowed = compared(qtbot, window, review.forget_button.click)
    assert item_for(allowed, VISION).benchmark_code == "B59" and state.project.benchmark_matches == []
    review.close()


def test_pair_by_hand_with_a_benchmark_question(qtbot, probation) -> None:  # noqa: ANN001
    window, state = probation, probation.state
    window.panels["overview"].chooser.review_button.click()
    review = window.panels["overview"].chooser.review_dialog
    assert review.pair_button.isEnabled()
    dialog = review.pair_by_hand()
    assert dialog.isVisible() and dialog.windowTitle() == "Pair with a benchmark question"
    dialog.choose(OPENNESS, SAFE_TO_CHALLENGE)
    paired = compared(qtbot, window, dialog.ok_button.click)
    item = item_for(paired, OPENNESS)
    assert item.benchmark_code == "B46" and item.method == "manual" and not item.proposed
    assert paired.to_dict() == core_comparison(window).to_dict()
    openness = state.survey.find_question(OPENNESS)
    model = window.panels["questions"].model
    index = model.index(model.row_of(openness.id), QuestionTableModel.BENCHMARK)
    assert index.data(DIFFERENCE_ROLE) == pytest.approx(item.difference_points)
    assert window.panels["overview"].card_for("promotes openness").benchmark_label.isVisible()
    assert review.model.cells(review.model.row_of(openness.id))[3] == "by hand"
    compared(qtbot, window, window.actions_by_name["undo"].trigger)
    assert not window.panels["overview"].card_for("promotes openness").benchmark_label.isVisible()
    review.close()


def test_the_choice_and_decisions_survive_saving_and_reopening(qtbot, probation, make_window,
                                                                tmp_path) -> None:  # noqa: ANN001
    window, state = probation, probation.state
    session = benchmark_session(state)
    item = item_for(session.comparison, WORKLOAD)
    compared(qtbot, window, lambda: session.confirm(item))
    path = state.save_project(tmp_path / "benchmarked.fbproj")
    saved = load_project(path)
    assert saved.settings["benchmark"] == PROBATION
    assert [m["decision"] for m in saved.benchmark_matches] == ["confirmed"]

    other = make_window()
    open_and_wait(qtbot, other, path)
    qtbot.waitUntil(lambda: other.state.analysis("benchmark") is not None, timeout=OPEN_TIMEOUT_MS)
    reopened = other.state.analysis("benchmark")
    assert reopened.to_dict() == session.comparison.to_dict()
    assert not item_for(reopened, WORKLOAD).proposed
    assert other.panels["overview"].chooser.combo.currentData() == PROBATION
    assert isinstance(other.state.project, Project) and not other.isWindowModified()


def test_the_review_has_named_controls_and_mnemonics(qtbot, probation) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QAbstractButton, QLabel

    chooser = probation.panels["overview"].chooser
    review = chooser.open_review()
    texts = [b.text() for b in review.findChildren(QAbstractButton) if b.text() and b.text() != "Close"]
    texts += [label.text() for label in review.findChildren(QLabel) if label.buddy() is not None]
    letters = [t.replace("&&", "").split("&")[1][:1].lower() if "&" in t.replace("&&", "") else None for t in texts]
    assert None not in letters and len(set(letters)) == len(letters), texts
    assert review.table.accessibleName() == "Benchmark matches" and OGL in review.source.text()
    assert review.summary.text().startswith("13 figures compared with the Probation Service nationally")
    review.close()


def test_a_new_confidence_level_compares_again(qtbot, probation) -> None:  # noqa: ANN001
    from dataclasses import replace

    window = probation
    assert window.state.analysis("benchmark").alpha == pytest.approx(0.05)
    settings = replace(window.state.settings, confidence=0.9)
    again = compared(qtbot, window, lambda: window.state.apply_settings(settings))
    assert again.alpha == pytest.approx(0.1)
    assert again.to_dict() == core_comparison(window).to_dict()


def test_a_users_csv_that_moved_is_found_beside_the_project_or_said_missing(qtbot, window, make_window,
                                                                             tmp_path) -> None:  # noqa: ANN001
    elsewhere, project_folder = tmp_path / "downloads", tmp_path / "project"
    elsewhere.mkdir()
    project_folder.mkdir()
    own = _own_csv(elsewhere, f"question,percent\n{WORKLOAD},50\n")
    compared(qtbot, window, lambda: benchmark_session(window.state).choose(str(own)))
    path = window.state.save_project(project_folder / "with own.fbproj")

    own.rename(project_folder / own.name)  # the project and its benchmark copied together to another place
    beside = make_window()
    open_and_wait(qtbot, beside, path)
    qtbot.waitUntil(lambda: beside.state.analysis("benchmark") is not None, timeout=OPEN_TIMEOUT_MS)
    assert item_for(beside.state.analysis("benchmark"), WORKLOAD).benchmark_percent == 50

    (project_folder / own.name).unlink()  # and now it is nowhere: a one-line note, no figures, nothing lost
    missing = make_window()
    open_and_wait(qtbot, missing, path)
    overview = missing.panels["overview"]
    qtbot.waitUntil(lambda: overview.benchmark_note.text() != "", timeout=OPEN_TIMEOUT_MS)
    note = overview.benchmark_note.text()
    assert note.startswith("The benchmark could not be compared: regional.csv: ") and "\n" not in note
    assert missing.state.analysis("benchmark") is None and not overview.source.text()
    assert missing.state.project.settings["benchmark"] == str(own.resolve())  # the choice is kept
