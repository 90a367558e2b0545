"""Synthetic national-scale surveys for the benchmarks: N respondents x 65 columns.

60 Likert items stored as text, 3 free-text comment columns, 2 demographics (region, grade).
Files are cached under benchmarks/out/ (git-ignored) because writing a 350,000-row workbook takes
minutes.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent / "out"
LIKERT = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree", "Not applicable"]
REGIONS = ["East of England", "London", "North East", "North West", "South West", "Wales", "Yorkshire", "Midlands"]
GRADES = ["Probation Officer", "Probation Services Officer", "PQiP", "Senior Probation Officer", "Case administrator"]
WORDS = ("workload caseload supervision manager training remote office wifi team support training "
         "services interventions commissioned referral mentoring induction wellbeing stress crushing "
         "supportive helpful excellent poor late never always listen valued stretched thin burnt out "
         "lifeline appointments practitioner housing benefits debt mental health").split()


def header() -> list[str]:
    """Column headers: 60 statements, 3 comment questions, 2 demographics."""
    items = [f"Statement {i + 1}: my experience of area {i + 1} is positive" for i in range(60)]
    texts = ["What one thing would most improve your work?", "What is working well?", "Any other comments?"]
    return items + texts + ["Which region do you work in?", "What is your grade?"]


def rows(n: int, seed: int = 1) -> list[list[str]]:
    """N respondent rows, deterministic."""
    rng = np.random.default_rng(seed)
    likert = rng.choice(len(LIKERT), size=(n, 60), p=[0.2, 0.35, 0.15, 0.15, 0.1, 0.05])
    blank = rng.random((n, 60)) < 0.03
    lengths = rng.integers(10, 41, size=(n, 3))
    has_text = rng.random((n, 3)) < 0.3
    region = rng.integers(0, len(REGIONS), size=n)
    grade = rng.integers(0, len(GRADES), size=n)
    word_ids = rng.integers(0, len(WORDS), size=(n, 3, 40))
    out = []
    for r in range(n):
        row = ["" if blank[r, c] else LIKERT[likert[r, c]] for c in range(60)]
        for t in range(3):
            row.append(" ".join(WORDS[w] for w in word_ids[r, t, : lengths[r, t]]).capitalize() + "."
                       if has_text[r, t] else "")
        row += [REGIONS[region[r]], GRADES[grade[r]]]
        out.append(row)
    return out


def ensure_files(n: int) -> tuple[Path, Path]:
    """Write (once) the csv and xlsx of an N-row survey and return their paths."""
    OUT.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = OUT / f"survey_{n}.csv", OUT / f"survey_{n}.xlsx"
    data = None
    if not csv_path.exists():
        data = rows(n)
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header())
            writer.writerows(data)
    if not xlsx_path.exists():
        import xlsxwriter

        data = data or rows(n)
        book = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True})
        sheet = book.add_worksheet("Sheet1")
        sheet.write_row(0, 0, header())
        for r, row in enumerate(data, start=1):
            for c, value in enumerate(row):
                if value:
                    sheet.write_string(r, c, value)
        book.close()
    return csv_path, xlsx_path
