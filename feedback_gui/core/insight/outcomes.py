"""What a key-driver analysis explains: an index (by name) or a rating question (by the start of its text).

``resolve_outcome(survey, "engagement")`` finds the engagement index (any index or theme whose name starts
with the text, case ignored, "engagement" finding "Engagement index"); failing that, the rating-scale or
Net Promoter question whose text starts with the text (spacing and case ignored). Each respondent's
outcome score is their index score (the mean of their answered items, 0-100), their own % positive over a
theme's questions, or their score on the question (0-100).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.definitions import THEME, IndexDefinition, resolve_questions
from feedback_gui.core.insight.engagement import ENGAGEMENT_NAME, find_engagement
from feedback_gui.core.insight.indices import respondent_scores
from feedback_gui.core.insight.scoring import favourable_matrix, is_scored, item_scores
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey


@dataclass(frozen=True)
class Outcome:
    """The outcome's name, kind, each respondent's score (NaN if none) and the questions it is made of."""

    name: str
    kind: str  # "index", "theme" or "question"
    scores: np.ndarray
    question_ids: tuple[str, ...]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def resolve_outcome(
    survey: Survey, text: str, definitions: tuple | list = (), settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> Outcome:
    """The outcome named by ``text``: an index or theme by name, else a rating question by its first words."""
    wanted = _key(text)
    if not wanted:
        raise FeedbackError("name the outcome: an index (e.g. engagement) or the start of a question")
    named: list[IndexDefinition] = [d for d in definitions if isinstance(d, IndexDefinition)]
    for definition in named:
        if _key(definition.name).startswith(wanted):
            questions, _ = resolve_questions(survey, definition)
            if not questions:
                raise FeedbackError(f"none of the questions of {definition.name!r} is in this survey")
            if definition.kind == THEME:
                favourable = favourable_matrix(survey, questions)
                with np.errstate(invalid="ignore"):
                    scores = 100.0 * np.nanmean(favourable, axis=1)
            else:
                scores = respondent_scores(survey, questions)
            return Outcome(definition.name, definition.kind, scores, tuple(q.id for q in questions))
    if _key(ENGAGEMENT_NAME).startswith(wanted) and not any(_key(d.name) == _key(ENGAGEMENT_NAME) for d in named):
        items = find_engagement(survey)
        if items is None:
            raise FeedbackError("this survey does not have the engagement questions (CSPS B47-B51; at least "
                                "three are needed)")
        return Outcome(ENGAGEMENT_NAME, "index", respondent_scores(survey, list(items.questions)),
                       tuple(q.id for q in items.questions))
    hits = [q for q in survey.questions if _key(q.text).startswith(wanted)]
    if not hits:
        raise FeedbackError(f"no index or question starts with {text!r}")
    scored = [q for q in hits if is_scored(q)]
    if not scored:
        raise FeedbackError(f"{hits[0].text!r} is not a rating-scale question, so it cannot be an outcome")
    exact = [q for q in scored if _key(q.text) == wanted]
    if len(scored) > 1 and len(exact) != 1:
        raise FeedbackError(f"{len(scored)} questions start with {text!r}: give more of the wording")
    question = exact[0] if exact else scored[0]
    return Outcome(question.text, "question", item_scores(survey, question), (question.id,))
