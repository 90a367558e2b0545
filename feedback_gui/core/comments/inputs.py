"""The comments of a survey: every non-blank free-text answer, and the codebook that suits them."""

from __future__ import annotations

from collections.abc import Sequence

from feedback_gui.core.analysis.counting import text_answers
from feedback_gui.core.comments.analysis import CommentInput
from feedback_gui.core.comments.codebook import Codebook, built_in_codebook
from feedback_gui.core.comments.themes import choose_codebook
from feedback_gui.core.survey import Question, QuestionType, Survey


def free_text_questions(survey: Survey, question: str | None = None) -> list[Question]:
    """The free-text questions to analyse: all of them, or the one whose text (or id) matches ``question``."""
    if question is None:
        return survey.of_type(QuestionType.FREE_TEXT)
    found = survey.find_question(question)
    if found.type != QuestionType.FREE_TEXT:
        raise ValueError(f"{found.text!r} is a {found.type} question, not free text")
    return [found]


def comment_inputs(survey: Survey, questions: Sequence[Question] | None = None) -> list[CommentInput]:
    """Every non-blank free-text answer in file order; ``row`` is the respondent's number (1 = the first)."""
    chosen = survey.of_type(QuestionType.FREE_TEXT) if questions is None else list(questions)
    position = {label: i for i, label in enumerate(survey.responses.index, start=1)}
    inputs = [CommentInput(position[label], question.text, str(text))
              for question in chosen
              for label, text in text_answers(survey, question).items()]
    return sorted(inputs, key=lambda c: c.row)


def codebook_for(survey: Survey, inputs: Sequence[CommentInput], kind: str | None = None) -> Codebook:
    """The built-in codebook ``kind`` ("staff" / "user-voice"), or the one that suits the survey."""
    if kind:
        return built_in_codebook(kind)
    return choose_codebook([q.text for q in survey.questions] + [c.text for c in inputs])
