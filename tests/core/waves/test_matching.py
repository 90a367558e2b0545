"""Pairing the questions of two waves: ids, wording, similar wording; what is left over on each side."""

from __future__ import annotations

import pytest

from feedback_gui.core.survey import QuestionType
from feedback_gui.core.waves import WaveSettings, match_waves, text_similarity
from feedback_gui.core.waves.matching import has_file_id, normalise_text
from tests.core.waves.conftest import (
    ADJUSTMENTS,
    ANYTHING_ELSE,
    ENGAGEMENT_2024,
    HELP_MOST,
    IMPROVE,
    OPENNESS_2023,
    OPENNESS_2024,
    VALUED,
    VISION_2023,
    VISION_2024,
    direct_survey,
)


def _pairs(matching) -> dict[str, object]:
    return {p.new.text: p for p in matching.pairs}


def test_reworded_items_are_proposed_fuzzy_matches(wave_2023, wave_2024):
    pairs = _pairs(match_waves(wave_2023, wave_2024))
    for old, new in ((OPENNESS_2023, OPENNESS_2024), (VISION_2023, VISION_2024)):
        pair = pairs[new]
        assert pair.old.text == old
        assert (pair.method, pair.status) == ("fuzzy", "proposed")
        assert 0.75 <= pair.similarity < 1.0
        assert pair.similarity == pytest.approx(text_similarity(old, new))


def test_unchanged_items_match_by_text_and_leftovers_are_listed(wave_2023, wave_2024):
    matching = match_waves(wave_2023, wave_2024)
    workload = _pairs(matching)["My workload is manageable"]
    assert (workload.method, workload.status, workload.similarity) == ("text", "auto", 1.0)
    assert [q.text for q in matching.unmatched_old] == [VALUED]
    assert [q.text for q in matching.unmatched_new] == [ADJUSTMENTS, *ENGAGEMENT_2024, HELP_MOST, ANYTHING_ELSE]
    free = [p for p in matching.pairs if p.free_text]
    assert [p.new.text for p in free] == [IMPROVE]
    assert all(p.new.type != QuestionType.METADATA for p in matching.pairs)


def test_ids_made_from_text_are_not_trusted_but_file_ids_are(wave_2023):
    assert not any(has_file_id(q) for q in wave_2023.questions)  # Forms export: ids are the importer's slugs
    old = direct_survey("w1.sav", [("Q1", "My workload is manageable", ["Yes", "No"]),
                                   ("Q2", "I feel safe in the office", ["Yes", "No"])])
    new = direct_survey("w2.sav", [("Q1", "I can manage my workload in my contracted hours", ["Yes", "Yes"]),
                                   ("Q2", "The canteen food is good", ["No", "No"])])
    assert has_file_id(old.questions[0])
    pairs = _pairs(match_waves(old, new))
    reworded = pairs["I can manage my workload in my contracted hours"]
    assert reworded.method == "id" and reworded.old.id == "Q1"
    # an id reused for an unrelated question is only proposed, for the user to check
    assert reworded.status == "proposed" and pairs["The canteen food is good"].status == "proposed"


def test_threshold_setting(wave_2023, wave_2024):
    strict = match_waves(wave_2023, wave_2024, WaveSettings(fuzzy_threshold=0.99))
    assert OPENNESS_2023 in [q.text for q in strict.unmatched_old]
    assert OPENNESS_2024 in [q.text for q in strict.unmatched_new]


def test_rejected_and_manual_decisions(wave_2023, wave_2024):
    decisions = [{"old": OPENNESS_2023, "new": OPENNESS_2024, "decision": "rejected"},
                 {"old": VALUED.upper(), "new": "my supervision enhances the quality of my work with people on "
                                                "probation", "decision": "manual"},
                 {"old": VISION_2023, "new": VISION_2024, "decision": "confirmed"},
                 {"old": "", "new": "x", "decision": "manual"}, "not a record"]
    matching = match_waves(wave_2023, wave_2024, decisions=decisions)
    pairs = _pairs(matching)
    assert OPENNESS_2024 not in pairs
    assert [(p.old.text, p.new.text) for p in matching.rejected] == [(OPENNESS_2023, OPENNESS_2024)]
    manual = pairs["My supervision enhances the quality of my work with people on probation"]
    assert (manual.old.text, manual.method, manual.status) == (VALUED, "manual", "manual")
    assert "My supervision enhances the quality of my work with people on probation" in [
        q.text for q in matching.unmatched_old]  # its 2023 twin lost its partner to the manual pair
    assert pairs[VISION_2024].status == "confirmed" and pairs[VISION_2024].method == "fuzzy"


def test_normalised_text_ignores_case_punctuation_and_spacing():
    assert normalise_text("  Do you feel SAFE,  at work? ") == normalise_text("do you feel safe at work")
    assert text_similarity("My workload is manageable", "My workload is manageable.") == 1.0
    assert text_similarity("My workload is manageable", "What is your grade?") < 0.6
