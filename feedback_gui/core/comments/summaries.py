"""Per-theme counts by sentiment and quotes, over many comments at once.

The same figures and quotes as counting each theme's comments and ranking them with
:func:`~feedback_gui.core.comments.quotes.pick_quotes`, but each comment's sentiment is read once and
the ranking is done with arrays: 300,000 comments are summarised in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from feedback_gui.core.comments.codebook import Codebook
from feedback_gui.core.comments.quotes import MAX_WORDS, MIN_WORDS, PER_SENTIMENT, flat_quotes
from feedback_gui.core.comments.sentiment import LABELS, MIXED, NEUTRAL, Sentiment
from feedback_gui.core.comments.text import word_count
from feedback_gui.core.comments.themes import ThemeMatch


class SummarisedComment(Protocol):
    """What a summary reads of one analysed comment (a :class:`~feedback_gui.core.comments.analysis.CommentResult`)."""

    @property
    def text(self) -> str: ...
    @property
    def sentiment(self) -> Sentiment: ...
    @property
    def themes(self) -> ThemeMatch: ...
    @property
    def answered(self) -> bool: ...


@dataclass(frozen=True)
class ThemeSummary:
    """Counts and quotes for one theme."""

    name: str
    count: int
    by_sentiment: dict[str, int]
    quotes_by_sentiment: dict[str, list[str]]

    @property
    def quotes(self) -> list[str]:
        """The best quotes across sentiments."""
        return flat_quotes(self.quotes_by_sentiment)

    def to_dict(self) -> dict[str, object]:
        """JSON form as the command line prints it."""
        return {"name": self.name, "count": self.count, **{k: self.by_sentiment[k] for k in LABELS},
                "quotes": self.quotes, "quotes_by_sentiment": self.quotes_by_sentiment}


def _clarity(labels: np.ndarray, compound: np.ndarray, best: np.ndarray, worst: np.ndarray) -> np.ndarray:
    """:func:`~feedback_gui.core.comments.quotes.clarity` of every comment."""
    clear = np.minimum(np.abs(compound), 1.0)
    return np.where(labels == LABELS.index(MIXED), np.minimum(best, -worst),
                    np.where(labels == LABELS.index(NEUTRAL), 1.0 - clear, clear))


FIRST_LOOK = 64  # candidates put in order first; more only if repeats and lengths leave too few quotes among them


def _best_first(chosen: np.ndarray, ranked: np.ndarray) -> Iterator[int]:
    """``chosen`` highest ``ranked`` first, the earlier comment on a tie: the order of sorting them all, but
    only as far as it is read (the best few of 100,000s are found without sorting the rest)."""
    n, look, done = len(chosen), FIRST_LOOK, 0
    while True:
        if look >= n or np.isnan(ranked).any():
            yield from chosen[np.lexsort((chosen, -ranked))][done:].tolist()
            return
        top = ranked >= np.partition(ranked, n - look)[n - look]  # the best ``look``, and all tied with the last
        order = chosen[top][np.lexsort((chosen[top], -ranked[top]))]  # a beginning of the whole order
        yield from order[done:].tolist()
        done, look = len(order), look * 4


def _quotes(members: np.ndarray, scores: np.ndarray, labels: np.ndarray, texts: Sequence[str]) -> dict[str, list[str]]:
    """Best quotes per sentiment among ``members`` (``scores`` aligned with them): highest score first,
    the earlier comment on a tie, 8-60 words, no repeats."""
    out: dict[str, list[str]] = {label: [] for label in LABELS}
    for code, label in enumerate(LABELS):
        mine = labels[members] == code
        chosen, ranked = members[mine], scores[mine]
        seen: set[str] = set()
        for i in _best_first(chosen, ranked):
            text = texts[i]
            if text.casefold() in seen or not MIN_WORDS <= word_count(text) <= MAX_WORDS:
                continue
            seen.add(text.casefold())
            out[label].append(text)
            if len(out[label]) == PER_SENTIMENT:
                break
    return out


def summarise_themes(comments: Sequence[SummarisedComment], codebook: Codebook) -> tuple[ThemeSummary, ...]:
    """Per-theme counts by sentiment, and quotes, over answered comments."""
    return ThemeTally(comments, codebook).summaries()


class ThemeTally:
    """Every comment's sentiment and theme hits as arrays: the theme summaries of all the comments, and again
    after a few comments are relabelled (:meth:`relabel`), each theme summarised from the arrays alone."""

    def __init__(self, comments: Sequence[SummarisedComment], codebook: Codebook) -> None:
        self._code = {label: i for i, label in enumerate(LABELS)}
        n = len(comments)
        self.labels = np.full(n, -1, dtype=np.int64)  # LABELS index; -1 for a non-answer
        self.compound, self.best, self.worst = np.zeros(n), np.zeros(n), np.zeros(n)
        self.texts = [c.text for c in comments]
        hits: dict[str, tuple[list[int], list[int]]] = {name: ([], []) for name in codebook.theme_names}
        for i, c in enumerate(comments):
            if not c.answered:
                continue
            s = c.sentiment
            self.labels[i], self.compound[i], self.best[i], self.worst[i] = self._code[s.label], s.compound, \
                s.strongest_positive, s.strongest_negative
            for name, strength in c.themes.hits:
                found = hits.get(name)
                if found is not None:
                    found[0].append(i)
                    found[1].append(strength)
        self.members = {name: (np.array(members, dtype=np.int64), np.array(strengths, dtype=np.int64))
                        for name, (members, strengths) in hits.items()}
        self.clarity = _clarity(self.labels, self.compound, self.best, self.worst)

    def summaries(self) -> tuple[ThemeSummary, ...]:
        """Every theme's summary, in codebook order."""
        return tuple(self.summary(name) for name in self.members)

    def summary(self, name: str) -> ThemeSummary:
        """One theme's counts by sentiment and quotes."""
        index, strengths = self.members[name]
        scores = np.minimum(strengths, 3) / 3 + self.clarity[index]
        counts = np.bincount(self.labels[index], minlength=len(LABELS)) if len(index) else np.zeros(len(LABELS), int)
        return ThemeSummary(name, len(index), {label: int(counts[i]) for i, label in enumerate(LABELS)},
                            _quotes(index, scores, self.labels, self.texts))

    def relabel(self, index: int, comment: SummarisedComment) -> list[str]:
        """Take comment ``index`` as ``comment`` now reads (its text and themes unchanged, its sentiment maybe
        not); returns the themes whose summaries that changes."""
        if not comment.answered:
            return []
        s = comment.sentiment
        self.labels[index], self.compound[index], self.best[index], self.worst[index] = self._code[s.label], \
            s.compound, s.strongest_positive, s.strongest_negative
        at = slice(index, index + 1)
        self.clarity[at] = _clarity(self.labels[at], self.compound[at], self.best[at], self.worst[at])
        return [name for name, _strength in comment.themes.hits if name in self.members]
