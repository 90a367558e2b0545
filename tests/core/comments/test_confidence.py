"""Every comment's sentiment carries a confidence in [0, 1] that orders comments sensibly."""

from __future__ import annotations

import time

import numpy as np
import pytest

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
from feedback_gui.core.comments import classify as classify_module
from feedback_gui.core.comments.classify import (
    MIXED_NEGATIVE,
    REQUEST_FEELING,
    RULE_SHARE,
    SENTENCE_SURE,
    _decide,
    _sentences_disagree,
    classify_sentiments,
)
from feedback_gui.core.comments.learning import least_certain
from feedback_gui.core.comments.model import MODEL_FILE, load_sentiment_model
from feedback_gui.core.comments.sentiment import LABELS, RuleView, Sentiment, apply_correction
from feedback_gui.core.resources import resource_path

TEXTS = [
    "Brilliant manager, supportive team, I love working here!", "It's ok I suppose", "Caseloads are high",
    "More training would help.", "My manager is great but the workload is unsustainable.", "No complaints",
    "The office is on the second floor.", "Awful. Nobody ever calls back and the hostel is filthy.", "meh",
    "Salary, hike", "Nothing really",
]


@pytest.mark.parametrize("model", ["shipped", None])
def test_confidence_is_the_probability_of_the_label_and_lies_in_0_1(model):
    chosen = load_sentiment_model() if model == "shipped" else None
    questions = ["What do you dislike about working here?"] * len(TEXTS)
    for asked in (None, questions):
        for s in classify_sentiments(TEXTS, chosen, questions=asked):
            assert 0.0 <= s.confidence <= 1.0
            assert len(s.probabilities) == len(LABELS) and abs(sum(s.probabilities) - 1.0) < 1e-9
            assert s.confidence == pytest.approx(s.probabilities[LABELS.index(s.label)])
            assert s.confidence == max(s.probabilities)  # the label is the most probable one


@pytest.mark.parametrize(("clear", "unclear"), [
    ("Brilliant manager, supportive team, I love working here!", "It's ok I suppose"),
    ("Awful. Nobody ever calls back and the hostel is filthy.", "meh"),
    ("No complaints", "The hub again on Fridays"),
])
def test_a_clear_comment_is_more_certain_than_a_vague_one(clear, unclear):
    sure, unsure = classify_sentiments([clear, unclear])
    assert sure.confidence > unsure.confidence


def test_a_users_label_is_certain_and_keeps_the_analysers_shares():
    original = classify_sentiments(["The office is on the second floor."])[0]
    corrected = apply_correction(original, "negative")
    assert corrected.confidence == 1.0 and corrected.probabilities == original.probabilities


def test_least_certain_lists_answered_uncorrected_comments_least_sure_first():
    texts = TEXTS + ["n/a"]
    inputs = [CommentInput(i + 1, "Q", t) for i, t in enumerate(texts)]
    analysis = analyse_comments(inputs, built_in_codebook("staff"), discover=False)
    order = least_certain(analysis, limit=None)
    confidences = [analysis.comments[i].sentiment.confidence for i in order]
    assert confidences == sorted(confidences)
    assert sorted(order) == [i for i, c in enumerate(analysis.comments) if c.answered]
    assert len(order) == len(texts) - 2  # "Nothing really" and "n/a" are non-answers: left out
    first = analysis.comments[order[0]]
    assert least_certain(analysis, limit=3) == order[:3]
    assert order[0] not in least_certain(analysis, limit=None, corrections={first.key: "neutral"})
    relabelled = analysis.with_corrections({first.key: "neutral"})
    assert order[0] not in least_certain(relabelled, limit=None)


def test_sentences_disagree_on_and_beside_the_threshold():
    sure = np.array([[SENTENCE_SURE, 0.1, 0.3], [0.1, SENTENCE_SURE, 0.3]])
    assert _sentences_disagree(sure)
    below = sure.copy()
    below[1, 1] = np.nextafter(SENTENCE_SURE, 0)
    assert not _sentences_disagree(below)
    assert not _sentences_disagree(None)


def _view(compound: float = 0.0, worst: float = 0.0, request: bool = False, best: float = 0.0) -> RuleView:
    label = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
    s = Sentiment(label, compound, best, worst, request)
    return RuleView(s, (s,))


def test_all_is_well_gives_way_to_a_clearly_negative_clause_at_the_threshold():
    p = np.array([0.2, 0.2, 0.6])
    assert _decide(_view(worst=np.nextafter(-MIXED_NEGATIVE, 0)), p, None, "No complaints", "").label == "positive"
    assert _decide(_view(worst=-MIXED_NEGATIVE), p, None, "No complaints", "").label == "neutral"


def test_a_request_stays_neutral_below_the_feeling_threshold_only():
    p = np.array([0.1, 0.8, 0.1])
    below = _decide(_view(compound=np.nextafter(-REQUEST_FEELING, 0), request=True), p, None, "x", "")
    share = RULE_SHARE["request"]
    assert below.label == "neutral" and below.confidence == pytest.approx(share + 0.1 * (1 - share))
    assert _decide(_view(compound=-REQUEST_FEELING, request=True), p, None, "x", "").label == "negative"


def test_rule_decisions_give_the_rule_at_least_half_the_probability():
    assert all(0.5 <= share < 1.0 for share in RULE_SHARE.values())
    assert classify_module.RULE_SHARE is RULE_SHARE


def test_the_shipped_model_loads_in_under_a_second():
    start = time.perf_counter()
    model = load_sentiment_model.__wrapped__(str(resource_path(*MODEL_FILE)))
    assert model is not None and time.perf_counter() - start < 1.0


def test_mixed_needs_both_clauses_at_the_mixed_threshold():
    from dataclasses import dataclass

    from feedback_gui.core.comments.sentiment import MIXED_CLAUSE, combine

    @dataclass
    class Clause:  # what combine reads from a ClauseScore
        compound: float
        weight: float = 1.0
        request: bool = False

        @property
        def total(self) -> float:
            return self.compound

    def label(best: float, worst: float) -> str:
        return combine([Clause(best), Clause(worst)], "").label

    assert label(MIXED_CLAUSE, -MIXED_CLAUSE) == "mixed"
    assert label(np.nextafter(MIXED_CLAUSE, 0), -MIXED_CLAUSE) != "mixed"
    assert label(MIXED_CLAUSE, np.nextafter(-MIXED_CLAUSE, 0)) != "mixed"


@pytest.mark.parametrize(("question", "kind"), [
    ("What do you like about working here?", "praise"), ("Likes", "praise"), ("Pros", "praise"),
    ("What has been most helpful?", "praise"), ("What do you dislike about working here?", "complaint"),
    ("Dislikes", "complaint"), ("Cons", "complaint"), ("What is the worst thing about your job?", "complaint"),
    ("What could we do better?", "improvement"), ("How could the service improve?", "improvement"),
    ("Any positive or negative comments?", ""), ("Is there anything else you would like to tell us?", ""),
    ("", ""),
])
def test_question_kinds(question, kind):
    from feedback_gui.core.comments.questions import question_kind

    assert question_kind(question) == kind


def test_an_answer_is_read_by_its_question_only_below_the_feeling_threshold():
    from feedback_gui.core.comments.classify import QUESTION_FEELING

    p = np.array([0.2, 0.2, 0.6])  # the model: neutral
    below = _view(best=np.nextafter(QUESTION_FEELING, 0))
    at = _view(best=QUESTION_FEELING)
    assert _decide(below, p, None, "Salary, appraisal", "complaint").label == "negative"
    assert _decide(at, p, None, "Salary, appraisal", "complaint").label == "neutral"
    worst_below = _view(worst=-np.nextafter(QUESTION_FEELING, 0))
    worst_at = _view(worst=-QUESTION_FEELING)
    assert _decide(worst_below, p, None, "Nothing really", "complaint").label == "positive"
    assert _decide(worst_at, p, None, "Nothing really, it is a dump", "complaint").label != "positive"
