"""The entry point: compare two or more survey waves (oldest first) in one call.

    comparison = compare_surveys([wave_2023, wave_2024], decisions=project.wave_matches)
    comparison.to_dict()   # what `feedback-gui compare --json` prints

The result holds everything a Waves panel shows (matches with their status, each change and its
sentence, the pairs that cannot be compared and why, unmatched questions, trends); nothing needs
computing afterwards except breakdowns on request (:mod:`.breakdowns`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey
from feedback_gui.core.waves.change import WaveComparison, compare_matched
from feedback_gui.core.waves.matching import match_waves
from feedback_gui.core.waves.settings import DEFAULT_WAVE_SETTINGS, WaveSettings
from feedback_gui.core.waves.trends import question_trends


def wave_labels(surveys: Sequence[Survey], labels: Sequence[str] | None = None) -> list[str]:
    """The waves' names: ``labels`` if given, else file names (with their folder when two are alike)."""
    if labels:
        names = [str(label).strip() for label in labels]
        if len(names) != len(surveys):
            raise FeedbackError(f"{len(names)} labels were given for {len(surveys)} waves")
    else:
        names = [s.source.name for s in surveys]
        if len(set(names)) != len(names):
            names = [f"{s.source.parent.name}/{s.source.name}" for s in surveys]
    if len(set(names)) != len(names) or not all(names):
        raise FeedbackError("each wave needs its own label (give labels when the file names are the same)")
    return names


def compare_surveys(
    surveys: Sequence[Survey], settings: WaveSettings = DEFAULT_WAVE_SETTINGS, decisions: Sequence[dict] = (),
    counted: Mapping[str, Sequence[str]] | None = None, analysis: AnalysisSettings = DEFAULT_SETTINGS,
    labels: Sequence[str] | None = None, progress: ProgressFn = no_progress,
) -> WaveComparison:
    """Compare two or more waves, oldest first: the last two question by question, and a trend for 3+ waves.

    ``decisions`` is ``project.wave_matches``; ``counted`` overrides the counted answers, keyed by the
    last wave's question id; ``labels`` names the waves (default: their file names).
    """
    if len(surveys) < 2:
        raise FeedbackError("comparing waves needs at least two surveys")
    names = wave_labels(surveys, labels)
    matchings = [match_waves(surveys[i], surveys[i + 1], settings, decisions, names[i], names[i + 1])
                 for i in range(len(surveys) - 1)]
    progress(0.2)
    changes, refused = compare_matched(surveys[-2], surveys[-1], matchings[-1], settings, counted, analysis,
                                       sub_progress(progress, 0.2, 0.8))
    trends = question_trends(surveys, matchings, counted, analysis) if len(surveys) > 2 else ()
    progress(1.0)
    return WaveComparison(tuple(names), settings, matchings[-1], changes, refused, trends)


def compare_waves(old: Survey, new: Survey, **options) -> WaveComparison:
    """Compare an earlier and a later wave (the keyword options of :func:`compare_surveys`)."""
    return compare_surveys([old, new], **options)
