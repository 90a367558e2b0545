"""Indices and theme scores: the engagement index, the user's own indices and theme scores, with intervals.

**Index** (the CSPS engagement index, or any set of rating-scale questions the user names): each answer
is scored 0-100 (:mod:`.scoring`; agreement answers 0/25/50/75/100), a respondent's score is the mean of
the scores of the questions they answered, and the index is the mean of respondents' scores.

Rule for respondents who skipped some items (:data:`SKIP_RULE`): a respondent who answered at least one
of the index's questions (``min_answered``, 1 by default) is counted, with the mean of the answers they
gave; "Not applicable", "Don't know" and blank count as not answered. A respondent who answered none is
left out. The interval is Student's t interval of the mean of respondents' scores (n - 1 degrees of
freedom), clipped to 0-100.

**Theme score** (as the CSPS theme scores): the % positive (the question's counted answers over its
relevant respondents) averaged over the theme's questions, so each question weighs the same whatever its
number of answers. Its interval comes from the linearised (delta-method) variance of that average over
respondents: respondent i contributes u_i = (1/J) Σ_j a_ij (f_ij − p_j) / n_j, where a_ij says whether
they gave question j a relevant answer, f_ij whether it was a counted one, p_j and n_j are question j's
proportion and relevant respondents; Var = N/(N−1) Σ u_i², and the interval uses Student's t with N − 1
degrees of freedom. With every question answered by everyone this is exactly the t interval of the mean of
respondents' own % positive.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from feedback_gui.core.insight.definitions import INDEX, THEME, IndexDefinition, resolve_questions
from feedback_gui.core.insight.engagement import ENGAGEMENT_CODE, ENGAGEMENT_NAME, find_engagement
from feedback_gui.core.insight.scoring import favourable_matrix, score_matrix
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, Survey

SKIP_RULE = ("A respondent's score is the mean of the questions they answered (at least {m} of {k}); "
             "“Not applicable”, “Don't know” and blanks count as not answered; respondents who answered none "
             "are left out.")
THEME_RULE = ("% positive of each question over its own relevant respondents, averaged over the {k} questions "
              "(each question weighs the same).")


@dataclass(frozen=True)
class IndexResult:
    """An index or theme score: 0-100, its interval and the respondents it is based on."""

    name: str
    kind: str  # "index" or "theme"
    questions: tuple[str, ...]  # the texts of the questions used, in survey order
    score: float
    ci95: tuple[float, float]  # at ``confidence``
    respondents: int  # respondents with a score (index) or who answered any question (theme)
    rule: str
    code: str | None = None  # "EES" for the CSPS engagement index
    missing: tuple[str, ...] = ()  # questions of the definition this survey does not have
    confidence: float = 0.95
    respondent_scores: np.ndarray | None = None  # each respondent's score (NaN if none); index only

    def to_dict(self) -> dict:
        """JSON-ready form: {"name", "questions", "score", "ci95", "respondents"} plus kind, code, rule, missing."""
        out = {"name": self.name, "questions": list(self.questions), "score": self.score, "ci95": list(self.ci95),
               "respondents": self.respondents, "kind": self.kind, "code": self.code, "rule": self.rule}
        if self.missing:
            out["missing"] = list(self.missing)
        return out


def respondent_scores(survey: Survey, questions: list[Question], min_answered: int = 1) -> np.ndarray:
    """Each respondent's index score: the mean of their scored answers, NaN if they answered too few."""
    scores = score_matrix(survey, questions)
    answered = np.sum(~np.isnan(scores), axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.nansum(scores, axis=1) / answered
    return np.where(answered >= max(min_answered, 1), means, np.nan)


def mean_interval(values: np.ndarray, confidence: float = 0.95) -> tuple[float, float]:
    """Student's t interval of a mean (NaNs ignored), clipped to 0-100; the whole range below two values."""
    from scipy.stats import t

    x = values[~np.isnan(values)]
    if x.size < 2:
        return (0.0, 100.0)
    half = float(t.ppf(0.5 + confidence / 2, x.size - 1)) * float(np.std(x, ddof=1)) / np.sqrt(x.size)
    centre = float(np.mean(x))
    return (float(max(0.0, centre - half)), float(min(100.0, centre + half)))


def index_result(
    survey: Survey, name: str, questions: list[Question], *, code: str | None = None, missing: tuple[str, ...] = (),
    min_answered: int = 1, settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> IndexResult | None:
    """The index of these rating-scale questions, or None when no respondent has a score."""
    per_respondent = respondent_scores(survey, questions, min_answered)
    counted = int(np.sum(~np.isnan(per_respondent)))
    if counted == 0:
        return None
    score = float(np.nanmean(per_respondent))
    rule = SKIP_RULE.format(m=max(min_answered, 1), k=len(questions))
    return IndexResult(name, INDEX, tuple(q.text for q in questions), score,
                       mean_interval(per_respondent, settings.confidence), counted, rule, code, missing,
                       settings.confidence, per_respondent)


def theme_result(
    survey: Survey, name: str, questions: list[Question], *, missing: tuple[str, ...] = (),
    settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> IndexResult | None:
    """The theme score of these questions (% positive averaged over them), or None if nobody answered."""
    favourable = favourable_matrix(survey, questions)
    answered = ~np.isnan(favourable)
    n_j = answered.sum(axis=0)
    keep = n_j > 0
    if not keep.any():
        return None
    favourable, answered, n_j = favourable[:, keep], answered[:, keep], n_j[keep]
    p_j = np.nansum(favourable, axis=0) / n_j
    score = 100.0 * float(np.mean(p_j))
    contributions = np.where(answered, np.nan_to_num(favourable) - p_j, 0.0) / n_j
    u = contributions.mean(axis=1)[answered.any(axis=1)]
    big_n = u.size
    ci = (0.0, 100.0)
    if big_n > 1:
        from scipy.stats import t

        variance = big_n / (big_n - 1) * float(np.sum(u * u))
        half = 100.0 * float(t.ppf(0.5 + settings.confidence / 2, big_n - 1)) * float(np.sqrt(variance))
        ci = (float(max(0.0, score - half)), float(min(100.0, score + half)))
    used = tuple(q.text for q, k in zip(questions, keep, strict=True) if k)
    return IndexResult(name, THEME, used, score, ci, big_n, THEME_RULE.format(k=len(used)), None, missing,
                       settings.confidence)


def engagement_index(survey: Survey, settings: AnalysisSettings = DEFAULT_SETTINGS) -> IndexResult | None:
    """The CSPS employee engagement index, when the survey has at least three of its questions."""
    items = find_engagement(survey)
    if items is None:
        return None
    return index_result(survey, ENGAGEMENT_NAME, list(items.questions), code=ENGAGEMENT_CODE, settings=settings)


def compute(
    survey: Survey, definition: IndexDefinition, settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> IndexResult | None:
    """The result of one user definition on this survey (None when none of its questions are here)."""
    questions, missing = resolve_questions(survey, definition)
    if not questions:
        return None
    if definition.kind == THEME:
        return theme_result(survey, definition.name, questions, missing=missing, settings=settings)
    return index_result(survey, definition.name, questions, missing=missing, settings=settings)


def survey_indices(
    survey: Survey, definitions: list[IndexDefinition] | tuple[IndexDefinition, ...] = (),
    settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> list[IndexResult]:
    """The engagement index (when found) then every user index and theme score that applies to this survey.

    A user definition named like the engagement index replaces it.
    """
    results: list[IndexResult] = []
    names = {d.name.casefold() for d in definitions}
    if ENGAGEMENT_NAME.casefold() not in names:
        engagement = engagement_index(survey, settings)
        if engagement is not None:
            results.append(engagement)
    for definition in definitions:
        result = compute(survey, definition, settings)
        if result is not None:
            results.append(result)
    return results
