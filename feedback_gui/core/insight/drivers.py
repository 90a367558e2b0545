"""Key drivers: which experiences move an outcome (engagement, or any rating question) most.

For every rating-scale item (not part of the outcome itself) this gives its Pearson correlation with the
outcome score and its **importance**, Johnson's relative weight (:mod:`.relweights`): the item's share of
the R² of the outcome regressed on all the items together. Importances add up to R². A bootstrap over
respondents (seeded, so the same file gives the same intervals) gives each importance an interval.

Who is counted: respondents with an outcome score who answered every item (listwise). So that one item
few people could answer does not shrink the sample, items answered by fewer than half of the
respondents with an outcome score are left out (and listed), as are items everyone answered alike.
With fewer than :data:`SMALL_SAMPLE` respondents the result carries a note that the ranking below the
top items is uncertain; the intervals show how much.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.outcomes import Outcome, resolve_outcome
from feedback_gui.core.insight.relweights import bootstrap_weights, weights_from_data
from feedback_gui.core.insight.scoring import score_matrix
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, QuestionType, Survey

SMALL_SAMPLE = 100  # fewer respondents than this: the ranking below the top items is uncertain
TOP_ITEMS = 3
DEFAULT_RESAMPLES = 1000
MIN_RESAMPLES = 500
DEFAULT_SEED = 20240
MIN_ANSWERED_SHARE = 0.5


@dataclass(frozen=True)
class DriverItem:
    """One item: its correlation with the outcome, its importance (relative weight) and interval, % favourable."""

    question: str
    question_id: str
    correlation: float
    importance: float  # relative weight: the item's share of R² (0..R²)
    ci95: tuple[float, float]  # bootstrap percentile interval of the importance, at the result's confidence
    percent: float | None  # % favourable: the item's counted answers over its relevant respondents

    def to_dict(self) -> dict:
        """JSON-ready form: {"question", "correlation", "importance", "ci95": [lo, hi], "percent"}."""
        return {"question": self.question, "correlation": self.correlation, "importance": self.importance,
                "ci95": list(self.ci95), "percent": self.percent}


@dataclass(frozen=True)
class DriversResult:
    """The drivers of one outcome, most important first."""

    outcome: str
    outcome_kind: str  # "index", "theme" or "question"
    respondents: int  # respondents with an outcome score who answered every item used
    r_squared: float
    items: tuple[DriverItem, ...]
    resamples: int
    seed: int
    confidence: float = 0.95
    note: str | None = None  # said when the sample is small
    left_out: tuple[str, ...] = ()  # items not used, with the reason

    def share(self, item: DriverItem) -> float:
        """An item's importance as a percentage of R² (the shares add up to 100)."""
        return 100.0 * item.importance / self.r_squared if self.r_squared > 0 else 0.0

    def to_dict(self) -> dict:
        """JSON-ready form: {"outcome", "respondents", "r_squared", "items", ...} plus the bootstrap's settings."""
        out = {"outcome": self.outcome, "respondents": self.respondents, "r_squared": self.r_squared,
               "items": [i.to_dict() for i in self.items], "resamples": self.resamples, "seed": self.seed,
               "confidence": self.confidence, "note": self.note}
        if self.left_out:
            out["left_out"] = list(self.left_out)
        return out


def candidate_items(survey: Survey, outcome: Outcome) -> list[Question]:
    """The rating-scale items that may drive the outcome: every rating scale not part of the outcome."""
    own = set(outcome.question_ids)
    return [q for q in survey.of_type(QuestionType.LIKERT) if q.id not in own]


def small_sample_note(respondents: int) -> str | None:
    """What to say about the ranking when there are fewer than :data:`SMALL_SAMPLE` respondents."""
    if respondents >= SMALL_SAMPLE:
        return None
    return (f"With {respondents} respondents (fewer than {SMALL_SAMPLE}), the ranking below the top {TOP_ITEMS} "
            "items is uncertain: items whose intervals overlap could swap places in another sample.")


def key_drivers(
    survey: Survey, outcome: str, *, definitions: tuple | list = (), resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED, settings: AnalysisSettings = DEFAULT_SETTINGS, progress: ProgressFn = no_progress,
) -> DriversResult:
    """Key drivers of ``outcome`` (an index name such as "engagement", or the start of a question's text).

    ``definitions`` are the user's index definitions (see :mod:`.definitions`). Raises FeedbackError with a
    one-line reason when the outcome is not found or too few respondents answered.
    """
    if resamples < MIN_RESAMPLES:
        raise FeedbackError(f"use at least {MIN_RESAMPLES} bootstrap resamples (got {resamples})")
    target = resolve_outcome(survey, outcome, definitions, settings)
    items = candidate_items(survey, target)
    if not items:
        raise FeedbackError("there are no rating-scale questions besides the outcome to rank")
    scores = score_matrix(survey, items)
    has_outcome = ~np.isnan(target.scores)
    left_out: list[str] = []
    answered_share = (~np.isnan(scores[has_outcome])).mean(axis=0) if has_outcome.any() else np.zeros(len(items))
    keep = answered_share >= MIN_ANSWERED_SHARE
    left_out += [f"{q.text} (answered by fewer than half)" for q, k in zip(items, keep, strict=True) if not k]
    rows = has_outcome & ~np.isnan(scores[:, keep]).any(axis=1)
    data = np.column_stack([scores[rows][:, keep], target.scores[rows]])
    varied = np.concatenate([data[:, :-1].std(axis=0) > 0, [True]]) if len(data) else np.ones(data.shape[1], bool)
    used = [q for q, k in zip(items, keep, strict=True) if k]
    left_out += [f"{q.text} (everyone answered alike)" for q, v in zip(used, varied[:-1], strict=True) if not v]
    used = [q for q, v in zip(used, varied[:-1], strict=True) if v]
    data = data[:, varied]
    n = data.shape[0]
    if not used:
        raise FeedbackError("no rating-scale item varies among the respondents who answered the outcome")
    if n < max(10, len(used) + 3):
        raise FeedbackError(f"only {n} respondents answered the outcome and every item: too few to rank "
                            f"{len(used)} items (at least {max(10, len(used) + 3)} are needed)")
    if np.std(data[:, -1]) == 0:
        raise FeedbackError(f"everyone has the same {target.name} score: nothing to explain")
    weights = weights_from_data(data)
    correlations = np.corrcoef(data, rowvar=False)[:-1, -1]
    boot = bootstrap_weights(data, resamples, seed, progress)
    tail = 100.0 * (1 - settings.confidence) / 2
    with np.errstate(all="ignore"):
        low, high = np.nanpercentile(boot, [tail, 100.0 - tail], axis=0)
    found = []
    for j, question in enumerate(used):
        headline = question_result(survey, question, settings=settings).headline
        found.append(DriverItem(question.text, question.id, float(correlations[j]), float(weights[j]),
                                (float(low[j]), float(high[j])), headline.percent if headline else None))
    found.sort(key=lambda item: -item.importance)
    return DriversResult(target.name, target.kind, n, float(np.sum(weights)), tuple(found), resamples, seed,
                         settings.confidence, small_sample_note(n), tuple(left_out))
