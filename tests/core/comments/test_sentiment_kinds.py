"""The kinds of comment that fooled the analyser (issue 18), each in several phrasings.

None of these sentences is in a training set or in the held-out evaluation set; they test the kind of
mistake, not one sentence.
"""

from __future__ import annotations

import pytest

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
from feedback_gui.core.comments.classify import classify_sentiments
from feedback_gui.core.comments.patterns import WINDOW, load_patterns, parse_patterns


def label(text: str, question: str | None = None) -> str:
    return classify_sentiments([text], questions=[question] if question else None)[0].label


@pytest.mark.parametrize("text", [
    "Caseloads are high across the whole team.",
    "Staff turnover is very high.",
    "There are no bonuses for anyone below manager.",
    "We get less support than before the merger.",
    "You can forget about progression in this place.",
    "Progression opportunities are lacking.",
    "Career growth is painfully slow.",
    "Pay rises have been minimal.",
    "Training for new starters is absent.",
    "Annual leave is limited compared to other employers.",
    "Not enough staff on the rota most weeks.",
    "Compensation is the lowest in the region.",
    "More work and less pay every year.",
    "Extra duty shifts on top of a full diary.",
])
def test_a_bad_thing_said_to_be_high_low_slow_less_lacking_or_absent_is_a_complaint(text):
    assert label(text) == "negative"


@pytest.mark.parametrize("text", [
    "Pressure is low and the team is relaxed.",
    "Staff turnover is low, people stay for years.",
    "There are plenty of training courses.",
])
def test_a_bad_thing_said_to_be_low_or_a_good_thing_plentiful_is_praise(text):
    assert label(text) == "positive"


@pytest.mark.parametrize("text", [
    "Growth opportunities, incentives, no bonuses and a terrible review system.",
    "Well known brand, but no increments for three years.",
    "Nice building, shame about the lack of progression.",
    "Generous holidays on paper, yet nobody is allowed to take them and the rota is chaotic.",
])
def test_positive_words_inside_a_complaint_do_not_make_it_positive(text):
    assert label(text) in ("negative", "mixed")


@pytest.mark.parametrize("text", [
    "My colleagues are wonderful. The management is dreadful.",
    "I love the flexible hours. The pay is awful.",
    "The induction was excellent. Supervision has been poor all year.",
    "Reception staff are rude. My officer is lovely though.",
])
def test_sentences_of_opposite_polarity_make_a_comment_mixed(text):
    assert label(text) == "mixed"


@pytest.mark.parametrize("text", [
    "Staff are kind. They always listen to me.",
    "The hostel is filthy. Nobody fixes anything.",
])
def test_sentences_that_agree_are_not_mixed(text):
    assert label(text) != "mixed"


@pytest.mark.parametrize("text", [
    "Nothing to dislike", "nothing, all good", "No complaints", "No complaints at all.",
    "There is nothing I would change", "Can't complain, it's a decent place", "Nothing bad to say",
    "Honestly nothing to complain about",
])
def test_saying_there_is_nothing_wrong_is_positive(text):
    assert label(text) == "positive"
    assert label(text, "What do you dislike about working here?") == "positive"


@pytest.mark.parametrize("text", ["Nothing", "N/A", "n/a", "None", "Nothing."])
def test_bare_nothing_and_n_a_are_neutral_non_answers(text):
    analysis = analyse_comments([CommentInput(1, "What do you dislike?", text)], built_in_codebook("staff"),
                                discover=False)
    comment = analysis.comments[0]
    assert comment.sentiment.label == "neutral" and not comment.answered


@pytest.mark.parametrize("text", [
    "More training would help.",
    "It would be nice to have a team away day once a year.",
    "Could managers hold monthly one-to-ones?",
    "Less paperwork would free up time for visits.",
    "Maybe a rota for the duty desk.",
    "I'd like more evening appointments.",
    "Extra support for new starters.",
    "More joint visits with the police.",
])
def test_suggestions_are_neutral(text):
    assert label(text) == "neutral"


@pytest.mark.parametrize("text", [
    "We need more staff because caseloads are far too high.",
    "Please fix the laptops, they are useless and crash every day.",
    "More support would help, there is a complete lack of it at the moment.",
])
def test_suggestions_that_complain_are_negative(text):
    assert label(text) == "negative"


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("What do you dislike about working here?", "Salary, appraisal, hike", "negative"),
    ("Cons", "Management and timings", "negative"),
    ("What do you dislike about working here?", "Nothing as such", "positive"),
    ("What do you dislike about working here?", "Cafeteria could have more options", "neutral"),
    ("What do you like about working here?", "Cab facility and the canteen", "positive"),
    ("What do you like about working here?", "Nothing much to be honest", "negative"),
])
def test_the_question_tells_what_a_bare_list_means(question, text, expected):
    assert label(text, question) == expected


def test_a_cue_pairs_with_a_thing_at_most_window_words_away():
    patterns = parse_patterns("good\tpay\nlow\tlow\tafter\n")
    near = "pay " + "x " * WINDOW + "low"
    far = "pay " + "x " * (WINDOW + 1) + "low"
    assert [h.valence < 0 for h in patterns.find(near)] == [True]
    assert patterns.find(far) == []


def test_not_before_a_cue_reverses_it_and_comparatives_in_requests_are_no_complaint():
    patterns = load_patterns()
    assert [h.valence > 0 for h in patterns.find("the workload is not high")] == [True]
    assert patterns.find("less paperwork would help", request=True) == []
    assert [h.valence < 0 for h in patterns.find("less paperwork would help")] == [False]
