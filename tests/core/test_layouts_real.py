"""A real SurveyMonkey export (FiveThirtyEight's Star Wars survey): two header rows, cp1252."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from feedback_gui.core.analysis.counting import count_any
from feedback_gui.core.importing import read_survey
from tests.conftest import DATA

STARWARS = DATA / "external" / "surveymonkey_starwars" / "StarWars.csv"


@pytest.fixture(scope="module")
def survey():
    return read_survey(STARWARS)


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    """The same file read independently with pandas: header row 1, second row dropped."""
    frame = pd.read_csv(STARWARS, encoding="cp1252", header=0, dtype=str, keep_default_na=False)
    return frame.iloc[1:]


def test_layout_and_respondents(survey):
    assert survey.layout.tool == "surveymonkey"
    assert survey.layout.header_rows == 2
    assert survey.layout.encoding == "cp1252"
    assert survey.respondents == 1186


def test_types(survey):
    types = {q.text: q.type for q in survey.questions}
    assert types["RespondentID"] == "metadata"
    assert types["Have you seen any of the 6 films in the Star Wars franchise?"] == "yes_no"
    assert types["Which of the following Star Wars films have you seen? Please select all that apply."] == \
        "multi_choice"
    characters = [q for q in survey.questions if q.stem and q.stem.startswith("Please state whether")]
    assert len(characters) == 14 and all(q.type == "likert" for q in characters)
    assert all(q.excluded == ("Unfamiliar (N/A)",) for q in characters if q.excluded)
    assert types["Gender"] == types["Age"] == types["Household Income"] == "demographic"
    assert survey.question("age").options == ("18-29", "30-44", "45-60", "> 60")


def test_counts_match_an_independent_reading(survey, raw):
    seen = survey.question("Have you seen any of the 6 films in the Star Wars franchise?")
    column = raw["Have you seen any of the 6 films in the Star Wars franchise?"]
    assert count_any(survey, seen).counts == {"Yes": int((column == "Yes").sum()), "No": int((column == "No").sum())}
    assert count_any(survey, seen).counts == {"Yes": 936, "No": 250}

    films = survey.question("Which of the following Star Wars films have you seen? Please select all that apply.")
    film_columns = raw.columns[3:9]
    expected = {film: int((raw[c] != "").sum()) for c, film in zip(film_columns, films.options, strict=True)}
    tallied = count_any(survey, films)
    assert tallied.counts == expected
    assert tallied.answered == int((raw[film_columns] != "").any(axis=1).sum())

    han = next(q for q in survey.questions if q.text.endswith("- Han Solo"))
    han_raw = raw[raw.columns[15]]
    counts = count_any(survey, han)
    assert counts.excluded == {"Unfamiliar (N/A)": int((han_raw == "Unfamiliar (N/A)").sum())}
    assert counts.relevant == int(((han_raw != "") & (han_raw != "Unfamiliar (N/A)")).sum())


def test_cli_headlines_json(survey):
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "headlines", str(STARWARS), "--json"],
                          capture_output=True, text=True, check=True, timeout=120)
    data = json.loads(done.stdout)
    assert data["respondents"] == 1186
    by_text = {q["text"]: q for q in data["questions"]}
    assert "RespondentID" not in by_text
    fan = by_text["Do you consider yourself to be a fan of the Star Wars film franchise?"]
    assert fan["counts"] == {"Yes": 552, "No": 284}
    assert fan["headline"]["numerator"] == 552 and fan["headline"]["denominator"] == 836
