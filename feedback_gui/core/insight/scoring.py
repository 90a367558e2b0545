"""Rating-scale answers as scores from 0 (least favourable) to 100 (most favourable), one per respondent.

- An agreement scale is scored the Civil Service People Survey way, by answer: Strongly agree 100,
  Agree 75, Neither agree nor disagree (or Neutral) 50, Disagree 25, Strongly disagree 0 (a 4-point
  scale without its midpoint keeps these points).
- Any other text scale is spaced evenly from its most positive option (100) to its least (0); text
  scales are listed most positive first (see :mod:`feedback_gui.core.schema.scales`).
- A numeric scale (1-5, 0-10) runs from its lowest option (0) to its highest (100); a Net Promoter
  question's answer 0-10 scores 0-100.

Blank answers, answers that leave the denominator ("Not applicable", "Don't know") and answers that are
not options of the scale have no score (NaN).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from feedback_gui.core.analysis.counting import answer_labels
from feedback_gui.core.schema.labels import excluded_label, label_key
from feedback_gui.core.survey import Question, QuestionType, Survey

SCORED_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS})
AGREEMENT_POINTS: dict[str, float] = {
    "strongly agree": 100.0, "agree": 75.0, "neither agree nor disagree": 50.0, "neither agree or disagree": 50.0,
    "neutral": 50.0, "disagree": 25.0, "strongly disagree": 0.0,
}


def option_scores(question: Question) -> dict[str, float] | None:
    """Each option's score (0-100), or None when the question is not a rating scale that can be scored."""
    if question.type not in SCORED_TYPES:
        return None
    options = [o for o in question.options if o not in question.excluded]
    if len(options) < 2:
        return None
    if question.numeric_scale or question.type == QuestionType.NPS:
        try:
            values = [float(o) for o in options]
        except ValueError:
            return None
        low, high = min(values), max(values)
        if high <= low:
            return None
        return {o: 100.0 * (v - low) / (high - low) for o, v in zip(options, values, strict=True)}
    keys = [label_key(o) for o in options]
    if all(k in AGREEMENT_POINTS for k in keys) and len({AGREEMENT_POINTS[k] for k in keys}) == len(keys):
        return {o: AGREEMENT_POINTS[k] for o, k in zip(options, keys, strict=True)}
    last = len(options) - 1
    return {o: 100.0 * (last - i) / last for i, o in enumerate(options)}


def is_scored(question: Question) -> bool:
    """True if the question's answers can be scored 0-100 (a rating scale or a Net Promoter question)."""
    return option_scores(question) is not None


def item_scores(survey: Survey, question: Question) -> np.ndarray:
    """Each respondent's score on one question (NaN where there is none), in the survey's row order."""
    points = option_scores(question)
    if points is None:
        raise ValueError(f"{question.text!r} is not a rating-scale question, so its answers have no scores")
    labels = answer_labels(survey, question)
    if isinstance(labels.dtype, pd.CategoricalDtype):
        lookup = np.array([points.get(str(c), np.nan) for c in labels.cat.categories] + [np.nan])
        codes = labels.cat.codes.to_numpy(dtype=np.int64)
        return lookup[np.where(codes < 0, len(lookup) - 1, codes)]
    return np.array([points.get(str(v), np.nan) if v is not None and v == v else np.nan for v in labels],
                    dtype=np.float64)


def score_matrix(survey: Survey, questions: list[Question]) -> np.ndarray:
    """Respondents × questions: each respondent's score on each question (NaN where there is none)."""
    if not questions:
        return np.empty((survey.respondents, 0))
    return np.column_stack([item_scores(survey, q) for q in questions])


def favourable_matrix(survey: Survey, questions: list[Question]) -> np.ndarray:
    """Respondents × questions: 1 where the answer is one of the question's counted answers, 0 where it is
    another relevant answer, NaN where there is no relevant answer (blank, "Not applicable", ...)."""
    columns = []
    for question in questions:
        labels = answer_labels(survey, question)
        text = labels.astype("object")
        left_out = {v for v in text.dropna().unique() if v in question.excluded or excluded_label(str(v))}
        relevant = text.notna() & ~text.isin(list(left_out))
        counted = text.isin(list(question.counted))
        columns.append(np.where(relevant.to_numpy(), counted.to_numpy().astype(np.float64), np.nan))
    if not columns:
        return np.empty((survey.respondents, 0))
    return np.column_stack(columns)
