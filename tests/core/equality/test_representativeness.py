"""Who answered: the inspectorate's 3% vs 12.7% and 24% vs 44.2%, matching rules and goodness-of-fit tests."""

from __future__ import annotations

import itertools
import math

import pytest

from feedback_gui.core.equality import goodness
from feedback_gui.core.equality.goodness import goodness_of_fit
from feedback_gui.core.equality.matching import group_key, match_reference
from feedback_gui.core.equality.reference import read_reference, reference_from_mapping
from feedback_gui.core.equality.report import representativeness
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def profile(user_voice):
    return representativeness(user_voice, read_reference(SAMPLES / "caseload_profile.csv"))


def test_females_underrepresented_at_3_per_cent_against_12_7(profile):
    gender = profile.characteristic("Gender")
    female = gender.group("Female")
    assert (female.respondents, gender.base) == (2, 67)
    assert female.respondent_percent == pytest.approx(100 * 2 / 67)
    assert female.population_percent == 12.7 and female.flag == "underrepresented"
    assert female.finding == "Females were underrepresented at 3 per cent compared to 12.7 per cent of the caseload."
    assert female.ci95[1] < 12.7  # the rule: the caseload share lies above the respondents' Wilson interval


def test_disabled_people_represented_24_per_cent_against_44_2(profile):
    disability = profile.characteristic("Disability")
    disabled = disability.group("Yes")
    assert (disabled.respondents, disability.base) == (16, 67)
    assert disabled.flag == "underrepresented"
    assert disabled.represented == ("People with disabilities represented 24 per cent of respondents and 44.2 per "
                                    "cent of the caseload.")
    assert disabled.finding.startswith("People with disabilities were underrepresented at 24 per cent compared to "
                                       "44.2 per cent")
    assert disability.test.significant and "differs from the caseload's" in disability.summary


def test_findings_and_in_line_groups(profile):
    assert profile.findings[0].startswith("People in the sentence type group “Licence” were overrepresented at 35 per")
    assert "Females were underrepresented at 3 per cent compared to 12.7 per cent of the caseload." in profile.findings
    age = profile.characteristic("Age band")
    assert {g.flag for g in age.groups} == {"in line"} and not age.test.significant
    assert age.test.method == goodness.CHI_SQUARE  # every expected count is at least 5 (smallest 67 x 9.0% = 6.0)
    assert age.group("18-24").finding.startswith("People aged 18-24 were broadly representative at 9 per cent")


def test_gender_test_is_the_chi_square_written_out(profile):
    # expected = 67 x 284/2238 = 8.5022 female and 58.4978 male; chi-square = sum (observed - expected)^2 / expected
    expected_female, expected_male = 67 * 284 / 2238, 67 * 1954 / 2238
    statistic = (2 - expected_female) ** 2 / expected_female + (65 - expected_male) ** 2 / expected_male
    test = profile.characteristic("Gender").test
    assert test.method == goodness.CHI_SQUARE and test.statistic == pytest.approx(statistic)
    assert test.statistic == pytest.approx(5.6955, abs=1e-3) and round(test.p_value, 3) == 0.017


def test_what_is_not_compared_is_reported(profile):
    sentence = profile.characteristic("Sentence type")
    assert sentence.question_text == "What type of sentence are you on?"
    assert sentence.group("Licence").answers == ("Licence (after prison)",)
    assert sentence.not_compared == (("Unsure", 7),) and sentence.base == 60
    assert sentence.group("Custody").respondents == 0
    assert any("7 respondents answered “Unsure”" in n for n in sentence.notes)
    assert any("No respondent answered “Custody”" in n for n in sentence.notes)
    ethnicity = profile.characteristic("Ethnicity")
    assert ethnicity.not_recorded == ("Not recorded",)
    # compared as a share of the recorded caseload: 2012 / (2238 - 4)
    assert ethnicity.group("White British").comparison_percent == pytest.approx(100 * 2012 / 2234)
    assert ethnicity.group("White British").population_percent == 89.9
    data = profile.to_dict()
    assert data["unmatched_characteristics"] == [] and data["population"] == "caseload"


def test_typed_in_reference_with_other_spellings(user_voice):
    typed = reference_from_mapping({
        "Sex": {"Woman": 12.7, "Man": 87.3},
        "Disability": {"Disabled": 44.2, "Not disabled": 55.8},
        "Age": {"18 to 24": 9, "25 to 34": 31, "35 to 44": 29, "45 to 54": 19, "55+": 12},
        "Religion": {"Christian": 50, "None": 50},
    })
    result = representativeness(user_voice, typed)
    assert result.unmatched == ("Religion",)
    sex = result.characteristic("Sex")
    assert sex.question_id == "gender" and sex.group("Woman").answers == ("Female",)
    assert sex.group("Woman").finding == ("Women were underrepresented at 3 per cent compared to 12.7 per cent of "
                                          "the caseload.")
    assert result.characteristic("Disability").group("Disabled").respondents == 16
    assert result.characteristic("Age").group("55+").answers == ("55 and over",)
    assert result.characteristic("Age").not_compared == ()


def test_percentages_only_reference_gives_the_same_finding(user_voice, tmp_path):
    path = tmp_path / "typed.csv"
    path.write_text("characteristic,group,percent\nGender,Female,12.7\nGender,Male,87.3\n", encoding="utf-8")
    result = representativeness(user_voice, read_reference(path), population="PDU caseload")
    female = result.characteristic("Gender").group("Female")
    assert female.finding == ("Females were underrepresented at 3 per cent compared to 12.7 per cent of the PDU "
                              "caseload.")


def test_aliases_and_explicit_columns(user_voice):
    typed = reference_from_mapping({"Order": {"Community": 60, "Post-release": 40}})
    assert not match_reference(user_voice, typed)[0].matched
    match = match_reference(user_voice, typed, columns={"order": "What type of sentence"},
                            aliases={"Community order": "Community", "Licence (after prison)": "Post-release"})[0]
    assert match.groups == (("Community", ("Community order",)), ("Post-release", ("Licence (after prison)",)))
    assert match.unmatched_answers == ("Unsure",)


@pytest.mark.parametrize("a,b", [("18 to 24", "18-24"), ("55+", "55 and over"), ("Licence (after prison)", "licence"),
                                 ("WOMAN", "Female"), ("White - British", "white british"), ("Yes", "Disabled")])
def test_group_keys(a, b):
    assert group_key(a) == group_key(b)


def test_exact_binomial_when_expected_counts_are_small():
    # 1 of 20 against a 10% share: expected 2 (< 5), so the exact binomial test.
    # Two-sided p = sum of P(k) over P(k) <= P(1), with P(k) = C(20, k) 0.1^k 0.9^(20 - k).
    probs = [math.comb(20, k) * 0.1 ** k * 0.9 ** (20 - k) for k in range(21)]
    by_hand = sum(p for p in probs if p <= probs[1] * (1 + 1e-7))
    result = goodness_of_fit([1, 19], [10, 90])
    assert result.method == goodness.BINOMIAL and result.p_value == pytest.approx(by_hand)


def test_exact_multinomial_matches_brute_force():
    observed, shares = [0, 3, 9], [0.2, 0.3, 0.5]
    n = sum(observed)

    def prob(split):
        return math.factorial(n) / math.prod(math.factorial(x) for x in split) * math.prod(
            p ** x for p, x in zip(shares, split, strict=True))

    splits = [s for s in itertools.product(range(n + 1), repeat=3) if sum(s) == n]
    by_hand = sum(prob(s) for s in splits if prob(s) <= prob(observed) * (1 + 1e-9))
    result = goodness_of_fit(observed, shares)
    assert result.method == goodness.MULTINOMIAL and result.p_value == pytest.approx(by_hand, rel=1e-9)


def test_monte_carlo_agrees_with_exact_and_is_repeatable(monkeypatch):
    observed, shares = [2, 5, 8, 15], [0.15, 0.2, 0.25, 0.4]
    exact = goodness_of_fit(observed, shares)
    assert exact.method == goodness.MULTINOMIAL
    monkeypatch.setattr(goodness, "MAX_ENUMERATED", 10)
    simulated = goodness_of_fit(observed, shares)
    assert simulated.method == goodness.MONTE_CARLO and simulated.simulations == 100_000
    assert simulated.p_value == pytest.approx(exact.p_value, abs=0.01)
    assert goodness_of_fit(observed, shares).p_value == simulated.p_value
    assert "100,000 simulations" in simulated.text


def test_respondents_in_a_group_the_reference_lacks():
    result = goodness_of_fit([3, 10], [0, 100])
    assert result.p_value == 0.0 and result.significant and result.method == goodness.IMPOSSIBLE
    assert goodness_of_fit([5], [100]) is None and goodness_of_fit([0, 0], [50, 50]) is None
