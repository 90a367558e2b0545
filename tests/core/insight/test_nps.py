"""eNPS: recognising a 0-10 recommend question, its groups, score and interval (checked independently)."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
from scipy.stats import norm

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.insight.nps import net_promoter, nps_interval
from feedback_gui.core.project import Project
from feedback_gui.core.schema.nps import nps_label, recognise_nps
from feedback_gui.core.schema.overrides import retype
from feedback_gui.core.survey import QuestionType
from tests.conftest import SAMPLES
from tests.core.insight.helpers import NPS_HEADER, write_survey


@pytest.mark.parametrize("header", [
    "How likely is it that you would recommend this organisation to a friend as a place to work?",
    "On a scale of 0-10, how likely are you to recommend us to a colleague?",
    "Likelihood to recommend the PDU as an employer",
])
def test_recommend_wording_with_answers_0_to_10_is_nps(header):
    assert recognise_nps(header, ("0", "5", "10")) is not None


@pytest.mark.parametrize("header,values", [
    ("How satisfied are you with your job? (0-10)", ("0", "5", "10")),  # no "recommend"
    ("How likely are you to recommend us? (1-5)", ("1", "3", "5")),  # a 1-5 scale: a rating scale
    ("How likely are you to recommend us?", ("1", "4", "7")),  # 1-7 likewise
    ("How likely are you to recommend us?", ("0", "5", "11")),  # 11 is not on a 0-10 scale
    ("How likely are you to recommend us?", ("Very likely", "Unlikely")),  # words: a likelihood scale
    ("How likely are you to recommend us?", ("7",)),  # one answer: not enough to tell
])
def test_other_columns_are_not_nps(header, values):
    assert recognise_nps(header, values) is None


def test_answers_written_with_labels_and_excluded_answers():
    assert nps_label("10 - Extremely likely") == "10" and nps_label("0 (Not at all likely)") == "0"
    assert nps_label("Not at all likely") == "0" and nps_label("Extremely likely") == "10"
    assert nps_label("8.0") == "8" and nps_label("11") is None and nps_label("Sometimes") is None
    column = recognise_nps(NPS_HEADER, ("Not at all likely", "3", "9", "Extremely likely", "Don't know"))
    assert column is not None
    assert column.labels == {"Not at all likely": "0", "3": "3", "9": "9", "Extremely likely": "10",
                             "Don't know": "Don't know"}
    assert column.excluded == ("Don't know",)
    # 1 to 8 answered: above 7, so a 0-10 scale even though nobody answered 0
    assert recognise_nps(NPS_HEADER, ("1", "8")) is not None


def _groups(counts: dict[int, int]) -> tuple[int, int, int]:
    result = net_promoter({str(k): v for k, v in counts.items()})
    return result.promoters, result.passives, result.detractors


def test_promoter_passive_detractor_boundaries():
    assert _groups({9: 1}) == (1, 0, 0) and _groups({8: 1}) == (0, 1, 0)  # 9 promotes, 8 does not
    assert _groups({10: 1}) == (1, 0, 0)
    assert _groups({7: 1}) == (0, 1, 0) and _groups({6: 1}) == (0, 0, 1)  # 7 is passive, 6 detracts
    assert _groups({0: 1}) == (0, 0, 1)
    assert net_promoter({"Don't know": 4}) is None


def test_score_and_interval_against_the_trinomial_variance():
    answers = [10] * 7 + [9] * 5 + [8] * 6 + [7] * 4 + [6] * 3 + [3] * 4 + [0] * 1  # 30 respondents
    counts = {str(v): answers.count(v) for v in range(11)}
    result = net_promoter(counts)
    assert (result.promoters, result.passives, result.detractors) == (12, 10, 8)
    assert result.score == pytest.approx(100 * (12 - 8) / 30)
    # independently: each respondent is +1, 0 or -1; the score is 100 × their mean and its variance the
    # (population) variance of those values over n
    v = np.array([1 if a >= 9 else (0 if a >= 7 else -1) for a in answers], dtype=float)
    half = norm.ppf(0.975) * 100 * math.sqrt(v.var() / v.size)
    assert result.ci95 == pytest.approx((100 * v.mean() - half, 100 * v.mean() + half))
    # and the multinomial covariance form
    p, d, n = 12 / 30, 8 / 30, 30
    var = (p * (1 - p) + d * (1 - d) + 2 * p * d) / n
    assert result.ci95[1] - result.score == pytest.approx(norm.ppf(0.975) * 100 * math.sqrt(var))


def test_interval_is_clipped_and_a_point_when_everyone_agrees():
    assert nps_interval(10, 0, 0) == (100.0, 100.0)
    low, high = nps_interval(2, 0, 0)
    assert high == 100.0 and low == 100.0  # no spread at all: the interval is a point
    low, high = nps_interval(1, 0, 1)
    assert low == -100.0 and high == 100.0  # half promoters, half detractors: wide, clipped both ends


def test_a_survey_column_is_typed_nps_and_counts_promoters(tmp_path):
    rows = [[i, v, "Agree"] for i, v in enumerate([10, 9, 9, 8, 7, 6, 0, None, 5, 10], start=1)]
    rows.append([11, "Don't know", "Agree"])
    survey = write_survey(tmp_path / "nps.csv", ["ID", NPS_HEADER, "I like my job"], rows)
    question = survey.question(NPS_HEADER)
    assert question.type == QuestionType.NPS
    assert question.options == tuple(str(v) for v in range(11)) and question.counted == ("9", "10")
    result = question_result(survey, question)
    assert (result.headline.numerator, result.headline.denominator) == (4, 9)  # blank and Don't know left out
    assert result.nps.to_dict().keys() == {"score", "promoters", "passives", "detractors", "ci95"}
    assert (result.nps.promoters, result.nps.passives, result.nps.detractors) == (4, 2, 3)
    assert result.nps.score == pytest.approx(100 * (4 - 3) / 9)


def test_headlines_json_keeps_headline_and_adds_nps():
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(SAMPLES / "staff_survey_2024.xlsx"),
                           "--json"], capture_output=True, text=True, check=True, timeout=120)
    entry = next(q for q in json.loads(done.stdout)["questions"] if q["type"] == "nps")
    assert entry["headline"]["counted"] == ["9", "10"]
    assert entry["headline"]["numerator"] == entry["nps"]["promoters"] == 22
    assert (entry["nps"]["passives"], entry["nps"]["detractors"]) == (29, 29)
    assert entry["nps"]["score"] == pytest.approx(-8.75)
    lo, hi = entry["nps"]["ci95"]
    assert lo < -8.75 < hi


def test_retyping_to_nps_and_back_and_a_project_reapplies_it(tmp_path):
    header = "Rate your team from 0 to 10"  # no recommend wording: read as a rating scale
    survey = write_survey(tmp_path / "rate.csv", ["ID", header], [[i, v] for i, v in enumerate([0, 3, 8, 9, 10], 1)])
    question = survey.question(header)
    assert question.type == QuestionType.LIKERT
    nps = retype(survey, question.id, "nps")
    assert nps.type == QuestionType.NPS and nps.overridden
    assert question_result(survey, nps).nps.score == pytest.approx(100 * (2 - 2) / 5)
    back = retype(survey, question.id, "likert")
    assert back.type == QuestionType.LIKERT and question_result(survey, back).nps is None
    project = Project()
    project.record(header, type="nps")
    again = write_survey(tmp_path / "rate2.csv", ["ID", header], [[1, 9], [2, 10], [3, 4]])
    project.apply(again)
    assert again.question(header).type == QuestionType.NPS
    assert question_result(again, again.question(header)).nps.promoters == 2


def test_retyping_answers_outside_0_to_10_is_refused(tmp_path):
    survey = write_survey(tmp_path / "team.csv", ["ID", "Which team?"], [[1, "North"], [2, "South"]])
    with pytest.raises(ValueError, match="other than 0 to 10"):
        retype(survey, survey.question("Which team?").id, "nps")
