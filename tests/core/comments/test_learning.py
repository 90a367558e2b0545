"""Learning from corrections: the comments like a relabelled one are re-scored, the rest are not touched."""

from __future__ import annotations

import numpy as np
import pytest

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
from feedback_gui.core.comments.analysis import CommentAnalysis, CommentResult
from feedback_gui.core.comments.codebook import built_in_codebook as codebook
from feedback_gui.core.comments.learning import (
    CAP,
    MIN_SIMILARITY,
    STRENGTH,
    learned_probabilities,
    rescore_with_corrections,
    similarities,
)
from feedback_gui.core.comments.model import MODEL_FILE, load_sentiment_model
from feedback_gui.core.comments.sentiment import LABELS, Sentiment
from feedback_gui.core.errors import Cancelled
from feedback_gui.core.resources import resource_path

CORRECTED = "Reporting at the hub again on Fridays"
NEAR = ["Reporting at the hub on Fridays again", "Reporting at the hub again every Friday"]
OTHERS = ["My officer helped me find a flat", "The bus fare is expensive", "I attend on Tuesdays",
          "Caseloads are high", "The course was brilliant"]


def _analysis() -> CommentAnalysis:
    texts = [CORRECTED, *NEAR, *OTHERS]
    return analyse_comments([CommentInput(i + 1, "Q", t) for i, t in enumerate(texts)], built_in_codebook("staff"),
                            discover=False)


def test_a_correction_moves_the_comments_like_it_and_no_others():
    analysis = _analysis()
    first = analysis.comments[0]
    assert all(c.sentiment.label != "negative" for c in analysis.comments[:3])  # the analyser: not negative
    done = rescore_with_corrections(analysis, {first.key: "negative"})
    comments = done.analysis.comments
    assert comments[0].sentiment.label == "negative" and comments[0].sentiment.corrected
    assert done.changed == (1, 2) and done.examples == 1
    assert all(comments[i].sentiment.label == "negative" and comments[i].sentiment.learned for i in (1, 2))
    for i in range(3, len(comments)):
        assert comments[i] is analysis.comments[i]  # untouched
    assert done.analysis.sentiment_counts["negative"] == analysis.sentiment_counts["negative"] + 3
    assert done.to_dict()["changed"] == 2


def test_no_corrections_change_nothing_and_the_input_is_not_changed():
    analysis = _analysis()
    before = [c.sentiment for c in analysis.comments]
    done = rescore_with_corrections(analysis, {})
    assert done.changed == () and done.analysis is analysis
    rescore_with_corrections(analysis, {analysis.comments[0].key: "negative"})
    assert [c.sentiment for c in analysis.comments] == before


def test_corrections_never_leave_the_project():
    path = resource_path(*MODEL_FILE)
    model_bytes = path.read_bytes()
    model = load_sentiment_model()
    coef = model.coef.copy()
    analysis = _analysis()
    rescore_with_corrections(analysis, {analysis.comments[0].key: "negative"})
    assert path.read_bytes() == model_bytes and np.array_equal(load_sentiment_model().coef, coef)
    again = _analysis()  # another project reading the same comments learns nothing from this one
    assert [c.sentiment.label for c in again.comments] == [c.sentiment.label for c in analysis.comments]


def test_cancel_stops_the_rescoring():
    analysis = _analysis()

    def progress(fraction: float) -> None:
        if fraction > 0.1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        rescore_with_corrections(analysis, {analysis.comments[0].key: "negative"}, progress=progress)


def test_similarity_is_the_cosine_of_tf_idf_vectors():
    texts = ["red green", "blue"]
    examples = ["red green", "green"]
    sims = similarities(texts, examples, corpus=texts + examples).toarray()
    assert sims[0, 0] == pytest.approx(1.0) and sims[1].tolist() == [0.0, 0.0]
    # independent computation: idf over 4 documents, sublinear tf, unit rows; terms "red", "green", "red green"
    idf = {t: np.log(5 / (1 + df)) + 1 for t, df in {"red": 2, "green": 3, "red green": 2}.items()}
    a = np.array([idf["red"], idf["green"], idf["red green"]])
    b = np.array([0.0, idf["green"], 0.0])
    assert sims[0, 1] == pytest.approx(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_learned_probabilities_on_and_beside_the_similarity_threshold():
    base = np.array([[0.5, 0.2, 0.3, 0.0]])
    at = learned_probabilities(base, np.array([[MIN_SIMILARITY]]), [LABELS.index("negative")])
    logit = np.log(np.maximum(base[0], 0.005))
    logit[1] += STRENGTH * MIN_SIMILARITY ** 2
    assert at[0] == pytest.approx(np.exp(logit) / np.exp(logit).sum())
    below = learned_probabilities(base, np.array([[np.nextafter(MIN_SIMILARITY, 0)]]), [1])
    floor = np.maximum(base[0], 0.005)
    assert below[0] == pytest.approx(floor / floor.sum())


def test_many_faint_resemblances_count_no_more_than_the_cap():
    base = np.array([[0.25, 0.25, 0.25, 0.25]])
    n = 10
    faint = np.full((1, n), 0.5)  # 10 x 0.25 = 2.5 > CAP
    out = learned_probabilities(base, faint, [1] * n)
    assert np.log(out[0, 1] / out[0, 0]) == pytest.approx(STRENGTH * CAP)
    fewer = learned_probabilities(base, np.full((1, 4), 0.5), [1] * 4)  # 4 x 0.25 = 1 < CAP
    assert np.log(fewer[0, 1] / fewer[0, 0]) == pytest.approx(STRENGTH * 1.0)


def test_a_mixed_correction_can_be_learned():
    s = Sentiment("positive", 0.5, probabilities=(0.7, 0.1, 0.2, 0.0), confidence=0.7)
    texts = ["good staff awful food", "good staff awful food!"]
    comments = tuple(CommentResult(i, "Q", t, s) for i, t in enumerate(texts))
    analysis = CommentAnalysis(comments, (), (), {}, codebook("staff"), sentiment_counts={})
    done = rescore_with_corrections(analysis, {"0:Q": "mixed"})
    assert done.analysis.comments[1].sentiment.label == "mixed" and done.changed == (1,)
