"""The user's confirmations, rejections and manual pairs survive saving and reopening the project."""

from __future__ import annotations

import json

import pytest

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.project import Project, load_project, save_project
from feedback_gui.core.waves import (
    compare_surveys,
    confirm_match,
    forget_match_decision,
    pair_questions,
    record_match_decision,
    reject_match,
)
from tests.core.waves.conftest import ADJUSTMENTS, OPENNESS_2023, OPENNESS_2024, VALUED, VISION_2023, VISION_2024


def test_decisions_round_trip_through_a_saved_project(tmp_path, wave_2023, wave_2024):
    project = Project()
    confirm_match(project, VISION_2023, VISION_2024)
    reject_match(project, OPENNESS_2023, OPENNESS_2024)
    pair_questions(project, VALUED, ADJUSTMENTS)
    path = save_project(project, tmp_path / "staff.fbproj")
    saved = json.loads(path.read_text(encoding="utf-8"))["wave_matches"]
    assert saved == [{"old": VISION_2023, "new": VISION_2024, "decision": "confirmed"},
                     {"old": OPENNESS_2023, "new": OPENNESS_2024, "decision": "rejected"},
                     {"old": VALUED, "new": ADJUSTMENTS, "decision": "manual"}]

    result = compare_surveys([wave_2023, wave_2024], decisions=load_project(path).wave_matches)
    matched = {c.match.new.text: c.match for c in result.changes}
    assert matched[VISION_2024].status == "confirmed"
    assert OPENNESS_2024 not in matched and OPENNESS_2024 in [q.text for q in result.matching.unmatched_new]
    manual = next(n for n in result.not_comparable if n.match.new.text == ADJUSTMENTS)
    assert manual.match.method == "manual" and "answer scale changed" in manual.reason  # likert vs yes/no
    assert VALUED not in [q.text for q in result.matching.unmatched_old]
    assert result.to_dict()["rejected"][0]["old"] == OPENNESS_2023


def test_a_new_decision_replaces_older_ones_for_the_same_questions():
    project = Project()
    confirm_match(project, OPENNESS_2023, OPENNESS_2024)
    reject_match(project, OPENNESS_2023, OPENNESS_2024)
    assert [r["decision"] for r in project.wave_matches] == ["rejected"]
    pair_questions(project, VALUED, OPENNESS_2024)
    pair_questions(project, OPENNESS_2023.lower(), OPENNESS_2024)  # one pairing per question: replaces VALUED's
    assert [(r["old"], r["decision"]) for r in project.wave_matches] == [(OPENNESS_2023.lower(), "manual")]
    assert forget_match_decision(project, OPENNESS_2023, OPENNESS_2024) and project.wave_matches == []
    assert not forget_match_decision(project, OPENNESS_2023, OPENNESS_2024)
    with pytest.raises(FeedbackError, match="unknown wave-match decision"):
        record_match_decision(project, "a", "b", "maybe")
