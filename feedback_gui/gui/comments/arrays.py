"""The Comments panel's comments as arrays, so that filtering and sorting 100,000s of them costs milliseconds.

A :class:`FilterIndex` holds, for every comment of one analysis, whether it was answered, its sentiment (as a
code), how sure the analyser is, whether the user or learning set its label, which themes matched it, and the
order of each sortable column. It is built once per analysis, in the background (:func:`filter_index` from
the worker), and carried over to the analysis a relabel makes (:func:`relabelled_index`). The arrays of the
last few analyses asked for are kept while those analyses live.
"""

from __future__ import annotations

import copy
import threading
import weakref
from collections.abc import Mapping, Sequence

import numpy as np

from feedback_gui.core.comments import LABELS, CommentAnalysis


class FilterIndex:
    """One analysis's comments as arrays, so that filtering 100,000s of comments costs milliseconds.

    Built once per analysis (:func:`filter_index`; the background run builds it so that the window
    does not), and carried over to the analysis a relabel makes (:meth:`relabelled`); theme masks,
    case-folded texts and the comments' keys are made on first use.
    """

    def __init__(self, analysis: CommentAnalysis) -> None:
        comments = analysis.comments
        n = len(comments)
        self.answered = np.fromiter((c.answered for c in comments), dtype=bool, count=n)
        codes = {label: r for r, label in enumerate(LABELS)}  # a sentiment's place in LABELS
        self.codes = np.fromiter((codes[c.sentiment.label] for c in comments), dtype=np.int8, count=n)
        self.confidence = np.fromiter((c.sentiment.confidence for c in comments), dtype=np.float64, count=n)
        self.corrected = np.fromiter((c.sentiment.corrected for c in comments), dtype=bool, count=n)
        self.learned = np.fromiter((c.sentiment.learned for c in comments), dtype=bool, count=n)
        self.themed = np.zeros(len(comments), dtype=bool)
        self._themes: dict[str, list[int]] = {}
        for i, comment in enumerate(comments):
            for name, _hits in comment.themes.hits:
                self._themes.setdefault(name, []).append(i)
        for rows in self._themes.values():
            self.themed[rows] = True
        self._comments = comments
        self._folded: list[str] | None = None
        self._keys: dict[str, int] | None = None
        self._orders: dict[str, np.ndarray] | None = None

    def theme_mask(self, theme: str) -> np.ndarray:
        """True for the comments a theme matched."""
        mask = np.zeros(len(self.answered), dtype=bool)
        mask[self._themes.get(theme, [])] = True
        return mask

    def orders(self) -> dict[str, np.ndarray]:
        """Every comment's position in each sorted column (ascending): by row then question, question then row,
        sentiment (in LABELS order) then file order, themes then file order, confidence then file order."""
        if self._orders is not None and "sentiment" not in self._orders:  # dropped by a relabel
            self._orders["sentiment"] = self._sentiment_order()
            self._orders["confidence"] = self._confidence_order()
        if self._orders is None:
            comments, n = self._comments, len(self._comments)
            questions = {q: r for r, q in enumerate(sorted({c.question for c in comments}))}
            themes = [c.themes.themes or ("\uffff",) for c in comments]  # no theme sorts last
            ranks = {t: r for r, t in enumerate(sorted(set(themes)))}
            row = np.fromiter((c.row for c in comments), dtype=np.int64, count=n)
            question = np.fromiter((questions[c.question] for c in comments), dtype=np.int64, count=n)
            theme = np.fromiter((ranks[t] for t in themes), dtype=np.int64, count=n)
            first = np.arange(n)
            self._orders = {"row": np.lexsort((question, row)), "question": np.lexsort((row, question)),
                            "sentiment": self._sentiment_order(), "themes": np.lexsort((first, theme)),
                            "confidence": self._confidence_order()}
        return self._orders

    def _sentiment_order(self) -> np.ndarray:
        return np.argsort(self.codes, kind="stable")  # sentiment (LABELS order), then file order

    def _confidence_order(self) -> np.ndarray:
        return np.argsort(self.confidence, kind="stable")  # least sure first, then file order

    def keys(self) -> dict[str, int]:
        """Each comment's correction key (``row:question``) and its index."""
        if self._keys is None:
            self._keys = {c.key: i for i, c in enumerate(self._comments)}
        return self._keys

    def labelled(self, corrections: Mapping[object, str] | None) -> np.ndarray:
        """True for the comments the user labelled: relabelled, or with a correction saved (even one that agrees
        with the analyser)."""
        mask = self.corrected.copy()
        if corrections:
            keys = self.keys()
            mask[[keys[k] for k in corrections if isinstance(k, str) and k in keys]] = True
        return mask

    def relabelled(self, analysis: CommentAnalysis, changed: Sequence[int]) -> FilterIndex:
        """The arrays of ``analysis``: this index's analysis with only the comments ``changed`` relabelled
        (their texts, themes and order as they were), without reading every comment again."""
        new = copy.copy(self)
        new._comments = analysis.comments
        new.codes, new.confidence = self.codes.copy(), self.confidence.copy()
        new.corrected, new.learned = self.corrected.copy(), self.learned.copy()
        for i in changed:
            sentiment = analysis.comments[i].sentiment
            new.codes[i] = LABELS.index(sentiment.label)
            new.confidence[i], new.corrected[i], new.learned[i] = sentiment.confidence, sentiment.corrected, \
                sentiment.learned
        if self._orders is not None:  # the sentiment orders are worked out again when a sort asks for them
            new._orders = {k: v for k, v in self._orders.items() if k not in ("sentiment", "confidence")}
        return new

    def folded(self) -> list[str]:
        """Every comment's text, case-folded (for searching)."""
        if self._folded is None:
            self._folded = [c.text.casefold() for c in self._comments]
        return self._folded


KEPT = 3  # the indices of the analyses last asked for are kept (while they live): the one on show, and the one
# a background run is building, do not push each other out
_INDEX: list[tuple[weakref.ref, FilterIndex]] = []
_LOCK = threading.Lock()


def filter_index(analysis: CommentAnalysis) -> FilterIndex:
    """The arrays of an analysis (built on first use; those of the last few analyses are kept while they live)."""
    with _LOCK:
        found = next((index for ref, index in _INDEX if ref() is analysis), None)
    if found is not None:
        return found
    return keep_index(analysis, FilterIndex(analysis))


def keep_index(analysis: CommentAnalysis, index: FilterIndex) -> FilterIndex:
    """Keep ``index`` as the arrays of ``analysis`` (e.g. carried over by :meth:`FilterIndex.relabelled`)."""
    with _LOCK:
        _INDEX[:] = [(ref, kept) for ref, kept in _INDEX if ref() is not None and ref() is not analysis][-(KEPT - 1):]
        _INDEX.append((weakref.ref(analysis), index))
    return index


def relabelled_index(before: CommentAnalysis, after: CommentAnalysis, changed: Sequence[int]) -> FilterIndex:
    """The arrays of ``after``, ``before`` with the comments ``changed`` relabelled, carried over from ``before``'s."""
    return keep_index(after, filter_index(before).relabelled(after, changed))


__all__ = ["KEPT", "FilterIndex", "filter_index", "keep_index", "relabelled_index"]
