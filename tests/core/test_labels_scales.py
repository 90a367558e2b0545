"""Answer labels, scales and the wording of figures."""

from __future__ import annotations

import pytest

from feedback_gui.core.analysis.wording import percent_text, quantifier
from feedback_gui.core.schema.labels import canonical_label, excluded_label, normalise_labels
from feedback_gui.core.schema.multiselect import detect_joined, split_answer
from feedback_gui.core.schema.scales import full_scale, match_scale, numeric_scale, top_boxes


@pytest.mark.parametrize("raw", ["n/a", "N/A", "n/a ", "Not applicable", "not applicable ", "Not Applicable", "NA",
                                 " N / A "])
def test_not_applicable_spellings(raw):
    assert excluded_label(raw) == "Not applicable"


@pytest.mark.parametrize("raw,label", [("Don’t know", "Don't know"), ("dont know", "Don't know"),
                                       ("Prefer not to say", "Prefer not to say"), ("prefer not to answer",
                                                                                     "Prefer not to say")])
def test_other_excluded_answers(raw, label):
    assert excluded_label(raw) == label


@pytest.mark.parametrize("raw", ["Not sure", "No", "Unsure", "Never", "None of these"])
def test_real_answers_are_not_excluded(raw):
    assert excluded_label(raw) is None


def test_one_spelling_per_answer():
    mapping = normalise_labels(["agree ", "Agree", "Strongly Agree", "strongly agree", "Ipswich", "ipswich "],
                               [1, 5, 2, 1, 3, 1])
    assert mapping["agree "] == "Agree" and mapping["Strongly Agree"] == "Strongly agree"
    assert mapping["ipswich "] == "Ipswich"  # unknown labels take their most used spelling
    assert canonical_label("neither agree or disagree") == "Neither agree nor disagree"


def test_scales_in_natural_order_and_top_boxes():
    match = match_scale(["Disagree", "Agree", "Strongly agree", "Neither agree nor disagree"])
    options = full_scale(match)
    assert options == ("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree")
    assert top_boxes(options, numeric=False) == ["Strongly agree", "Agree"]
    frequency = full_scale(match_scale(["Sometimes", "Always", "Never"]))
    assert frequency == ("Always", "Most of the time", "Sometimes", "Rarely", "Never")


def test_four_point_scale_has_no_midpoint():
    options = full_scale(match_scale(["Strongly agree", "Agree", "Disagree", "Strongly disagree"]))
    assert options == ("Strongly agree", "Agree", "Disagree", "Strongly disagree")


def test_numeric_scales():
    assert numeric_scale(["1", "3", "5"]) == ("1", "2", "3", "4", "5")
    assert numeric_scale(["0", "7", "10"]) == tuple(str(i) for i in range(11))
    assert top_boxes(numeric_scale(["0", "10"]), numeric=True) == ["10", "9"]
    assert numeric_scale(["1", "250"]) is None


def test_multi_select_options_with_commas():
    known = ["Finance, benefits and debt", "Mental health", "Employment, training and education"]
    assert split_answer("Mental health, Finance, benefits and debt", ",", known) == [
        "Mental health", "Finance, benefits and debt"]
    # Without a known option set, a fragment in lower case continues the option before it.
    assert split_answer("Finance, benefits and debt, Accommodation", ",") == [
        "Finance, benefits and debt", "Accommodation"]
    found = detect_joined(["Mentoring;Better IT;", "Mentoring;", "Better IT;Smaller caseload;"], [5, 3, 4])
    assert found.delimiter == ";" and set(found.options) == {"Mentoring", "Better IT", "Smaller caseload"}
    assert detect_joined(["The office is cold, and the wifi drops", "Too many cases, not enough time"], [1, 1]) is None


@pytest.mark.parametrize("n,d,words", [(59, 81, "nearly three quarters"), (43, 67, "nearly two thirds"),
                                      (10, 81, "a small number"), (5, 10, "half"), (44, 81, "over half"),
                                      (81, 81, "all"), (0, 81, "none"), (66, 81, "a large majority")])
def test_quantifiers_follow_the_inspectorate(n, d, words):
    assert quantifier(n, d) == words


def test_percent_rounds_half_up():
    assert percent_text(72.5) == "73%" and percent_text(58.2278) == "58%" and percent_text(0.5) == "1%"


def test_yes_no_about_a_characteristic_is_a_demographic_but_about_treatment_is_not():
    from feedback_gui.core.schema.inference import categorical_inference

    disability = categorical_inference("Do you consider yourself to have a disability?", ("Yes", "No"), (16, 51))
    assert disability.type == "demographic"
    treated = categorical_inference("Have you been treated unfairly because of your age?", ("Yes", "No"), (5, 60))
    assert treated.type == "yes_no" and treated.counted == ("Yes",)
    team = categorical_inference("The team works well together", ("Yes", "No"), (40, 20))
    assert team.type == "yes_no"
