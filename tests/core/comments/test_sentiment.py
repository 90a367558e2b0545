"""Sentiment: VADER base, the probation domain layer, clauses, mixed, requests and corrections."""

from __future__ import annotations

import pytest

from feedback_gui.core.comments.classify import classify_sentiments
from feedback_gui.core.comments.lexicon import parse_domain_lexicon
from feedback_gui.core.comments.sentiment import apply_correction, score_sentiment
from feedback_gui.core.comments.text import is_non_answer, split_clauses
from feedback_gui.core.comments.vader import _tokens, domain_vader, plain_vader
from feedback_gui.core.errors import FeedbackError


def labels(*texts: str) -> list[str]:
    return [s.label for s in classify_sentiments(list(texts))]


def test_domain_topic_words_do_not_make_a_factual_comment_negative():
    assert plain_vader().polarity_scores("Domestic abuse information was obtained.")["compound"] < -0.05
    assert score_sentiment("Domestic abuse information was obtained.").label == "neutral"
    assert labels("Domestic abuse information was obtained.") == ["neutral"]
    assert labels("I'm on licence for a violent offence and have to live in approved premises.") == ["neutral"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("An abusive manager was moved to another office.", "negative"),
        ("The team is stretched thin.", "negative"),
        ("I am burnt out.", "negative"),
        ("The wellbeing service has been a lifeline.", "positive"),
        ("Appointments help to keep me out of trouble.", "positive"),
        ("This is a nuisance for me.", "negative"),
        ("Managers are driven by crisis management.", "negative"),
    ],
)
def test_feeling_and_idiom_survive_the_domain_layer(text, label):
    assert score_sentiment(text).label == label
    assert labels(text) == [label]


@pytest.mark.parametrize(
    "text",
    ["More training would help.", "I would like more help finding work.",
     "It would be good to have a quiet room for staff."],
)
def test_requests_and_suggestions_are_neutral(text):
    assert plain_vader().polarity_scores(text)["compound"] >= 0.05  # plain VADER calls them positive
    assert labels(text) == ["neutral"]


def test_questions_asking_for_something_are_requests():
    assert labels("Could we have second screens?", "Can I have my appointments on a Friday instead?") == [
        "neutral", "neutral"]


def test_suggestions_that_start_with_a_comparative_are_requests():
    assert labels("Better communication between probation and the housing office.",
                  "More face-to-face appointments rather than phone calls.") == ["neutral", "neutral"]


def test_answers_to_what_was_helpful_are_read_as_praise_unless_they_say_otherwise():
    question = "What has been most helpful about probation?"
    answers = ["Help with my benefits and food bank vouchers.", "Nothing really, I just turn up and sign in.",
               "I don't know, it's early days.", "The waiting room is awful and nobody helped."]
    found = [s.label for s in classify_sentiments(answers, questions=[question] * len(answers))]
    assert found == ["positive", "negative", "neutral", "negative"]
    assert classify_sentiments(answers[:1])[0].label != "positive"  # without the question it is not praise


def test_a_request_with_strong_feeling_keeps_it():
    assert score_sentiment("Please stop treating us like dirt, it is disgusting and abusive.").label == "negative"


def test_mixed_needs_a_clearly_positive_and_a_clearly_negative_clause():
    mixed = score_sentiment("The head of service is supportive, but the workload is crushing.")
    assert mixed.label == "mixed"
    assert mixed.strongest_positive > 0.3 and mixed.strongest_negative < -0.3
    assert labels("The head of service is supportive, but the workload is crushing.") == ["mixed"]
    assert score_sentiment("The training is excellent and the tutor is brilliant.").label == "positive"
    assert score_sentiment("The office is awful; the heating is broken.").label == "negative"


def test_clauses_split_on_contrast_words_and_semicolons_with_vader_weights():
    assert split_clauses("It is good, but it is slow.") == [("It is good", 0.5), ("it is slow", 1.5)]
    assert split_clauses("Although staff are kind, the hostel is awful.") == [
        ("staff are kind", 0.5), ("the hostel is awful", 1.5)]
    assert [c for c, _ in split_clauses("Good support; leaders distant")] == ["Good support", "leaders distant"]


def test_fast_path_gives_exactly_nltks_valences():
    vader = domain_vader()
    texts = [
        "It is NOT good at all, but the staff are very very helpful!!",
        "I never feel so supported, kind of ok, the least helpful service",
        "Yeah right, that was the bomb. Hardly any support and barely a good word",
        "Great Great GREAT work but nothing was done",
    ]
    for text in texts:
        words = vader.merge_phrases(_tokens(text))
        assert vader.word_valences(words) == vader.word_valences(words, exact=True)


def test_plain_vader_is_nltks_analyser_with_the_shipped_lexicon():
    from pathlib import Path

    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(Path(vaderSentiment.__file__).parent)
    nltk.data.path.insert(0, folder)
    try:
        stock = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    finally:
        nltk.data.path.remove(folder)
    for text in ("The staff were wonderful!", "Terrible, just terrible.", "My PO is ok I guess"):
        assert plain_vader().polarity_scores(text) == stock.polarity_scores(text)


def test_corrections_override_the_label_and_are_marked():
    original = score_sentiment("The office is fine.")
    corrected = apply_correction(original, "negative")
    assert corrected.label == "negative" and corrected.corrected
    assert apply_correction(original, None) is original
    with pytest.raises(ValueError):
        apply_correction(original, "angry")


@pytest.mark.parametrize("text", ["n/a", "N/A.", " none ", "Nothing!", "no comment", "No comments.", "-"])
def test_non_answers_are_recognised(text):
    assert is_non_answer(text)


def test_answers_are_not_non_answers():
    assert not is_non_answer("Nothing was done about it")
    assert not is_non_answer("None of the managers listen")


def test_bad_lexicon_lines_are_reported_with_their_line_number():
    with pytest.raises(FeedbackError, match="line 2"):
        parse_domain_lexicon("word\tgood\t1\nbogus\tentry\n")
    with pytest.raises(FeedbackError, match="not a number"):
        parse_domain_lexicon("word\tgood\tvery\n")
