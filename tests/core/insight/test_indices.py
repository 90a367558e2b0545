"""The engagement index (found by wording), user indices and theme scores: values, intervals, skip rule, project."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.definitions import (
    INDEX,
    THEME,
    IndexDefinition,
    index_definitions,
    make_definition,
    record_index,
    remove_index,
)
from feedback_gui.core.insight.engagement import engagement_code, find_engagement
from feedback_gui.core.insight.indices import engagement_index, index_result, survey_indices
from feedback_gui.core.project import Project, load_project, save_project
from tests.conftest import SAMPLES
from tests.core.insight.helpers import AGREE, POINTS, engagement_headers, write_survey


@pytest.mark.parametrize("text,code,org", [
    ("I am proud when I tell others I am part of HMPPS", "B47", "hmpps"),
    ("I would recommend the Probation Service as a great place to work", "B48", "the probation service"),
    ("B49. I feel a strong personal attachment to my PDU", "B49", "my pdu"),
    ("[My organisation] inspires me to do the best in my job", "B50", "my organisation"),
    ("Q12 HM Prison and Probation Service motivates me to help it achieve its objectives", "B51",
     "hm prison and probation service"),
])
def test_engagement_questions_are_found_whatever_the_organisation(text, code, org):
    assert engagement_code(text) == (code, org)


@pytest.mark.parametrize("text", [
    "I am proud of the work I do",
    "I would recommend the Probation Service as a great place to work because of my team and manager and pay",
    "My manager inspires me to do the best in my job and to learn new things",
])
def test_similar_questions_are_not_engagement_questions(text):
    assert engagement_code(text) is None


def _engagement_survey(tmp_path, answers: list[list[str | None]], org: str = "HMPPS"):
    header = ["ID", *engagement_headers(org)]
    return write_survey(tmp_path / "engagement.csv", header, [[i, *row] for i, row in enumerate(answers, 1)])


def test_index_is_the_mean_of_respondents_means_with_a_t_interval(tmp_path):
    rng = np.random.default_rng(5)
    answers = [[AGREE[rng.integers(0, 5)] for _ in range(5)] for _ in range(40)]
    survey = _engagement_survey(tmp_path, answers)
    result = engagement_index(survey)
    per_person = np.array([np.mean([POINTS[a] for a in row]) for row in answers])
    assert result.score == pytest.approx(per_person.mean())
    expected = stats.t.interval(0.95, per_person.size - 1, loc=per_person.mean(), scale=stats.sem(per_person))
    assert result.ci95 == pytest.approx(expected)
    assert result.respondents == 40 and result.code == "EES" and len(result.questions) == 5


def test_everyone_strongly_agreeing_scores_100_and_disagreeing_0(tmp_path):
    high = engagement_index(_engagement_survey(tmp_path, [["Strongly agree"] * 5] * 3 + [["Agree"] * 5]))
    assert high.score == pytest.approx((3 * 100 + 75) / 4)
    assert high.ci95[1] == 100.0  # clipped
    low = engagement_index(_engagement_survey(tmp_path, [["Strongly disagree"] * 5, ["Disagree"] * 5]))
    assert low.score == pytest.approx(12.5) and low.ci95[0] == 0.0


def test_skipped_items_rule_mean_of_answered_items(tmp_path):
    answers = [
        ["Strongly agree", "Strongly agree", "Strongly agree", "Strongly agree", "Strongly agree"],  # 100
        ["Strongly agree", None, None, None, "Disagree"],  # (100 + 25) / 2 = 62.5
        ["Agree", "Not applicable", None, None, None],  # 75: "Not applicable" is not an answer
        [None, None, None, None, None],  # answered none: left out
        ["Strongly disagree", "Don't know", "Disagree", None, None],  # (0 + 25) / 2 = 12.5
        ["Disagree", "Agree", "Agree", "Disagree", "Agree"],  # 55
    ]
    survey = _engagement_survey(tmp_path, answers)
    result = engagement_index(survey)
    assert result.respondents == 5 and len(result.questions) == 5
    assert result.score == pytest.approx(np.mean([100, 62.5, 75, 12.5, 55]))
    assert "at least 1 of 5" in result.rule and "left out" in result.rule
    # at least two answered: on the boundary (two answers) counted, beside it (one answer) left out
    strict = index_result(survey, "Strict", list(find_engagement(survey).questions), min_answered=2)
    assert strict.respondents == 4 and strict.score == pytest.approx(np.mean([100, 62.5, 12.5, 55]))


def test_fewer_than_three_engagement_questions_give_no_index(tmp_path):
    headers = engagement_headers()
    two = write_survey(tmp_path / "two.csv", ["ID", *headers[:2]], [[1, "Agree", "Agree"], [2, "Disagree", "Agree"]])
    assert find_engagement(two) is None and engagement_index(two) is None
    three = write_survey(tmp_path / "three.csv", ["ID", *headers[:3]], [[1, "Agree", "Agree", "Agree"],
                                                                         [2, "Disagree", "Disagree", "Disagree"]])
    found = find_engagement(three)
    assert found is not None and found.codes == ("B47", "B48", "B49") and not found.complete


def test_theme_score_averages_percent_positive_over_questions(tmp_path):
    rows = [[1, "Agree", "Yes", "Strongly agree"], [2, "Disagree", "No", "Agree"], [3, "Agree", None, "Agree"],
            [4, "Neither agree nor disagree", "Yes", "Not applicable"], [5, "Strongly agree", "Yes", "Disagree"]]
    headers = ["ID", "My team supports me", "My workload is manageable", "I have the tools I need"]
    survey = write_survey(tmp_path / "theme.csv", headers, rows)
    definition = make_definition(survey, "Resources", headers[1:], THEME)
    (result,) = survey_indices(survey, [definition])
    assert result.kind == THEME and result.respondents == 5
    p = [3 / 5, 3 / 4, 3 / 4]  # each question over its own relevant respondents
    assert result.score == pytest.approx(100 * np.mean(p))
    # independent: the delta-method variance written as the double sum of the questions' covariances
    f = np.array([[1, 1, 1], [0, 0, 1], [1, np.nan, 1], [0, 1, np.nan], [1, 1, 0]], dtype=float)
    a = ~np.isnan(f)
    n = a.sum(axis=0)
    big_n = 5
    cov = np.zeros((3, 3))
    for j in range(3):
        for k in range(3):
            both = a[:, j] & a[:, k]
            cov[j, k] = np.sum((f[both, j] - p[j]) * (f[both, k] - p[k])) / (n[j] * n[k])
    variance = big_n / (big_n - 1) * cov.sum() / 9
    half = 100 * stats.t.ppf(0.975, big_n - 1) * np.sqrt(variance)
    assert result.ci95 == pytest.approx((max(0, result.score - half), min(100, result.score + half)))


def test_theme_interval_is_the_t_interval_of_respondents_own_percent_when_all_answered(tmp_path):
    rng = np.random.default_rng(11)
    rows = [[i, *[("Agree" if rng.random() < 0.6 else "Disagree") for _ in range(4)]] for i in range(1, 31)]
    headers = ["ID", "Item one is fine", "Item two is fine", "Item three is fine", "Item four is fine"]
    survey = write_survey(tmp_path / "full.csv", headers, rows)
    (result,) = survey_indices(survey, [IndexDefinition("All", tuple(headers[1:]), THEME)])
    own = np.array([100 * np.mean([answer == "Agree" for answer in row[1:]]) for row in rows])
    assert result.score == pytest.approx(own.mean())
    assert result.ci95 == pytest.approx(stats.t.interval(0.95, own.size - 1, loc=own.mean(), scale=stats.sem(own)))


def test_user_index_definitions_are_checked(tmp_path):
    survey = write_survey(tmp_path / "mixed.csv", ["ID", "I like my job", "Which team?", "Comments"],
                          [[1, "Agree", "North", "Fine"], [2, "Disagree", "South", "Not fine at all, really"]])
    with pytest.raises(FeedbackError, match="not a rating-scale question"):
        make_definition(survey, "Mine", ["I like my job", "Which team?"], INDEX)
    with pytest.raises(FeedbackError, match="no single question"):
        make_definition(survey, "Mine", ["Nothing like this"], INDEX)
    with pytest.raises(FeedbackError, match="needs a name"):
        make_definition(survey, " ", ["I like my job"], INDEX)
    assert make_definition(survey, "Mine", ["I like my job"]).questions == ("I like my job",)


def test_definitions_round_trip_through_the_project_and_apply_to_the_next_wave(tmp_path):
    headers = ["ID", "I like my job", "I feel valued", "I would stay"]
    first = write_survey(tmp_path / "w1.csv", headers, [[1, "Agree", "Agree", "Disagree"],
                                                        [2, "Strongly agree", "Disagree", "Agree"]])
    project = Project()
    record_index(project, make_definition(first, "Wellbeing", headers[1:3]))
    record_index(project, make_definition(first, "Stay", ["I would stay"], THEME))
    record_index(project, make_definition(first, "wellbeing", headers[1:4]))  # same name, case ignored: replaced
    project.indices.append({"name": 3, "kind": "odd"})  # unreadable: kept, ignored
    path = save_project(project, tmp_path / "p.fbproj")
    loaded = load_project(path)
    assert loaded.indices == project.indices
    definitions = index_definitions(loaded)
    assert [(d.name, d.kind, len(d.questions)) for d in definitions] == [("wellbeing", INDEX, 3), ("Stay", THEME, 1)]
    # the next wave lacks one question and writes another in capitals: found by key, the lost one listed
    second = write_survey(tmp_path / "w2.csv", ["ID", "I LIKE MY JOB", "I would stay"],
                          [[1, "Agree", "Agree"], [2, "Disagree", "Strongly agree"], [3, None, "Disagree"]])
    results = {r.name: r for r in survey_indices(second, definitions)}
    assert results["wellbeing"].missing == ("I feel valued",)
    assert results["wellbeing"].score == pytest.approx(np.mean([np.mean([75, 75]), np.mean([25, 100]), 25]))
    assert results["Stay"].score == pytest.approx(100 * 2 / 3)
    assert remove_index(loaded, "WELLBEING").name == "wellbeing" and remove_index(loaded, "nothing") is None
    assert [d.name for d in index_definitions(loaded)] == ["Stay"]


def _sample_engagement_by_hand() -> tuple[float, int]:
    df = pd.read_excel(SAMPLES / "staff_survey_2024.xlsx", keep_default_na=False, na_values=[""], engine="openpyxl")
    columns = [c for c in df.columns if "Probation Service" in c and "recommend your PDU" not in c]
    assert len(columns) == 5
    scores = df[columns].apply(lambda col: col.map(POINTS))
    per_person = scores.mean(axis=1, skipna=True)
    return float(per_person.mean()), int(per_person.notna().sum())


def test_headlines_json_gains_the_engagement_index():
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(SAMPLES / "staff_survey_2024.xlsx"),
                           "--json"], capture_output=True, text=True, check=True, timeout=120)
    data = json.loads(done.stdout)
    assert {"file", "sheet", "layout", "respondents", "questions"} <= data.keys()  # every existing key kept
    (index,) = data["indices"]
    assert {"name", "questions", "score", "ci95", "respondents"} <= index.keys()
    score, respondents = _sample_engagement_by_hand()
    assert index["name"] == "Engagement index" and index["score"] == pytest.approx(score)
    assert index["respondents"] == respondents == 81
    assert index["questions"][0] == "I am proud when I tell others I am part of the Probation Service"
    assert index["ci95"][0] < score < index["ci95"][1]


def test_headlines_with_a_project_lists_its_indices(tmp_path):
    project = Project()
    project.indices.append({"name": "Supervision", "kind": "theme", "questions": [
        "My supervision enhances the quality of my work with people on probation",
        "Supervision is offered at a sufficient frequency"]})
    path = save_project(project, tmp_path / "p.fbproj")
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(SAMPLES / "staff_survey_2024.xlsx"),
                           "--project", str(path), "--json"], capture_output=True, text=True, check=True, timeout=120)
    indices = json.loads(done.stdout)["indices"]
    assert [i["name"] for i in indices] == ["Engagement index", "Supervision"]
    assert indices[1]["score"] == pytest.approx(100 * (62 / 81 + 66 / 81) / 2)  # the report's two figures
