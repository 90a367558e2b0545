"""Quotes are read best first without sorting every candidate: the same order, and the same quotes, as sorting all."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from feedback_gui.core.comments import built_in_codebook
from feedback_gui.core.comments.analysis import CommentResult
from feedback_gui.core.comments.quotes import QuoteCandidate, pick_quotes
from feedback_gui.core.comments.sentiment import LABELS, Sentiment
from feedback_gui.core.comments.summaries import FIRST_LOOK, _best_first, summarise_themes
from feedback_gui.core.comments.themes import ThemeMatch


@pytest.mark.parametrize("n", [0, 1, FIRST_LOOK - 1, FIRST_LOOK, FIRST_LOOK + 1, 4 * FIRST_LOOK + 3, 5000])
@pytest.mark.parametrize("levels", [3, 1000])  # many ties, few ties
def test_best_first_is_the_order_of_sorting_everything(n: int, levels: int) -> None:
    rng = np.random.default_rng(n + levels)
    chosen = np.sort(rng.choice(10 * n + 1, size=n, replace=False)).astype(np.int64)
    ranked = rng.integers(0, levels, size=n) / levels
    expected = sorted(chosen.tolist(), key=lambda i: (-ranked[np.searchsorted(chosen, i)], i))
    assert list(_best_first(chosen, ranked)) == expected
    for stop in (0, 3, FIRST_LOOK, FIRST_LOOK + 5, 3 * FIRST_LOOK):  # read only the beginning, as quotes do
        assert list(itertools.islice(_best_first(chosen, ranked), stop)) == expected[:stop]


def test_nan_scores_keep_the_order_of_sorting_everything() -> None:
    chosen = np.arange(200, dtype=np.int64)
    ranked = np.where(chosen % 7 == 0, np.nan, chosen % 5 / 5)
    order = chosen[np.lexsort((chosen, -ranked))].tolist()
    assert list(_best_first(chosen, ranked)) == order


def test_quotes_found_deep_in_the_order_are_those_of_ranking_one_by_one() -> None:
    """The best-scored comments of each sentiment repeat one text or are too short, so the quotes are found
    far past the first candidates looked at."""
    codebook = built_in_codebook("staff")
    theme = codebook.theme_names[0]
    repeated = "My manager is brilliant and always listens to the whole team here."
    comments = []
    for i in range(6 * FIRST_LOOK):
        label = LABELS[i % len(LABELS)]
        if i < 4 * FIRST_LOOK:  # strong and clear, but the same words again, or too short
            text, strength, compound = (repeated if i % 2 else "Too short."), 3, 0.99
        else:
            text, strength, compound = f"Comment {i} about the manager and the team, said in ten words.", 1 + i % 3, \
                (i % 17) / 17
        comments.append(CommentResult(i + 2, "Q", text, Sentiment(label, compound, compound, -compound),
                                      ThemeMatch(((theme, strength),))))
    summary = next(t for t in summarise_themes(comments, codebook) if t.name == theme)
    candidates = [QuoteCandidate(i, c.text, c.sentiment, 3 if c.text in (repeated, "Too short.") else 1 + i % 3)
                  for i, c in enumerate(comments)]
    assert summary.quotes_by_sentiment == pick_quotes(candidates)
    assert all(len(quotes) == 3 for quotes in summary.quotes_by_sentiment.values())
