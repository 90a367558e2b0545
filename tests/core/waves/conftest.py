"""Fixtures for wave comparison: the two bundled staff-survey waves and small hand-made waves."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from feedback_gui.core.importing import read_survey
from feedback_gui.core.survey import Layout, Question, QuestionType, Survey
from tests.conftest import SAMPLES

OPENNESS_2023 = "My PDU has a culture which promotes openness and constructive challenge"
OPENNESS_2024 = "The PDU has a culture that promotes openness and constructive challenge"
VISION_2023 = "The vision and strategy of my PDU drive delivery of a high-quality service"
VISION_2024 = "The vision and strategy of the PDU drive the delivery of a high-quality service"
FREQUENCY = "Supervision is offered at a sufficient frequency"
VALUED = "I feel valued by my line manager"
ADJUSTMENTS = "Where I needed reasonable adjustments, they were made"
HELP_MOST = "Which of these would help you most in the next 12 months? (Select all that apply)"
ANYTHING_ELSE = "Is there anything else you would like to tell us?"
IMPROVE = "What one thing would most improve your ability to deliver a high-quality service?"
# Asked in 2024 only: the CSPS engagement questions (B47-B51) and the eNPS question.
ENGAGEMENT_2024 = [
    "I am proud when I tell others I am part of the Probation Service",
    "I would recommend the Probation Service as a great place to work",
    "I feel a strong personal attachment to the Probation Service",
    "The Probation Service inspires me to do the best in my job",
    "The Probation Service motivates me to help it achieve its objectives",
    "How likely is it that you would recommend your PDU as a place to work to a friend or family member? "
    "(0 = not at all likely, 10 = extremely likely)",
]


@pytest.fixture(scope="session")
def wave_2023() -> Survey:
    """The bundled 2023 staff survey (do not modify: shared by the session)."""
    return read_survey(SAMPLES / "staff_survey_2023.xlsx")


@pytest.fixture(scope="session")
def wave_2024() -> Survey:
    """The bundled 2024 staff survey (do not modify: shared by the session)."""
    return read_survey(SAMPLES / "staff_survey_2024.xlsx")


@pytest.fixture(scope="session")
def comparison(wave_2023, wave_2024):
    """2023 against 2024 with the default settings."""
    from feedback_gui.core.waves import compare_surveys

    return compare_surveys([wave_2023, wave_2024])


def write_wave(path: Path, questions: dict[str, tuple[int, int]], extra: dict[str, list[str]] | None = None) -> Path:
    """A csv wave: each question answered Yes by the first count and No by the second (same total)."""
    totals = {yes + no for yes, no in questions.values()}
    assert len(totals) == 1, "every question needs the same number of answers"
    rows = totals.pop()
    columns = {text: ["Yes"] * yes + ["No"] * no for text, (yes, no) in questions.items()}
    columns.update(extra or {})
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["ID", *columns])
        for row in range(rows):
            writer.writerow([row + 1, *(values[row] for values in columns.values())])
    return path


def direct_survey(name: str, questions: list[tuple[str, str, list[str]]]) -> Survey:
    """A survey built without a file: (id, text, answers) yes/no questions whose ids came "from the file"."""
    frame = pd.DataFrame({text: answers for _, text, answers in questions})
    built = [Question(qid, text, QuestionType.YES_NO, (text,), ("Yes", "No"), (), ("Yes",), id_from_file=True)
             for qid, text, _ in questions]
    return Survey(Path(name), frame, built, Layout("spss", 0, 0, 0))
