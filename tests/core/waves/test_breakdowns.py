"""Breakdowns by a demographic, then vs now, with small groups suppressed in each wave."""

from __future__ import annotations

import pytest

from feedback_gui.core.analysis.breakdown import breakdown
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.waves import breakdowns_by
from tests.core.waves.conftest import OPENNESS_2023, OPENNESS_2024


def test_openness_by_grade_then_and_now(wave_2023, wave_2024, comparison):
    items = {b.question.new.text: b for b in breakdowns_by(wave_2023, wave_2024, comparison, "grade")}
    assert len(items) == len(comparison.changes)
    openness = items[OPENNESS_2024]
    rows = {g.group: g for g in openness.groups}
    # grade "Other" has 4 people in 2023 and 3 in 2024: suppressed in both, so no change is shown
    other = rows["Other"]
    assert other.then.suppressed and other.now.suppressed and other.change_points is None
    assert other.then.to_dict()["numerator"] is None
    # each wave on its own agrees with a single-survey breakdown
    alone = {g.group: g for g in breakdown(wave_2023, wave_2023.question(OPENNESS_2023),
                                           wave_2023.question("What is your grade?")).groups}
    pqip = rows["PQiP"]
    assert (pqip.then.numerator, pqip.then.relevant) == (alone["PQiP"].numerator, alone["PQiP"].relevant)
    assert pqip.change_points == pytest.approx(pqip.now.percent - pqip.then.percent)
    assert (openness.total.then.numerator, openness.total.now.numerator) == (48, 59)
    assert "Other" in openness.then_note and "Other" in openness.now_note


def test_only_matched_demographics(wave_2023, wave_2024, comparison):
    with pytest.raises(FeedbackError, match="not a demographic matched"):
        breakdowns_by(wave_2023, wave_2024, comparison, "My workload is manageable")
