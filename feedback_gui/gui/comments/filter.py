"""Which comments the Comments panel's table shows: a theme, a sentiment, a word or proposed theme, a search,
the comments learning changed, the least confident.

Filters combine (a theme and a sentiment and a search). A word of the cloud and a proposed (discovered)
theme are both a *subset*: a set of comment indices with a name, and one replaces the other. "Least
confident" keeps, of the comments that pass the rest, the first ``least_certain`` the analyser is least sure
of and the user has not labelled, least sure first (the core's
:func:`~feedback_gui.core.comments.learning.least_certain` order, worked out over arrays).
Only answered comments are listed; non-answers ("n/a") count nowhere, as in the core. Filtering and sorting
work over arrays of every comment (:mod:`feedback_gui.gui.comments.arrays`), built in the background.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from feedback_gui.core.comments import LABELS, CommentAnalysis
from feedback_gui.gui.comments.arrays import FilterIndex, filter_index, keep_index, relabelled_index

NO_THEME = "\x00no theme"  # the theme filter for comments that no theme matched


@dataclass(frozen=True)
class CommentFilter:
    """What the table shows; every field left empty shows every answered comment."""

    theme: str | None = None  # a theme name, NO_THEME, or None for every theme
    sentiment: str | None = None  # one of LABELS, or None
    subset: frozenset[int] | None = None  # comment indices (a word of the cloud, a proposed theme)
    subset_name: str = ""  # 'the word “help”', 'the proposed theme “Help”'
    word: str | None = None  # the cloud's word, when the subset is one
    search: str = ""
    learned: bool = False  # only the comments learning from the user's corrections relabelled
    least_certain: int = 0  # only this many least confident comments the user has not labelled (0: off)

    @property
    def active(self) -> bool:
        """True when anything is filtered."""
        return bool(self.theme or self.sentiment or self.subset is not None or self.search.strip() or self.learned
                    or self.least_certain)

    def with_(self, **changes: object) -> CommentFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def without_subset(self) -> CommentFilter:
        """A copy without a word or proposed theme."""
        return replace(self, subset=None, subset_name="", word=None)


def _passing(analysis: CommentAnalysis, chosen: CommentFilter, corrections: Mapping[object, str] | None,
             ) -> np.ndarray:
    """True for the answered comments that pass every filter but the number of least confident."""
    index = filter_index(analysis)
    mask = index.answered.copy()
    if chosen.subset is not None:
        subset = np.zeros(len(mask), dtype=bool)
        subset[[i for i in chosen.subset if 0 <= i < len(mask)]] = True
        mask &= subset
    if chosen.sentiment:
        mask &= index.codes == LABELS.index(chosen.sentiment)
    if chosen.theme == NO_THEME:
        mask &= ~index.themed
    elif chosen.theme:
        mask &= index.theme_mask(chosen.theme)
    if chosen.learned:
        mask &= index.learned
    if chosen.least_certain:
        mask &= ~index.labelled(corrections)
    needle = chosen.search.strip().casefold()
    if needle:
        folded = index.folded()
        rows = np.flatnonzero(mask).tolist()
        mask[:] = False
        mask[[i for i in rows if needle in folded[i]]] = True
    return mask


def visible_indices(analysis: CommentAnalysis | None, chosen: CommentFilter,
                    corrections: Mapping[object, str] | None = None) -> list[int]:
    """Indices (into ``analysis.comments``) of the answered comments that pass the filter, in file order; with
    ``least_certain``, the first that many the analyser is least sure of, least sure first (comments with a
    correction in ``corrections`` or relabelled left out)."""
    if analysis is None:
        return []
    mask = _passing(analysis, chosen, corrections)
    if not chosen.least_certain:
        return np.flatnonzero(mask).tolist()
    order = filter_index(analysis).orders()["confidence"]
    return order[mask[order]][: chosen.least_certain].tolist()


def unreviewed_count(analysis: CommentAnalysis | None, chosen: CommentFilter,
                     corrections: Mapping[object, str] | None = None) -> int:
    """How many comments the least confident are picked from: those passing the other filters that the user has
    not labelled."""
    if analysis is None:
        return 0
    return int(_passing(analysis, chosen.with_(least_certain=max(chosen.least_certain, 1)), corrections).sum())


SORT_COLUMNS = ("row", "question", "text", "sentiment", "themes")  # the comment table's first columns, in order
TABLE_COLUMNS = (*SORT_COLUMNS, "confidence")  # every column of the comment table (confidence is shown after
# the sentiment: moved there on screen)


def sorted_indices(analysis: CommentAnalysis, indices: Sequence[int], column: int, descending: bool = False,
                   ) -> list[int]:
    """``indices`` in the order of a table column: by row (then question), question (then row), text,
    sentiment (then file order), themes (then file order) or confidence (then file order); over arrays, so
    100,000s sort in milliseconds."""
    index = filter_index(analysis)
    if TABLE_COLUMNS[column] == "text":
        folded = index.folded()
        return sorted(indices, key=folded.__getitem__, reverse=descending)
    order = index.orders()[TABLE_COLUMNS[column]]  # of every comment, worked out in the background
    chosen = np.zeros(len(order), dtype=bool)
    chosen[np.asarray(indices, dtype=np.int64)] = True
    picked = order[chosen[order]]
    return (picked[::-1] if descending else picked).tolist()


def answered_count(analysis: CommentAnalysis) -> int:
    """How many comments were answered (non-answers such as "n/a" left out)."""
    return int(filter_index(analysis).answered.sum())


def unthemed_counts(analysis: CommentAnalysis) -> tuple[int, dict[str, int]]:
    """How many answered comments no theme matched, in all and by sentiment."""
    index = filter_index(analysis)
    codes = np.bincount(index.codes[index.answered & ~index.themed], minlength=len(LABELS))
    counts = {label: int(codes[r]) for r, label in enumerate(LABELS)}
    return sum(counts.values()), counts


def theme_counts(analysis: CommentAnalysis, theme: str | None) -> Mapping[str, int]:
    """Counts by sentiment of a theme (the core's), of the unthemed comments, or of every comment."""
    if theme is None:
        return analysis.sentiment_counts
    if theme == NO_THEME:
        return unthemed_counts(analysis)[1]
    summary = next((t for t in analysis.themes if t.name == theme), None)
    return summary.by_sentiment if summary else dict.fromkeys(LABELS, 0)


def describe_filter(chosen: CommentFilter, shown: int, total: int, unreviewed: int | None = None) -> str:
    """'Showing 6 of 96 comments: theme “Mental health”, negative, containing “GP”.'; with the least confident,
    'Showing the 20 least confident of 1,950 comments you have not labelled: negative.'"""
    parts = []
    if chosen.theme == NO_THEME:
        parts.append("matched to no theme")
    elif chosen.theme:
        parts.append(f"theme “{chosen.theme}”")
    if chosen.sentiment:
        parts.append(chosen.sentiment)
    if chosen.subset is not None:
        parts.append(f"using {chosen.subset_name}" if chosen.word else f"in {chosen.subset_name}")
    if chosen.search.strip():
        parts.append(f"containing “{chosen.search.strip()}”")
    if chosen.learned:
        parts.append("relabelled by learning from your corrections")
    noun = "comment" if total == 1 else "comments"
    if chosen.least_certain:
        pool = total if unreviewed is None else unreviewed
        if not pool:
            return "No comment left to check: you have labelled every comment that passes the filter."
        head = (f"Showing the {shown:,} least confident of {pool:,} {'comment' if pool == 1 else 'comments'} "
                "you have not labelled, least sure first")
        return head + (": " + ", ".join(parts) if parts else "") + "."
    if not parts:
        return f"Showing all {total:,} {noun}."
    return f"Showing {shown:,} of {total:,} {noun}: " + ", ".join(parts) + "."


__all__ = ["NO_THEME", "SORT_COLUMNS", "TABLE_COLUMNS", "CommentFilter", "FilterIndex", "answered_count",
           "describe_filter", "filter_index", "keep_index", "relabelled_index", "sorted_indices", "theme_counts",
           "unreviewed_count", "unthemed_counts", "visible_indices"]
