"""Checking the least confident comments: the panel lists exactly the core's ``least_certain``, in its order,
20 at a time, within the other filters; the table shows each comment's confidence as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from feedback_gui.core.comments import LABELS, CommentAnalysis, analyse_comments, built_in_codebook
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.comments.learning import least_certain
from feedback_gui.core.importing import read_survey
from feedback_gui.core.resources import sample_path
from feedback_gui.gui.comments.filter import (
    TABLE_COLUMNS,
    CommentFilter,
    describe_filter,
    filter_index,
    relabelled_index,
    sorted_indices,
    unreviewed_count,
    visible_indices,
)
from feedback_gui.gui.comments.layout import LEAST_CERTAIN_PAGE
from feedback_gui.gui.comments.models import CommentTableModel

from .conftest import comments_panel

SAMPLE = "user_voice_2024.xlsx"


@pytest.fixture(scope="module")
def analysis() -> CommentAnalysis:
    survey = read_survey(sample_path(SAMPLE))
    return analyse_comments(comment_inputs(survey), built_in_codebook("user_voice"), discover=False, workers=1)


def _other(label: str) -> str:
    return LABELS[(LABELS.index(label) + 1) % len(LABELS)]


def test_the_least_confident_are_the_cores_in_its_order(analysis: CommentAnalysis) -> None:
    order = least_certain(analysis, None)
    answered = sum(c.answered for c in analysis.comments)
    assert len(order) == answered > LEAST_CERTAIN_PAGE
    for n in (1, LEAST_CERTAIN_PAGE, answered - 1, answered, answered + 1):  # the page size on and beside the end
        assert visible_indices(analysis, CommentFilter(least_certain=n)) == least_certain(analysis, n)
    # a comment relabelled, and one whose saved label agrees with the analyser, are both left out
    relabel, agree = order[0], order[1]
    corrections = {analysis.comments[relabel].key: _other(analysis.comments[relabel].sentiment.label),
                   analysis.comments[agree].key: analysis.comments[agree].sentiment.label}
    after = analysis.with_corrections(corrections)
    changed = [i for i, (a, b) in enumerate(zip(analysis.comments, after.comments, strict=True)) if a != b]
    assert changed == [relabel]
    carried = relabelled_index(analysis, after, changed)  # as a relabel in the window carries the arrays over
    assert filter_index(after) is carried
    shown = visible_indices(after, CommentFilter(least_certain=LEAST_CERTAIN_PAGE), corrections)
    assert shown == least_certain(after, LEAST_CERTAIN_PAGE, corrections) == order[2:LEAST_CERTAIN_PAGE + 2]
    assert unreviewed_count(after, CommentFilter(least_certain=1), corrections) == answered - 2


def test_least_confident_within_the_other_filters(analysis: CommentAnalysis) -> None:
    everyone = least_certain(analysis, None)
    theme = analysis.themes[0].name
    word = analysis.comments[everyone[3]].text.split()[0]
    for chosen in (CommentFilter(sentiment="negative"), CommentFilter(theme=theme), CommentFilter(search=word),
                   CommentFilter(sentiment="positive", theme=theme)):
        passing = set(visible_indices(analysis, chosen))
        expected = [i for i in everyone if i in passing]
        picked = visible_indices(analysis, chosen.with_(least_certain=5))
        assert picked == expected[:5], chosen
        assert unreviewed_count(analysis, chosen.with_(least_certain=5)) == len(expected)


def test_sorting_by_confidence_is_least_sure_then_file_order(analysis: CommentAnalysis) -> None:
    everything = list(range(len(analysis.comments)))
    column = TABLE_COLUMNS.index("confidence")
    assert column == CommentTableModel.CONFIDENCE
    by_hand = sorted(everything, key=lambda i: (analysis.comments[i].sentiment.confidence, i))
    assert sorted_indices(analysis, everything, column) == by_hand
    assert sorted_indices(analysis, everything, column, descending=True) == by_hand[::-1]


def test_the_note_says_what_is_listed() -> None:
    chosen = CommentFilter(least_certain=20, sentiment="negative")
    assert describe_filter(chosen, 20, 96, 40) == ("Showing the 20 least confident of 40 comments you have not "
                                                   "labelled, least sure first: negative.")
    assert describe_filter(chosen, 0, 96, 0).startswith("No comment left to check")
    assert describe_filter(CommentFilter(learned=True), 3, 96) == ("Showing 3 of 96 comments: relabelled by "
                                                                  "learning from your corrections.")


@pytest.fixture
def panel(qtbot, make_window):  # noqa: ANN001, ANN201
    return comments_panel(qtbot, make_window, SAMPLE)


def _listed(panel) -> list[int]:  # noqa: ANN001
    return panel.table_model.indices()


def test_the_button_lists_the_least_confident_20_at_a_time(qtbot, panel) -> None:  # noqa: ANN001
    analysis = panel.session.analysis
    button = panel.filters.least_button
    assert button.isCheckable() and not button.isChecked() and button.text() == "Least c&onfident"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()
    assert _listed(panel) == least_certain(analysis, LEAST_CERTAIN_PAGE)
    answered = sum(c.answered for c in analysis.comments)
    assert panel.filter_note.text() == (f"Showing the {LEAST_CERTAIN_PAGE} least confident of {answered} comments "
                                        "you have not labelled, least sure first.")
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == CommentTableModel.CONFIDENCE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # how sure the analyser is, written in the sentiment cell (its own column only sorts, hidden)
    assert panel.table.isColumnHidden(CommentTableModel.CONFIDENCE)
    for row, index in enumerate(_listed(panel)):
        sentiment = analysis.comments[index].sentiment
        cell = panel.table_model.index(row, CommentTableModel.SENTIMENT)
        sure = f"{sentiment.confidence:.0%}"
        assert cell.data(Qt.ItemDataRole.DisplayRole) == f"{sentiment.label.capitalize()} · {sure}"
        assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == f"{sentiment.label.capitalize()}, {sure} sure"
        assert f"{sure} sure" in cell.data(Qt.ItemDataRole.ToolTipRole)
    sure = [analysis.comments[i].sentiment.confidence for i in _listed(panel)]
    assert sure == sorted(sure) and max(sure) < 1
    # 20 more
    assert panel.more_button.isVisible()
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert _listed(panel) == least_certain(analysis, 2 * LEAST_CERTAIN_PAGE)
    assert panel.table.current_comment() == _listed(panel)[LEAST_CERTAIN_PAGE]  # the first of the new ones
    # with a sentiment too: the least confident negative comments
    panel.filters.buttons["negative"].click()
    negatives = [i for i in least_certain(analysis, None) if analysis.comments[i].sentiment.label == "negative"]
    assert _listed(panel) == negatives[: 2 * LEAST_CERTAIN_PAGE]
    assert panel.more_button.isVisible() == (len(negatives) > 2 * LEAST_CERTAIN_PAGE)
    qtbot.mouseClick(panel.filters.clear_button, Qt.MouseButton.LeftButton)
    assert not button.isChecked() and not panel.more_button.isVisible()
    assert len(_listed(panel)) == answered


def test_a_relabelled_comment_leaves_the_list_for_the_next(qtbot, panel) -> None:  # noqa: ANN001
    panel.choose_least_certain(True)
    first = _listed(panel)[0]
    panel.table.selectRow(0)
    label = _other(panel.session.analysis.comments[first].sentiment.label)
    assert panel.relabel_selected(label)  # the list follows at once, before any learning
    corrections = panel.state.project.sentiment_corrections
    assert first not in _listed(panel)
    assert _listed(panel) == least_certain(panel.session.analysis, LEAST_CERTAIN_PAGE, corrections)
    assert panel.table.current_comment() == _listed(panel)[0]  # the next one is selected
    panel.state.undo_stack.undo()
    assert _listed(panel)[0] == first
