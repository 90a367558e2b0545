"""Shared fixtures: paths to the bundled sample data and test data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def figures() -> dict:
    """Every survey figure printed in the inspection report."""
    return json.loads((DATA / "reference" / "report-figures.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def staff_2024():
    """The bundled 2024 staff survey, read once."""
    from feedback_gui.core.importing import read_survey

    return read_survey(SAMPLES / "staff_survey_2024.xlsx")


@pytest.fixture(scope="session")
def user_voice():
    """The bundled User Voice survey, read once."""
    from feedback_gui.core.importing import read_survey

    return read_survey(SAMPLES / "user_voice_2024.xlsx")
