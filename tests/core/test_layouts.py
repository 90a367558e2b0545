"""Import of every layout the survey tools write: respondents, question types, options and counts.

The fixtures under tests/data/layouts are built by make_layout_fixtures.py from the tools' documented
export formats; expected.json is computed by the generator from the same answers it wrote.
"""

from __future__ import annotations

import json

import pytest

from feedback_gui.core.analysis.counting import count_any
from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.importing import read_survey
from feedback_gui.core.survey import QuestionType
from tests.conftest import DATA

LAYOUTS = DATA / "layouts"
EXPECTED = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))
CATEGORICAL = {"likert", "yes_no", "single_choice", "demographic", "multi_choice"}


def _find(survey, header: str, columns: list[str] | None = None):
    for question in survey.questions:
        if question.text == header or (question.stem and question.stem == header
                                       and question.type == QuestionType.MULTI_CHOICE):
            return question
    if columns:  # a question spread over columns with no text of its own (a run of tick boxes)
        for question in survey.questions:
            if [label for label, _ in question.option_columns] == columns:
                return question
    raise AssertionError(f"no question {header!r}; have {[q.text for q in survey.questions]}")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_fixture(name):
    expected = EXPECTED[name]
    survey = read_survey(LAYOUTS / name)
    assert survey.respondents == expected["respondents"]
    if expected.get("sheet"):
        assert survey.layout.sheet == expected["sheet"]
    if expected.get("encoding"):
        assert survey.layout.encoding.replace("_", "-").startswith(expected["encoding"].split("-sig")[0])
    for item in expected["questions"]:
        question = _find(survey, item["header"], item.get("columns"))
        assert question.type == item["type"], item["header"]
        note = question.inference_note
        assert note.reason and note.confidence in ("high", "medium", "low"), item["header"]
        if item["type"] not in CATEGORICAL:
            continue
        assert set(question.options) == set(item["options"]), item["header"]
        tally = count_any(survey, question)
        assert {k: v for k, v in tally.counts.items() if v} == {k: v for k, v in item["counts"].items() if v}, \
            item["header"]
        assert {k: v for k, v in tally.excluded.items() if v} == item.get("excluded", {}), item["header"]
        if item["type"] != "multi_choice" or "columns" in item:
            assert tally.answered == item["answered"], item["header"]
        if "counted" in item:  # the headline a user sees: the favourable end (or "Yes") over the relevant
            result = question_result(survey, question)
            assert list(result.headline.counted) == item["counted"], item["header"]
            assert [result.headline.numerator, result.headline.denominator] == item["headline"], item["header"]


def test_metadata_is_never_reported_as_a_question():
    survey = read_survey(LAYOUTS / "qualtrics.csv")
    reported = {q.text for q in survey.reportable}
    assert not reported & {"Start Date", "IP Address", "Response ID", "Recipient Email", "Duration (in seconds)"}
    assert survey.layout.tool == "qualtrics" and survey.layout.header_rows == 3


def test_known_scales_keep_their_natural_order():
    survey = read_survey(LAYOUTS / "survey.sav")
    likert = [q for q in survey.questions if q.type == QuestionType.LIKERT and not q.numeric_scale]
    assert likert
    for question in likert:
        assert question.options[0] == "Strongly agree" and question.options[-1] == "Strongly disagree"
        assert question.counted == ("Strongly agree", "Agree")


def test_not_applicable_in_every_spelling_leaves_the_denominator():
    survey = read_survey(LAYOUTS / "tabs.tsv")
    excluded = [count_any(survey, q).excluded for q in survey.questions if q.excluded]
    assert excluded and all(set(e) <= {"Not applicable", "Don't know", "Prefer not to say"} for e in excluded)
