"""Theme summaries worked out with arrays give the counts and quotes of ranking each theme's comments one by one."""

from __future__ import annotations

import random

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.comments.quotes import QuoteCandidate, pick_quotes
from feedback_gui.core.comments.sentiment import LABELS
from feedback_gui.core.comments.summaries import summarise_themes

SUBJECTS = ["My manager", "The training", "My caseload", "The office wifi", "My probation officer", "The hostel"]
OPINIONS = ["is brilliant and always listens", "is crushing and far too much", "is fine", "was awful, but the team "
            "is lovely", "could be better if there were more staff", "is a lifeline for me and my family"]


def _reference(analysis) -> list[tuple]:  # noqa: ANN001 - a CommentAnalysis
    """Each theme's figures counted comment by comment, quotes ranked by pick_quotes."""
    out = []
    for name in analysis.codebook.theme_names:
        candidates = [QuoteCandidate(i, c.text, c.sentiment, dict(c.themes.hits)[name])
                      for i, c in enumerate(analysis.comments) if c.answered and name in c.themes.themes]
        counts = {label: sum(c.sentiment.label == label for c in candidates) for label in LABELS}
        out.append((name, len(candidates), counts, pick_quotes(candidates)))
    return out


def _summaries(analysis) -> list[tuple]:  # noqa: ANN001
    return [(t.name, t.count, t.by_sentiment, t.quotes_by_sentiment)
            for t in summarise_themes(analysis.comments, analysis.codebook)]


def test_the_sample_surveys_are_summarised_as_one_by_one(staff_2024, user_voice) -> None:  # noqa: ANN001
    for survey, kind in ((staff_2024, "staff"), (user_voice, "user_voice")):
        analysis = analyse_comments(comment_inputs(survey), built_in_codebook(kind), discover=False)
        assert any(t.count for t in analysis.themes)
        assert _summaries(analysis) == _reference(analysis)


def test_ties_repeats_and_lengths_are_ranked_as_one_by_one() -> None:
    rng = random.Random(5)
    texts = []
    for _ in range(400):
        words = f"{rng.choice(SUBJECTS)} {rng.choice(OPINIONS)}".split()
        texts.append(" ".join(words + ["really"] * rng.choice([0, 0, 3, 60])) + ".")
    texts += ["n/a", texts[0], texts[1]]  # a non-answer and repeated comments
    inputs = [CommentInput(i + 1, "Any other comments?", t) for i, t in enumerate(texts)]
    analysis = analyse_comments(inputs, built_in_codebook("staff"), discover=False, workers=1)
    assert _summaries(analysis) == _reference(analysis)


def test_no_correction_keeps_the_analysis_and_a_correction_recounts() -> None:
    inputs = [CommentInput(1, "Q", "My manager is brilliant and always listens."),
              CommentInput(2, "Q", "My manager never listens and the workload is crushing.")]
    analysis = analyse_comments(inputs, built_in_codebook("staff"), discover=False, workers=1)
    assert analysis.with_corrections({}) is analysis
    assert analysis.with_corrections({"99:Q": "negative"}) is analysis  # no such comment
    management = next(t for t in analysis.themes if t.count == 2)
    relabelled = analysis.with_corrections({analysis.comments[0].key: "negative"})
    after = next(t for t in relabelled.themes if t.name == management.name)
    assert after.by_sentiment["negative"] == management.by_sentiment["negative"] + 1
