"""Benchmarks: the CSPS 2024 figures, matching by wording, the tests (checked independently) and the sentences."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
from scipy import stats

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.benchmarks import (
    BUILT_IN,
    OGL,
    BenchmarkDecisions,
    compare_with_benchmark,
    load_benchmark,
    record_benchmark_decision,
)
from feedback_gui.core.insight.benchmarks.matching import DEFAULT_THRESHOLD, match_benchmark, wording_pattern
from feedback_gui.core.insight.benchmarks.sets import BenchmarkRow
from feedback_gui.core.insight.benchmarks.significance import is_significant
from feedback_gui.core.insight.benchmarks.wording import third_person
from feedback_gui.core.project import Project, load_project, save_project
from feedback_gui.core.waves.matching import text_similarity
from tests.conftest import SAMPLES
from tests.core.insight.helpers import AGREE, POINTS, engagement_headers, write_survey

WORKLOAD = "My workload is manageable"
KEYS = {"question", "benchmark_question", "benchmark_code", "similarity", "proposed", "numerator", "denominator",
        "percent", "benchmark_percent", "difference_points", "p_value", "significant", "sentence"}


def _binomial_p(x: int, n: int, p: float) -> float:
    """Two-sided exact binomial p-value: every outcome no likelier than x (written out, not scipy)."""
    pmf = [math.comb(n, k) * p ** k * (1 - p) ** (n - k) for k in range(n + 1)]
    return min(1.0, sum(q for q in pmf if q <= pmf[x] * (1 + 1e-7)))


def test_built_in_benchmarks_hold_the_checked_figures():
    probation = load_benchmark("csps-2024-probation")
    assert probation.engagement.percent == pytest.approx(59.736)
    assert next(r for r in probation.rows if r.code == "B33").percent == pytest.approx(45.847)
    assert load_benchmark("csps-2024-median").engagement.percent == pytest.approx(64.076)
    for name in BUILT_IN:
        loaded = load_benchmark(name)
        assert OGL in loaded.source and "Civil Service People Survey 2024" in loaded.source
        assert loaded.question_rows and all(r.respondents is None for r in loaded.rows)
    with pytest.raises(FeedbackError, match="unknown benchmark"):
        load_benchmark("csps-2019")


@pytest.mark.parametrize("text", ["I have a clear understanding of HMPPS's objectives",
                                  "Q6. I have a clear understanding of the PDU’s objectives",
                                  "I have a clear understanding of [my organisation]'s objectives"])
def test_my_organisation_stands_for_any_short_name(text):
    from feedback_gui.core.waves.matching import normalise_text

    pattern = wording_pattern("I have a clear understanding of [my organisation]'s objectives")
    assert pattern.match(normalise_text(text))
    assert not pattern.match(normalise_text("I have a clear understanding of my objectives and my team's"))


def _question_survey(tmp_path, headers: list[str]):
    rows = [[i, *[AGREE[(i + j) % 5] for j in range(len(headers))]] for i in range(1, 21)]
    return write_survey(tmp_path / "q.csv", ["ID", *headers], rows)


def test_similar_wording_is_proposed_at_the_threshold_and_not_beside_it(tmp_path):
    question, wording = "My workload is acceptable to me", "I have an acceptable workload"
    survey = _question_survey(tmp_path, [question])
    rows = (BenchmarkRow("B33", wording, "% selecting 'Strongly agree' or 'Agree'", 45.8),)
    similarity = text_similarity(question, wording)
    (match,), left = match_benchmark(survey.questions, rows, threshold=similarity)
    assert match.proposed and match.method == "fuzzy" and match.similarity == pytest.approx(similarity) and not left
    matches, left = match_benchmark(survey.questions, rows, threshold=similarity + 1e-9)
    assert matches == [] and [q.text for q in left] == [question]


@pytest.mark.parametrize(("question", "proposed"), [
    ("My workload is manageable most weeks", True),  # similarity 0.554: just above the default threshold (0.55)
    ("My current workload is reasonable", False),  # 0.548: just below it
])
def test_the_default_threshold_proposes_a_wording_just_above_it_and_not_one_just_below(tmp_path, question, proposed):
    wording = "I have an acceptable workload"
    assert abs(text_similarity(question, wording) - DEFAULT_THRESHOLD) < 0.005  # the pair sits beside the boundary
    survey = _question_survey(tmp_path, [question])
    rows = (BenchmarkRow("B33", wording, "% selecting 'Strongly agree' or 'Agree'", 45.8),)
    matches, _left = match_benchmark(survey.questions, rows)
    assert [m.proposed for m in matches] == ([True] if proposed else [])


def test_decisions_confirm_reject_and_pair_by_hand(tmp_path):
    survey = _question_survey(tmp_path, ["My workload is acceptable to me", "I like the new office"])
    rows = (BenchmarkRow("B33", "I have an acceptable workload", "% selecting 'Strongly agree' or 'Agree'", 45.8),
            BenchmarkRow("B30", "I have clear work objectives", "% selecting 'Strongly agree' or 'Agree'", 79.8))
    project = Project()
    record_benchmark_decision(project, "My workload is acceptable to me", "I have an acceptable workload", "confirmed",
                              "B33")
    record_benchmark_decision(project, "I like the new office", "I have clear work objectives", "manual")
    path = save_project(project, tmp_path / "p.fbproj")
    loaded = load_project(path)
    assert loaded.benchmark_matches == project.benchmark_matches
    matches, _ = match_benchmark(survey.questions, rows, BenchmarkDecisions.from_project(loaded), 0.5)
    assert [(m.question.text, m.rows[0].code, m.proposed, m.method) for m in matches] == [
        ("My workload is acceptable to me", "B33", False, "fuzzy"), ("I like the new office", "B30", False, "manual")]
    record_benchmark_decision(loaded, "my workload is acceptable to me", "I HAVE AN ACCEPTABLE WORKLOAD", "rejected")
    assert len(loaded.benchmark_matches) == 2  # the rejection replaced the confirmation (keys ignore case)
    matches, left = match_benchmark(survey.questions, rows, BenchmarkDecisions.from_project(loaded), 0.5)
    assert [m.question.text for m in matches] == ["I like the new office"]
    assert [q.text for q in left] == ["My workload is acceptable to me"]
    with pytest.raises(FeedbackError, match="unknown benchmark-match decision"):
        record_benchmark_decision(loaded, "a", "b", "maybe")


@pytest.fixture(scope="module")
def probation(staff_2024):
    return compare_with_benchmark(staff_2024, "csps-2024-probation")


def test_the_issue_example_sentence_and_an_exact_binomial_test(probation):
    item = next(m for m in probation.matched if m.question == WORKLOAD)
    assert item.sentence == ("33 out of 79 (42%) said their workload is manageable, 4 points below the Probation "
                             "Service nationally (46%, CSPS 2024); the difference could be chance.")
    assert item.benchmark_code == "B33" and item.proposed  # similar wording only: the user confirms it
    assert (item.numerator, item.denominator) == (33, 79)
    assert item.difference_points == pytest.approx(100 * 33 / 79 - 45.847)
    assert item.p_value == pytest.approx(_binomial_p(33, 79, 0.45847), rel=1e-9)
    assert item.significant is False and item.test == "exact binomial test"


def test_same_wording_is_matched_and_the_engagement_index_compared(probation, staff_2024):
    proud = next(m for m in probation.matched if m.benchmark_code == "B47")
    assert not proud.proposed and proud.similarity == 1.0
    assert (proud.numerator, proud.denominator) == (48, 80)
    assert proud.sentence.startswith("48 out of 80 (60%) agreed that they are proud when they tell others they are "
                                     "part of the Probation Service, the same as the Probation Service nationally")
    index = next(m for m in probation.matched if m.benchmark_code == "EES")
    assert index.numerator is None and index.benchmark_percent == pytest.approx(59.736)
    # one-sample t test written out
    scores = np.array([np.mean(row) for row in _sample_engagement_rows(staff_2024)])
    t = (scores.mean() - 59.736) / (scores.std(ddof=1) / math.sqrt(scores.size))
    assert index.p_value == pytest.approx(2 * stats.t.sf(abs(t), scores.size - 1))
    assert index.sentence == ("The engagement index is 58 (81 respondents), 2 points below the Probation Service "
                              "nationally (60, CSPS 2024); the difference could be chance.")


def _sample_engagement_rows(survey):
    from feedback_gui.core.analysis.counting import answer_labels
    from feedback_gui.core.insight.engagement import find_engagement

    questions = find_engagement(survey).questions
    labels = [answer_labels(survey, q) for q in questions]
    rows = []
    for i in range(survey.respondents):
        answered = [POINTS[str(column.iloc[i])] for column in labels if str(column.iloc[i]) in POINTS]
        if answered:
            rows.append(answered)
    return rows


def test_json_shape_and_attribution(probation):
    data = probation.to_dict()
    assert data.keys() == {"against", "source", "matched", "unmatched"}
    assert data["against"] == "csps-2024-probation" and OGL in data["source"]
    assert all(m.keys() == KEYS for m in data["matched"])
    assert all(u.keys() == {"question", "reason"} for u in data["unmatched"])
    nps = "How likely is it that you would recommend your PDU"
    assert any(u["question"].startswith(nps) for u in data["unmatched"])  # a 0-10 scale is not compared by sound


def test_significance_at_the_level_and_beside_it():
    assert is_significant(0.05, 0.05) and is_significant(0.0499, 0.05)
    assert not is_significant(0.0501, 0.05)


def test_a_user_csv_with_respondents_uses_the_two_proportion_test(tmp_path, staff_2024):
    csv_path = tmp_path / "region.csv"
    csv_path.write_text("Question,Percent,Respondents\n"
                        "My workload is manageable,55%,400\n"
                        "Where I needed reasonable adjustments they were made,99,30\n"
                        "Engagement index,62.5,400\n", encoding="utf-8")
    comparison = compare_with_benchmark(staff_2024, csv_path)
    assert comparison.source == "region.csv (the user's benchmark)" and comparison.against == "region.csv"
    workload = next(m for m in comparison.matched if m.question == WORKLOAD)
    assert not workload.proposed  # same wording
    chi2 = stats.chi2_contingency([[220, 180], [33, 46]], correction=False)
    assert workload.p_value == pytest.approx(chi2.pvalue) and workload.test == "two-proportion z-test"
    assert workload.sentence == ("33 out of 79 (42%) said their workload is manageable, 13 points below the region "
                                 "benchmark (55%, region.csv); a significant difference.")
    adjustments = next(m for m in comparison.matched if m.question.startswith("Where I needed"))
    fisher = stats.fisher_exact([[30, 0], [27, 1]])  # round(99% × 30) = 30; expected counts under 5
    assert adjustments.p_value == pytest.approx(fisher.pvalue) and adjustments.test == "Fisher's exact test"
    index = next(m for m in comparison.matched if m.numerator is None)
    scores = np.array([np.mean(row) for row in _sample_engagement_rows(staff_2024)])
    welch = stats.ttest_ind_from_stats(scores.mean(), scores.std(ddof=1), scores.size, 62.5, scores.std(ddof=1), 400,
                                       equal_var=False)
    assert index.p_value == pytest.approx(welch.pvalue)


@pytest.mark.parametrize("text,message", [
    ("Item,Value\nA,3\n", "needs the columns question and percent"),
    ("question,percent\nMy workload is manageable,lots\n", "row 2: percent 'lots' is not a number"),
    ("question,percent\nMy workload is manageable,140\n", "not between 0 and 100"),
    ("question,percent,respondents\nMy workload is manageable,40,2.5\n", "whole number"),
    ("question,percent\n", "no rows"),
])
def test_bad_benchmark_files_fail_in_one_line(tmp_path, text, message):
    path = tmp_path / "bench.csv"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "benchmark", str(SAMPLES / "staff_survey_2024.xlsx"),
                           "--against", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and message in done.stderr and "bench.csv" in done.stderr


def test_threshold_out_of_range_is_refused(staff_2024):
    for threshold in (0.0, 1.01):
        with pytest.raises(FeedbackError, match="similarity threshold"):
            compare_with_benchmark(staff_2024, "csps-2024-median", threshold=threshold)
    assert compare_with_benchmark(staff_2024, "csps-2024-median", threshold=1.0).proposed == ()


def test_cli_text_and_json():
    base = [sys.executable, "-m", "feedback_gui", "benchmark", str(SAMPLES / "staff_survey_2024.xlsx")]
    text = subprocess.run(base, capture_output=True, text=True, timeout=120, check=True).stdout
    assert text.startswith("Compared with the Civil Service benchmark (csps-2024-median)")
    assert text.rstrip().endswith(OGL)
    data = json.loads(subprocess.run([*base, "--against", "csps-2024-moj", "--json"], capture_output=True,
                                     text=True, timeout=120, check=True).stdout)
    assert data["against"] == "csps-2024-moj" and "Ministry of Justice" in data["source"] and OGL in data["source"]
    ees = next(m for m in data["matched"] if m["benchmark_code"] == "EES")
    assert ees["benchmark_percent"] == pytest.approx(61.223)


def test_sentences_in_the_third_person():
    assert third_person("I have an acceptable workload") == "they have an acceptable workload"
    assert third_person("My manager is open to my ideas") == "their manager is open to their ideas"
    assert third_person("I am proud when I tell others I am part of HMPPS") == \
        "they are proud when they tell others they are part of HMPPS"
    assert third_person("HMPPS inspires me to do the best in my job") == \
        "HMPPS inspires them to do the best in their job"


def test_comparing_a_survey_without_any_benchmark_question(tmp_path):
    survey = _question_survey(tmp_path, ["The canteen food is tasty"])
    comparison = compare_with_benchmark(survey, "csps-2024-median")
    assert comparison.matched == () and [u.question for u in comparison.unmatched] == ["The canteen food is tasty"]


def test_engagement_questions_under_another_name_match_the_csps_wording(tmp_path):
    rows = [[i, *[AGREE[(i * 3 + j) % 5] for j in range(5)]] for i in range(1, 31)]
    survey = write_survey(tmp_path / "e.csv", ["ID", *engagement_headers("my PDU")], rows)
    comparison = compare_with_benchmark(survey, "csps-2024-hmpps-hq")
    codes = [m.benchmark_code for m in comparison.matched]
    assert codes == ["EES", "B47", "B48", "B49", "B50", "B51"]
    assert not any(m.proposed for m in comparison.matched)
