"""Every question carries why it has its type and how sure the importer is: in the core, after a correction
saved in the project (and undone), and in `headlines --json` beside every key it printed before."""

from __future__ import annotations

import json
import subprocess
import sys

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.importing import read_survey
from feedback_gui.core.project import Project
from feedback_gui.core.schema.overrides import retype
from tests.conftest import DATA, SAMPLES

LAYOUTS = DATA / "layouts"
KEYS = {"id", "text", "type", "options", "counts", "percentages", "relevant", "excluded", "answered", "unanswered",
        "headline"}


def test_every_question_has_a_reason_and_a_confidence():
    survey = read_survey(LAYOUTS / "exit_survey.csv")
    for question in survey.questions:
        note = question.inference_note
        assert note.reason and note.confidence in ("high", "medium", "low"), question.text
    reasons = survey.question("Exit interview held").inference_note
    assert reasons.confidence == "medium" and "0 and 1" in reasons.reason


def test_doubtful_calls_come_first_in_file_order():
    survey = read_survey(LAYOUTS / "exit_survey.csv")
    ranked = survey.doubtful_first()
    ranks = [q.inference_note.rank for q in ranked]
    assert ranks == sorted(ranks) and set(ranked) == set(survey.reportable)
    mediums = [q for q in ranked if q.inference_note.confidence == "medium"]
    assert mediums == [q for q in survey.reportable if q.inference_note.confidence == "medium"]
    assert ranked[0].inference_note.confidence == "medium"  # the tick-box run and 0/1 column before the rest


def test_a_correction_is_the_users_call_and_undoing_it_restores_the_importers():
    survey = read_survey(LAYOUTS / "exit_survey.csv")
    question = survey.question("Exit interview held")
    importer = question.inference_note
    changed = retype(survey, question.id, "single_choice")
    assert changed.inference == question.inference  # the importer's call is kept
    assert changed.inference_note.confidence == "high" and "chosen by the user" in changed.inference_note.reason
    assert "yes_no" in changed.inference_note.reason
    back = retype(survey, question.id, "yes_no")
    assert back.inference_note == importer


def test_a_correction_saved_in_the_project_is_reapplied_with_its_note():
    project = Project()
    project.record("Exit interview held", type="single_choice")
    survey = read_survey(LAYOUTS / "exit_survey.csv")
    Project.from_dict(project.to_dict()).apply(survey)
    question = survey.question("Exit interview held")
    assert question.type == "single_choice" and question.inference_note.recogniser == "user"
    assert question_result(survey, question).to_dict()["inference"]["confidence"] == "high"


def test_headlines_json_adds_inference_and_keeps_every_key():
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(SAMPLES / "staff_survey_2024.xlsx"),
                           "--json"], capture_output=True, text=True, check=True, timeout=120)
    data = json.loads(done.stdout)
    assert set(data) == {"file", "sheet", "layout", "respondents", "questions", "indices"}
    for question in data["questions"]:
        assert set(question) - {"summary", "nps"} == KEYS | {"inference"}, question["text"]
        assert set(question["inference"]) == {"reason", "confidence"}
    by_text = {q["text"]: q for q in data["questions"]}
    openness = by_text["The PDU has a culture that promotes openness and constructive challenge"]
    assert openness["inference"] == {"reason": "5-point agreement scale (Strongly agree … Strongly disagree)",
                                     "confidence": "high"}


def test_headlines_text_says_which_calls_are_unsure():
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(LAYOUTS / "exit_survey.csv")],
                          capture_output=True, text=True, check=True, timeout=120)
    lines = done.stdout.splitlines()
    interview = lines.index("- [yes_no] Exit interview held")
    assert lines[interview + 2] == "    type: medium confidence (answers are only 0 and 1: read as No/Yes)"
    handover = lines.index("- [yes_no] Had a handover plan")
    assert not lines[handover + 2].startswith("    type:")  # a high-confidence call says nothing more
