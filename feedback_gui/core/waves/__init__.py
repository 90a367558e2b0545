"""Comparing survey waves: matching questions, the change in each and its significance, trends.

    from feedback_gui.core.waves import compare_surveys
    result = compare_surveys([wave_2023, wave_2024], decisions=project.wave_matches)

Modules: :mod:`.matching` (pairing questions), :mod:`.decisions` (the user's confirmations, rejections
and manual pairs, saved in ``Project.wave_matches``), :mod:`.comparability` (harmonised answers, scales
that changed shape), :mod:`.significance` (z-test, Fisher, Benjamini–Hochberg), :mod:`.change` (results),
:mod:`.trends` (3+ waves), :mod:`.breakdowns` (by a demographic, then vs now), :mod:`.compare` (entry point).
"""

from feedback_gui.core.waves.breakdowns import BreakdownChange, GroupChange, breakdown_change, breakdowns_by
from feedback_gui.core.waves.change import NotComparable, QuestionChange, WaveComparison
from feedback_gui.core.waves.comparability import Harmonised, harmonise
from feedback_gui.core.waves.compare import compare_surveys, compare_waves, wave_labels
from feedback_gui.core.waves.decisions import (
    CONFIRMED,
    MANUAL,
    REJECTED,
    MatchDecisions,
    confirm_match,
    forget_match_decision,
    pair_questions,
    record_match_decision,
    reject_match,
)
from feedback_gui.core.waves.figures import WaveFigure
from feedback_gui.core.waves.matching import QuestionMatch, QuestionRef, WaveMatching, match_waves, text_similarity
from feedback_gui.core.waves.settings import DEFAULT_WAVE_SETTINGS, WaveSettings
from feedback_gui.core.waves.significance import ProportionTest, compare_proportions
from feedback_gui.core.waves.trends import Trend, TrendPoint, question_trends

__all__ = [
    "CONFIRMED", "DEFAULT_WAVE_SETTINGS", "MANUAL", "REJECTED",
    "BreakdownChange", "GroupChange", "Harmonised", "MatchDecisions", "NotComparable", "ProportionTest",
    "QuestionChange", "QuestionMatch", "QuestionRef", "Trend", "TrendPoint", "WaveComparison", "WaveFigure",
    "WaveMatching", "WaveSettings",
    "breakdown_change", "breakdowns_by", "compare_proportions", "compare_surveys", "compare_waves",
    "confirm_match", "forget_match_decision", "harmonise", "match_waves", "pair_questions", "question_trends",
    "record_match_decision", "reject_match", "text_similarity", "wave_labels",
]
