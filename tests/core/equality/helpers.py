"""Small surveys written in the test, so every count in an assertion can be read off the rows."""

from __future__ import annotations

import csv
from pathlib import Path

GENDER = "Gender"
DISABILITY = "Do you consider yourself to have a disability?"
SAFE = "Do you feel safe at appointments?"


def forty_respondents(tmp_path: Path) -> Path:
    """40 respondents: 12 disabled (3 feel safe), 28 not (14 feel safe); 10 female, 29 male, 1 gender blank."""
    rows = []
    for i in range(40):
        disabled = "Yes" if i < 12 else "No"
        safe = "Yes" if i < 3 or 12 <= i < 26 else "No"
        gender = "Female" if i % 4 == 0 else ("Male" if i != 39 else "")
        rows.append({GENDER: gender, DISABILITY: disabled, SAFE: safe})
    path = tmp_path / "forty.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path
