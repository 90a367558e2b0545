"""One wave's headline figure for a compared question."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, Survey


@dataclass(frozen=True)
class WaveFigure:
    """Counted answers over relevant respondents in one wave (percent 0-100, unrounded)."""

    numerator: int
    denominator: int
    percent: float
    ci95: tuple[float, float]
    counted: tuple[str, ...]
    confidence: float = 0.95  # the confidence level of ``ci95``
    excluded: tuple[tuple[str, int], ...] = ()  # answers left out of the denominator, with how many gave them

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"numerator": self.numerator, "denominator": self.denominator, "percent": self.percent,
                "ci95": list(self.ci95), "counted": list(self.counted)}


def wave_figure(
    survey: Survey, question: Question, counted: Sequence[str], settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> WaveFigure | None:
    """The headline of ``question`` counting ``counted``; None if nobody gave a relevant answer."""
    result = question_result(survey, question, counted, settings)
    h = result.headline
    if h is None:
        return None
    excluded = tuple((label, n) for label, n in result.excluded.items() if n)
    return WaveFigure(h.numerator, h.denominator, h.percent, h.ci95, h.counted, h.confidence, excluded)


def own_figure(survey: Survey, question: Question, counted: Sequence[str] | None = None,
               settings: AnalysisSettings = DEFAULT_SETTINGS) -> WaveFigure | None:
    """The question's headline with its own counted answers (or ``counted``), None when there is none."""
    chosen = tuple(question.counted if counted is None else counted)
    if not chosen:
        return None
    try:
        return wave_figure(survey, question, chosen, settings)
    except ValueError:
        return None
