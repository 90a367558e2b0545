"""Small surveys written as CSV files for the insight tests: every answer chosen, so every figure is known."""

from __future__ import annotations

import csv
from pathlib import Path

from feedback_gui.core.importing import read_survey
from feedback_gui.core.survey import Survey

AGREE = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]
POINTS = {"Strongly agree": 100, "Agree": 75, "Neither agree nor disagree": 50, "Disagree": 25,
          "Strongly disagree": 0}
ENGAGEMENT = [
    "I am proud when I tell others I am part of {org}",
    "I would recommend {org} as a great place to work",
    "I feel a strong personal attachment to {org}",
    "{Org} inspires me to do the best in my job",
    "{Org} motivates me to help it achieve its objectives",
]
NPS_HEADER = "How likely are you to recommend working here to a friend? (0-10)"


def engagement_headers(org: str = "HMPPS") -> list[str]:
    """The five CSPS engagement questions with ``org`` for "[my organisation]"."""
    return [h.format(org=org, Org=org[:1].upper() + org[1:]) for h in ENGAGEMENT]


def write_survey(path: Path, header: list[str], rows: list[list[object]]) -> Survey:
    """Write a CSV (None = blank cell) and read it as a survey."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return read_survey(path)
