"""The import preview: the layout found, each question's type (editable), and the project recording it."""

from __future__ import annotations

from feedback_gui.core.project import Project
from feedback_gui.core.resources import sample_path
from feedback_gui.core.survey import QuestionType
from feedback_gui.gui.preview import PreviewModel, TypeDelegate

from .conftest import OPEN_TIMEOUT_MS, open_and_wait


def _type_cell(window, text: str) -> str:  # noqa: ANN001
    model = window.panels["questions"].model
    row = next(r for r in range(model.rowCount()) if model.result_at(r).text == text)
    return model.index(row, model.TYPE).data()


def test_preview_lists_questions_and_layout(window) -> None:  # noqa: ANN001
    dialog = window.show_question_types()
    assert dialog.isVisible()
    assert "One header row" in dialog.layout_label.text() and "81 respondents" in dialog.layout_label.text()
    assert not dialog.sheet.isVisibleTo(dialog)  # one sheet only
    model = dialog.model
    columns = (model.TYPE, model.CONFIDENCE, model.REASON, model.OPTIONS, model.ANSWERED)
    rows = {model.question_at(r).text: [model.index(r, c).data() for c in columns] for r in range(model.rowCount())}
    assert rows["What is your grade?"][:2] == ["Demographic", "Medium"]
    assert rows["My workload is manageable"] == ["Yes / No", "High",
                                                 "Yes/No answers; Not applicable leaves the denominator",
                                                 "Yes · No  (not counted: Not applicable)", "81 of 81"]
    assert rows["Email"][:2] == ["Metadata (not reported)", "High"]


def test_changing_a_type_shows_in_the_questions_table_and_project(window) -> None:  # noqa: ANN001
    dialog = window.show_question_types()
    assert _type_cell(window, "What is your grade?") == "Demographic"
    assert dialog.set_type("What is your grade?", QuestionType.SINGLE_CHOICE)
    assert _type_cell(window, "What is your grade?") == "Single choice"
    assert window.state.project.overrides[Project.key("What is your grade?")].type == "single_choice"
    assert window.isWindowModified()
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.question_at(r).text == "What is your grade?")
    assert dialog.model.index(row, PreviewModel.TYPE).data() == "Single choice"
    assert "detected as Demographic" in dialog.model.index(row, PreviewModel.TYPE).data(3)  # tooltip
    by = window.panels["questions"].detail.breakdown.by
    assert [by.itemText(i) for i in range(by.count())] == ["Which office do you mainly work from?"]


def test_type_editor_offers_every_type(window) -> None:  # noqa: ANN001
    dialog = window.show_question_types()
    index = dialog.model.index(0, PreviewModel.TYPE)
    editor = TypeDelegate().createEditor(dialog.table.viewport(), None, index)
    assert editor.count() == len(QuestionType)
    assert editor.findData("free_text") >= 0


def test_saved_type_is_reapplied_when_the_project_is_opened(qtbot, window, make_window, tmp_path) -> None:  # noqa: ANN001
    window.show_question_types().set_type("What is your grade?", QuestionType.SINGLE_CHOICE)
    saved = window.state.save_project(tmp_path / "suffolk")
    assert saved.name == "suffolk.fbproj" and not window.isWindowModified()
    assert "suffolk.fbproj" in window.windowTitle()
    second = make_window()
    open_and_wait(qtbot, second, saved)
    assert second.state.survey.find_question("What is your grade?").type == QuestionType.SINGLE_CHOICE
    assert _type_cell(second, "What is your grade?") == "Single choice"
    assert second.windowTitle().startswith("suffolk.fbproj — staff_survey_2024.xlsx")


def test_sheet_chooser_reimports_the_chosen_sheet(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, sample_path("case_audit_2024.xlsx"))
    dialog = window.show_question_types()
    assert dialog.sheet.isVisibleTo(dialog)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Cases", "Organisational ratings"]
    with qtbot.waitSignal(window.opener.opened, timeout=OPEN_TIMEOUT_MS):
        dialog.sheet.setCurrentIndex(1)
        dialog.sheet.activated.emit(1)
    assert window.state.survey.layout.sheet == "Organisational ratings"
    assert "Organisational ratings" in dialog.layout_label.text()
    assert window.state.project.surveys[0].sheet == "Organisational ratings"
