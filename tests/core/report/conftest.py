"""Fixtures for the briefing pack: the sample staff survey's packs, and a small survey full of personal details."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Personal details planted in the comments: none may reach a pack built with redaction on.
PLANTS = ("Sarah Jones", "sarah.jones@probation.example.gov.uk", "07700 900123", "07700900123", "Mr Patel",
          "IP1 2AB", "SW1A 1AA", "+44 20 7946 0958", "Dr Okafor")
COMMENTS = (
    "My manager Sarah Jones is brilliant and always supportive, I really value her help with my workload every week.",
    "Email me at sarah.jones@probation.example.gov.uk about the awful workload, it is crushing and unfair to everyone.",
    "Call Mr Patel on 07700 900123 because the office in IP1 2AB is freezing and the wifi is terrible all day.",
    "The team at SW1A 1AA are great, ring +44 20 7946 0958 to thank them for the support and the training they gave.",
    "Dr Okafor helped me so much with training, I am grateful and happy with the excellent support from my manager.",
    "Text 07700900123 if the caseload stays this high, the workload is impossible and staff are exhausted and leaving.",
)
TEAMS = {"Team A": (12, 8), "Team B": (8, 5), "Team C": (4, 3)}  # team: (size, how many agree)


def write_pii_survey(path: Path) -> Path:
    """24 respondents in three teams (Team C too small to show), every comment carrying personal details."""
    rows = [["Which team are you in?", "I feel supported by my manager", "My workload is manageable",
             "What could we do better?", "What works well?"]]
    i = 0
    for team, (size, agree) in TEAMS.items():
        for k in range(size):
            rows.append([team, "Agree" if k < agree else "Disagree", ["Yes", "No", "Not applicable"][i % 3],
                         f"{COMMENTS[i % len(COMMENTS)]} That was true in week {i + 1}.",
                         f"{COMMENTS[(i + 3) % len(COMMENTS)]} I have said so {i + 2} times."])
            i += 1
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture(scope="session")
def pii_survey(tmp_path_factory):
    """The small survey with personal details in its comments, read."""
    from feedback_gui.core.importing import read_survey

    return read_survey(write_pii_survey(tmp_path_factory.mktemp("pii") / "team survey.csv"))


@pytest.fixture(scope="session")
def staff_2023():
    """The bundled 2023 staff survey."""
    from feedback_gui.core.importing import read_survey
    from tests.conftest import SAMPLES

    return read_survey(SAMPLES / "staff_survey_2023.xlsx")


@pytest.fixture(scope="session")
def staff_packs(staff_2024, staff_2023, tmp_path_factory):
    """The 2024 staff survey's deck and report, by grade and compared with 2023: {"pptx": path, "docx": path}."""
    from feedback_gui.core.report import build_briefing
    from feedback_gui.core.waves import compare_waves

    waves = compare_waves(staff_2023, staff_2024)
    folder = tmp_path_factory.mktemp("packs")
    return {ext: build_briefing(staff_2024, folder / f"staff.{ext}", by="What is your grade?", waves=waves).path
            for ext in ("pptx", "docx")}


def package_texts(data: bytes, name: str = "") -> Iterator[tuple[str, str]]:
    """(part name, text) of every part of a zip package, descending into packages inside it (chart workbooks)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for part in package.namelist():
            content = package.read(part)
            if content[:2] == b"PK":
                yield from package_texts(content, f"{name}{part}!")
            else:
                yield f"{name}{part}", content.decode("utf-8", errors="replace")


def deck_charts(path: Path) -> list[tuple[object, object]]:
    """(slide, graphic frame) of every chart in a deck."""
    from pptx import Presentation

    return [(slide, shape) for slide in Presentation(str(path)).slides for shape in slide.shapes
            if getattr(shape, "has_chart", False) and shape.has_chart]
