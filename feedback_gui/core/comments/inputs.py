"""The comments of a survey: every non-blank free-text answer, and the codebook that suits them."""

from __future__ import annotations

import weakref
from collections.abc import Sequence

import numpy as np

from feedback_gui.core.analysis.counting import text_answers
from feedback_gui.core.comments.analysis import CommentInput
from feedback_gui.core.comments.codebook import Codebook, built_in_codebook
from feedback_gui.core.comments.themes import choose_codebook
from feedback_gui.core.survey import Question, QuestionType, Survey

_REMEMBERED: list[tuple] = []  # (survey, questions, their columns' arrays, inputs) of the last two surveys asked


def free_text_questions(survey: Survey, question: str | None = None) -> list[Question]:
    """The free-text questions to analyse: all of them, or the one whose text (or id) matches ``question``."""
    if question is None:
        return survey.of_type(QuestionType.FREE_TEXT)
    found = survey.find_question(question)
    if found.type != QuestionType.FREE_TEXT:
        raise ValueError(f"{found.text!r} is a {found.type} question, not free text")
    return [found]


def comment_inputs(survey: Survey, questions: Sequence[Question] | None = None) -> list[CommentInput]:
    """Every non-blank free-text answer in file order; ``row`` is the respondent's number (1 = the first).

    The answers of the last two surveys asked are remembered (while their columns are the same objects),
    so asking again, e.g. from the window after the app gathered them in the background, is immediate.
    """
    chosen = survey.of_type(QuestionType.FREE_TEXT) if questions is None else list(questions)
    key = tuple((q.id, q.text, q.type, q.columns) for q in chosen)
    data = tuple(survey.responses[c].array for q in chosen for c in q.columns if c in survey.responses)
    for entry in list(_REMEMBERED):
        if entry[0]() is survey and entry[1] == key and len(entry[2]) == len(data) \
                and all(a is b for a, b in zip(entry[2], data, strict=True)):
            return list(entry[3])
    inputs = _inputs(survey, chosen)
    _REMEMBERED[:] = [e for e in _REMEMBERED if e[0]() is not survey][-1:] + [(weakref.ref(survey), key, data, inputs)]
    return list(inputs)


def _inputs(survey: Survey, chosen: list[Question]) -> list[CommentInput]:
    rows: list[np.ndarray] = []
    asked: list[np.ndarray] = []
    texts: list[str] = []
    for number, question in enumerate(chosen):
        answers = text_answers(survey, question)
        rows.append(survey.responses.index.get_indexer(answers.index) + 1)
        asked.append(np.full(len(answers), number))
        texts.extend(str(text) for text in answers.tolist())
    if not texts:
        return []
    row = np.concatenate(rows)
    order = np.argsort(row, kind="stable")  # file order; one respondent's answers in question order
    which = np.concatenate(asked)[order].tolist()
    names = [q.text for q in chosen]
    return [CommentInput(r, names[q], texts[i]) for r, q, i in zip(row[order].tolist(), which, order.tolist(),
                                                                   strict=True)]


def codebook_for(survey: Survey, inputs: Sequence[CommentInput], kind: str | None = None) -> Codebook:
    """The built-in codebook ``kind`` ("staff" / "user-voice"), or the one that suits the survey."""
    if kind:
        return built_in_codebook(kind)
    return choose_codebook([q.text for q in survey.questions] + [c.text for c in inputs])
