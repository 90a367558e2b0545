"""Quotes (length bounds, clear sentiment) and the word cloud (PNG, colours, word -> rows)."""

from __future__ import annotations

from feedback_gui.core.comments.cloud import SENTIMENT_COLOURS, cloud_terms, render_cloud, sentiment_colour
from feedback_gui.core.comments.quotes import MAX_WORDS, MIN_WORDS, QuoteCandidate, pick_quotes
from feedback_gui.core.comments.sentiment import Sentiment


def candidate(i: int, text: str, label: str, compound: float, strength: int = 1) -> QuoteCandidate:
    return QuoteCandidate(i, text, Sentiment(label, compound), strength)


def test_quotes_are_8_to_60_words_and_prefer_clear_strong_matches():
    long_text = " ".join(["word"] * 61)
    quotes = pick_quotes([
        candidate(0, "Too short to quote.", "positive", 0.9, 3),
        candidate(1, long_text, "positive", 0.9, 3),
        candidate(2, "My manager is supportive and always makes time for me in supervision.", "positive", 0.4),
        candidate(3, "My manager is brilliant and supervision really helps my practice every month.",
                  "positive", 0.9, 3),
        candidate(4, "Supervision keeps getting cancelled and I never get any feedback at all.",
                  "negative", -0.7, 2),
    ])
    assert quotes["positive"][0].startswith("My manager is brilliant")
    assert len(quotes["positive"]) == 2 and quotes["negative"] and quotes["mixed"] == []
    for texts in quotes.values():
        assert all(MIN_WORDS <= len(t.split()) <= MAX_WORDS for t in texts)


def test_cloud_terms_count_words_and_phrases_and_map_them_to_rows():
    texts = ["The mental health support is good", "Mental health support is poor here", "Good staff, kind staff"]
    data = cloud_terms(texts, [0.6, -0.5, 0.8], [10, 11, 12])
    assert data.rows_for("mental health") == (10, 11)
    assert data.rows_for("staff") == (12,)  # counted once per comment
    assert "the" not in data.terms and "is" not in data.terms  # stop words (display only)
    assert "mental" not in data.terms  # only ever part of the phrase
    assert abs(data.terms["mental health"].mean_compound - 0.05) < 1e-9
    assert data.rows_for("unknown") == ()


def test_colours_are_the_colour_blind_safe_scale():
    assert sentiment_colour(0.8) == "#0072B2"
    assert sentiment_colour(-0.8) == "#D55E00"
    assert sentiment_colour(0.0) == "#7F7F7F"
    assert len(SENTIMENT_COLOURS) == 5


def test_render_gives_a_png_and_clickable_boxes():
    data = cloud_terms(["Workload is crushing", "Workload is heavy", "Training is great"], [-0.6, -0.3, 0.7], [1, 2, 3])
    cloud = render_cloud(data, width=400, height=200)
    assert cloud.png.startswith(b"\x89PNG\r\n\x1a\n")
    terms = {box[0] for box in cloud.boxes}
    assert "workload" in terms
    word, x, y, w, h = next(b for b in cloud.boxes if b[0] == "workload")
    assert cloud.term_at(x + w / 2, y + h / 2) == "workload"
    assert data.rows_for(cloud.term_at(x + w / 2, y + h / 2)) == (1, 2)


def test_empty_cloud_still_renders():
    assert render_cloud(cloud_terms([], [], []), width=100, height=50).png.startswith(b"\x89PNG")
