"""Every survey figure in the inspection report, reproduced from the bundled sample data."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from feedback_gui.core.analysis.audit import audit_file
from feedback_gui.core.analysis.needs import find_needs_pair, unmet_needs
from feedback_gui.core.analysis.proportions import question_result
from tests.conftest import SAMPLES


def _items(figures: dict, survey: str) -> list[dict]:
    items = figures[survey]["items"]
    by_id = {i["id"]: i for i in items}
    # "not_helpful" is the same question as "helpful", counting "No".
    return [dict(i, text=by_id["helpful"]["text"]) if i["id"] == "not_helpful" else i for i in items]


def _cli_json(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "feedback_gui", *args, "--json"], capture_output=True,
                          text=True, check=True, timeout=120)
    return json.loads(done.stdout)


@pytest.mark.parametrize("survey_key,fixture", [("staff_survey_2024", "staff_2024"),
                                                 ("user_voice_2024", "user_voice")])
def test_core_api_reproduces_every_item(figures, survey_key, fixture, request):
    survey = request.getfixturevalue(fixture)
    assert survey.respondents == figures[survey_key]["respondents"]
    for item in _items(figures, survey_key):
        question = survey.question(item["text"])
        result = question_result(survey, question, counted=item["counted"])
        figure = (result.headline.numerator, result.headline.denominator)
        assert figure == (item["numerator"], item["denominator"]), item["id"]


def test_default_headlines_count_top_two_boxes_and_yes(staff_2024):
    openness = question_result(staff_2024, staff_2024.question(
        "The PDU has a culture that promotes openness and constructive challenge"))
    assert openness.headline.counted == ("Strongly agree", "Agree")
    assert (openness.headline.numerator, openness.headline.denominator) == (59, 81)
    assert openness.headline.sentence.startswith("59 out of 81 respondents (73%), nearly three quarters, said")
    workload = question_result(staff_2024, staff_2024.question("My workload is manageable"), counted=["No"])
    assert workload.headline.sentence.startswith("46 out of 79 relevant respondents (58%)")
    assert workload.excluded == {"Not applicable": 2}
    assert "Not applicable" not in workload.counts


@pytest.mark.parametrize("survey_key,file", [("staff_survey_2024", "staff_survey_2024.xlsx"),
                                              ("user_voice_2024", "user_voice_2024.xlsx")])
def test_cli_headlines_json_reproduces_every_item(figures, survey_key, file):
    data = _cli_json("headlines", str(SAMPLES / file))
    assert data["respondents"] == figures[survey_key]["respondents"]
    by_text = {q["text"]: q for q in data["questions"]}
    for item in _items(figures, survey_key):
        q = by_text[item["text"]]
        numerator = sum(q["counts"][label] for label in item["counted"])
        assert (numerator, q["relevant"]) == (item["numerator"], item["denominator"]), item["id"]
        if q["headline"] and q["headline"]["counted"] == item["counted"]:
            assert q["headline"]["numerator"] == item["numerator"]
            assert q["headline"]["denominator"] == item["denominator"]


def test_user_voice_profile_mode_and_sentence(figures, user_voice):
    uv = figures["user_voice_2024"]
    counts = {q.text: question_result(user_voice, q).counts for q in user_voice.demographics}
    assert counts["Survey mode"] == uv["mode"]
    assert counts["Gender"]["Female"] == uv["profile_vs_caseload"][0]["respondents"]["numerator"] == 2
    assert counts["Do you consider yourself to have a disability?"]["Yes"] == 16
    sentence = counts["What type of sentence are you on?"]
    assert {k: sentence[k] for k in ("Community order", "Licence (after prison)", "Unsure")} == {
        k: v for k, v in uv["sentence"].items() if k != "report"}


def test_mental_health_is_the_largest_unmet_need_then_finance(figures, user_voice):
    needed, received = find_needs_pair(user_voice)
    order = [u.option for u in unmet_needs(user_voice, needed, received)]
    assert order[:2] == figures["user_voice_2024"]["needs"]["unmet_order"]


def test_user_voice_quotes_are_in_the_free_text(figures, user_voice):
    texts = " ".join(str(v) for q in user_voice.questions if q.type == "free_text"
                     for v in user_voice.responses[q.column].dropna())
    for quote in figures["user_voice_2024"]["quotes"]:
        assert quote.replace("’", "'") in texts.replace("’", "'")


def _audit_expectations(figures: dict) -> tuple[dict, dict]:
    case = figures["case_inspection_2024"]
    yes = {text: n for kqs in case["standards"].values() for text, n in kqs}
    return yes, case["ratings_printed"]


def test_case_audit_core(figures):
    yes, printed = _audit_expectations(figures)
    result = audit_file(SAMPLES / "case_audit_2024.xlsx")
    assert result.cases == figures["case_inspection_2024"]["cases"]
    found = {kq.text: (kq.numerator, kq.denominator) for s in result.standards for kq in s.key_questions}
    assert found == {text: (n, 56) for text, n in yes.items()}
    assert {s.name: s.rating for s in result.standards} == {k: v for k, v in printed.items() if k != "score"}
    assert f"{result.score}/{result.max_score}" == printed["score"] == "4/21"


def test_case_audit_cli_json(figures):
    yes, printed = _audit_expectations(figures)
    data = _cli_json("audit", str(SAMPLES / "case_audit_2024.xlsx"))
    assert data["score_text"] == "4/21"
    assert {s["name"]: s["rating"] for s in data["standards"]} == {k: v for k, v in printed.items() if k != "score"}
    numerators = {kq["text"]: kq["numerator"] for s in data["standards"] for kq in s["key_questions"]}
    assert numerators == yes
