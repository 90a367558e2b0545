"""Breakdowns by a demographic, then vs now, with small groups suppressed in each wave.

Each wave is broken down on its own (``analysis.breakdown``, so suppression works exactly as on one
survey); groups are lined up by name (case and spacing ignored). A change in points is given only
where both waves show the group's figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback_gui.core.analysis.breakdown import Breakdown, GroupFigure, breakdown
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey
from feedback_gui.core.waves.change import QuestionChange, WaveComparison
from feedback_gui.core.waves.matching import QuestionMatch


@dataclass(frozen=True)
class GroupChange:
    """One group in both waves (None where the group had no respondents in that wave)."""

    group: str
    then: GroupFigure | None
    now: GroupFigure | None

    @property
    def change_points(self) -> float | None:
        """Now minus then in points, when both waves show the group's figure."""
        if self.then is None or self.now is None or self.then.percent is None or self.now.percent is None:
            return None
        return self.now.percent - self.then.percent

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"group": self.group, "then": self.then.to_dict() if self.then else None,
                "now": self.now.to_dict() if self.now else None, "change_points": self.change_points}


@dataclass(frozen=True)
class BreakdownChange:
    """A compared question broken down by a demographic in both waves."""

    waves: tuple[str, str]
    question: QuestionMatch
    by: QuestionMatch
    groups: tuple[GroupChange, ...]
    total: GroupChange
    threshold: int
    then_note: str
    now_note: str

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"waves": list(self.waves), "question": self.question.new.text, "old_question": self.question.old.text,
                "by": self.by.new.text, "threshold": self.threshold, "groups": [g.to_dict() for g in self.groups],
                "total": self.total.to_dict(), "then_note": self.then_note, "now_note": self.now_note}


def breakdown_change(
    old: Survey, new: Survey, change: QuestionChange, by: QuestionMatch, waves: tuple[str, str],
    analysis: AnalysisSettings = DEFAULT_SETTINGS,
) -> BreakdownChange:
    """Break ``change``'s question down by the matched demographic ``by`` in both waves."""
    then = breakdown(old, old.question(change.match.old.id), old.question(by.old.id), change.then.counted, analysis)
    now = breakdown(new, new.question(change.match.new.id), new.question(by.new.id), change.now.counted, analysis)
    return BreakdownChange(waves, change.match, by, _line_up(then, now), GroupChange("All respondents", then.total,
                           now.total), analysis.suppression_threshold, then.note, now.note)


def _line_up(then: Breakdown, now: Breakdown) -> tuple[GroupChange, ...]:
    earlier = {label_key(g.group): g for g in then.groups}
    rows = [GroupChange(g.group, earlier.pop(label_key(g.group), None), g) for g in now.groups]
    rows += [GroupChange(g.group, g, None) for g in earlier.values()]
    return tuple(rows)


def breakdowns_by(
    old: Survey, new: Survey, comparison: WaveComparison, by_text: str, analysis: AnalysisSettings = DEFAULT_SETTINGS,
) -> tuple[BreakdownChange, ...]:
    """Every compared question broken down by the matched demographic whose later text contains ``by_text``."""
    try:
        wanted = new.find_question(by_text)
    except KeyError:
        raise FeedbackError(f"no single question of {comparison.matching.new_wave} matches {by_text!r}") from None
    by = next((p for p in comparison.demographics if p.new.id == wanted.id), None)
    if by is None:
        raise FeedbackError(f"“{wanted.text}” is not a demographic matched in both waves")
    waves = (comparison.matching.old_wave, comparison.matching.new_wave)
    return tuple(breakdown_change(old, new, c, by, waves, analysis) for c in comparison.changes
                 if c.match.new.id != wanted.id)
