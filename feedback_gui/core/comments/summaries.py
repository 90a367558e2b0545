"""Per-theme counts by sentiment and quotes, over many comments at once.

The same figures and quotes as counting each theme's comments and ranking them with
:func:`~feedback_gui.core.comments.quotes.pick_quotes`, but each comment's sentiment is read once and
the ranking is done with arrays: 300,000 comments are summarised in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

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


class Picked(NamedTuple):
    """The quotes of one theme and sentiment, and how far down the order of candidates they were found."""

    texts: list[str]
    comments: frozenset[int]  # the comments quoted
    last: tuple[float, int] | None  # (score, comment) of the last quote, None if every candidate was read


def _pick(members: np.ndarray, strengths: np.ndarray, member_labels: np.ndarray, clarity: np.ndarray,
          texts: Sequence[str], code: int) -> Picked:
    """Best quotes of sentiment ``code`` among ``members`` (their keyword hits and labels aligned with them):
    highest score first, the earlier comment on a tie, 8-60 words, no repeats."""
    mine = member_labels == code
    chosen = members[mine]
    ranked = np.minimum(strengths[mine], 3) / 3 + clarity[chosen]
    seen: set[str] = set()
    out: list[str] = []
    quoted: list[int] = []
    for i in _best_first(chosen, ranked):
        text = texts[i]
        if text.casefold() in seen or not MIN_WORDS <= word_count(text) <= MAX_WORDS:
            continue
        seen.add(text.casefold())
        out.append(text)
        quoted.append(i)
        if len(out) == PER_SENTIMENT:
            return Picked(out, frozenset(quoted), (float(ranked[np.searchsorted(chosen, i)]), i))
    return Picked(out, frozenset(quoted), None)


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
        self.members: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}  # index, hits, label of members
        for name, (members, strengths) in hits.items():
            index = np.array(members, dtype=np.int64)
            self.members[name] = (index, np.array(strengths, dtype=np.int64), self.labels[index].astype(np.int8))
        self.clarity = _clarity(self.labels, self.compound, self.best, self.worst)
        self._picked: dict[tuple[str, int], Picked] = {}  # (theme, sentiment code): its quotes, picked on first use

    def summaries(self) -> tuple[ThemeSummary, ...]:
        """Every theme's summary, in codebook order."""
        return tuple(self.summary(name) for name in self.members)

    def summary(self, name: str) -> ThemeSummary:
        """One theme's counts by sentiment and quotes (quotes picked again only where a relabel changed them)."""
        index, strengths, member_labels = self.members[name]
        counts = np.bincount(member_labels, minlength=len(LABELS)) if len(index) else np.zeros(len(LABELS), int)
        quotes = {}
        for code, label in enumerate(LABELS):
            picked = self._picked.get((name, code))
            if picked is None:
                picked = self._picked[name, code] = _pick(index, strengths, member_labels, self.clarity, self.texts,
                                                          code)
            quotes[label] = list(picked.texts)
        return ThemeSummary(name, len(index), {label: int(counts[i]) for i, label in enumerate(LABELS)}, quotes)

    def relabel(self, index: int, comment: SummarisedComment) -> list[str]:
        """Take comment ``index`` as ``comment`` now reads (its text and themes unchanged, its sentiment maybe
        not); returns the themes whose summaries that changes.

        A theme's quotes of the sentiment the comment left are picked again only if it was quoted; those of the
        sentiment it took, only if it comes before the last quote in their order (or there are too few quotes).
        """
        if not comment.answered:
            return []
        before = int(self.labels[index])
        s = comment.sentiment
        self.labels[index], self.compound[index], self.best[index], self.worst[index] = self._code[s.label], \
            s.compound, s.strongest_positive, s.strongest_negative
        at = slice(index, index + 1)
        self.clarity[at] = _clarity(self.labels[at], self.compound[at], self.best[at], self.worst[at])
        after = int(self.labels[index])
        names = [name for name, _strength in comment.themes.hits if name in self.members]
        for name in names:
            members, strengths, member_labels = self.members[name]
            position = np.searchsorted(members, index)
            member_labels[position] = after
            left, took = self._picked.get((name, before)), self._picked.get((name, after))
            if left is not None and (left.last is None or index in left.comments or before == after):
                del self._picked[name, before]
            if took is not None and after != before:
                score = float((np.minimum(strengths[position:position + 1], 3) / 3 + self.clarity[at])[0])
                if took.last is None or (-score, index) < (-took.last[0], took.last[1]):
                    del self._picked[name, after]
        return names
