"""Breakdowns of a question by a demographic, with small groups suppressed.

A group with fewer relevant respondents than the threshold (5 by default) shows no figure. So
that no suppressed figure can be recovered by subtracting the shown groups from the total, more
groups are suppressed (smallest first) until at least two are hidden and the hidden groups
together hold at least the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from feedback_gui.core.analysis.counting import Tally, answer_labels, indicators, multi_tally, tally
from feedback_gui.core.analysis.grouped import (
    NOT_STATED,
    SINGLE_ANSWER,
    group_rows,
    grouped_numerators,
    grouped_tallies,
)
from feedback_gui.core.analysis.proportions import wilson_interval
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, QuestionType, Survey

__all__ = ["NOT_STATED", "Breakdown", "GroupFigure", "breakdown", "group_labels"]


@dataclass(frozen=True)
class GroupFigure:
    """One group's figures, or a suppressed cell."""

    group: str
    respondents: int
    relevant: int | None  # None when suppressed
    numerator: int | None
    percent: float | None
    ci95: tuple[float, float] | None
    counts: dict[str, int] | None
    suppressed: bool
    confidence: float = 0.95  # the confidence level of ``ci95`` (the name is historical)
    excluded: dict[str, int] | None = None  # answers left out of the denominator ("Not applicable"); None if hidden

    @property
    def unanswered(self) -> int:
        """The group's respondents who left the question blank (0 when the cell is suppressed)."""
        if self.suppressed or self.relevant is None:
            return 0
        return self.respondents - self.relevant - sum((self.excluded or {}).values())

    def to_dict(self) -> dict:
        """JSON-ready form; suppressed cells carry no figures."""
        return {"group": self.group, "suppressed": self.suppressed,
                "respondents": None if self.suppressed else self.respondents, "relevant": self.relevant,
                "numerator": self.numerator, "percent": self.percent,
                "ci95": list(self.ci95) if self.ci95 else None, "confidence": self.confidence, "counts": self.counts}


@dataclass(frozen=True)
class Breakdown:
    """A question broken down by a demographic."""

    question_id: str
    question_text: str
    by_id: str
    by_text: str
    counted: tuple[str, ...]
    groups: tuple[GroupFigure, ...]
    total: GroupFigure
    threshold: int

    @property
    def suppressed_groups(self) -> list[str]:
        """Names of the groups shown without figures."""
        return [g.group for g in self.groups if g.suppressed]

    @property
    def note(self) -> str:
        """What the reader needs to know about suppression, in a sentence."""
        hidden = self.suppressed_groups
        if hidden and len(hidden) == len([g for g in self.groups if g.relevant != 0 or g.suppressed]):
            return (f"No group's figures are shown: {', '.join(hidden)} include a group with fewer than "
                    f"{self.threshold} relevant respondents, and with so few groups any figure shown would let "
                    "the small group's be worked out from the total.")
        if not hidden:
            return f"No group has fewer than {self.threshold} relevant respondents; all figures are shown."
        return (f"Figures for {', '.join(hidden)} are not shown: groups with fewer than {self.threshold} relevant "
                "respondents are suppressed, and so is any group from which a suppressed figure could be "
                "worked out.")

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"question": self.question_id, "by": self.by_id, "counted": list(self.counted),
                "threshold": self.threshold, "groups": [g.to_dict() for g in self.groups],
                "total": self.total.to_dict(), "note": self.note}


def group_labels(survey: Survey, by: Question) -> pd.Series:
    """Each respondent's group for a demographic, "Not stated" where blank or declined."""
    labels = answer_labels(survey, by).astype("object")
    labels = labels.where(labels.notna(), NOT_STATED)
    return labels.where(~labels.isin(list(by.excluded)), NOT_STATED)


def breakdown(
    survey: Survey, question: Question, by: Question, counted: Sequence[str] | None = None,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> Breakdown:
    """Counts and headline of ``question`` for each group of ``by``, with suppression applied."""
    chosen = tuple(question.counted if counted is None else counted)
    names, row_group = group_rows(survey, by)
    tallies = grouped_tallies(survey, question, row_group, len(names))
    if tallies is None:
        raise ValueError(f"{question.text!r} is {question.type}: only answer options can be broken down")
    numerators = grouped_numerators(survey, question, row_group, len(names), chosen, tallies)
    sizes = np.bincount(row_group, minlength=len(names))
    raw = [(g, _figure(g, int(sizes[i]), tallies[i], numerators[i], settings)) for i, g in enumerate(names)]
    total = _figures(survey, question, None, chosen, settings)
    hidden = _suppressed({g: fig.relevant or 0 for g, fig in raw}, settings.suppression_threshold)
    cells = tuple(_hide(fig) if g in hidden else fig for g, fig in raw)
    return Breakdown(question.id, question.text, by.id, by.text, chosen, cells,
                     _relabel(total, "All respondents"), settings.suppression_threshold)


def _suppressed(relevant: dict[str, int], threshold: int) -> set[str]:
    """Primary suppression of small groups, then complementary suppression against subtraction."""
    hidden = {g for g, n in relevant.items() if 0 < n < threshold}
    visible = sorted((n, g) for g, n in relevant.items() if g not in hidden and n > 0)
    while hidden and (len(hidden) < 2 or sum(relevant[g] for g in hidden) < threshold) and visible:
        hidden.add(visible.pop(0)[1])
    return hidden


def _figures(survey: Survey, question: Question, rows: pd.Index | None, counted: tuple[str, ...],
             settings: AnalysisSettings) -> GroupFigure:
    respondents = survey.respondents if rows is None else len(rows)
    if question.type == QuestionType.MULTI_CHOICE:
        counts: Tally = multi_tally(survey, question, rows)
        numerator = int(indicators(survey, question, rows)[list(counted)].any(axis=1).sum()) if counted else None
    elif question.type in SINGLE_ANSWER:
        counts = tally(survey, question, rows)
        numerator = sum(counts.counts.get(c, 0) for c in counted) if counted else None
    else:
        raise ValueError(f"{question.text!r} is {question.type}: only answer options can be broken down")
    return _figure("", respondents, counts, numerator, settings)


def _figure(group: str, respondents: int, counts: Tally, numerator: int | None,
            settings: AnalysisSettings) -> GroupFigure:
    relevant = counts.relevant
    percent = 100.0 * numerator / relevant if numerator is not None and relevant else None
    ci = wilson_interval(numerator, relevant, settings.confidence) if percent is not None else None
    return GroupFigure(group, respondents, relevant, numerator, percent, ci, dict(counts.counts), False,
                       settings.confidence, dict(counts.excluded))


def _hide(figure: GroupFigure) -> GroupFigure:
    return GroupFigure(figure.group, figure.respondents, None, None, None, None, None, True, figure.confidence)


def _relabel(figure: GroupFigure, name: str) -> GroupFigure:
    return replace(figure, group=name, suppressed=False)
