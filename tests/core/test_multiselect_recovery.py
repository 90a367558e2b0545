"""Multi-select answers: options recovered from joined cells, typed text under Other, option columns, tick boxes."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from feedback_gui.core.schema import multiselect
from feedback_gui.core.schema.evidence import ColumnEvidence
from feedback_gui.core.schema.multiselect import detect_joined, joined_indicators
from feedback_gui.core.schema.profile import profile_column
from feedback_gui.core.schema.recognisers import columns, joined
from feedback_gui.core.survey import MultiEncoding

OPTIONS = ["Email bulletins, such as the weekly update", "Colleagues, managers, or mentors",
           "Reading (guidance, journals, or reports)", "The intranet", "Training days"]


def _cells(rows: list[list[str]], typed: dict[int, str] | None = None) -> Counter[str]:
    typed = typed or {}
    return Counter(", ".join([*row, *([typed[i]] if i in typed else [])]) for i, row in enumerate(rows))


def _rows(seed: int, n: int) -> list[list[str]]:
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        picked = [o for o in OPTIONS if rng.random() < 0.45] or [OPTIONS[int(rng.integers(len(OPTIONS)))]]
        rows.append(picked)  # Google Forms writes ticked options in form order
    return rows


def test_google_forms_options_with_commas_are_kept_whole():
    rows = _rows(7, 60)
    cells = _cells(rows, {4: "Podcasts", 17: "My union branch, mostly", 33: "Twitter"})
    header = "How do you keep up to date? (Check all that apply)"
    found = detect_joined(list(cells), list(cells.values()), header=header)
    assert found is not None and found.delimiter == ","
    assert set(found.options) == {*OPTIONS, "Other"} and found.other_answers == 3
    # Counting each respondent's ticks gives the counts of the rows the cells were made from.
    series = pd.Series([", ".join(r) for r in rows])
    ticked = joined_indicators(series, found.delimiter, found.options)
    assert {o: int(ticked[o].sum()) for o in OPTIONS} == {o: sum(o in r for r in rows) for o in OPTIONS}


def test_typed_text_counts_under_other_once_per_respondent():
    series = pd.Series(["The intranet, Podcasts, and radio", "Training days", "The intranet"])
    ticked = joined_indicators(series, ",", ["The intranet", "Training days", "Other"])
    assert ticked.sum().to_dict() == {"The intranet": 2, "Training days": 1, "Other": 1}


@pytest.mark.parametrize("times,is_option", [(multiselect.MIN_OCCURRENCES, True),
                                             (multiselect.MIN_OCCURRENCES - 1, False)])
def test_a_piece_given_twice_is_an_option_once_is_other_text(times, is_option):
    cells = Counter({"Housing, Debt advice": 6, "Housing": 5, "Debt advice": 4})
    cells["Housing, Help with my dog"] = times
    found = detect_joined(list(cells), list(cells.values()))
    assert ("Help with my dog" in found.options) is is_option
    assert ("Other" in found.options) is not is_option


@pytest.mark.parametrize("singles,hinted,found", [(3, False, True), (4, False, False), (4, True, True)])
def test_share_of_pieces_that_are_options(singles, hinted, found):
    # 17 pieces of two options; 3 one-off pieces make them 85% (MIN_OPTION_SHARE), 4 make them 81%.
    assert multiselect.MIN_OPTION_SHARE == 0.85
    cells = Counter({"Mentoring, Better IT": 4, "Mentoring": 5, "Better IT": 4})
    for i in range(singles):
        cells[f"Something else {i}"] = 1
    header = "Which would help? Select all that apply" if hinted else "Which would help?"
    assert (detect_joined(list(cells), list(cells.values()), header=header) is not None) is found


@pytest.mark.parametrize("single_answers,hinted,found", [(9, False, True), (10, False, False), (10, True, True)])
def test_share_of_answers_holding_the_delimiter(single_answers, hinted, found):
    # One joined answer among 10 is 10% (MIN_JOINED_SHARE); among 11 it is 9%, enough only with a hint.
    assert multiselect.MIN_JOINED_SHARE == 0.1
    cells = {"Mentoring;Better IT": 1, "Mentoring": single_answers - 4, "Better IT": 4}
    header = "Tick all that apply" if hinted else "Which would help?"
    assert (detect_joined(list(cells), list(cells.values()), header=header) is not None) is found


def test_microsoft_forms_trailing_semicolons_and_pipes():
    found = detect_joined(["Mentoring;Better IT;", "Mentoring;", "Better IT;Smaller caseload;"], [5, 3, 4])
    assert found.delimiter == ";" and set(found.options) == {"Mentoring", "Better IT", "Smaller caseload"}
    found = detect_joined(["Email|Phone", "Email", "Phone|Letter", "Letter"], [6, 5, 4, 3])
    assert found.delimiter == "|" and set(found.options) == {"Email", "Phone", "Letter"}


def test_lower_case_options_are_not_glued_to_the_one_before():
    cells = Counter({"nDelius,OASys": 5, "OASys,nDelius": 3, "nDelius": 4, "OASys": 2})
    assert set(detect_joined(list(cells), list(cells.values())).options) == {"nDelius", "OASys"}


def test_free_text_with_commas_is_not_a_multi_select():
    comments = [f"The office is cold, and the wifi drops on floor {i}" for i in range(30)]
    assert detect_joined(comments, [1] * 30) is None


@pytest.mark.parametrize("joined_share,confidence", [(joined.CLEAR_SHARE, "high"), (0.15, "medium")])
def test_joined_confidence(joined_share, confidence):
    total = 40
    n_joined = round(joined_share * total)
    cells = {"Mentoring;Better IT": n_joined, "Mentoring": total - n_joined - 8, "Better IT": 8}
    found = joined.recognise(ColumnEvidence("Which would help?", tuple(cells), tuple(cells.values())))
    assert found.note.confidence == confidence


# ---- option columns and tick boxes ----

def _profile(cells: list) -> object:
    return profile_column(pd.Series(cells, dtype="str"))


def test_limesurvey_y_columns_are_one_multi_select():
    call = columns.option_columns("Which tools?", ["Email", "Phone"], ["a", "b"],
                                  [_profile(["Y", None, "Y"]), _profile([None, "Y", "Y"])])
    assert call is not None and call.encoding == MultiEncoding.BINARY and call.options == ("Email", "Phone")


def test_a_matrix_of_yes_no_items_is_not_a_multi_select():
    assert columns.option_columns("Stem", ["A", "B"], ["a", "b"],
                                  [_profile(["Yes", "No"]), _profile(["No", "Yes"])]) is None


def _tick(cells: list) -> object:
    return _profile(["TRUE" if c else "FALSE" if c is not None else None for c in cells])


def test_runs_of_tick_boxes_answered_in_the_same_rows():
    same = [True, False, None, True]
    profiles = [_tick(same), _tick([False, True, None, True]), _tick([False, False, None, False])]
    headers = ["Workload", "Relocation", "Job dissatisfaction"]
    assert columns.TICK_RUN == 3
    assert columns.tick_box_runs(headers, profiles) == [(0, 3)]
    assert columns.tick_box_runs(headers[:2], profiles[:2]) == []  # two columns: each its own question
    shifted = [_tick(same), _tick([False, True, True, None]), _tick([False, False, None, False])]
    assert columns.tick_box_runs(headers, shifted) == []  # blank in different rows: separate questions
    assert columns.tick_box_runs(["Workload", "Relocation?", "Job dissatisfaction"], profiles) == []


def test_a_piece_given_once_before_another_is_an_option():
    # Typed "Other" text comes last in its cell; a piece followed by another was ticked from the list.
    cells = {"Housing, Debt advice": 6, "Housing": 5, "Debt advice": 4, "Help with ID, Housing": 1}
    found = detect_joined(list(cells), list(cells.values()))
    assert set(found.options) == {"Housing", "Debt advice", "Help with ID"} and found.other_answers == 0
