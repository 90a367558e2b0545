"""Headline proportions: counted answers over relevant respondents, with a Wilson interval."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import NormalDist

import pandas as pd

from feedback_gui.core.analysis.counting import Tally, count_any, indicators, tally
from feedback_gui.core.analysis.wording import headline_sentence
from feedback_gui.core.insight.nps import NpsResult, net_promoter
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import InferenceNote, Question, QuestionType, Survey

HEADLINE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
                            QuestionType.MULTI_CHOICE, QuestionType.DEMOGRAPHIC})


@lru_cache(maxsize=1 << 16)
def wilson_interval(numerator: int, denominator: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion, in percent: the closed form (the same figures as scipy's
    ``binomtest(...).proportion_ci(method="wilson")``, a test checks, at a thousandth of its cost)."""
    if denominator <= 0:
        return (0.0, 0.0)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p, n = numerator / denominator, denominator
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (100.0 * max(0.0, centre - half), 100.0 * min(1.0, centre + half))


@dataclass(frozen=True)
class Headline:
    """Counted answers over relevant respondents."""

    counted: tuple[str, ...]
    numerator: int
    denominator: int
    percent: float  # 0-100, unrounded
    ci95: tuple[float, float]  # percent; the interval at ``confidence`` (the key keeps its historical name)
    sentence: str
    confidence: float = 0.95  # the confidence level of ``ci95``

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"counted": list(self.counted), "numerator": self.numerator, "denominator": self.denominator,
                "percent": self.percent, "ci95": list(self.ci95), "confidence": self.confidence,
                "sentence": self.sentence}


@dataclass(frozen=True)
class QuestionResult:
    """Everything the app shows about one question."""

    id: str
    text: str
    type: QuestionType
    options: tuple[str, ...]
    counts: dict[str, int]
    relevant: int
    excluded: dict[str, int]
    answered: int
    respondents: int
    headline: Headline | None
    summary: dict[str, float] = field(default_factory=dict)  # numeric questions: mean, median ...
    inference: InferenceNote | None = None  # why the question has its type, and how sure the importer is
    nps: NpsResult | None = None  # Net Promoter questions: the score, its groups and interval

    @property
    def unanswered(self) -> int:
        """Respondents who left the question blank."""
        return self.respondents - self.answered

    @property
    def percentages(self) -> dict[str, float]:
        """Each counted option's share of the relevant respondents, in percent (unrounded)."""
        if not self.relevant:
            return {option: 0.0 for option in self.counts}
        return {option: 100.0 * n / self.relevant for option, n in self.counts.items()}

    def to_dict(self) -> dict:
        """JSON-ready form (the shape `feedback-gui headlines --json` prints)."""
        out = {
            "id": self.id, "text": self.text, "type": str(self.type), "options": list(self.options),
            "counts": dict(self.counts), "percentages": self.percentages, "relevant": self.relevant,
            "excluded": dict(self.excluded),
            "answered": self.answered, "unanswered": self.unanswered,
            "headline": self.headline.to_dict() if self.headline else None,
        }
        if self.summary:
            out["summary"] = dict(self.summary)
        if self.inference is not None:
            out["inference"] = self.inference.to_dict()
        if self.nps is not None:
            out["nps"] = self.nps.to_dict()
        return out


def make_headline(
    tallied: Tally, counted: Sequence[str], text: str, settings: AnalysisSettings = DEFAULT_SETTINGS,
    numerator: int | None = None,
) -> Headline | None:
    """Headline from a tally: the counted answers over the relevant respondents."""
    denominator = tallied.relevant
    if denominator <= 0 or not counted:
        return None
    if numerator is None:
        numerator = sum(tallied.counts.get(label, 0) for label in counted)
    percent = 100.0 * numerator / denominator
    sentence = headline_sentence(numerator, denominator, counted, text, tallied.excluded)
    return Headline(tuple(counted), numerator, denominator, percent,
                    wilson_interval(numerator, denominator, settings.confidence), sentence, settings.confidence)


def question_result(
    survey: Survey, question: Question, counted: Sequence[str] | None = None,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> QuestionResult:
    """Counts, relevant respondents and headline of one question.

    ``counted`` overrides the question's default counted answers (e.g. "No" for "My workload is
    manageable"). Free text, numbers and dates have no headline.
    """
    chosen = tuple(question.counted if counted is None else counted)
    tallied = count_any(survey, question)
    headline = None
    if question.type in HEADLINE_TYPES and chosen:
        unknown = [c for c in chosen if c not in tallied.counts]
        if unknown:
            raise ValueError(f"{', '.join(unknown)} is not an answer to {question.text!r}")
        numerator = None
        if question.type == QuestionType.MULTI_CHOICE:
            numerator = int(indicators(survey, question)[list(chosen)].any(axis=1).sum())
        headline = make_headline(tallied, chosen, question.text, settings, numerator)
    summary = _numeric_summary(survey.responses[question.column]) if question.type == QuestionType.NUMERIC else {}
    nps = net_promoter(tallied.counts, settings.confidence) if question.type == QuestionType.NPS else None
    return QuestionResult(question.id, question.text, question.type, question.options, tallied.counts,
                          tallied.relevant, tallied.excluded, tallied.answered, survey.respondents, headline,
                          summary, question.inference_note, nps)


def headlines(
    survey: Survey, settings: AnalysisSettings = DEFAULT_SETTINGS, progress: ProgressFn = no_progress,
    include_metadata: bool = False,
) -> list[QuestionResult]:
    """Results for every question but metadata (or every question, metadata too), in file order."""
    questions = survey.questions if include_metadata else survey.reportable
    results = []
    for done, question in enumerate(questions, start=1):
        results.append(question_result(survey, question, settings=settings))
        progress(done / len(questions))
    return results


def _numeric_summary(series: pd.Series) -> dict[str, float]:
    values = pd.to_numeric(series, errors="coerce").dropna()
    if values.empty:
        return {}
    return {"count": int(values.size), "mean": float(values.mean()), "median": float(values.median()),
            "min": float(values.min()), "max": float(values.max())}


__all__ = ["Headline", "QuestionResult", "headlines", "question_result", "tally", "wilson_interval"]
