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
