"""Who is treated differently: each group's headline against the rest, for every protected characteristic.

For each question with a headline and each group of each protected characteristic in the survey (sex,
age, ethnicity, disability, religion, sexual orientation), the group's rate (counted answers over
relevant respondents) is compared with the rate among all other respondents relevant to the question
(those who did not state the characteristic included) as a relative rate index (see :mod:`.rates`).
Groups are the breakdown's, with its suppression: a group with fewer relevant respondents than the
threshold shows no index, and neither does a group from which a hidden figure could be worked out.
The result is a questions x groups matrix; each cell names its question, characteristic and group,
so a heatmap can open the breakdown behind it. No correction is made for the number of comparisons:
with many cells, some will be "significant" by chance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback_gui.core.analysis.breakdown import NOT_STATED, Breakdown, breakdown, group_labels
from feedback_gui.core.analysis.wording import or_list, percent_text
from feedback_gui.core.equality.matching import candidate_questions
from feedback_gui.core.equality.phrases import p_text, people, sentence_case
from feedback_gui.core.equality.rates import RateComparison, relative_rate
from feedback_gui.core.equality.weighted import headline_questions
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.schema.roles import protected_characteristic
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, Survey

SHOWN, SUPPRESSED = "shown", "suppressed"
NO_RELEVANT, NO_REST = "no relevant respondents", "no other respondents to compare with"


@dataclass(frozen=True)
class MatrixRow:
    """A question of the matrix."""

    question_id: str
    text: str
    counted: tuple[str, ...]

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"question": self.question_id, "text": self.text, "counted": list(self.counted)}


@dataclass(frozen=True)
class MatrixColumn:
    """A group of a protected characteristic."""

    characteristic: str  # "sex", "disability" ...
    by_id: str  # the demographic question's id
    by_text: str
    group: str

    @property
    def label(self) -> str:
        """A column heading: "Disability: Yes", "Age: 18-24"."""
        return f"{sentence_case(self.characteristic)}: {self.group}"

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"characteristic": self.characteristic, "by": self.by_id, "by_text": self.by_text,
                "group": self.group, "label": self.label}


@dataclass(frozen=True)
class RateCell:
    """One question x group: the comparison, or why there is none. Carries what a click-through needs."""

    question_id: str
    characteristic: str
    by_id: str
    group: str
    status: str  # SHOWN, SUPPRESSED, NO_RELEVANT or NO_REST
    comparison: RateComparison | None
    sentence: str

    @property
    def suppressed(self) -> bool:
        """True when the group's figures are hidden."""
        return self.status == SUPPRESSED

    def to_dict(self) -> dict:
        """JSON-ready form; a suppressed cell carries no figures."""
        return {"question": self.question_id, "characteristic": self.characteristic, "by": self.by_id,
                "group": self.group, "status": self.status, "suppressed": self.suppressed,
                "comparison": self.comparison.to_dict() if self.comparison else None, "sentence": self.sentence}


@dataclass(frozen=True)
class Disproportionality:
    """The questions x groups matrix of relative rate indices."""

    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: tuple[tuple[RateCell, ...], ...]  # cells[row][column]
    threshold: int
    confidence: float
    notes: tuple[str, ...]

    def cell(self, question_id: str, by_id: str, group: str) -> RateCell:
        """The cell of a question and a group."""
        row = next(i for i, r in enumerate(self.rows) if r.question_id == question_id)
        column = next(j for j, c in enumerate(self.columns) if c.by_id == by_id and c.group == group)
        return self.cells[row][column]

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"threshold": self.threshold, "confidence": self.confidence,
                "rows": [r.to_dict() for r in self.rows], "columns": [c.to_dict() for c in self.columns],
                "cells": [[c.to_dict() for c in row] for row in self.cells], "notes": list(self.notes)}


def protected_questions(survey: Survey) -> list[tuple[str, Question]]:
    """The survey's questions on protected characteristics, with the characteristic each names."""
    found = [(protected_characteristic(q.text), q) for q in candidate_questions(survey)]
    return [(name, q) for name, q in found if name]


def disproportionality(survey: Survey, questions: Sequence[Question] | None = None,
                       settings: AnalysisSettings = DEFAULT_SETTINGS,
                       progress: ProgressFn = no_progress) -> Disproportionality:
    """Relative rate indices of every group of every protected characteristic, for each headline question."""
    bys = protected_questions(survey)
    chosen = list(questions) if questions is not None else headline_questions(survey, [q.id for _, q in bys])
    columns = tuple(MatrixColumn(name, by.id, by.text, group) for name, by in bys for group in _groups(survey, by))
    rows, cells = [], []
    steps = max(len(chosen) * len(bys), 1)
    for i, question in enumerate(chosen):
        rows.append(MatrixRow(question.id, question.text, tuple(question.counted)))
        found: dict[tuple[str, str], RateCell] = {}
        for j, (name, by) in enumerate(bys):
            split = breakdown(survey, question, by, settings=settings)
            for figure in split.groups:
                found[(by.id, figure.group)] = _cell(split, name, figure.group, settings)
            progress((i * len(bys) + j + 1) / steps)
        cells.append(tuple(found[(c.by_id, c.group)] for c in columns))
    notes = (f"Groups with fewer than {settings.suppression_threshold} relevant respondents show no relative rate "
             "index, nor does any group from which a hidden figure could be worked out.",
             "Each group is compared with all other respondents relevant to the question. No allowance is made "
             "for the number of comparisons: some differences will look significant by chance.")
    return Disproportionality(tuple(rows), columns, tuple(cells), settings.suppression_threshold,
                              settings.confidence, notes)


def _groups(survey: Survey, by: Question) -> list[str]:
    """The demographic's groups in the breakdown's order, without "Not stated"."""
    labels = group_labels(survey, by)
    order = [o for o in by.options if o not in by.excluded]
    present = [g for g in order if (labels == g).any()]
    return present + sorted(set(labels) - set(order) - {NOT_STATED})


def _cell(split: Breakdown, characteristic: str, group: str, settings: AnalysisSettings) -> RateCell:
    figure = next(g for g in split.groups if g.group == group)
    where = (split.question_id, characteristic, split.by_id, group)
    who = people(characteristic, group)
    if figure.suppressed:
        return RateCell(*where, SUPPRESSED, None, f"{sentence_case(who)}: not shown, to protect a small group.")
    total = split.total
    if not figure.relevant or figure.numerator is None:
        return RateCell(*where, NO_RELEVANT, None, f"{sentence_case(who)}: no relevant respondents.")
    rest_relevant = (total.relevant or 0) - figure.relevant
    if rest_relevant <= 0:
        return RateCell(*where, NO_REST, None, f"{sentence_case(who)}: no other respondents to compare with.")
    rest_numerator = (total.numerator or 0) - figure.numerator
    comparison = relative_rate(figure.numerator, figure.relevant, rest_numerator, rest_relevant,
                               settings.confidence)
    return RateCell(*where, SHOWN, comparison, _sentence(who, split.counted, comparison, settings.confidence))


def _sentence(who: str, counted: tuple[str, ...], c: RateComparison, confidence: float) -> str:
    low, high = c.ci95
    return (f"{sentence_case(who)}: {c.group_numerator} out of {c.group_relevant} "
            f"({percent_text(c.group_percent)}) said {or_list(counted)}, against {c.rest_numerator} out of "
            f"{c.rest_relevant} ({percent_text(c.rest_percent)}) of other respondents. Relative rate index "
            f"{c.rri:.2f} ({100 * confidence:g}% interval {low:.2f} to {high:.2f}; {c.test}, {p_text(c.p_value)}): "
            f"{c.direction}.{_caveat(c)}")


def _caveat(c: RateComparison) -> str:
    notes = []
    if c.corrected:
        notes.append(" A count was 0, so 0.5 was added to each cell of the table for the index and its interval.")
    if (c.ci95[0] > 1 or c.ci95[1] < 1) != c.significant:
        notes.append(" The interval and the test disagree: treat this difference with caution.")
    return "".join(notes)
