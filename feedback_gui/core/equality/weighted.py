"""Weighted headlines: each headline recomputed with respondent weights, beside the unweighted one.

The weighted share is the weights of respondents giving a counted answer over the weights of the
relevant respondents. Its precision is that of Kish's effective sample size among the relevant
respondents, so its interval is the Wilson interval at that effective size (an approximation, and
labelled as such). Weighted figures are always labelled "weighted".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from feedback_gui.core.analysis.counting import answer_labels, indicators, tally
from feedback_gui.core.analysis.proportions import HEADLINE_TYPES, Headline, question_result
from feedback_gui.core.analysis.wording import or_list, percent_text
from feedback_gui.core.equality.phrases import and_list, lower_name
from feedback_gui.core.equality.weighting import Weights, effective_sample_size
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, QuestionType, Survey

LABEL = "weighted"


@dataclass(frozen=True)
class WeightedHeadline:
    """A headline weighted to the reference, with the unweighted headline beside it."""

    question_id: str
    question_text: str
    counted: tuple[str, ...]
    unweighted: Headline
    weighted_numerator: float
    weighted_denominator: float
    weighted_percent: float
    effective_sample_size: float  # Kish, among the relevant respondents
    ci95: tuple[float, float]  # Wilson interval at the effective sample size (approximate)
    label: str
    sentence: str

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"question": self.question_id, "text": self.question_text, "counted": list(self.counted),
                "label": self.label, "weighted_percent": self.weighted_percent,
                "weighted_numerator": self.weighted_numerator, "weighted_denominator": self.weighted_denominator,
                "effective_sample_size": self.effective_sample_size, "ci95": list(self.ci95),
                "unweighted": self.unweighted.to_dict(), "sentence": self.sentence}


def headline_questions(survey: Survey, exclude: Sequence[str] = ()) -> list[Question]:
    """Questions with a headline (counted answers), demographics and ``exclude`` ids left out."""
    return [q for q in survey.questions if q.type in HEADLINE_TYPES and q.type != QuestionType.DEMOGRAPHIC
            and q.counted and q.id not in exclude]


def weighted_headline(survey: Survey, question: Question, weights: Weights, counted: Sequence[str] | None = None,
                      settings: AnalysisSettings = DEFAULT_SETTINGS) -> WeightedHeadline | None:
    """One question's headline, weighted; None if it has no headline."""
    unweighted = question_result(survey, question, counted, settings).headline
    if unweighted is None:
        return None
    relevant, chosen = counted_rows(survey, question, unweighted.counted)
    w = np.asarray(weights.weights)
    denominator = float(w[relevant].sum())
    numerator = float(w[relevant & chosen].sum())
    percent = 100.0 * numerator / denominator if denominator else 0.0
    n_eff = effective_sample_size(w[relevant])
    ci = wilson_at(percent / 100.0, n_eff, settings.confidence)
    by = and_list([lower_name(c) for c in weights.characteristics])
    sentence = (f"Weighted by {by}: {percent_text(percent)} said {or_list(unweighted.counted)} "
                f"(effective sample size {n_eff:.0f}), against {percent_text(unweighted.percent)} unweighted "
                f"({unweighted.numerator} out of {unweighted.denominator}).")
    return WeightedHeadline(question.id, question.text, unweighted.counted, unweighted, numerator, denominator,
                            percent, n_eff, ci, LABEL, sentence)


def weighted_headlines(survey: Survey, weights: Weights, questions: Sequence[Question] | None = None,
                       settings: AnalysisSettings = DEFAULT_SETTINGS) -> tuple[WeightedHeadline, ...]:
    """Weighted headlines of the given questions (default: every headline but the weighting questions)."""
    chosen = headline_questions(survey, weights.question_ids) if questions is None else questions
    results = (weighted_headline(survey, q, weights, settings=settings) for q in chosen)
    return tuple(r for r in results if r is not None)


def counted_rows(survey: Survey, question: Question, counted: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Which respondents are relevant to a question, and which of them gave a counted answer."""
    if question.type == QuestionType.MULTI_CHOICE:
        ticked = indicators(survey, question)
        return ticked.any(axis=1).to_numpy(), ticked[list(counted)].any(axis=1).to_numpy()
    labels = answer_labels(survey, question).astype("object")
    excluded = list(tally(survey, question).excluded)
    relevant = (labels.notna() & ~labels.isin(excluded)).to_numpy()
    return relevant, labels.isin(list(counted)).to_numpy() & relevant


def wilson_at(share: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson interval (percent) for a share observed with an effective sample size ``n`` (not a whole number)."""
    if n <= 0:
        return (0.0, 0.0)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(max(share * (1 - share), 0.0) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (100.0 * max(centre - half, 0.0), 100.0 * min(centre + half, 1.0))
