"""`feedback-gui equality`: the JSON shape, weighted headlines in text, and one-line failures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from feedback_gui.cli import main
from feedback_gui.core.equality.reference import read_reference
from feedback_gui.core.equality.report import equality_report
from feedback_gui.core.errors import Cancelled
from tests.conftest import SAMPLES

SURVEY = str(SAMPLES / "user_voice_2024.xlsx")
CASELOAD = str(SAMPLES / "caseload_profile.csv")


def test_json_shape(capsys):
    assert main(["equality", SURVEY, "--reference", CASELOAD, "--json", "--weight-by", "Gender", "Disability"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"file", "respondents", "representativeness", "weighting", "disproportionality"}
    assert (data["file"], data["respondents"]) == ("user_voice_2024.xlsx", 67)
    gender = next(c for c in data["representativeness"]["characteristics"] if c["characteristic"] == "Gender")
    female = next(g for g in gender["groups"] if g["group"] == "Female")
    assert female["flag"] == "underrepresented" and female["respondents"] == 2 and female["population_percent"] == 12.7
    assert "at 3 per cent compared to 12.7 per cent of the caseload" in female["finding"]
    assert gender["test"]["method"] == "chi-square goodness-of-fit test"
    weighting = data["weighting"]
    assert weighting["label"] == "weighted" and weighting["weights"]["method"] == "raking"
    assert {h["label"] for h in weighting["headlines"]} == {"weighted"} and len(weighting["headlines"]) == 4
    assert all(h["effective_sample_size"] < 67 and h["unweighted"]["denominator"] == 67
               for h in weighting["headlines"])
    rates = data["disproportionality"]
    assert len(rates["cells"]) == len(rates["rows"]) == 4
    assert all(len(row) == len(rates["columns"]) for row in rates["cells"])
    shown = [c for row in rates["cells"] for c in row if c["status"] == "shown"]
    assert shown and set(shown[0]) == {"question", "characteristic", "by", "group", "status", "suppressed",
                                       "comparison", "sentence"}
    assert set(shown[0]["comparison"]) == {
        "group_numerator", "group_relevant", "group_percent", "rest_numerator", "rest_relevant", "rest_percent",
        "rri", "log2_rri", "ci95", "corrected", "test", "statistic", "p_value", "significant", "direction"}
    assert set(rates["columns"][0]) == {"characteristic", "by", "by_text", "group", "label"}
    assert set(female) == {"group", "answers", "respondents", "respondent_percent", "ci95", "population_count",
                           "population_percent", "comparison_percent", "respondent_text", "population_text", "flag",
                           "finding", "represented"}
    assert (female["respondent_text"], female["population_text"]) == ("3%", "12.7%")


def test_text_with_question_and_weights(capsys):
    status = main(["equality", SURVEY, "--reference", CASELOAD, "--question", "contact your probation",
                   "--weight-by", "Gender"])
    out = capsys.readouterr().out
    assert status == 0
    assert "Females were underrepresented at 3 per cent compared to 12.7 per cent of the caseload." in out
    assert "People with disabilities were underrepresented at 24 per cent compared to 44.2 per cent" in out
    assert "Weighted headlines (post-stratification by Gender" in out
    assert "weighted 58% (effective sample size 50.6)   unweighted 43 out of 67 · 64%" in out
    assert out.count("- Can you contact your probation practitioner") == 2
    assert "sex: Female" in out and "suppressed" in out


def test_unknown_weighting_variable_is_one_line(capsys):
    assert main(["equality", SURVEY, "--reference", CASELOAD, "--weight-by", "Religion"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot weight by 'Religion'" in err[0]


def test_missing_reference_file_exits_2_with_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "equality", SURVEY, "--reference",
                           str(tmp_path / "nowhere.csv"), "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == ["feedback-gui equality: nowhere.csv: the reference file does not exist"]


def test_report_progress_and_cancel(user_voice):
    reference = read_reference(CASELOAD)
    seen = []
    report = equality_report(user_voice, reference, weight_by=["Age band"], progress=seen.append)
    assert seen[-1] == pytest.approx(1.0) and seen == sorted(seen)
    assert report.weights is not None and report.weights.method == "post-stratification"

    def cancel(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        equality_report(user_voice, reference, progress=cancel)
