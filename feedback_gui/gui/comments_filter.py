"""Which comments the Comments panel's table shows: a theme, a sentiment, a word or proposed theme, a search.

Filters combine (a theme and a sentiment and a search). A word of the cloud and a proposed (discovered)
theme are both a *subset*: a set of comment indices with a name, and one replaces the other.
Only answered comments are listed; non-answers ("n/a") count nowhere, as in the core.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from feedback_gui.core.comments import LABELS, CommentAnalysis

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

    @property
    def active(self) -> bool:
        """True when anything is filtered."""
        return bool(self.theme or self.sentiment or self.subset is not None or self.search.strip())

    def with_(self, **changes: object) -> CommentFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def without_subset(self) -> CommentFilter:
        """A copy without a word or proposed theme."""
        return replace(self, subset=None, subset_name="", word=None)


def visible_indices(analysis: CommentAnalysis | None, chosen: CommentFilter) -> list[int]:
    """Indices (into ``analysis.comments``) of the answered comments that pass the filter, in file order."""
    if analysis is None:
        return []
    needle = chosen.search.strip().casefold()
    out = []
    for i, comment in enumerate(analysis.comments):
        if not comment.answered:
            continue
        if chosen.subset is not None and i not in chosen.subset:
            continue
        if chosen.sentiment and comment.sentiment.label != chosen.sentiment:
            continue
        if chosen.theme == NO_THEME:
            if comment.themes.hits:
                continue
        elif chosen.theme and not comment.themes.strength(chosen.theme):
            continue
        if needle and needle not in comment.text.casefold():
            continue
        out.append(i)
    return out


def unthemed_counts(analysis: CommentAnalysis) -> tuple[int, dict[str, int]]:
    """How many answered comments no theme matched, in all and by sentiment."""
    counts = dict.fromkeys(LABELS, 0)
    for comment in analysis.comments:
        if comment.answered and not comment.themes.hits:
            counts[comment.sentiment.label] += 1
    return sum(counts.values()), counts


def theme_counts(analysis: CommentAnalysis, theme: str | None) -> Mapping[str, int]:
    """Counts by sentiment of a theme (the core's), of the unthemed comments, or of every comment."""
    if theme is None:
        return analysis.sentiment_counts
    if theme == NO_THEME:
        return unthemed_counts(analysis)[1]
    summary = next((t for t in analysis.themes if t.name == theme), None)
    return summary.by_sentiment if summary else dict.fromkeys(LABELS, 0)


def describe_filter(chosen: CommentFilter, shown: int, total: int) -> str:
    """'Showing 6 of 96 comments: theme “Mental health”, negative, containing “GP”.'"""
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
    noun = "comment" if total == 1 else "comments"
    if not parts:
        return f"Showing all {total:,} {noun}."
    return f"Showing {shown:,} of {total:,} {noun}: " + ", ".join(parts) + "."


__all__ = ["NO_THEME", "CommentFilter", "describe_filter", "theme_counts", "unthemed_counts", "visible_indices"]
