"""Learning from the user's corrections, inside one project: re-score the comments like the ones relabelled.

When a leader relabels comments (saved in the project as ``{comment key: label}``), the comments that
resemble them are scored again with those examples weighted in, and the rest keep their label. It works
offline on the analysis already made, so it is quick enough for a background worker (progress and
cancel through ``progress``), and nothing leaves the project: the corrections are read, never written
anywhere, and the shipped model is not changed.

How: each answered comment becomes a TF-IDF vector of its words and two-word phrases (plural "s"
dropped), weighted over *this project's* comments. A comment's similarity to each corrected comment is
the cosine of their vectors; its analyser probabilities (``Sentiment.probabilities``) are moved towards
the labels of its ``NEIGHBOURS`` most similar corrected comments, each by ``STRENGTH`` x similarity²
(in log-odds), counting only similarities of at least ``MIN_SIMILARITY``. A comment that says the same as
a corrected one takes its label; one that shares a phrase or two moves only when the analyser was
unsure; one that shares nothing keeps its label.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from feedback_gui.core.comments.analysis import CommentAnalysis, CommentResult, Corrections
from feedback_gui.core.comments.sentiment import LABELS, Sentiment, correction_for
from feedback_gui.core.progress import ProgressFn, no_progress

MIN_SIMILARITY = 0.3  # a corrected comment less similar than this has no say
NEIGHBOURS = 5  # at most this many corrected comments have a say on one comment
STRENGTH = 8.0  # log-odds added per unit of similarity² (similarity 1: e^8, about 3,000 to 1)
FLOOR = 0.005  # a label the analyser gave no chance (e.g. mixed) still can be learned
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Rescored:
    """The analysis with the user's corrections applied and the comments like them scored again."""

    analysis: CommentAnalysis
    changed: tuple[int, ...]  # indexes into analysis.comments whose label the corrections moved (not the corrected)
    examples: int  # corrections that matched a comment of the analysis

    def to_dict(self) -> dict[str, object]:
        """JSON form: how many corrections were used, and which comments changed (rows and questions)."""
        return {"examples": self.examples, "changed": len(self.changed),
                "changed_comments": [{"row": self.analysis.comments[i].row,
                                      "question": self.analysis.comments[i].question,
                                      "label": self.analysis.comments[i].sentiment.label} for i in self.changed]}


def terms(text: str) -> list[str]:
    """Lower-case words (a plural "s" dropped) and two-word phrases of a text."""
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in _WORD.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _vectors(texts: Sequence[str], vocabulary: dict[str, int], idf: np.ndarray):
    """Unit-length sublinear TF-IDF rows over ``vocabulary`` (sparse CSR)."""
    from scipy.sparse import csr_matrix

    indptr, columns, values = [0], [], []
    for text in texts:
        counts = Counter(c for c in map(vocabulary.get, terms(text)) if c is not None)
        weights = [(1.0 + math.log(n)) * idf[c] for c, n in counts.items()]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        columns.extend(counts)
        values.extend(w / norm for w in weights)
        indptr.append(len(columns))
    return csr_matrix((values, columns, indptr), shape=(len(texts), len(vocabulary)), dtype=np.float64)


def similarities(texts: Sequence[str], examples: Sequence[str], corpus: Sequence[str] | None = None,
                 progress: ProgressFn = no_progress):
    """Cosine similarity (sparse, texts x examples) over TF-IDF weighted by ``corpus`` (default: texts + examples).

    Only the examples' terms matter to a similarity with them, so the vocabulary is theirs: the cost is
    one pass over the texts, whatever their number.
    """
    corpus = list(texts) + list(examples) if corpus is None else corpus
    vocabulary: dict[str, int] = {}
    for example in examples:
        for term in terms(example):
            vocabulary.setdefault(term, len(vocabulary))
    df = np.zeros(len(vocabulary))
    step = max(1, len(corpus) // 20)
    for i, text in enumerate(corpus):
        found = {c for c in map(vocabulary.get, terms(text)) if c is not None}
        if found:
            df[list(found)] += 1
        if i % step == 0:
            progress(0.5 * i / max(len(corpus), 1))
    idf = np.log((1 + len(corpus)) / (1 + df)) + 1.0
    matrix = _vectors(texts, vocabulary, idf) @ _vectors(examples, vocabulary, idf).T
    progress(0.9)
    return matrix.tocsr()


def learned_probabilities(base: np.ndarray, sims: np.ndarray, example_labels: Sequence[int]) -> np.ndarray:
    """``base`` probabilities (over LABELS) moved towards the labels of similar examples (see the module docstring)."""
    order = np.argsort(-sims)[:NEIGHBOURS]
    logits = np.log(np.maximum(base, FLOOR))
    for k in order:
        if sims[k] >= MIN_SIMILARITY:
            logits[example_labels[k]] += STRENGTH * float(sims[k]) ** 2
    logits -= logits.max()
    out = np.exp(logits)
    return out / out.sum()


def rescore_with_corrections(
    analysis: CommentAnalysis, corrections: Corrections, *, progress: ProgressFn = no_progress
) -> Rescored:
    """Apply ``corrections`` to ``analysis`` (the analyser's, without corrections) and re-score the comments
    like the corrected ones; ``changed`` lists those whose label moved. Raises ``Cancelled`` through
    ``progress``."""
    progress(0.0)
    corrected = analysis.with_corrections(corrections) if corrections else analysis
    comments = list(corrected.comments)
    examples = [i for i, c in enumerate(comments) if c.answered and c.sentiment.corrected]
    candidates = [i for i, c in enumerate(comments) if c.answered and not c.sentiment.corrected]
    if not examples or not candidates:
        progress(1.0)
        return Rescored(corrected, (), len(examples))
    answered = [c.text for c in comments if c.answered]
    sims = similarities([comments[i].text for i in candidates], [comments[i].text for i in examples], answered,
                        progress=lambda f: progress(0.8 * f))
    labels = [LABELS.index(comments[i].sentiment.label) for i in examples]
    changed: list[int] = []
    starts = sims.indptr
    for row, index in enumerate(candidates):
        if starts[row] == starts[row + 1]:
            continue  # shares no term with any corrected comment
        dense = np.zeros(len(examples))
        dense[sims.indices[starts[row]:starts[row + 1]]] = sims.data[starts[row]:starts[row + 1]]
        if dense.max() < MIN_SIMILARITY:
            continue
        old = comments[index].sentiment
        new = _learned(old, learned_probabilities(_base(old), dense, labels))
        if new.label != old.label:
            comments[index] = replace(comments[index], sentiment=new)
            changed.append(index)
    progress(0.95)
    if changed:
        corrected = _with_comments(corrected, comments)
    progress(1.0)
    return Rescored(corrected, tuple(changed), len(examples))


def _base(sentiment: Sentiment) -> np.ndarray:
    return np.array([sentiment.share(label) for label in LABELS], dtype=np.float64)


def _learned(old: Sentiment, probabilities: np.ndarray) -> Sentiment:
    label = LABELS[int(np.argmax(probabilities))]
    shares = tuple(float(x) for x in probabilities)
    return replace(old, label=label, compound=shares[0] - shares[1], confidence=shares[LABELS.index(label)],
                   probabilities=shares, learned=True)


def _with_comments(analysis: CommentAnalysis, comments: Sequence[CommentResult]) -> CommentAnalysis:
    """The analysis with new comment results: theme counts, quotes and sentiment counts worked out again."""
    from feedback_gui.core.comments.analysis import _sentiment_counts
    from feedback_gui.core.comments.summaries import summarise_themes

    return replace(analysis, comments=tuple(comments), themes=summarise_themes(comments, analysis.codebook),
                   sentiment_counts=_sentiment_counts(comments))


def least_certain(analysis: CommentAnalysis, limit: int | None = 20,
                  corrections: Corrections | None = None) -> list[int]:
    """Indexes of the answered comments the analyser is least sure of, least sure first (ties: file order).

    Comments the user has already labelled (in ``corrections``, or marked corrected) are left out: they
    need no second look. ``limit=None`` orders them all.
    """
    order = [i for i, c in enumerate(analysis.comments)
             if c.answered and not c.sentiment.corrected
             and correction_for(corrections, c.key, (c.row, c.question), c.row) is None]
    order.sort(key=lambda i: (analysis.comments[i].sentiment.confidence, i))
    return order if limit is None else order[:limit]
