"""The change in each matched question: figures, tests checked against scipy, Benjamini–Hochberg, sentences."""

from __future__ import annotations

import pytest
from scipy.stats import chi2_contingency, false_discovery_control, fisher_exact

from feedback_gui.core.importing import read_survey
from feedback_gui.core.survey import Question, QuestionType
from feedback_gui.core.waves import WaveSettings, compare_surveys, harmonise
from feedback_gui.core.waves.wording import change_sentence
from tests.core.waves.conftest import FREQUENCY, OPENNESS_2024, VALUED, write_wave


def _change(comparison, text):
    return next(c for c in comparison.changes if c.match.new.text == text)


def test_openness_then_and_now(comparison):
    openness = _change(comparison, OPENNESS_2024)
    assert (openness.then.numerator, openness.then.denominator) == (48, 76)
    assert (openness.now.numerator, openness.now.denominator) == (59, 81)
    assert openness.then.counted == openness.now.counted == ("Strongly agree", "Agree")
    assert openness.change_points == pytest.approx(100 * 59 / 81 - 100 * 48 / 76)
    assert openness.sentence == "up from 48 out of 76 (63%) to 59 out of 81 (73%); not a significant change"
    assert openness.to_dict()["sentence"] == openness.sentence and openness.direction == "up"


def test_p_values_agree_with_scipy_on_the_same_tables(comparison):
    assert len(comparison.changes) == 11
    tests_used = set()
    for change in comparison.changes:
        table = [[change.then.numerator, change.then.denominator - change.then.numerator],
                 [change.now.numerator, change.now.denominator - change.now.numerator]]
        chi2 = chi2_contingency(table, correction=False)
        if chi2.expected_freq.min() < 5:
            assert change.test.test == "fisher"
            assert change.test.p_value == pytest.approx(fisher_exact(table).pvalue, rel=1e-12)
        else:
            assert change.test.test == "z-test"
            assert change.test.p_value == pytest.approx(chi2.pvalue, rel=1e-9)
            assert change.test.statistic ** 2 == pytest.approx(chi2.statistic, rel=1e-9)
            assert (change.test.statistic > 0) == (change.change_points > 0)
        tests_used.add(change.test.test)
    assert tests_used == {"z-test", "fisher"}  # "allocated cases" 40/45 vs 47/50 has an expected count of 3.8


def test_benjamini_hochberg_matches_scipy(comparison):
    raw = [c.test.p_value for c in comparison.changes]
    expected = false_discovery_control(raw, method="bh")
    assert [c.p_adjusted for c in comparison.changes] == pytest.approx(list(expected))
    assert [c.significant for c in comparison.changes] == [p <= 0.05 for p in expected]
    assert "Benjamini–Hochberg" in comparison.significance_note and "11 questions" in comparison.significance_note


def test_scale_that_changed_shape_is_not_compared(comparison):
    assert FREQUENCY not in [c.match.new.text for c in comparison.changes]
    flagged = next(n for n in comparison.not_comparable if n.match.new.text == FREQUENCY)
    assert "4 options" in flagged.reason and "5 in" in flagged.reason
    assert "“Neither agree nor disagree” added" in flagged.reason
    assert (flagged.then.numerator, flagged.then.denominator) == (58, 76)
    assert (flagged.now.numerator, flagged.now.denominator) == (66, 81)
    as_json = flagged.to_dict()
    assert as_json["comparable"] is False and "p_value" not in as_json and "change_points" not in as_json


def test_counted_answers_come_from_the_new_wave_and_can_be_overridden(wave_2023, wave_2024):
    default = _change(compare_surveys([wave_2023, wave_2024]), "My workload is manageable")
    assert (default.then.numerator, default.then.denominator, default.now.numerator) == (36, 74, 33)
    workload = wave_2024.question("My workload is manageable").id
    said_no = _change(compare_surveys([wave_2023, wave_2024], counted={workload: ["No"]}), "My workload is manageable")
    # N/A and n/a in 2023 are recognised as Not applicable, so the report's 38/74 and 46/79 come out
    assert (said_no.then.numerator, said_no.then.denominator) == (38, 74)
    assert (said_no.now.numerator, said_no.now.denominator) == (46, 79)
    assert said_no.sentence.startswith("up from 38 out of 74 (51%) to 46 out of 79 (58%)")


def test_significance_with_and_without_the_correction(tmp_path):
    old = write_wave(tmp_path / "wave1.csv", {"Training helps me": (30, 50), "Morale is good": (60, 20),
                                              "I get regular feedback": (40, 40)})
    new = write_wave(tmp_path / "wave2.csv", {"Training helps me": (43, 37), "Morale is good": (20, 60),
                                              "I get regular feedback": (41, 39)})
    surveys = [read_survey(old), read_survey(new)]
    corrected = {c.match.new.text: c for c in compare_surveys(surveys).changes}
    plain = {c.match.new.text: c for c in compare_surveys(surveys, WaveSettings(fdr=False)).changes}
    raw = [c.test.p_value for c in corrected.values()]
    assert [c.p_adjusted for c in corrected.values()] == pytest.approx(list(false_discovery_control(raw)))
    training = "Training helps me"
    assert plain[training].test.p_value < 0.05 < corrected[training].p_adjusted
    assert plain[training].significant and not corrected[training].significant
    assert corrected["Morale is good"].sentence == (
        "down from 60 out of 80 (75%) to 20 out of 80 (25%); a significant change")
    assert plain[training].sentence.endswith("; a significant change")
    assert corrected[training].sentence.endswith("; not a significant change")


def test_sentence_variants():
    assert change_sentence((40, 80), (50, 100), False) == (
        "unchanged at 50%: 40 out of 80 before, 50 out of 100 now; not a significant change")
    assert change_sentence((59, 81), (48, 76), True) == (
        "down from 59 out of 81 (73%) to 48 out of 76 (63%); a significant change")


def _likert(options, counted=("Strongly agree", "Agree"), kind=QuestionType.LIKERT, excluded=()):
    return Question("q", "q", kind, ("q",), tuple(options), tuple(excluded), tuple(counted))


def test_harmonised_spellings_and_shapes():
    old = _likert(["Strongly Agree", "agree ", "Neither agree or disagree", "Disagree", "Strongly disagree"],
                  counted=())
    new = _likert(["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"])
    fit = harmonise(old, new, "2023", "2024")
    assert fit.comparable and fit.counted_old == ("Strongly Agree", "agree ")
    yes_no = _likert(["Yes", "No"], ("Yes",), QuestionType.YES_NO)
    with_not_sure = _likert(["Yes", "No", "Not sure"], ("Yes",), QuestionType.YES_NO)
    changed = harmonise(yes_no, with_not_sure, "2023", "2024")
    assert not changed.comparable and "“Not sure” added" in changed.reason
    choice_old = _likert(["Ipswich", "Lowestoft"], ("Ipswich",), QuestionType.SINGLE_CHOICE, ["Prefer not to say"])
    choice_new = _likert(["Ipswich", "Lowestoft", "Felixstowe"], ("Ipswich",), QuestionType.SINGLE_CHOICE)
    fit = harmonise(choice_old, choice_new, "2023", "2024")
    assert fit.comparable
    assert fit.notes == ("“Prefer not to say” was an answer (not counted in the denominator) only in 2023",
                         "“Felixstowe” offered only in 2024")
    missing = harmonise(choice_old, _likert(["Ipswich", "Felixstowe"], ("Felixstowe",), QuestionType.SINGLE_CHOICE),
                        "2023", "2024")
    assert missing.reason == "“Felixstowe” is not an answer in 2023"
    assert harmonise(choice_old, choice_new, "2023", "2024", ["Maybe"]).reason == "“Maybe” is not an answer in 2024"
    multi = _likert(["Ipswich", "Lowestoft"], ("Ipswich",), QuestionType.MULTI_CHOICE)
    assert "several answers" in harmonise(choice_old, multi, "2023", "2024").reason


def test_demographics_are_offered_for_breakdowns_not_compared(comparison):
    assert [p.new.text for p in comparison.demographics] == ["Which office do you mainly work from?",
                                                             "What is your grade?"]
    compared = {c.match.new.text for c in comparison.changes} | {n.match.new.text for n in comparison.not_comparable}
    assert "What is your grade?" not in compared and VALUED not in compared
