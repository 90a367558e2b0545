"""The Comments panel on the sample User Voice survey, through the real window and task runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from feedback_gui.core.comments import analyse_comments, comment_key
from feedback_gui.core.comments.inputs import codebook_for, comment_inputs
from feedback_gui.core.importing import read_survey
from feedback_gui.core.resources import resource_path, sample_path
from feedback_gui.gui.comments.filter import NO_THEME
from feedback_gui.gui.comments.models import CommentTableModel

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, comments_panel, open_and_wait, wait_ready

SAMPLE = "user_voice_2024.xlsx"


@pytest.fixture(scope="module")
def expected():  # noqa: ANN201
    """The core's own analysis of the sample's comments (what the panel must show)."""
    survey = read_survey(sample_path(SAMPLE))
    inputs = comment_inputs(survey)
    return analyse_comments(inputs, codebook_for(survey, inputs))


@pytest.fixture
def panel(qtbot, make_window):  # noqa: ANN001, ANN201
    """The Comments panel on the User Voice sample, its analysis done."""
    panel = comments_panel(qtbot, make_window, SAMPLE)
    wait_ready(qtbot, panel.window())  # a progress dialog may have come and gone
    return panel


def _analysed(qtbot, panel, action) -> None:  # noqa: ANN001
    """Do ``action`` and wait for the analysis it starts."""
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        action()


def _shown(panel) -> list:  # noqa: ANN001
    """The comments in the table, top to bottom."""
    model = panel.table_model
    return [model.comment_at(r) for r in range(model.rowCount())]


def _click_theme(qtbot, panel, name: str) -> None:  # noqa: ANN001
    row = panel.themes.model.names().index(name)
    view = panel.themes.list
    rect = view.visualRect(panel.themes.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_themes_show_the_cores_counts(panel, expected) -> None:  # noqa: ANN001
    model = panel.themes.model
    names = model.names()
    assert names[0] == "All comments" and names[-1] == "No theme"
    assert "Mental health" in names and "Finance, benefits and debt" in names
    for theme in expected.themes:
        assert model.counts_of(theme.name) == (theme.count, theme.by_sentiment)
    health = expected.themes[[t.name for t in expected.themes].index("Mental health")]
    row = names.index("Mental health")
    assert [model.index(row, c).data() for c in range(6)] == [
        "Mental health", str(health.count), *(str(health.by_sentiment[k]) for k in
                                              ("positive", "negative", "neutral", "mixed"))]
    accessible = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith(f"Mental health: {health.count} comments; {health.by_sentiment['positive']} positive")
    assert panel.summary.text().startswith(f"{len(expected.comments)} comments to 2 questions")
    assert panel.codebook_box.currentText() == "Automatic: User Voice"
    assert panel.table_model.rowCount() == len(expected.comments)


def test_clicking_a_theme_filters_the_table(qtbot, panel, expected) -> None:  # noqa: ANN001
    _click_theme(qtbot, panel, "Finance, benefits and debt")
    finance = next(t for t in expected.themes if t.name == "Finance, benefits and debt")
    shown = _shown(panel)
    assert len(shown) == finance.count > 0
    assert all("Finance, benefits and debt" in c.themes.themes for c in shown)
    assert panel.filter_note.text().startswith(f"Showing {finance.count} of {len(expected.comments)} comments: theme")
    assert panel.quotes_title.text() == "Quotes: Finance, benefits and debt"
    assert finance.quotes[0] in panel.quotes.quotes_text()
    assert panel.filters.buttons["positive"].text() == f"&Positive {finance.by_sentiment['positive']}"
    panel.themes.select(NO_THEME)
    assert _shown(panel) and all(not c.themes.hits for c in _shown(panel))


def test_negative_filter_then_search(qtbot, panel, expected) -> None:  # noqa: ANN001
    qtbot.mouseClick(panel.filters.buttons["negative"], Qt.MouseButton.LeftButton)
    shown = _shown(panel)
    assert len(shown) == expected.sentiment_counts["negative"] > 0
    labels = {panel.table_model.cells(r)[CommentTableModel.SENTIMENT].split(" · ")[0] for r in range(len(shown))}
    assert labels == {"Negative"}  # with how sure the analyser is: "Negative · 62%"
    qtbot.mouseClick(panel.filters.buttons[None], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.filters.search, "housing")
    qtbot.waitUntil(lambda: "containing “housing”" in panel.filter_note.text(), timeout=WAIT_MS)
    wanted = [c for c in expected.comments if "housing" in c.text.lower()]
    assert [c.text for c in _shown(panel)] == [c.text for c in wanted] and wanted
    panel.filters.clear_button.click()
    assert panel.table_model.rowCount() == len(expected.comments) and panel.filters.search.text() == ""


def test_comments_are_redacted_unless_the_user_confirms(qtbot, panel) -> None:  # noqa: ANN001
    texts = [c.text for c in _shown(panel)]
    assert any("[CASE REF]" in t for t in texts) and not any("X123456" in t for t in texts)
    assert "2 case references hidden" in panel.summary.text()
    panel.personal_check.click()
    box = panel.personal_box
    assert box is not None and not panel.personal_check.isChecked()  # nothing shown before the user says yes
    box.button(QMessageBox.StandardButton.No).click()
    assert not panel.session.show_personal
    panel.personal_check.click()
    _analysed(qtbot, panel, panel.personal_box.button(QMessageBox.StandardButton.Yes).click)
    assert panel.personal_check.isChecked()
    assert any("X123456" in c.text for c in _shown(panel))
    _analysed(qtbot, panel, panel.personal_check.click)
    assert not any("X123456" in c.text for c in _shown(panel))


def test_relabelling_changes_label_counts_and_project(qtbot, panel, expected) -> None:  # noqa: ANN001
    state = panel.state
    _click_theme(qtbot, panel, "Mental health")
    before = dict(panel.themes.model.counts_of("Mental health")[1])
    row = next(r for r, c in enumerate(_shown(panel)) if c.sentiment.label == "neutral")
    comment = _shown(panel)[row]
    panel.table.selectRow(row)
    panel.relabel_box.setCurrentIndex(panel.relabel_box.findData("negative"))
    panel.relabel_box.activated.emit(panel.relabel_box.currentIndex())
    key = comment_key(comment.row, comment.question)
    assert state.project.sentiment_corrections == {key: "negative"}
    assert state.modified and panel.window().isWindowModified()
    after = panel.themes.model.counts_of("Mental health")[1]
    assert after["negative"] == before["negative"] + 1 and after["neutral"] == before["neutral"] - 1
    new_row = panel.table_model.row_of(panel.session.analysis.comments.index(
        next(c for c in panel.session.analysis.comments if c.key == key)))
    assert panel.table_model.cells(new_row)[CommentTableModel.SENTIMENT] == "Negative (edited)"
    assert "the analyser said neutral" in panel.selected_note.text()
    assert state.analysis("comments").sentiment_counts["negative"] == expected.sentiment_counts["negative"] + 1
    # the context menu puts the analyser's label back
    menu = panel.table.menu_for(new_row)
    restore = next(a for a in menu.actions() if a.text() == "&Use the analyser's label")
    restore.trigger()
    assert state.project.sentiment_corrections == {}
    assert panel.themes.model.counts_of("Mental health")[1] == before
    # and editing the Sentiment cell in place relabels too
    index = panel.table_model.index(new_row, CommentTableModel.SENTIMENT)
    assert panel.table_model.setData(index, "positive")
    qtbot.waitUntil(lambda: state.project.sentiment_corrections == {key: "positive"}, timeout=WAIT_MS)


def test_clicking_a_word_of_the_cloud_filters(qtbot, panel) -> None:  # noqa: ANN001
    canvas = panel.cloud.canvas
    run = panel.session.run
    term = run.picture.boxes[0][0]
    point = canvas.term_centre(term)
    assert canvas.term_at(point) == term
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    rows = set(run.cloud.rows_for(term))
    assert set(panel.table_model.indices()) == rows and rows
    assert all(term.split()[0] in c.text.lower() for c in _shown(panel))
    assert f"using the word “{term}”" in panel.filter_note.text()
    # the same words as a list, one key away, for keyboard users
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert panel.cloud.showing_list() and panel.words_toggle.isChecked()
    second = panel.cloud.model.term_at(1)
    panel.cloud.table.activated.emit(panel.cloud.model.index(1, 0))
    assert set(panel.table_model.indices()) == set(run.cloud.rows_for(second))


def test_theme_counts_as_a_table_one_key_away(qtbot, panel) -> None:  # noqa: ANN001
    panel.themes.list.setFocus()
    qtbot.keyClick(panel.themes.list, Qt.Key.Key_T)
    assert panel.themes.showing_table() and panel.themes_toggle.isChecked()
    assert panel.themes.table.accessibleName() == "Themes table"
    assert panel.cloud.canvas.accessibleDescription().startswith("Most used words: ")


def test_adopting_a_discovered_theme(qtbot, panel) -> None:  # noqa: ANN001
    analysis = panel.session.analysis
    assert analysis.discovered and panel.discovered.count() == len(analysis.discovered)
    found = analysis.discovered[0]
    panel.discovered.setCurrentRow(0)
    assert set(panel.table_model.indices()) == set(found.members)
    dialog = panel.adopt_selected()
    assert dialog.textValue() == found.name
    dialog.setTextValue("Help and support")
    _analysed(qtbot, panel, dialog.accept)
    state = panel.state
    assert "Help and support" in panel.session.analysis.codebook.theme_names
    saved = {t["name"]: t["keywords"] for t in state.project.codebook["themes"]}
    assert saved["Help and support"] == list(found.terms)
    assert panel.codebook_box.currentData() == "project" and state.modified
    assert "Help and support" in panel.themes.model.names()


def test_codebook_editor_renames_merges_and_round_trips(qtbot, panel, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = panel.open_codebook_editor()
    assert dialog.rename_theme("Mental health", "Mental and emotional health")
    assert dialog.merge_themes(["Accommodation", "Finance, benefits and debt"], "Housing and money")
    dialog.select("Housing and money")
    assert "benefit" in dialog.keywords.toPlainText()
    dialog.keywords.setPlainText(dialog.keywords.toPlainText() + "\nfood bank")
    path = tmp_path / "codebook.json"
    assert dialog.export_file(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    merged = next(t for t in exported["themes"] if t["name"] == "Housing and money")
    assert "food bank" in merged["keywords"]
    _analysed(qtbot, panel, dialog.accept)
    names = panel.themes.model.names()
    assert "Mental and emotional health" in names and "Housing and money" in names and "Accommodation" not in names
    assert panel.state.project.codebook["themes"] == exported["themes"]
    again = panel.open_codebook_editor()
    assert again.import_file(resource_path("codebooks", "user_voice.json"))
    assert "Accommodation" in again.codebook.theme_names
    again.reject()


def test_cancelled_analysis_leaves_the_panel_usable(qtbot, panel, expected) -> None:  # noqa: ANN001
    session = panel.session
    with qtbot.waitSignal(session.cancelled, timeout=OPEN_TIMEOUT_MS):
        task = session.refresh()
        task.cancel()
    assert not session.running and panel.status.isVisible() and "cancelled" in panel.status.text()
    assert panel.again_button.isVisible() and panel.body.isVisible()
    qtbot.mouseClick(panel.filters.buttons["positive"], Qt.MouseButton.LeftButton)
    assert len(_shown(panel)) == expected.sentiment_counts["positive"]
    _analysed(qtbot, panel, panel.again_button.click)
    assert not panel.status.isVisible() and not panel.again_button.isVisible()


def test_a_survey_without_free_text_says_so(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, sample_path("case_audit_2024.xlsx"))
    window.show_panel("comments")
    panel = window.panels["comments"]
    assert panel.empty.isVisible() and "no free-text questions" in panel.empty.text()
    assert not panel.body.isVisible() and not panel.edit_button.isEnabled()


def test_one_question_at_a_time(qtbot, panel) -> None:  # noqa: ANN001
    question = "What could probation do better?"
    survey = read_survey(sample_path(SAMPLE))
    inputs = [c for c in comment_inputs(survey) if c.question == question]
    box = panel.question_box
    assert box.itemText(0) == "All free-text questions (2)"
    row = box.findText(question)
    box.setCurrentIndex(row)
    _analysed(qtbot, panel, lambda: box.activated.emit(row))
    assert {c.question for c in _shown(panel)} == {question} and len(_shown(panel)) == len(inputs)
    assert panel.summary.text().startswith(f"{len(inputs)} comments to 1 question")


def test_relabels_and_codebook_come_back_with_the_project(qtbot, panel, make_window, tmp_path: Path) -> None:  # noqa: ANN001
    first = _shown(panel)[0]
    label = "mixed" if first.sentiment.label != "mixed" else "positive"  # a label other than the analyser's
    panel.session.relabel(panel.table_model.index_at(0), label)
    panel.discovered.setCurrentRow(0)
    _analysed(qtbot, panel, lambda: panel.adopt_selected("Help and support"))
    project = panel.state.save_project(tmp_path / "voice.fbproj")
    window = make_window()
    open_and_wait(qtbot, window, project)
    again = window.panels["comments"]
    _analysed(qtbot, again, lambda: window.show_panel("comments"))
    assert again.codebook_box.currentData() == "project" and "Help and support" in again.themes.model.names()
    comment = next(c for c in again.session.analysis.comments if c.key == first.key)
    assert comment.sentiment.label == label and comment.sentiment.corrected


def test_relabel_in_the_table_with_the_keyboard(qtbot, qtlog, panel) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QComboBox

    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.table_model.index(0, CommentTableModel.SENTIMENT))
    comment = _shown(panel)[0]
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Sentiment label"
    target = next(label for label in ("mixed", "negative") if label != comment.sentiment.label)
    editor.setCurrentIndex(editor.findData(target))
    editor.activated.emit(editor.currentIndex())  # as a click or Enter on a label does
    qtbot.waitUntil(lambda: panel.state.project.sentiment_corrections == {comment.key: target}, timeout=WAIT_MS)
    assert table.findChild(QComboBox) is None or not table.findChild(QComboBox).isVisible()
    shown = {c.key: c for c in _shown(panel)}
    assert shown[comment.key].sentiment.label == target and shown[comment.key].sentiment.corrected
    assert not [m for m in qtlog.records if "editor" in m.message.lower()]  # no "editor does not belong" warning


def test_ctrl_f_goes_to_the_search_box(qtbot, panel) -> None:  # noqa: ANN001
    window = panel.window()
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filters.search.hasFocus()
