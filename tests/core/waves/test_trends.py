"""Three waves: a trend per question of the latest wave, and the last two compared."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from feedback_gui.core.importing import read_survey
from feedback_gui.core.waves import compare_surveys
from tests.conftest import SAMPLES
from tests.core.waves.conftest import ADJUSTMENTS, FREQUENCY, OPENNESS_2023, OPENNESS_2024


@pytest.fixture(scope="module")
def wave_2025(tmp_path_factory):
    """2024's workbook with five more people agreeing about openness, saved as a 2025 wave."""
    path = tmp_path_factory.mktemp("waves") / "staff_survey_2025.xlsx"
    shutil.copy(SAMPLES / "staff_survey_2024.xlsx", path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    column = next(c.column for c in sheet[1] if c.value == OPENNESS_2024)
    changed = 0
    for row in range(2, sheet.max_row + 1):
        cell = sheet.cell(row, column)
        if changed < 5 and cell.value in ("Disagree", "Strongly disagree", "Neither agree nor disagree"):
            cell.value = "Agree"
            changed += 1
    book.save(path)
    return read_survey(path)


def test_three_waves_give_a_trend_per_question(wave_2023, wave_2024, wave_2025):
    result = compare_surveys([wave_2023, wave_2024, wave_2025], labels=["2023", "2024", "2025"])
    assert result.waves == ("2023", "2024", "2025")
    trends = {t.text: t for t in result.trends}
    openness = trends[OPENNESS_2024]
    assert [p.wave for p in openness.points] == ["2023", "2024", "2025"]
    assert [(p.figure.numerator, p.figure.denominator) for p in openness.points] == [(48, 76), (59, 81), (64, 81)]
    assert openness.points[0].text == OPENNESS_2023 and openness.points[0].method == "fuzzy"

    frequency = trends[FREQUENCY]
    assert frequency.points[0].figure is None and "answer scale changed" in frequency.points[0].note
    assert [p.figure.numerator for p in frequency.points[1:]] == [66, 66]
    adjustments = trends[ADJUSTMENTS]
    assert adjustments.points[0].figure is None and adjustments.points[0].note.startswith("not asked")
    assert "What is your grade?" not in trends  # demographics have no counted answers, hence no trend

    # the question-by-question comparison is of the last two waves
    last = next(c for c in result.changes if c.match.new.text == OPENNESS_2024)
    assert last.sentence == "up from 59 out of 81 (73%) to 64 out of 81 (79%); not a significant change"
    assert last.match.method == "text"
    as_json = result.to_dict()
    assert as_json["waves"] == ["2023", "2024", "2025"] and len(as_json["trends"]) == len(result.trends)
    point = as_json["trends"][list(trends).index(OPENNESS_2024)]["points"][0]
    assert (point["wave"], point["numerator"], point["denominator"]) == ("2023", 48, 76)


def test_two_waves_have_no_trends_and_labels_must_fit(wave_2023, wave_2024):
    from feedback_gui.core.errors import FeedbackError

    assert compare_surveys([wave_2023, wave_2024]).trends == ()
    with pytest.raises(FeedbackError, match="3 labels were given for 2 waves"):
        compare_surveys([wave_2023, wave_2024], labels=["a", "b", "c"])
    with pytest.raises(FeedbackError, match="at least two"):
        compare_surveys([wave_2024])
