"""`feedback-gui compare OLD NEW [MORE ...] [--json]`."""

from __future__ import annotations

import json

from feedback_gui.cli import main
from feedback_gui.core.project import Project, save_project
from feedback_gui.core.waves import reject_match
from tests.conftest import SAMPLES
from tests.core.waves.conftest import FREQUENCY, OPENNESS_2023, OPENNESS_2024, VALUED

OLD, NEW = str(SAMPLES / "staff_survey_2023.xlsx"), str(SAMPLES / "staff_survey_2024.xlsx")


def _json(capsys, *args: str) -> dict:
    assert main(["compare", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_shape(capsys):
    out = _json(capsys, OLD, NEW)
    assert out["waves"] == ["staff_survey_2023.xlsx", "staff_survey_2024.xlsx"]
    for entry in out["matched"]:
        assert isinstance(entry["old"], str) and isinstance(entry["new"], str)
        assert isinstance(entry["similarity"], float) and 0 < entry["similarity"] <= 1
        for side in ("then", "now"):
            figure = entry[side]
            assert isinstance(figure["numerator"], int) and isinstance(figure["denominator"], int)
            assert isinstance(figure["percent"], float)
        assert isinstance(entry["change_points"], float) and isinstance(entry["p_value"], float)
        assert isinstance(entry["significant"], bool) and isinstance(entry["sentence"], str)
        assert entry["comparable"] is True and entry["method"] in ("id", "text", "fuzzy", "manual")
    openness = next(e for e in out["matched"] if e["new"] == OPENNESS_2024)
    assert openness["old"] == OPENNESS_2023 and openness["status"] == "proposed"
    assert openness["sentence"] == "up from 48 out of 76 (63%) to 59 out of 81 (73%); not a significant change"
    assert out["unmatched_old"] == [VALUED]
    assert len(out["unmatched_new"]) == 9  # adjustments, 6 engagement and eNPS questions, help, anything else
    assert [n["new"] for n in out["not_comparable"]] == [FREQUENCY]
    assert out["trends"] == []


def test_table_and_options(capsys, tmp_path):
    assert main(["compare", OLD, NEW, "--labels", "2023", "2024", "--no-fdr"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("2023 -> 2024: 11 questions compared, 0 significant changes.")
    assert "each question tested on its own" in text
    assert "48/76 63%" in text and "59/81 73%" in text
    assert f"Not comparable:\n- {FREQUENCY}: the answer scale changed" in text
    assert f"Only in 2023:\n- {VALUED}" in text

    project = Project()
    reject_match(project, OPENNESS_2023, OPENNESS_2024)
    path = save_project(project, tmp_path / "p.fbproj")
    out = _json(capsys, OLD, NEW, "--project", str(path), "--by", "office")
    assert OPENNESS_2024 not in [e["new"] for e in out["matched"]]
    assert out["rejected"][0]["new"] == OPENNESS_2024
    first = out["breakdowns"][0]
    assert first["by"] == "Which office do you mainly work from?"
    assert [g["group"] for g in first["groups"]] == ["Ipswich", "Lowestoft", "Bury St Edmunds"]


def test_failures_are_one_line_with_status_2(tmp_path, capsys):
    for args, problem in (([OLD], "compare needs at least two survey files (oldest first)"),
                          ([OLD, str(tmp_path / "missing.xlsx")], "missing.xlsx: the file does not exist"),
                          ([OLD, NEW, "--by", "nothing like this"], "no single question of staff_survey_2024.xlsx"),
                          ([OLD, NEW, "--alpha", "5"], "the significance level must be between 0 and 1")):
        assert main(["compare", *args]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
        assert captured.err.startswith("feedback-gui compare: ") and problem in captured.err
