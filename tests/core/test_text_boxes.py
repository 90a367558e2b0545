"""A comment box the export itself declares is free text, however its answers repeat."""

from __future__ import annotations

import csv

from feedback_gui.core.importing import read_survey
from feedback_gui.core.survey import QuestionType


def _surveymonkey(path, sub: str) -> None:
    """SurveyMonkey's two header rows: question text over "Response" / "Open-Ended Response"."""
    answers = ["Less paperwork", "More staff please", "Nothing", ""] * 6
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Respondent ID", "Collector ID", "How satisfied are you?", "What could we do better?"])
        writer.writerow(["", "", "Response", sub])
        for i, answer in enumerate(answers):
            writer.writerow([1000 + i, 7, ["Satisfied", "Dissatisfied"][i % 2], answer])


def test_surveymonkey_open_ended_response_is_free_text(tmp_path):
    path = tmp_path / "sm.csv"
    _surveymonkey(path, "Open-Ended Response")
    survey = read_survey(path)
    question = survey.find_question("What could we do better?")
    assert survey.respondents == 24
    assert question.type == QuestionType.FREE_TEXT
    assert question.inference_note.confidence == "high" and "Open-Ended Response" in question.inference_note.reason


def test_the_same_answers_under_response_are_a_choice(tmp_path):
    path = tmp_path / "sm.csv"
    _surveymonkey(path, "Response")  # beside: no text box declared, three short answers repeated
    question = read_survey(path).find_question("What could we do better?")
    assert question.type != QuestionType.FREE_TEXT
