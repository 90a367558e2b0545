"""`feedback-gui comments`: the JSON shape other tools rely on, file order, redaction, options."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SAMPLES


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "feedback_gui", "comments", *args], capture_output=True,
                          text=True, timeout=180)


def test_json_shape_and_order(figures):
    done = _run(str(SAMPLES / "user_voice_2024.xlsx"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert {"comments", "themes", "discovered", "redactions"} <= set(data)
    comments = data["comments"]
    rows = [c["row"] for c in comments]
    assert rows == sorted(rows)
    for comment in comments:
        assert set(comment) >= {"row", "question", "text", "sentiment", "themes"}
        assert comment["sentiment"]["label"] in ("positive", "negative", "neutral", "mixed")
        assert isinstance(comment["sentiment"]["compound"], float)
        assert 0.0 <= comment["sentiment"]["confidence"] <= 1.0  # issue 18: how sure the analyser is
    names = [t["name"] for t in data["themes"]]
    assert "Mental health" in names and "Relationship with practitioner" in names
    for theme in data["themes"]:
        assert theme["count"] == sum(theme[k] for k in ("positive", "negative", "neutral", "mixed"))
        assert set(theme) >= {"name", "count", "positive", "negative", "neutral", "mixed", "quotes"}
    texts = " ".join(c["text"] for c in comments)
    assert "X123456" not in texts and "IP1 2AB" not in texts  # planted case reference and postcode redacted
    assert sum(data["redactions"].values()) > 0
    for quote in figures["user_voice_2024"]["quotes"]:
        assert quote.replace("’", "'") in texts.replace("’", "'")


def test_one_question_and_codebook_option():
    done = _run(str(SAMPLES / "staff_survey_2024.xlsx"), "--question", "anything else", "--codebook", "staff",
                "--json")
    data = json.loads(done.stdout)
    assert {c["question"] for c in data["comments"]} == {"Is there anything else you would like to tell us?"}
    assert "Workload" in [t["name"] for t in data["themes"]]


def test_errors_are_one_line():
    done = _run(str(SAMPLES / "staff_survey_2024.xlsx"), "--question", "My workload is manageable")
    assert done.returncode == 2 and "not free text" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = _run(str(SAMPLES / "case_audit_2024.xlsx"))
    assert done.returncode == 2 and "no free-text questions" in done.stderr


def test_a_projects_corrections_are_applied_and_learned_from(tmp_path):
    from feedback_gui.core.project import Project, save_project

    survey = str(SAMPLES / "user_voice_2024.xlsx")
    plain = json.loads(_run(survey, "--json").stdout)
    answered = [c for c in plain["comments"] if c["answered"]]
    target = next(c for c in answered if c["sentiment"]["label"] != "negative")
    project = Project(sentiment_corrections={f"{target['row']}:{target['question']}": "negative"})
    save_project(project, tmp_path / "p.fbproj")
    done = _run(survey, "--project", str(tmp_path / "p.fbproj"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= set(plain) | {"learning"} and data["learning"]["examples"] == 1
    mine = next(c for c in data["comments"] if (c["row"], c["question"]) == (target["row"], target["question"]))
    assert mine["sentiment"]["label"] == "negative" and mine["corrected"] and mine["sentiment"]["confidence"] == 1.0
    changed = {(c["row"], c["question"]) for c in data["learning"]["changed_comments"]}
    before = {(c["row"], c["question"]): c["sentiment"]["label"] for c in plain["comments"]}
    for comment in data["comments"]:
        key = (comment["row"], comment["question"])
        if key not in changed and key != (target["row"], target["question"]):
            assert comment["sentiment"]["label"] == before[key]
    project.sentiment_corrections = {"1:x": "furious"}
    save_project(project, tmp_path / "bad.fbproj")
    bad = _run(survey, "--project", str(tmp_path / "bad.fbproj"))
    assert bad.returncode == 2 and "bad.fbproj" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
