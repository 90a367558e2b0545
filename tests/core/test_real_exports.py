"""Real exports written by the tools themselves (tests/data/external/real_exports, licences in its README):
respondents, question types and headline numbers, each checked against an independent reading of the file."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from feedback_gui.core.analysis.counting import count_any
from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.importing import read_survey
from feedback_gui.core.survey import QuestionType
from tests.conftest import DATA

REAL = DATA / "external" / "real_exports"
STEAK = REAL / "surveymonkey_steak_risk_survey.csv"
QUALTRICS = REAL / "qualtrics_current_sample.csv"
SPSS_SETS = REAL / "spss_multiple_response_sets.sav"


@pytest.fixture(scope="module")
def steak():
    return read_survey(STEAK)


@pytest.fixture(scope="module")
def steak_raw() -> pd.DataFrame:
    """The same file read with pandas: header row 1, the "Response" row dropped."""
    return pd.read_csv(STEAK, header=0, dtype=str, keep_default_na=False).iloc[1:]


def test_steak_respondents_and_types(steak, steak_raw):
    assert steak.layout.tool == "surveymonkey" and steak.layout.header_rows == 2
    assert steak.respondents == len(steak_raw) == 550
    types = {q.text: q.type for q in steak.questions}
    assert types["RespondentID"] == QuestionType.METADATA
    yes_no = [c for c in steak_raw.columns[2:9]]
    assert all(types[c] == QuestionType.YES_NO for c in yes_no)
    assert types["How do you like your steak prepared?"] == QuestionType.SINGLE_CHOICE
    for demographic in ("Gender", "Age", "Household Income", "Education", "Location (Census Region)"):
        assert types[demographic] == QuestionType.DEMOGRAPHIC


@pytest.mark.parametrize("column", ["Do you ever smoke cigarettes?", "Do you ever gamble?", "Do you eat steak?",
                                    "Have you ever been skydiving?"])
def test_steak_yes_no_headlines_match_pandas(steak, steak_raw, column):
    answers = steak_raw[column]
    yes, no = int((answers == "Yes").sum()), int((answers == "No").sum())
    result = question_result(steak, steak.question(column))
    assert (result.headline.numerator, result.headline.denominator) == (yes, yes + no)
    assert result.to_dict()["inference"]["confidence"] == "high"


def test_steak_smoking_hand_counted(steak):
    result = question_result(steak, steak.question("Do you ever smoke cigarettes?"))
    assert (result.headline.numerator, result.headline.denominator) == (84, 537)


def test_qualtrics_current_export():
    survey = read_survey(QUALTRICS)
    assert survey.layout.tool == "qualtrics" and survey.respondents == 1
    reported = {q.text: q for q in survey.reportable}
    assert set(reported) == {"This is a multiple choice question.", "This is a free text question."}
    choice = reported["This is a multiple choice question."]
    assert choice.type == QuestionType.SINGLE_CHOICE  # ImportId QID1: a choice question exported as codes
    assert count_any(survey, choice).counts == {"2": 1}
    text = reported["This is a free text question."]
    assert text.type == QuestionType.FREE_TEXT  # ImportId QID2_TEXT
    assert survey.responses[text.column].tolist() == ["Hello World!"]
    # One response: a call from the answers is low confidence, one the file states is not; Text iQ is metadata.
    assert choice.inference_note.confidence == "low" and text.inference_note.confidence == "high"
    assert survey.question("Q2 - Topics").type == QuestionType.METADATA


def test_spss_multiple_response_sets():
    import pyreadstat

    frame, meta = pyreadstat.read_sav(str(SPSS_SETS), user_missing=False)
    survey = read_survey(SPSS_SETS)
    assert survey.respondents == len(frame) == 6
    dichotomy = survey.question("My multiple response set")
    assert dichotomy.type == QuestionType.MULTI_CHOICE
    tally = count_any(survey, dichotomy)
    members = meta.mr_sets["mymrset"]["variable_list"]
    labels = [meta.column_names_to_labels[v] for v in members]
    assert tally.counts == {label: int((frame[v] == 1).sum()) for label, v in zip(labels, members, strict=True)}
    assert tally.answered == int(frame[members].notna().any(axis=1).sum())  # a row of zeros was shown the set
    categories = survey.question("categorical_array")
    cells = frame[meta.mr_sets["categorical_array"]["variable_list"]]
    tally = count_any(survey, categories)
    assert tally.counts == {c: int((cells == c).any(axis=1).sum()) for c in "abcd"}
    # The members are not reported again as questions of their own.
    assert not {"Response #1", "ca_subvar_1"} & {q.text for q in survey.questions}
    assert survey.question("quarter").type == QuestionType.DATE  # QYR8, which pyreadstat leaves as seconds
    quarters = survey.responses[survey.question("quarter").column]
    # Each row's quarter is the quarter of its "date" (2014-11-01 -> the quarter starting 2014-10-01).
    days = pd.to_datetime(frame["date"])
    starts = [f"{d.year}-{3 * ((d.month - 1) // 3) + 1:02d}-01" for d in days]
    assert quarters.dt.strftime("%Y-%m-%d").tolist() == starts


def test_spss_user_missing_codes_are_blank_not_answers():
    survey = read_survey(SPSS_SETS)
    x = survey.question("Numeric variable with value labels")  # 7, 8 and 99 declared missing; 8 occurs once
    assert sum(count_any(survey, x).counts.values()) == 5


def test_cli_headlines_json_has_inference_for_every_question():
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(STEAK), "--json"],
                          capture_output=True, text=True, check=True, timeout=120)
    data = json.loads(done.stdout)
    assert data["respondents"] == 550
    for question in data["questions"]:
        assert set(question["inference"]) == {"reason", "confidence"}
        assert question["inference"]["confidence"] in ("high", "medium", "low") and question["inference"]["reason"]
