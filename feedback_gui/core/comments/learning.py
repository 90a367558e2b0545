"""Learning from the user's corrections, inside one project: re-score the comments like the ones relabelled.

When a leader relabels comments (saved in the project as ``{comment key: label}``), the comments that
resemble them are scored again with those examples weighted in, and the rest keep their label. It works
offline on the analysis already made, so it is quick enough for a background worker (progress and
cancel through ``progress``), and nothing leaves the project: the corrections are read, never written
anywhere, and the shipped model is not changed.

How: each answered comment becomes a TF-IDF vector of its words and two-word phrases (plural "s"
dropped), weighted over *this project's* comments. A comment's similarity to each corrected comment is
the cosine of their vectors. Its analyser probabilities (``Sentiment.probabilities``) are moved towards
each label by ``STRENGTH`` x the sum of similarity² over the corrected comments with that label (in
log-odds), counting only similarities of at least ``MIN_SIMILARITY`` and at most ``CAP`` in all per label
(so that many faint resemblances do not add up to one close one). A comment that says the same as a
corrected one takes its label; one that shares a phrase or two moves only when the analyser was unsure;
one that shares nothing keeps its label.
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
CAP = 2.0  # the similarity² summed for one label counts at most this much (two identical examples)
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
    words = [_stem(w) for w in _WORD.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


class _Vocabulary:
    """The examples' terms, and a fast way to find them in a text (two-word phrases looked up only after
    a word that starts one)."""

    def __init__(self, examples: Sequence[str]) -> None:
        self.index: dict[str, int] = {}
        for example in examples:
            for term in terms(example):
                self.index.setdefault(term, len(self.index))
        self.starts = frozenset(t.split(" ", 1)[0] for t in self.index if " " in t)
        self._stems: dict[str, str] = {}

    def ids(self, text: str) -> list[int]:
        """Column of each of the text's terms that is in the vocabulary (repeats kept)."""
        stems, index, starts = self._stems, self.index, self.starts
        words = []
        for raw in _WORD.findall(text.lower()):
            word = stems.get(raw)
            if word is None:
                word = stems[raw] = _stem(raw)
            words.append(word)
        out = [c for c in map(index.get, words) if c is not None]
        if starts:
            out.extend(c for a, b in zip(words, words[1:], strict=False) if a in starts
                       for c in (index.get(f"{a} {b}"),) if c is not None)
        return out


def _vectors(rows: Sequence[list[int]], size: int, idf: np.ndarray):
    """Unit-length sublinear TF-IDF rows from each text's term columns (sparse CSR)."""
    from scipy.sparse import csr_matrix

    indptr: list[int] = [0]
    columns: list[int] = []
    values: list[float] = []
    log, sqrt = math.log, math.sqrt
    for found in rows:
        if found:
            counts = Counter(found)
            weights = [idf[c] if n == 1 else (1.0 + log(n)) * idf[c] for c, n in counts.items()]
            norm = sqrt(sum(w * w for w in weights)) or 1.0
            columns.extend(counts)
            values.extend(w / norm for w in weights)
        indptr.append(len(columns))
    return csr_matrix((values, columns, indptr), shape=(len(rows), size), dtype=np.float64)


def similarities(texts: Sequence[str], examples: Sequence[str], corpus: Sequence[str] | None = None,
                 progress: ProgressFn = no_progress):
    """Cosine similarity (sparse, texts x examples) over TF-IDF weighted by ``corpus`` (default: texts + examples).

    Only the examples' terms matter to a similarity with them, so the vocabulary is theirs: the cost is
    one pass over the texts (and one over the corpus when it is not the texts), whatever their number.
    """
    vocabulary = _Vocabulary(examples)
    size = len(vocabulary.index)
    step = max(1, len(texts) // 20)
    rows = []
    for i, text in enumerate(texts):
        rows.append(vocabulary.ids(text))
        if i % step == 0:
            progress(0.7 * i / max(len(texts), 1))
    example_rows = [vocabulary.ids(e) for e in examples]
    df = np.zeros(size)
    counted = [*rows, *example_rows] if corpus is None else [vocabulary.ids(t) for t in corpus]
    for found in counted:
        if found:
            df[list(set(found))] += 1
    idf = np.log((1 + len(counted)) / (1 + df)) + 1.0
    matrix = _vectors(rows, size, idf) @ _vectors(example_rows, size, idf).T
    progress(0.9)
    return matrix.tocsr()


def learned_probabilities(base: np.ndarray, sims, example_labels: Sequence[int]) -> np.ndarray:
    """``base`` probabilities (rows over LABELS) moved towards the labels of similar examples.

    ``sims`` is texts x examples (dense or sparse); see the module docstring for the rule.
    """
    from scipy.sparse import csr_matrix

    matrix = csr_matrix(sims, dtype=np.float64, copy=True)
    matrix.data[matrix.data < MIN_SIMILARITY] = 0.0
    matrix.data **= 2
    votes = np.zeros((len(example_labels), len(LABELS)))
    votes[np.arange(len(example_labels)), list(example_labels)] = 1.0
    evidence = np.minimum(np.asarray(matrix @ votes), CAP)
    logits = np.log(np.maximum(np.atleast_2d(base), FLOOR)) + STRENGTH * evidence
    logits -= logits.max(axis=1, keepdims=True)
    out = np.exp(logits)
    return out / out.sum(axis=1, keepdims=True)


def rescore_with_corrections(
    analysis: CommentAnalysis, corrections: Corrections, *, progress: ProgressFn = no_progress
) -> Rescored:
    """Apply ``corrections`` to ``analysis`` (the analyser's, without corrections) and re-score the comments
    like the corrected ones; ``changed`` lists those whose label moved. Raises ``Cancelled`` through
    ``progress``."""
    progress(0.0)
    corrected = analysis.with_corrections(corrections) if corrections else analysis
    comments = list(corrected.comments)
    # a comment the user labelled is an example and is never moved, even when its label is the analyser's own
    # (a label kept against learning that had moved it)
    labelled = [c.answered and (c.sentiment.corrected or _has_correction(corrections, c)) for c in comments]
    examples = [i for i, c in enumerate(comments) if labelled[i]]
    candidates = [i for i, c in enumerate(comments) if c.answered and not labelled[i]]
    if not examples or not candidates:
        progress(1.0)
        return Rescored(corrected, (), len(examples))
    sims = similarities([comments[i].text for i in candidates], [comments[i].text for i in examples],
                        progress=lambda f: progress(0.8 * f))  # corpus: the answered comments, candidates + examples
    near = np.flatnonzero(sims.max(axis=1).toarray().ravel() >= MIN_SIMILARITY)
    labels = [LABELS.index(comments[i].sentiment.label) for i in examples]
    base = np.array([_base(comments[candidates[r]].sentiment) for r in near]).reshape(len(near), len(LABELS))
    learned = learned_probabilities(base, sims[near], labels)
    progress(0.9)
    changed: list[int] = []
    for row, shares in zip(near.tolist(), learned, strict=True):
        index = candidates[row]
        old = comments[index].sentiment
        new = _learned(old, shares)
        if new.label != old.label:
            comments[index] = replace(comments[index], sentiment=new)
            changed.append(index)
    progress(0.95)
    if changed:
        corrected = _with_comments(corrected, comments)
    progress(1.0)
    return Rescored(corrected, tuple(changed), len(examples))


def _has_correction(corrections: Corrections | None, c: CommentResult) -> bool:
    return correction_for(corrections, c.key, (c.row, c.question), c.row) is not None


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
