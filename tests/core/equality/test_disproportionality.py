"""Relative rate index against hand-worked 2x2 tables; the questions x groups matrix and its suppression."""

from __future__ import annotations

import math

import pytest

from feedback_gui.core.equality.disproportionality import SHOWN, SUPPRESSED, disproportionality
from feedback_gui.core.equality.rates import CHI_SQUARE, FISHER, relative_rate
from feedback_gui.core.importing import read_survey
from tests.core.equality.helpers import forty_respondents


def test_relative_rate_index_by_hand():
    # Group: 12 of 20 counted; rest: 30 of 80.
    #   RRI = (12/20) / (30/80) = 0.6 / 0.375 = 1.6
    #   SE(ln RRI) = sqrt(1/12 - 1/20 + 1/30 - 1/80) = sqrt(0.0833333 - 0.05 + 0.0333333 - 0.0125)
    #              = sqrt(0.0541667) = 0.2327373
    #   ln 1.6 = 0.4700036;  1.959964 x 0.2327373 = 0.4561566
    #   95% interval = exp(0.4700036 - 0.4561566), exp(0.4700036 + 0.4561566) = exp(0.0138470), exp(0.9261602)
    #                = 1.013943 to 2.524796
    # Expected counts: 20 x 42 / 100 = 8.4, 11.6, 33.6, 46.4 (all >= 5), so chi-square:
    #   (12 - 8.4)^2 / 8.4 + (8 - 11.6)^2 / 11.6 + (30 - 33.6)^2 / 33.6 + (50 - 46.4)^2 / 46.4
    #   = 1.542857 + 1.117241 + 0.385714 + 0.279310 = 3.325123, p = 0.0682 on 1 degree of freedom
    result = relative_rate(12, 20, 30, 80)
    assert result.rri == pytest.approx(1.6)
    assert result.ci95 == pytest.approx((1.013943, 2.524796), abs=1e-5)
    assert result.test == CHI_SQUARE and result.statistic == pytest.approx(3.325123, abs=1e-5)
    assert result.p_value == pytest.approx(0.0682, abs=1e-4)
    assert not result.significant and result.direction == "no clear difference"
    assert (result.group_percent, result.rest_percent) == (60.0, 37.5)


def test_fisher_for_small_tables_by_hand():
    # Group 1 of 5, rest 10 of 15: the expected count 5 x 11 / 20 = 2.75 is below 5, so Fisher's exact test.
    # P(k counted in the group) = C(5, k) C(15, 11 - k) / C(20, 11); p = sum of P(k) <= P(1).
    probs = [math.comb(5, k) * math.comb(15, 11 - k) / math.comb(20, 11) for k in range(6)]
    by_hand = sum(p for p in probs if p <= probs[1] * (1 + 1e-7))
    result = relative_rate(1, 5, 10, 15)
    assert result.test == FISHER and result.statistic is None
    assert result.p_value == pytest.approx(by_hand)
    # RRI = 0.2 / (10/15) = 0.3; SE = sqrt(1/1 - 1/5 + 1/10 - 1/15) = sqrt(0.8333333) = 0.9128709
    assert result.rri == pytest.approx(0.3)
    assert result.ci95 == pytest.approx((0.3 * math.exp(-1.959964 * 0.9128709), 0.3 * math.exp(1.959964 * 0.9128709)),
                                        rel=1e-5)


def test_zero_cell_is_corrected_by_half():
    # 0 of 10 against 5 of 30: 0.5 added to each cell -> (0.5/11) / (5.5/31)
    result = relative_rate(0, 10, 5, 30)
    assert result.corrected and result.rri == pytest.approx((0.5 / 11) / (5.5 / 31))
    se = math.sqrt(1 / 0.5 - 1 / 11 + 1 / 5.5 - 1 / 31)
    assert result.ci95[1] == pytest.approx(result.rri * math.exp(1.959964 * se), rel=1e-5)


def test_matrix_from_a_survey_written_out(tmp_path):
    survey = read_survey(forty_respondents(tmp_path))
    matrix = disproportionality(survey)
    assert [r.question_id for r in matrix.rows] == ["feel_safe_appointments"]
    assert [(c.characteristic, c.group) for c in matrix.columns] == [
        ("sex", "Male"), ("sex", "Female"), ("disability", "Yes"), ("disability", "No")]
    disabled = matrix.cell("feel_safe_appointments", "consider_yourself_disability", "Yes")
    # 3 of 12 disabled feel safe, against 14 of 28 others: RRI = 0.25 / 0.5 = 0.5
    # SE = sqrt(1/3 - 1/12 + 1/14 - 1/28) = sqrt(0.2857143) = 0.5345225
    c = disabled.comparison
    assert (c.group_numerator, c.group_relevant, c.rest_numerator, c.rest_relevant) == (3, 12, 14, 28)
    assert c.rri == pytest.approx(0.5)
    assert c.ci95 == pytest.approx((0.5 * math.exp(-1.959964 * 0.5345225), 0.5 * math.exp(1.959964 * 0.5345225)),
                                   rel=1e-5)
    assert disabled.sentence.startswith("People with disabilities: 3 out of 12 (25%) said “Yes”, against 14 out of "
                                        "28 (50%) of other respondents. Relative rate index 0.50")
    # Gender: 10 female, 29 male, 1 not stated. "Not stated" (1) is hidden, so Female (the smallest shown) is
    # hidden too; Male is compared with everyone else, the one who did not say included: 10 + 1 = 11.
    female = matrix.cell("feel_safe_appointments", "gender", "Female")
    male = matrix.cell("feel_safe_appointments", "gender", "Male")
    assert female.status == SUPPRESSED and female.comparison is None
    assert male.status == SHOWN and male.comparison.rest_relevant == 11 and male.comparison.group_relevant == 29


def test_sample_matrix_respects_suppression(user_voice):
    matrix = disproportionality(user_voice)
    assert len(matrix.rows) == 4 and matrix.threshold == 5
    for row in matrix.rows:
        cells = {(c.characteristic, c.group): c for c in matrix.cells[matrix.rows.index(row)]}
        # 2 women: hidden; the 65 men would give the women's figure away by subtraction, so hidden too
        assert cells[("sex", "Female")].suppressed and cells[("sex", "Male")].suppressed
        for group in ("White other", "Black British", "Asian British", "Mixed", "Gypsy or Irish Traveller"):
            assert cells[("ethnicity", group)].suppressed  # 1 to 4 respondents each, 12 together
        assert cells[("ethnicity", "White British")].status == SHOWN
        assert cells[("ethnicity", "White British")].comparison.rest_relevant == 12
    data = matrix.to_dict()
    hidden = [cell for row in data["cells"] for cell in row if cell["suppressed"]]
    assert hidden and all(cell["comparison"] is None for cell in hidden)
    assert all(not any(ch.isdigit() for ch in cell["sentence"]) for cell in hidden)


def test_cells_carry_what_a_click_through_needs(user_voice):
    question = user_voice.question("been_able_appointments_times_suit")
    matrix = disproportionality(user_voice, [question])
    cell = matrix.cell(question.id, "consider_yourself_disability", "Yes")
    data = cell.to_dict()
    assert {k: data[k] for k in ("question", "characteristic", "by", "group")} == {
        "question": question.id, "characteristic": "disability", "by": "consider_yourself_disability", "group": "Yes"}
    c = cell.comparison
    assert (c.group_numerator, c.group_relevant, c.rest_numerator, c.rest_relevant) == (15, 16, 38, 51)
    assert c.test == FISHER  # 16 x 14 / 67 = 3.3 expected "not Yes" among disabled people
    assert c.ci95[0] > 1 and not c.significant and "disagree" in cell.sentence
