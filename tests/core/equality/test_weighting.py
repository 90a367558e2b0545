"""Post-stratification and raking reproduce the reference margins; Kish's effective sample size; weighted headlines."""

from __future__ import annotations

import numpy as np
import pytest

from feedback_gui.core.analysis.breakdown import group_labels
from feedback_gui.core.equality.matching import match_reference
from feedback_gui.core.equality.reference import read_reference, reference_from_mapping
from feedback_gui.core.equality.weighted import weighted_headline, weighted_headlines
from feedback_gui.core.equality.weighting import POST_STRATIFICATION, RAKING, effective_sample_size, make_weights
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import read_survey
from tests.conftest import SAMPLES
from tests.core.equality.helpers import forty_respondents


@pytest.fixture(scope="module")
def caseload():
    return read_reference(SAMPLES / "caseload_profile.csv")


@pytest.fixture(scope="module")
def matched(user_voice, caseload):
    return {m.characteristic: m for m in match_reference(user_voice, caseload)}


def _weighted_shares(survey, weights, question_id):
    """Weighted share (percent) of each answer, computed here from the weights and the answers."""
    labels = group_labels(survey, survey.question(question_id)).to_numpy()
    w = np.asarray(weights.weights)
    return {label: 100 * w[labels == label].sum() / w.sum() for label in set(labels)}


def test_raking_on_two_variables_reproduces_the_caseload_margins(user_voice, caseload, matched):
    weights = make_weights(user_voice, [matched["Gender"], matched["Disability"]], caseload)
    assert weights.method == RAKING and weights.converged and weights.weighted == 67
    gender = _weighted_shares(user_voice, weights, "gender")
    disability = _weighted_shares(user_voice, weights, "consider_yourself_disability")
    assert gender["Female"] == pytest.approx(100 * 284 / 2238, abs=1e-6)
    assert gender["Male"] == pytest.approx(100 * 1954 / 2238, abs=1e-6)
    assert disability["Yes"] == pytest.approx(100 * 989 / 2238, abs=1e-6)
    assert disability["No"] == pytest.approx(100 * 1249 / 2238, abs=1e-6)
    assert sum(weights.weights) == pytest.approx(67)  # weights average 1
    assert weights.max_margin_error < 1e-6
    margin = next(m for m in weights.margins if m.group == "Female")
    assert margin.unweighted_percent == pytest.approx(100 * 2 / 67) and margin.respondents == 2


def test_raking_on_three_variables_converges(user_voice, caseload, matched):
    weights = make_weights(user_voice, [matched[n] for n in ("Gender", "Disability", "Age band")], caseload)
    ages = _weighted_shares(user_voice, weights, "age_band")
    assert weights.converged and ages["18-24"] == pytest.approx(100 * 201 / 2238, abs=1e-6)
    with pytest.raises(FeedbackError, match="one to 3 characteristics"):
        make_weights(user_voice, list(matched.values())[:4], caseload)


def test_post_stratification_weights_are_share_ratios(user_voice, caseload, matched):
    weights = make_weights(user_voice, [matched["Gender"]], caseload)
    assert weights.method == POST_STRATIFICATION and weights.iterations == 1
    labels = group_labels(user_voice, user_voice.question("gender")).to_numpy()
    w = np.asarray(weights.weights)
    # weight = population share / respondent share: (284/2238) / (2/67) for women, (1954/2238) / (65/67) for men
    assert np.allclose(w[labels == "Female"], (284 / 2238) / (2 / 67))
    assert np.allclose(w[labels == "Male"], (1954 / 2238) / (65 / 67))
    assert _weighted_shares(user_voice, weights, "gender")["Female"] == pytest.approx(100 * 284 / 2238, abs=1e-9)


def test_kish_effective_sample_size():
    # (1 + 1 + 2 + 4)^2 / (1 + 1 + 4 + 16) = 64 / 22
    assert effective_sample_size([1, 1, 2, 4]) == pytest.approx(64 / 22)
    assert effective_sample_size([0.5] * 10) == pytest.approx(10)
    assert effective_sample_size([]) == 0.0


def test_effective_sample_size_of_the_weights(user_voice, caseload, matched):
    weights = make_weights(user_voice, [matched["Gender"]], caseload)
    f, m = (284 / 2238) / (2 / 67), (1954 / 2238) / (65 / 67)
    by_hand = (2 * f + 65 * m) ** 2 / (2 * f * f + 65 * m * m)
    assert weights.effective_sample_size == pytest.approx(by_hand) and by_hand < 67


def test_respondent_with_missing_weighting_answer_keeps_weight_one(tmp_path):
    survey = read_survey(forty_respondents(tmp_path))
    reference = reference_from_mapping({"Gender": {"Female": 50, "Male": 50}})
    weights = make_weights(survey, list(match_reference(survey, reference)), reference)
    labels = group_labels(survey, survey.question("gender")).to_numpy()
    w = np.asarray(weights.weights)
    assert w[labels == "Not stated"].tolist() == [1.0]
    assert (weights.weighted, weights.left_unweighted) == (39, 1)
    known = labels != "Not stated"
    assert w[known & (labels == "Female")].sum() / w[known].sum() == pytest.approx(0.5, abs=1e-9)
    assert w[known].sum() == pytest.approx(39)
    assert "1 respondent with no usable answer to gender keeps a weight of 1." in weights.notes


def test_group_with_no_respondents_is_dropped_and_unsure_keeps_weight_one(user_voice, caseload, matched):
    weights = make_weights(user_voice, [matched["Sentence type"]], caseload)
    assert (weights.weighted, weights.left_unweighted) == (60, 7)
    shares = {m.group: m.target_percent for m in weights.margins}
    assert set(shares) == {"Community order", "Licence"}
    assert shares["Community order"] == pytest.approx(100 * 1267 / (1267 + 540))
    assert any("“Custody” (19.3 per cent of the reference) has no respondents" in n for n in weights.notes)


def test_cap_on_extreme_weights(user_voice, caseload, matched):
    chosen = [matched["Gender"], matched["Disability"], matched["Age band"]]
    free = make_weights(user_voice, chosen, caseload)
    assert max(free.weights) > 5
    capped = make_weights(user_voice, chosen, caseload, cap=5)  # reachable: others take up the difference
    assert max(capped.weights) <= 5 + 1e-6 and capped.converged and capped.trimmed == 1
    assert _weighted_shares(user_voice, capped, "gender")["Female"] == pytest.approx(100 * 284 / 2238, abs=1e-6)
    tight = make_weights(user_voice, chosen[:2], caseload, cap=3)  # two women cannot carry 12.7% at 3 each
    assert max(tight.weights) <= 3 + 1e-9 and not tight.converged and tight.trimmed == 2
    assert sum(tight.weights) == pytest.approx(67)
    assert tight.max_margin_error > 1 and any("capped at 3" in n for n in tight.notes)
    with pytest.raises(FeedbackError, match="above 1"):
        make_weights(user_voice, chosen, caseload, cap=1)


def test_weighted_headline_by_hand(user_voice, caseload, matched):
    weights = make_weights(user_voice, [matched["Gender"]], caseload)
    question = user_voice.question("can_contact_probation_practitioner_when_need")
    result = weighted_headline(user_voice, question, weights)
    answers = user_voice.responses[question.column].astype("object").to_numpy()
    w = np.asarray(weights.weights)
    answered = np.array([a in ("Yes", "No", "Not sure") for a in answers])
    by_hand = 100 * w[answers == "Yes"].sum() / w[answered].sum()
    assert result.weighted_percent == pytest.approx(by_hand)
    assert result.effective_sample_size == pytest.approx(effective_sample_size(w[answered]))
    assert (result.unweighted.numerator, result.unweighted.denominator) == (43, 67)
    assert result.label == "weighted" and result.sentence.startswith("Weighted by gender: ")
    assert "against 64% unweighted (43 out of 67)" in result.sentence
    low, high = result.ci95
    assert low < result.weighted_percent < high


def test_weights_of_one_leave_headlines_unchanged(user_voice):
    same = reference_from_mapping({"Gender": {"Male": 65, "Female": 2}})
    weights = make_weights(user_voice, list(match_reference(user_voice, same)), same)
    assert np.allclose(weights.weights, 1.0) and weights.effective_sample_size == pytest.approx(67)
    for result in weighted_headlines(user_voice, weights):
        assert result.weighted_percent == pytest.approx(result.unweighted.percent)
        assert result.weighted_denominator == pytest.approx(result.unweighted.denominator)
        assert result.effective_sample_size == pytest.approx(result.unweighted.denominator)
        assert result.ci95 == pytest.approx(result.unweighted.ci95)
