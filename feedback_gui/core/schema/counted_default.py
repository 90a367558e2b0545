"""What a rating scale counts unless the user chose its answers: the top two boxes, or the top box only.

The choice is :attr:`feedback_gui.core.settings.AnalysisSettings.counted_default`, a preference rather than
a correction: it is applied to every rating-scale question whose counted answers the project does not
hold (when a survey is opened, and whenever the preference changes), and it is not saved in the project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.schema.overrides import set_counted
from feedback_gui.core.schema.scale_families import favourable_boxes
from feedback_gui.core.schema.scales import top_boxes
from feedback_gui.core.survey import Question, QuestionType, Survey

if TYPE_CHECKING:
    from feedback_gui.core.project import Project

TOP_TWO, TOP_BOX = "top_two", "top_box"
CHOICES = {TOP_TWO: "Top two boxes (e.g. Strongly agree and Agree)",
           TOP_BOX: "Top box only (e.g. Strongly agree)"}


def default_counted(question: Question, mode: str) -> tuple[str, ...]:
    """A rating scale's counted answers by default: its two most positive options, or the most positive.

    Never the midpoint or the unfavourable side: "Positive / Neutral / Negative" counts "Positive" only."""
    boxes = tuple(top_boxes(question.options, question.numeric_scale))
    if not question.numeric_scale:
        favourable = favourable_boxes(question.options)
        if favourable is not None:
            boxes = favourable
    return boxes[:1] if mode == TOP_BOX else boxes


def user_chose_counted(project: Project | None, question: Question) -> bool:
    """True if the project holds the user's own choice of this question's counted answers."""
    override = project.overrides.get(label_key(question.text)) if project is not None else None
    return override is not None and override.counted is not None


def follow_default(survey: Survey, project: Project | None, question_id: str, mode: str) -> Question:
    """Give one question the default counted answers, if it is a rating scale the user has not set."""
    question = survey.question(question_id)
    if question.type != QuestionType.LIKERT or user_chose_counted(project, question):
        return question
    wanted = default_counted(question, mode)
    return set_counted(survey, question.id, wanted) if wanted and wanted != question.counted else question


def apply_default(survey: Survey, project: Project | None, mode: str) -> list[str]:
    """Give every rating scale the user has not set the default counted answers; returns the ids changed.

    ``project`` may be None (the command line without a project): then every rating scale follows ``mode``."""
    changed = []
    for question in survey.of_type(QuestionType.LIKERT):
        if follow_default(survey, project, question.id, mode) != question:
            changed.append(question.id)
    return changed


__all__ = ["CHOICES", "TOP_BOX", "TOP_TWO", "apply_default", "default_counted", "follow_default",
           "user_chose_counted"]
