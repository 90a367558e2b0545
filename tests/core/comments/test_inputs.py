"""A survey's comments: every non-blank free-text answer, by respondent, then by question."""

from __future__ import annotations

from feedback_gui.core.analysis.counting import text_answers
from feedback_gui.core.comments import CommentInput
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.survey import QuestionType


def test_comments_come_in_file_order_then_question_order(staff_2024, user_voice) -> None:  # noqa: ANN001
    for survey in (staff_2024, user_voice):
        questions = survey.of_type(QuestionType.FREE_TEXT)
        position = {label: i for i, label in enumerate(survey.responses.index, start=1)}
        for chosen in (questions, questions[::-1]):
            expected = sorted((CommentInput(position[label], q.text, str(text))
                               for q in chosen for label, text in text_answers(survey, q).items()),
                              key=lambda c: c.row)
            assert expected and comment_inputs(survey, chosen) == expected
        assert comment_inputs(survey) == comment_inputs(survey, questions)
        assert comment_inputs(survey, []) == []


def test_asking_again_is_remembered_until_the_answers_change(user_voice) -> None:  # noqa: ANN001
    import copy

    import pandas as pd

    survey = copy.copy(user_voice)
    survey.responses = user_voice.responses.copy()
    first = comment_inputs(survey)
    again = comment_inputs(survey)
    assert again == first and again is not first
    assert all(a is b for a, b in zip(again, first, strict=True))  # the same objects: not worked out again
    question = survey.of_type(QuestionType.FREE_TEXT)[0]
    survey.responses[question.column] = pd.Series("Changed answer", index=survey.responses.index, dtype="str")
    changed = comment_inputs(survey)
    assert [c.text for c in changed if c.question == question.text] == ["Changed answer"] * survey.respondents
