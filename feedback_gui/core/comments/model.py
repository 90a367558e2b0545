"""A small learned layer over the lexicon: TF-IDF words + domain-VADER scores -> logistic regression.

Lexicons miss complaints told as facts ("I rang three times and nobody called me back") and
praise told as facts ("got me on a CSCS course"). A logistic regression over TF-IDF word and
two-word features, plus the clause scores of :mod:`sentiment`, learns those. It is trained at
build time by ``benchmarks/train_sentiment_model.py`` and shipped as plain numbers in
``resources/models/sentiment_model.json.gz`` (vocabulary, IDF weights, coefficients): prediction is
a sparse matrix product in numpy, so no pickled scikit-learn object has to survive a version change.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from feedback_gui.core.comments.questions import QUESTION_KINDS
from feedback_gui.core.comments.sentiment import MIXED, NEGATIVE, POSITIVE, RuleView, Sentiment
from feedback_gui.core.resources import resource_path

MODEL_FILE = ("models", "sentiment_model.json.gz")
CLASSES = ("negative", "neutral", "positive")
RULE_FEATURES = ("compound", "strongest_positive", "strongest_negative", "request", "mixed", "complaints",
                 "praise", "sentences", "sentences_disagree") + tuple(f"asks_{kind}" for kind in QUESTION_KINDS)
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
TFIDF_SETTINGS = {"ngram_range": (1, 2), "sublinear_tf": True, "lowercase": True, "min_df": 2}


def rule_features(views: Sequence[RuleView | Sentiment], asked: Sequence[str] | None = None) -> np.ndarray:
    """The lexicon's view of each comment as model inputs (one row per comment).

    ``views`` come from :func:`~feedback_gui.core.comments.sentiment.rule_view` (a bare
    :class:`Sentiment` counts as one sentence without patterns); ``asked`` is the kind of question each
    comment answers (:func:`~feedback_gui.core.comments.questions.question_kind`, "" for none).
    """
    rows = []
    for i, view in enumerate(views):
        if isinstance(view, Sentiment):
            view = RuleView(view, (view,))
        s = view.sentiment
        labels = {x.label for x in view.sentences}
        kind = asked[i] if asked is not None else ""
        rows.append([s.compound, s.strongest_positive, s.strongest_negative, float(s.request), float(s.label == MIXED),
                     min(view.complaints, 3) / 3, min(view.praise, 3) / 3, float(len(view.sentences) > 1),
                     float(POSITIVE in labels and NEGATIVE in labels)] + [float(kind == k) for k in QUESTION_KINDS])
    return np.array(rows, dtype=np.float64).reshape(len(views), len(RULE_FEATURES))


@dataclass(frozen=True)
class SentimentModel:
    """Vocabulary, IDF weights and logistic-regression coefficients, and how to apply them."""

    vocabulary: tuple[str, ...]
    idf: np.ndarray
    coef: np.ndarray  # classes x (len(vocabulary) + len(RULE_FEATURES))
    intercept: np.ndarray
    rule_scale: float
    classes: tuple[str, ...] = CLASSES
    about: str = ""
    _index: dict = field(default_factory=dict, compare=False, repr=False)  # term -> column, built on first use

    def tfidf(self, texts: Sequence[str]):
        """TF-IDF rows as scikit-learn's TfidfVectorizer computes them with TFIDF_SETTINGS (sparse CSR).

        Same tokens (``(?u)\\b\\w\\w+\\b`` on lower-cased text), words and two-word phrases,
        1 + log(count), times IDF, rows scaled to unit length; implemented here so that
        prediction needs no scikit-learn object (and worker processes do not import scikit-learn).
        """
        from scipy.sparse import csr_matrix

        if not self._index:
            self._index.update({t: i for i, t in enumerate(self.vocabulary)})
        index = self._index
        idf = self.idf.tolist()
        log = math.log
        indptr: list[int] = [0]
        columns: list[int] = []
        values: list[float] = []
        for text in texts:
            tokens = _TOKEN.findall(text.lower())
            found = [c for c in map(index.get, tokens) if c is not None]
            found += [c for c in map(index.get, map(" ".join, zip(tokens, tokens[1:], strict=False))) if c is not None]
            counts = Counter(found)
            weights = [idf[c] if n == 1 else (1.0 + log(n)) * idf[c] for c, n in counts.items()]
            norm = math.sqrt(sum(w * w for w in weights)) or 1.0
            columns.extend(counts)
            values.extend(w / norm for w in weights)
            indptr.append(len(columns))
        return csr_matrix((values, columns, indptr), shape=(len(texts), len(self.vocabulary)), dtype=np.float64)

    def predict_proba(self, texts: Sequence[str], features: np.ndarray) -> np.ndarray:
        """Probabilities of ``classes`` for each text, given its :func:`rule_features` row."""
        if not len(texts):
            return np.zeros((0, len(self.classes)))
        words = self.tfidf(texts)
        n = len(self.vocabulary)
        scores = words @ self.coef[:, :n].T + (features * self.rule_scale) @ self.coef[:, n:].T + self.intercept
        scores = np.asarray(scores)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def to_json(self) -> dict[str, object]:
        """Plain-number form written by the build script."""
        return {
            "format": 1,
            "about": self.about,
            "classes": list(self.classes),
            "rule_features": list(RULE_FEATURES),
            "rule_scale": self.rule_scale,
            "tfidf": {**TFIDF_SETTINGS, "ngram_range": [1, 2]},
            "vocabulary": list(self.vocabulary),
            "idf": [round(float(x), 5) for x in self.idf],
            "intercept": [round(float(x), 6) for x in self.intercept],
            "coef": [[round(float(x), 5) for x in row] for row in self.coef],
        }

    @classmethod
    def from_json(cls, data: dict) -> SentimentModel:
        """Rebuild a model from :meth:`to_json` output (None-safe: a model built for other rule features fails)."""
        if tuple(data.get("rule_features", ())) != RULE_FEATURES:
            raise ValueError("the sentiment model was built for other rule features; rebuild it with "
                             "benchmarks/train_sentiment_model.py")
        return cls(
            vocabulary=tuple(data["vocabulary"]),
            idf=np.asarray(data["idf"], dtype=np.float64),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            rule_scale=float(data["rule_scale"]),
            classes=tuple(data["classes"]),
            about=data.get("about", ""),
        )


def fit_sentiment_model(
    texts: Sequence[str],
    labels: Sequence[str],
    sentiments: Sequence[RuleView | Sentiment],
    *,
    asked: Sequence[str] | None = None,
    weights: Sequence[float] | None = None,
    c: float = 1.0,
    rule_scale: float = 3.0,
    max_features: int = 20000,
    about: str = "",
) -> SentimentModel:
    """Train the model (at build time, or in evaluation folds): labels are negative/neutral/positive."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(max_features=max_features, **TFIDF_SETTINGS)
    words = vectoriser.fit_transform(texts)
    x = hstack([words, csr_matrix(rule_features(sentiments, asked) * rule_scale)]).tocsr()
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    classifier.fit(x, list(labels), sample_weight=None if weights is None else np.asarray(weights))
    order = [list(classifier.classes_).index(k) for k in CLASSES]
    return SentimentModel(
        vocabulary=tuple(vectoriser.get_feature_names_out()),
        idf=vectoriser.idf_.copy(),
        coef=classifier.coef_[order].copy(),
        intercept=classifier.intercept_[order].copy(),
        rule_scale=rule_scale,
        about=about,
    )


def save_sentiment_model(model: SentimentModel, path: Path) -> None:
    """Write the model as gzipped JSON (deterministic bytes: no timestamp in the gzip header)."""
    payload = json.dumps(model.to_json(), separators=(",", ":")).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload)


@cache
def load_sentiment_model(path: str | None = None) -> SentimentModel | None:
    """The shipped model, or None when the resource is absent (the lexicon then decides alone)."""
    file = Path(path) if path else resource_path(*MODEL_FILE)
    if not file.is_file():
        return None
    with gzip.open(file, "rt", encoding="utf-8") as handle:
        return SentimentModel.from_json(json.load(handle))
