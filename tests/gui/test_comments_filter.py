"""The Comments table's filters (arrays built once per analysis) pick exactly the comments a reader would."""

from __future__ import annotations

import itertools

import pytest

from feedback_gui.core.comments import LABELS, CommentAnalysis, analyse_comments, built_in_codebook
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.importing import read_survey
from feedback_gui.core.resources import sample_path
from feedback_gui.gui.comments.filter import NO_THEME, CommentFilter, answered_count, unthemed_counts, visible_indices


@pytest.fixture(scope="module")
def analysis() -> CommentAnalysis:
    survey = read_survey(sample_path("user_voice_2024.xlsx"))
    return analyse_comments(comment_inputs(survey), built_in_codebook("user_voice"), workers=1)


def _by_hand(analysis: CommentAnalysis, chosen: CommentFilter) -> list[int]:
    """Reading every comment one by one, as a person would."""
    needle = chosen.search.strip().casefold()
    return [i for i, c in enumerate(analysis.comments)
            if c.answered
            and (chosen.subset is None or i in chosen.subset)
            and (not chosen.sentiment or c.sentiment.label == chosen.sentiment)
            and (chosen.theme != NO_THEME or not c.themes.hits)
            and (chosen.theme in (None, NO_THEME) or c.themes.strength(chosen.theme) > 0)
            and (not needle or needle in c.text.casefold())]


def test_every_combination_of_filters_matches_reading_by_hand(analysis: CommentAnalysis) -> None:
    themes = [None, NO_THEME, *(t.name for t in analysis.themes[:3])]
    subsets = [None, frozenset(range(0, len(analysis.comments), 3))]
    checked = 0
    for theme, sentiment, subset, search in itertools.product(themes, [None, *LABELS], subsets, ["", "the"]):
        chosen = CommentFilter(theme=theme, sentiment=sentiment, subset=subset, search=search)
        assert visible_indices(analysis, chosen) == _by_hand(analysis, chosen), chosen
        checked += bool(_by_hand(analysis, chosen))
    assert checked > 20  # most combinations show some comments: the comparison is not between empty lists


def test_counts_of_answered_and_unthemed_comments(analysis: CommentAnalysis) -> None:
    answered = [c for c in analysis.comments if c.answered]
    assert answered_count(analysis) == len(answered) == len(visible_indices(analysis, CommentFilter()))
    unthemed = [c for c in answered if not c.themes.hits]
    total, counts = unthemed_counts(analysis)
    assert total == len(unthemed) > 0
    assert counts == {label: sum(c.sentiment.label == label for c in unthemed) for label in LABELS}


def test_sorting_by_every_column_matches_sorting_by_hand(analysis: CommentAnalysis) -> None:
    from feedback_gui.gui.comments.filter import sorted_indices

    comments = analysis.comments
    by_hand = [lambda i: (comments[i].row, comments[i].question), lambda i: (comments[i].question, comments[i].row),
               lambda i: comments[i].text.casefold(), lambda i: (LABELS.index(comments[i].sentiment.label), i),
               lambda i: (comments[i].themes.themes or ("\uffff",), i)]
    shown = visible_indices(analysis, CommentFilter())[::-1]  # any order to start from
    for column, key in enumerate(by_hand):
        for descending in (False, True):
            expected = sorted(shown, key=key, reverse=descending)
            assert sorted_indices(analysis, shown, column, descending) == expected, (column, descending)
    assert sorted_indices(analysis, shown, 1) != sorted_indices(analysis, shown, 0)  # the columns do differ
