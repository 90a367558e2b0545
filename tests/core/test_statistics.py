"""Wilson intervals and breakdowns with suppression."""

from __future__ import annotations

import math

import pytest

from feedback_gui.core.analysis.breakdown import _suppressed, breakdown
from feedback_gui.core.analysis.proportions import question_result, wilson_interval
from feedback_gui.core.settings import AnalysisSettings


def _wilson_by_hand(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100 * (centre - half), 100 * (centre + half)


@pytest.mark.parametrize("k,n", [(59, 81), (46, 79), (0, 10), (10, 10), (1, 3)])
def test_wilson_interval_matches_the_formula(k, n):
    assert wilson_interval(k, n) == pytest.approx(_wilson_by_hand(k, n), abs=1e-9)


@pytest.mark.parametrize("k,n", [(59, 81), (46, 79), (0, 10), (10, 10), (1, 3), (123_456, 350_000), (0, 1)])
@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.99])
def test_wilson_interval_matches_scipy(k, n, confidence):
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    assert wilson_interval(k, n, confidence) == pytest.approx((100 * ci.low, 100 * ci.high), abs=1e-9)


def test_headline_carries_interval(staff_2024):
    result = question_result(staff_2024, staff_2024.question(
        "The PDU has a culture that promotes openness and constructive challenge"))
    lo, hi = result.headline.ci95
    assert lo < result.headline.percent < hi
    assert (round(lo), round(hi)) == (62, 81)


def test_suppression_rules():
    assert _suppressed({"A": 30, "B": 20, "C": 3}, 5) == {"C", "B"}  # complementary: next smallest
    assert _suppressed({"A": 30, "B": 2, "C": 2, "D": 9}, 5) == {"B", "C", "D"}  # hidden total reaches 5
    assert _suppressed({"A": 30, "B": 20}, 5) == set()
    assert _suppressed({"A": 3}, 5) == {"A"}


def test_breakdown_by_grade_hides_small_groups(staff_2024):
    question = staff_2024.question("My workload is manageable")
    grade = staff_2024.question("What is your grade?")
    result = breakdown(staff_2024, question, grade, counted=["No"])
    cells = {g.group: g for g in result.groups}
    assert cells["Other"].suppressed and cells["Other"].numerator is None and cells["Other"].counts is None
    assert len(result.suppressed_groups) >= 2
    shown = [g for g in result.groups if not g.suppressed]
    assert all(g.relevant >= 5 for g in shown)
    assert result.total.numerator == 46 and result.total.relevant == 79
    assert "Other" in result.note
    data = result.to_dict()
    assert all(g["numerator"] is None and g["respondents"] is None for g in data["groups"] if g["suppressed"])


def test_threshold_is_a_setting(staff_2024):
    question = staff_2024.question("My workload is manageable")
    grade = staff_2024.question("What is your grade?")
    loose = breakdown(staff_2024, question, grade, settings=AnalysisSettings(suppression_threshold=1))
    assert loose.suppressed_groups == []
    strict = breakdown(staff_2024, question, grade, settings=AnalysisSettings(suppression_threshold=20))
    assert set(strict.suppressed_groups) >= {"Other", "Senior Probation Officer"}
