"""Representative quotes: for each theme and sentiment, the comments that say it best.

A good quote matches the theme strongly (several keyword hits), has a clear sentiment (far from
zero, or for "mixed" both a clearly positive and a clearly negative clause), and is 8-60 words
long. Quotes are taken from the redacted text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback_gui.core.comments.sentiment import LABELS, MIXED, NEUTRAL, Sentiment
from feedback_gui.core.comments.text import word_count

MIN_WORDS, MAX_WORDS = 8, 60
PER_SENTIMENT = 3


@dataclass(frozen=True)
class QuoteCandidate:
    """What quote selection needs to know about one comment."""

    index: int
    text: str  # redacted
    sentiment: Sentiment
    strength: int  # keyword hits for the theme


def clarity(sentiment: Sentiment) -> float:
    """How clearly a comment carries its label, 0..1."""
    if sentiment.label == MIXED:
        return min(sentiment.strongest_positive, -sentiment.strongest_negative)
    if sentiment.label == NEUTRAL:
        return 1.0 - min(abs(sentiment.compound), 1.0)
    return min(abs(sentiment.compound), 1.0)


def pick_quotes(candidates: Sequence[QuoteCandidate], per_sentiment: int = PER_SENTIMENT) -> dict[str, list[str]]:
    """Best quotes per sentiment label (labels with none are present with an empty list)."""
    ranked: dict[str, list[tuple[float, int, str]]] = {label: [] for label in LABELS}
    for c in candidates:
        score = min(c.strength, 3) / 3 + clarity(c.sentiment)
        ranked[c.sentiment.label].append((-score, c.index, c.text))
    out: dict[str, list[str]] = {label: [] for label in LABELS}
    for label, items in ranked.items():
        seen: set[str] = set()
        for _, _, text in sorted(items):
            if text.casefold() in seen or not MIN_WORDS <= word_count(text) <= MAX_WORDS:
                continue
            seen.add(text.casefold())
            out[label].append(text)
            if len(out[label]) == per_sentiment:
                break
    return out


def flat_quotes(by_sentiment: dict[str, list[str]], limit: int = 6) -> list[str]:
    """Interleave quotes, best of each sentiment first (positive, negative, mixed, neutral)."""
    order = ("positive", "negative", "mixed", "neutral")
    out: list[str] = []
    for rank in range(max((len(v) for v in by_sentiment.values()), default=0)):
        for label in order:
            items = by_sentiment.get(label, [])
            if rank < len(items) and len(out) < limit:
                out.append(items[rank])
    return out
