"""A relabel updates the Comments table's arrays and the panel as building them again from scratch would."""

from __future__ import annotations

import pytest

from feedback_gui.core.comments import LABELS, CommentAnalysis, analyse_comments, built_in_codebook
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.importing import read_survey
from feedback_gui.core.resources import sample_path
from feedback_gui.gui.comments.filter import (
    NO_THEME,
    SORT_COLUMNS,
    CommentFilter,
    FilterIndex,
    filter_index,
    relabelled_index,
    sorted_indices,
    unthemed_counts,
    visible_indices,
)

from .conftest import OPEN_TIMEOUT_MS, open_and_wait


@pytest.fixture(scope="module")
def analysis() -> CommentAnalysis:
    survey = read_survey(sample_path("user_voice_2024.xlsx"))
    return analyse_comments(comment_inputs(survey), built_in_codebook("user_voice"), discover=False, workers=1)


def test_the_arrays_carried_over_a_relabel_are_those_built_afresh(analysis: CommentAnalysis) -> None:
    filter_index(analysis).orders()  # as the background run leaves them
    answered = [i for i, c in enumerate(analysis.comments) if c.answered]
    corrections = {analysis.comments[i].key: LABELS[(LABELS.index(analysis.comments[i].sentiment.label) + 1) % 4]
                   for i in answered[:40:3]}
    after = analysis.with_corrections(corrections)
    changed = [i for i, (a, b) in enumerate(zip(analysis.comments, after.comments, strict=True)) if a != b]
    assert len(changed) == len(corrections)
    carried, fresh = relabelled_index(analysis, after, changed), FilterIndex(after)
    assert filter_index(after) is carried
    assert carried.codes.tolist() == fresh.codes.tolist()
    assert {k: v.tolist() for k, v in carried.orders().items()} == {k: v.tolist() for k, v in fresh.orders().items()}
    assert unthemed_counts(after) == unthemed_counts(analysis.with_corrections(corrections))
    everything = list(range(len(after.comments)))
    for column in range(len(SORT_COLUMNS)):
        by_hand = sorted(everything, key=lambda i, c=column: _sort_key(after, i, c))
        assert sorted_indices(after, everything, column) == by_hand, SORT_COLUMNS[column]
    for sentiment in (None, *LABELS):
        for theme in (None, NO_THEME, after.themes[0].name):
            chosen = CommentFilter(theme=theme, sentiment=sentiment)
            assert visible_indices(after, chosen) == [
                i for i, c in enumerate(after.comments) if c.answered
                and (sentiment is None or c.sentiment.label == sentiment)
                and (theme is None or (not c.themes.hits if theme == NO_THEME else c.themes.strength(theme) > 0))]


def _sort_key(analysis: CommentAnalysis, i: int, column: int) -> tuple:
    c = analysis.comments[i]
    name = SORT_COLUMNS[column]
    if name == "row":
        return (c.row, c.question)
    if name == "question":
        return (c.question, c.row)
    if name == "text":
        return (c.text.casefold(), i)
    if name == "sentiment":
        return (LABELS.index(c.sentiment.label), i)
    return (c.themes.themes or ("\uffff",), i)


def test_relabelling_with_a_sentiment_filter_shows_what_the_core_says(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    panel = window.panels["comments"]
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    panel.choose_sentiment("neutral")
    listed = panel.table_model.rowCount()
    panel.table.selectRow(0)
    comment = panel.table_model.comment_at(0)
    assert panel.relabel_selected("negative")
    corrections = window.state.project.sentiment_corrections
    assert corrections == {comment.key: "negative"}
    shown = panel.session.analysis
    assert shown == panel.session.run.analysis.with_corrections(corrections)
    assert window.state.analysis("comments") is shown
    assert panel.table_model.rowCount() == listed - 1  # it is no longer neutral
    assert comment.key not in {panel.table_model.comment_at(r).key for r in range(listed - 1)}
    assert panel.filter_note.text().startswith(f"Showing {listed - 1:,} of ")
    panel.choose_sentiment(None)
    row = panel.table_model.row_of(shown.comments.index(next(c for c in shown.comments if c.key == comment.key)))
    assert panel.table_model.cells(row)[3] == "Negative (edited)"
    window.state.undo_stack.undo()
    assert panel.session.analysis == panel.session.run.analysis
    assert panel.filter_note.text() == f"Showing all {panel.table_model.rowCount():,} comments."
