"""Each recogniser alone, and every threshold it uses tested on and beside its boundary."""

from __future__ import annotations

import pytest

from feedback_gui.core.schema import evidence
from feedback_gui.core.schema.evidence import ColumnEvidence
from feedback_gui.core.schema.inference import categorical_inference
from feedback_gui.core.schema.recognisers import choice, free_text, metadata, numbers, scales, yes_no
from feedback_gui.core.schema.scale_families import parse_label, read_scale
from feedback_gui.core.survey import QuestionType


def column(values: dict[str, int], header: str = "Q", **extra) -> ColumnEvidence:
    return ColumnEvidence(header, tuple(values), tuple(values.values()), **extra)


# ---- scale families ----

@pytest.mark.parametrize("labels,options,counted", [
    (["Negative", "Positive", "Neutral"], ("Positive", "Neutral", "Negative"), ("Positive",)),
    (["Difficult", "Very easy", "Easy", "Very difficult", "Neither easy nor difficult"],
     ("Very easy", "Easy", "Neither easy nor difficult", "Difficult", "Very difficult"), ("Very easy", "Easy")),
    (["Not open at all", "Very open", "Not very open", "Somewhat open"],
     ("Very open", "Somewhat open", "Not very open", "Not open at all"), ("Very open", "Somewhat open")),
    (["Never", "Always", "Rarely", "Sometimes", "Often"], ("Always", "Often", "Sometimes", "Rarely", "Never"),
     ("Always", "Often")),
    (["Poor", "Good", "Fair"], ("Good", "Fair", "Poor"), ("Good",)),
    (["Strongly disagree", "Neither", "Agree", "Strongly agree", "Disagree"],
     ("Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree"), ("Strongly agree", "Agree")),
    (["Not at all likely", "Extremely likely", "Somewhat likely", "Very likely"],
     ("Extremely likely", "Very likely", "Somewhat likely", "Not at all likely"), ("Extremely likely", "Very likely")),
    (["Partly", "Not at all", "Completely", "Mostly"], ("Completely", "Mostly", "Partly", "Not at all"),
     ("Completely", "Mostly")),
    (["Never", "Mostly", "Always", "Sometimes"], ("Always", "Mostly", "Sometimes", "Never"), ("Always", "Mostly")),
    (["No", "Yes, to some extent", "Yes, definitely"], ("Yes, definitely", "Yes, to some extent", "No"),
     ("Yes, definitely",)),
])
def test_scale_families_order_from_the_favourable_end(labels, options, counted):
    found = categorical_inference("How was it?", tuple(labels), (4,) * len(labels))
    assert found.type == QuestionType.LIKERT
    assert found.options == options and found.counted == counted


@pytest.mark.parametrize("labels,counted", [
    (["Fully", "Partly", "Not at all"], ("Fully",)),  # SMALL_SCALE points: the top answer only
    (["Fully", "Mostly", "Partly", "Not at all"], ("Fully", "Mostly")),  # one more: the top two
])
def test_small_scales_count_their_top_answer_only(labels, counted):
    from feedback_gui.core.schema.scale_families import SMALL_SCALE

    assert SMALL_SCALE == 3
    assert categorical_inference("Did it meet your needs?", tuple(labels), (5,) * len(labels)).counted == counted


def test_three_point_scale_is_not_the_middle_of_a_five_point_one():
    # "Good / Fair / Poor" would fit "Excellent, Very good, Good, Fair, Poor" with its top unchosen: a 0% headline.
    found = categorical_inference("Quality", ("Good", "Fair", "Poor"), (9, 8, 5))
    assert found.options == ("Good", "Fair", "Poor") and found.counted == ("Good",)
    # With "Very good" chosen it is the 5-point scale whose top was chosen.
    found = categorical_inference("Quality", ("Good", "Fair", "Poor", "Very good"), (9, 8, 5, 3))
    assert found.options == ("Very good", "Good", "Fair", "Poor", "Very poor")


@pytest.mark.parametrize("answers,options,counted", [
    (19, ("Excellent", "Very good", "Good", "Fair", "Poor"), ("Excellent", "Very good")),  # beside: too few to tell
    (20, ("Excellent", "Good", "Fair", "Poor"), ("Excellent", "Good")),  # on GAP_ANSWERS: a 4-point scale
])
def test_an_unchosen_option_between_chosen_ones_was_not_offered(answers, options, counted):
    assert scales.GAP_ANSWERS == 20
    counts = (answers - 3, 1, 1, 1)
    found = categorical_inference("Rate the training", ("Excellent", "Good", "Fair", "Poor"), counts)
    assert found.type == QuestionType.LIKERT and found.options == options and found.counted == counted


def test_an_unchosen_end_option_stays_on_the_scale():
    # "Very poor" is the end of "Very good ... Very poor": nobody choosing it says nothing about the scale.
    found = categorical_inference("Quality", ("Very good", "Good", "Fair", "Poor"), (10, 10, 10, 10))
    assert found.options == ("Very good", "Good", "Fair", "Poor", "Very poor")


def test_the_same_scale_spelt_differently_is_one_scale():
    a = categorical_inference("A", ("Very Easy", "easy", "Difficult\u00a0", "VERY DIFFICULT"), (3, 4, 5, 2))
    b = categorical_inference("B", ("very easy", "Easy", "Difficult", "Very difficult"), (1, 2, 3, 4))
    assert a.options == b.options == ("Very easy", "Easy", "Difficult", "Very difficult")
    assert a.labels["Difficult\u00a0"] == "Difficult" and a.labels["VERY DIFFICULT"] == "Very difficult"


def test_a_scale_on_an_unknown_word_needs_three_answers_from_both_sides_with_modifiers():
    # Known dimension ("easy"): two answers are enough.
    assert read_scale(["Easy", "Difficult"]) is not None
    # Unknown word: two answers are not (beside the boundary) ...
    assert read_scale(["Very welcoming", "Not welcoming at all"]) is None
    # ... three are (on it), when at least two carry a modifier or negation ...
    assert read_scale(["Welcoming", "Not welcoming", "Very welcoming"]).ordered == (
        "Very welcoming", "Welcoming", "Not welcoming")
    # ... and one modifier is not enough (beside it).
    assert read_scale(["Welcoming", "Unwelcoming", "Very welcoming"]) is None


@pytest.mark.parametrize("labels", [["Male", "Female"], ["Full time", "Part time"], ["Yes", "No", "Not sure"],
                                    ["Employed", "Unemployed", "Retired"], ["North team", "South team"],
                                    ["Rare", "Medium rare", "Medium", "Well done"]])
def test_categories_are_not_scales(labels):
    assert read_scale(labels) is None


def test_label_points():
    assert parse_label("Strongly agree").score > parse_label("Agree").score > 0 > parse_label("Disagree").score
    assert parse_label("Neither agree nor disagree").score == 0
    assert parse_label("Not open at all").score < parse_label("Not very open").score < 0
    assert parse_label("Unhelpful", ["helpful", "unhelpful"]).dimension == "helpful"


def test_spss_value_labels_declare_the_full_scale_and_its_direction():
    found = scales.recognise(column({"Agree": 6, "Strongly agree": 4, "Disagree": 2}, order_hint=(
        "Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree", "Not answered")))
    # Every declared point is an option, in the file's spelling, chosen or not; "Not answered" is not one.
    assert found.options == ("Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree")
    assert found.counted == ("Strongly agree", "Agree") and "codes reversed" in found.note.reason


@pytest.mark.parametrize("codes,likert", [({"SA": 3, "A": 5, "D": 2}, True), ({"SA": 3, "A": 5}, False),
                                          ({"A": 5, "N": 3, "D": 2}, False)])
def test_abbreviated_agreement_needs_three_codes_including_an_end(codes, likert):
    found = categorical_inference("My manager supports me", tuple(codes), tuple(codes.values()))
    assert (found.type == QuestionType.LIKERT) is likert


def test_abbreviated_agreement_with_m_and_na():
    found = categorical_inference("Q", ("SA", "A", "N", "D", "SD", "M", "NA"), (5, 9, 6, 4, 2, 3, 1))
    assert found.options == ("Strongly agree", "Agree", "Neutral", "Disagree", "Strongly disagree")
    assert found.excluded == ("Not applicable",) and found.labels["M"] == found.labels["NA"] == "Not applicable"


# ---- yes / no ----

def test_yes_no_with_its_companions():
    found = categorical_inference("Were you offered flexible working?",
                                  ("Yes", "No", "I don't know", "Not sure", "Unsure", "Not eligible", "N/A"),
                                  (10, 6, 2, 3, 1, 4, 2))
    assert found.type == QuestionType.YES_NO and found.counted == ("Yes",)
    assert found.options == ("Yes", "No", "Not sure", "Unsure")  # kept in the denominator, as the report counts them
    assert set(found.excluded) == {"Don't know", "Not eligible", "Not applicable"}


def test_true_false_is_yes_no_and_never_a_demographic():
    found = categorical_inference("Job dissatisfaction", ("TRUE", "FALSE"), (7, 20))
    assert found.type == QuestionType.YES_NO and found.labels == {"TRUE": "Yes", "FALSE": "No"}


def test_zero_one_is_yes_no_with_medium_confidence():
    found = numbers.recognise(column({"1": 12, "0": 8}, "Exit interview held"))
    assert found.type == QuestionType.YES_NO and found.labels == {"1": "Yes", "0": "No"}
    assert found.note.confidence == "medium"


def test_yes_no_about_a_characteristic_is_a_demographic():
    assert yes_no.recognise(column({"Yes": 5, "No": 20}, "Do you have a disability?")).type == "demographic"


@pytest.mark.parametrize("answered,confidence", [(evidence.FEW_ANSWERS - 1, "low"), (evidence.FEW_ANSWERS, "high")])
def test_calls_from_few_answers_are_low_confidence(answered, confidence):
    found = yes_no.recognise(column({"Yes": answered - 1, "No": 1}))
    assert found.note.confidence == confidence


# ---- numbers ----

@pytest.mark.parametrize("n,kind", [(numbers.MAX_CODES, QuestionType.SINGLE_CHOICE),
                                    (numbers.MAX_CODES + 1, QuestionType.NUMERIC)])
def test_qualtrics_choice_codes_up_to_a_limit(n, kind):
    values = {str(i): 1 for i in range(1, n + 1)}
    assert numbers.recognise(column(values, "Pick one", import_id="QID7")).type == kind
    assert numbers.recognise(column(values, "Pick one", import_id="QID7_TEXT")).type == QuestionType.NUMERIC


def test_numbers_with_labelled_ends():
    ends = {"1 - Strongly disagree": 2, "2": 3, "3": 4, "4": 5, "5 - Strongly agree": 1}
    up = numbers.recognise_anchored(column(ends))
    assert up.options == ("1", "2", "3", "4", "5") and up.counted == ("5", "4")
    down = numbers.recognise_anchored(column({"1 = Very good": 2, "2": 3, "3": 4, "4 = Very poor": 1}))
    assert down.options == ("5", "4", "3", "2", "1") and down.counted == ("1", "2")
    assert numbers.recognise_anchored(column({"1 - North": 2, "2": 3})) is None


def test_whole_numbers_without_rating_words_say_they_could_be_a_scale():
    found = numbers.recognise(column({"1": 3, "2": 4, "5": 1}, "Please rank the films"))
    assert found.type == QuestionType.NUMERIC and found.note.confidence == "medium"
    assert numbers.recognise(column({"12.5": 3, "40": 2}, "Hours")).note.confidence == "high"


# ---- free text, by content ----

def _answers(unique: int, repeated: int) -> dict[str, int]:
    out = {f"Comment {i} is about the office.": 1 for i in range(unique)}
    out["The same sentence pasted again."] = repeated
    return out


# 5 of 10 answers given once (on UNIQUE_SHARE); 4 of 11 (beside it: then only the sentence shape makes it text).
@pytest.mark.parametrize("unique,repeated,rule", [(5, 5, "read like comments"), (4, 7, "shaped like sentences")])
def test_unique_share_boundary(unique, repeated, rule):
    assert free_text.UNIQUE_SHARE == 0.5
    found = free_text.recognise(column(_answers(unique, repeated), "Q"))
    assert found.type == QuestionType.FREE_TEXT and rule in found.note.reason


def test_words_per_answer_boundary():
    three = {f"alpha beta gamma{i}": 1 for i in range(10)}  # 3 words each, all different
    two = {f"alpha beta{i}": 1 for i in range(10)}  # 2.0 words: below SENTENCE_WORDS
    assert free_text.recognise(column(three)).type == QuestionType.FREE_TEXT
    found = free_text.recognise(column(two))
    assert found is None or "read like comments" not in found.note.reason


@pytest.mark.parametrize("repeats,is_text", [(8, True), (11, False)])
def test_long_answers_that_repeat(repeats, is_text):
    # Two answers given once among 10 (20%, on SOME_UNIQUE) or 13 (15%, beside it), the rest one long sentence.
    values = {"First unique long answer about the office and the team today": 1,
              "Second unique long answer about parking at the office every day": 1,
              "The same long answer pasted here by several people in the team": repeats}
    found = free_text.recognise(column(values, "Comments"))
    assert (found is not None and found.type == QuestionType.FREE_TEXT) is is_text


def test_comments_about_a_team_with_filler_answers_are_free_text_not_a_demographic():
    values = {"Nothing": 4, "N/A": 3, "Our manager is supportive and listens.": 3,
              "We need more admin support in the team.": 1, "Too many new starters at once.": 1,
              "Morale has improved since the restructure.": 1, "Cover is not fair across the team.": 1}
    found = categorical_inference("Any comments about your team?", tuple(values), tuple(values.values()))
    assert found.type == QuestionType.FREE_TEXT
    # The same header with a few short repeated answers is a demographic.
    found = categorical_inference("Which team are you in?", ("North", "South", "Courts"), (12, 10, 8))
    assert found.type == QuestionType.DEMOGRAPHIC


def test_a_choice_with_long_options_is_not_free_text():
    values = {"I have seen it and use it myself every week": 14, "I have heard of it but never used it": 9,
              "I have never heard of it before today": 7}
    assert free_text.recognise(column(values)) is None


# ---- choice ----

@pytest.mark.parametrize("answered,confidence", [(choice.REPEATS * 2, "high"), (choice.REPEATS * 2 - 1, "medium")])
def test_single_choice_confidence_grows_with_repeats(answered, confidence):
    found = choice.recognise(column({"Lottery A": answered - 3, "Lottery B": 3}))
    assert found.type == QuestionType.SINGLE_CHOICE and found.note.confidence == confidence


def test_empty_column_is_a_question_nobody_answered():
    found = choice.recognise_empty(column({}))
    assert found.type == QuestionType.SINGLE_CHOICE and found.note.confidence == "low"


# ---- metadata ----

def test_tool_signature_needs_three_of_its_names():
    three = [("Response ID", None), ("Date submitted", None), ("Seed", None), ("How are you?", None)]
    tool, positions = metadata.tool_metadata(three)
    assert tool == "LimeSurvey" and positions == {0, 1, 2}
    tool, positions = metadata.tool_metadata([("Response ID", None), ("Seed", None), ("How are you?", None)])
    assert tool is None and positions == set()
    assert metadata.recognise(column({"4": 1}, "Seed")) is None  # alone, "Seed" could be a question


def test_metadata_by_name_and_derived_columns():
    for header in ("LastName", "ResponseSet", "Date last action", "Referrer URL", "LocationAccuracy",
                   "RecipientEmail", "EmailAddress"):
        assert metadata.recognise(column({}, header)).type == QuestionType.METADATA, header
    assert metadata.recognise(column({}, "Q2 - Topics")).type == QuestionType.METADATA
    assert metadata.recognise(column({}, "How was it?")) is None


def test_qualtrics_legacy_v_columns_are_metadata_when_the_file_is_qualtrics():
    names = [("ResponseID", "V1"), ("ResponseSet", "V2"), ("Name", "V3"), ("StartDate", "V8"), ("Q1 text", "Q1")]
    tool, positions = metadata.tool_metadata(names)
    assert tool == "Qualtrics" and positions == {0, 1, 2, 3}


@pytest.mark.parametrize("header,word", [
    ("How many years have you worked in probation?", "how many years have you"),
    ("How long have you worked here?", "how long have you"),
    ("How many years until you retire?", None),  # not a length of service
])
def test_length_of_service_is_a_demographic(header, word):
    from feedback_gui.core.schema.roles import demographic_word

    found = demographic_word(header)
    assert (found.casefold() if found else None) == word
