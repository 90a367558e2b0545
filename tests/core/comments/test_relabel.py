"""Relabelling change by change gives exactly the analysis that applying every correction at once gives."""

from __future__ import annotations

import random

import pytest

from feedback_gui.core.comments import LABELS, CommentAnalysis, analyse_comments, built_in_codebook
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.comments.relabel import Relabelling


@pytest.fixture(scope="module")
def base(user_voice) -> CommentAnalysis:  # noqa: ANN001
    return analyse_comments(comment_inputs(user_voice), built_in_codebook("user_voice"), discover=False, workers=1)


def _changed(before: CommentAnalysis, after: CommentAnalysis) -> list[int]:
    return [i for i, (a, b) in enumerate(zip(before.comments, after.comments, strict=True)) if a != b]


def test_a_run_of_relabels_and_undos_matches_applying_every_correction(base: CommentAnalysis) -> None:
    rng = random.Random(7)
    answered = [c for c in base.comments if c.answered]
    assert len(answered) > 50 and any(t.count for t in base.themes)
    relabelling = Relabelling(base)
    assert relabelling.analysis is base  # no correction: the analysis itself
    corrections: dict[object, str] = {}
    history = [dict(corrections)]
    shown = relabelling.analysis
    for step in range(60):
        comment = rng.choice(answered)
        key = rng.choice([comment.key, (comment.row, comment.question), comment.row])
        if step % 7 == 3 and len(history) > 2:
            corrections = dict(history[-2])  # an undo puts back the corrections as they were
        elif key in corrections and rng.random() < 0.4:
            del corrections[key]  # back to the analyser's label
        else:
            corrections[key] = rng.choice(LABELS)
        history.append(dict(corrections))
        after, changed = relabelling.with_corrections(corrections)
        expected = base.with_corrections(corrections)
        assert after == expected, step
        assert changed == _changed(shown, expected), step
        shown = after
    assert any(c.sentiment.corrected for c in shown.comments)


def test_keys_of_other_comments_change_nothing(base: CommentAnalysis) -> None:
    relabelling = Relabelling(base, {})
    for key in ("99999:Not a question", (99999, "Not a question"), 99999, "not a key"):
        after, changed = relabelling.with_corrections({key: "negative"})
        assert after is base and changed == []


def test_a_key_of_another_kind_still_gives_the_right_analysis(base: CommentAnalysis) -> None:
    comment = next(c for c in base.comments if c.answered and c.sentiment.label != "mixed")
    relabelling = Relabelling(base, {})
    corrections = {float(comment.row): "mixed"}  # 12.0 finds row 12 as a dictionary key does
    after, changed = relabelling.with_corrections(corrections)
    assert after == base.with_corrections(corrections) and changed
    assert after.comments[changed[0]].sentiment.label == "mixed"


def test_corrections_given_at_the_start_are_applied(base: CommentAnalysis) -> None:
    comment = next(c for c in base.comments if c.answered and c.sentiment.label != "negative")
    corrections = {comment.key: "negative"}
    relabelling = Relabelling(base, corrections)
    assert relabelling.analysis == base.with_corrections(corrections)
    after, changed = relabelling.with_corrections({})
    assert after == base and changed == [base.comments.index(comment)]


def _large(n: int, seed: int) -> CommentAnalysis:
    """``n`` comments in a few big themes, many of them strong and clear enough to be quoted, some repeated
    or too short to be: quotes found past the first candidates, ties of score."""
    from feedback_gui.core.comments.analysis import CommentResult, _sentiment_counts
    from feedback_gui.core.comments.sentiment import Sentiment
    from feedback_gui.core.comments.summaries import summarise_themes
    from feedback_gui.core.comments.themes import ThemeMatch

    rng = random.Random(seed)
    codebook = built_in_codebook("staff")
    names = codebook.theme_names[:4]
    comments = []
    for i in range(n):
        words = rng.choice([3, 9, 12, 20, 70])
        text = rng.choice(["The same words said again by many people here today.", " ".join(["word"] * words),
                           f"Comment number {i} says something in about twelve words or so."])
        compound = rng.choice([0.0, 0.25, 0.5, 0.75, 1.0, -0.5, -1.0])
        hits = tuple((name, rng.randint(1, 4)) for name in names if rng.random() < 0.6)
        comments.append(CommentResult(i + 1, "Q", text, Sentiment(rng.choice(LABELS), compound, max(compound, 0),
                                                                  min(compound, 0)), ThemeMatch(hits)))
    comments = tuple(comments)
    return CommentAnalysis(comments, summarise_themes(comments, codebook), (), {}, codebook, True,
                           _sentiment_counts(comments))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_relabels_in_big_themes_match_applying_every_correction(seed: int) -> None:
    base = _large(3000, seed)
    rng = random.Random(seed)
    relabelling = Relabelling(base)
    corrections: dict[object, str] = {}
    quoted = [i for t in base.themes for quotes in t.quotes_by_sentiment.values() for i, c in enumerate(base.comments)
              if c.text in quotes]
    for step in range(80):
        i = rng.choice(quoted) if step % 2 else rng.randrange(len(base.comments))  # quoted ones, and any
        if rng.random() < 0.2 and corrections:
            corrections.pop(rng.choice(list(corrections)))
        else:
            corrections[base.comments[i].key] = rng.choice(LABELS)
        after, _changed = relabelling.with_corrections(corrections)
        assert after == base.with_corrections(corrections), step
