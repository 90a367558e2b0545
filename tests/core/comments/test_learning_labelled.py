"""A comment the user labelled is never moved by learning, even when the label kept is the analyser's own."""

from __future__ import annotations

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
from feedback_gui.core.comments.learning import rescore_with_corrections

CORRECTED = "Reporting at the hub again on Fridays"
NEAR = ["Reporting at the hub on Fridays again", "Reporting at the hub again every Friday"]
OTHERS = ["My officer helped me find a flat", "The bus fare is expensive", "Caseloads are high"]


def test_a_kept_label_is_an_example_and_is_not_moved():
    texts = [CORRECTED, *NEAR, *OTHERS]
    analysis = analyse_comments([CommentInput(i + 1, "Q", t) for i, t in enumerate(texts)],
                                built_in_codebook("staff"), discover=False)
    first, near = analysis.comments[0], analysis.comments[1]
    moved = rescore_with_corrections(analysis, {first.key: "negative"})
    assert moved.changed == (1, 2)  # without a label of its own, the near comment follows the corrected one
    kept = near.sentiment.label
    done = rescore_with_corrections(analysis, {first.key: "negative", near.key: kept})
    assert done.examples == 2  # the kept label counts as the user's
    assert done.changed == (2,) and done.analysis.comments[1].sentiment.label == kept
    assert not done.analysis.comments[1].sentiment.learned
