"""Comment analytics: sentiment, themes, quotes, redaction and word clouds (pure Python, no Qt).

Start with :func:`analyse_comments`; codebooks come from :func:`built_in_codebook` or
:func:`choose_codebook`, and can be edited, exported and imported. Every comment's sentiment has a
confidence: :func:`least_certain` lists the comments worth a second look, and
:func:`rescore_with_corrections` learns from the user's relabels within one project.
"""

from feedback_gui.core.comments.analysis import (
    CommentAnalysis,
    CommentInput,
    CommentResult,
    ThemeSummary,
    analyse_comments,
    comment_key,
)
from feedback_gui.core.comments.cloud import SENTIMENT_COLOURS, RenderedCloud, WordCloudData, cloud_terms, render_cloud
from feedback_gui.core.comments.codebook import (
    STAFF,
    USER_VOICE,
    Codebook,
    Theme,
    built_in_codebook,
    load_codebook,
    save_codebook,
)
from feedback_gui.core.comments.discovery import DiscoveredTheme, discover_themes
from feedback_gui.core.comments.learning import Rescored, least_certain, rescore_with_corrections
from feedback_gui.core.comments.redaction import PLACEHOLDERS, Redacted, redact
from feedback_gui.core.comments.sentiment import LABELS, Sentiment
from feedback_gui.core.comments.themes import ThemeMatch, choose_codebook, choose_codebook_kind, match_themes

__all__ = [
    "LABELS", "PLACEHOLDERS", "SENTIMENT_COLOURS", "STAFF", "USER_VOICE",
    "Codebook", "CommentAnalysis", "CommentInput", "CommentResult", "DiscoveredTheme", "Redacted",
    "RenderedCloud", "Rescored", "Sentiment", "Theme", "ThemeMatch", "ThemeSummary", "WordCloudData",
    "analyse_comments", "built_in_codebook", "choose_codebook", "choose_codebook_kind", "cloud_terms",
    "comment_key", "discover_themes", "least_certain", "load_codebook", "match_themes", "redact", "render_cloud",
    "rescore_with_corrections", "save_codebook",
]
