"""`feedback-gui export FILE -o OUT.xlsx [--compare OLD] [--by COLUMN]`."""

from __future__ import annotations

import json

import openpyxl

from feedback_gui.cli import main
from tests.conftest import SAMPLES


def test_export_with_breakdown_and_comparison(tmp_path, capsys):
    out = tmp_path / "staff.xlsx"
    status = main(["export", str(SAMPLES / "staff_survey_2024.xlsx"), "-o", str(out), "--by", "grade",
                   "--compare", str(SAMPLES / "staff_survey_2023.xlsx")])
    printed = capsys.readouterr()
    assert status == 0 and printed.err == ""
    assert printed.out.startswith(f"Wrote {out}: 29 sheets, 28 charts.")  # 19 question sheets, Drivers (2 charts)
    names = openpyxl.load_workbook(out).sheetnames
    assert names[0] == "Summary" and "Waves" in names and "Breakdown by What is your grade" in names


def test_json_and_a_chosen_set_of_sheets(tmp_path, capsys):
    out = tmp_path / "uv.xlsx"
    status = main(["export", str(SAMPLES / "user_voice_2024.xlsx"), "-o", str(out), "--only", "summary,comments",
                   "--json"])
    document = json.loads(capsys.readouterr().out)
    assert status == 0 and document["sheets"] == ["Summary", "Comments"] and document["charts"] == 1
    assert openpyxl.load_workbook(out).sheetnames == ["Summary", "Comments"]


def test_failures_are_one_line_and_status_2(tmp_path, capsys):
    survey = str(SAMPLES / "staff_survey_2024.xlsx")
    cases = [
        (["-o", str(tmp_path / "missing" / "x.xlsx")], "does not exist"),
        (["-o", str(tmp_path / "x.xlsx"), "--by", "shoe size"], "no single question matches 'shoe size'"),
        (["-o", str(tmp_path / "x.xlsx"), "--compare", str(tmp_path / "old.xlsx")], "old.xlsx"),
        (["-o", str(tmp_path / "x.txt")], "export to a file ending in .xlsx"),
    ]
    for extra, reason in cases:
        assert main(["export", survey, *extra]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and reason in err and "Traceback" not in err
    assert not any(tmp_path.iterdir())
