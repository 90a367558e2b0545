"""Quotes: the chosen theme's most representative comments, by sentiment (the core picks them, redacted).

With every comment chosen it shows one quote per theme; with "No theme", where to look instead.
Sentiment headings carry their name and symbol as well as their colour.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from feedback_gui.core.comments import LABELS, CommentAnalysis, ThemeSummary
from feedback_gui.gui.comments.describe import COLOURS, NAMES, SYMBOLS
from feedback_gui.gui.comments.filter import NO_THEME
from feedback_gui.gui.describe import plural


def _quote(text: str) -> str:
    return f"<p style='margin: 2px 0 8px 12px;'>“{escape(text)}”</p>"


def _heading(label: str, n: int, of: int) -> str:
    swatch = f"<span style='color: {COLOURS[label]};'>■</span>"
    return (f"<p style='margin: 6px 0 2px 0;'>{swatch} <b>{SYMBOLS[label]} {NAMES[label]}</b> "
            f"({n:,} of {plural(of, 'comment')})</p>")


def theme_quotes_html(theme: ThemeSummary) -> str:
    """A theme's quotes grouped by sentiment, with each sentiment's count (the theme's name is above them)."""
    parts = []
    for label in LABELS:
        quotes = theme.quotes_by_sentiment.get(label, [])
        if quotes:
            parts.append(_heading(label, theme.by_sentiment.get(label, 0), theme.count))
            parts += [_quote(q) for q in quotes]
    if not parts:
        parts.append("<p>No comment of this theme makes a good quote (8 to 60 words with a clear sentiment).</p>")
    return "".join(parts)


def overview_quotes_html(analysis: CommentAnalysis) -> str:
    """One quote for each theme that has one."""
    parts = ["<p style='margin-bottom: 4px;'><b>One quote per theme</b> (choose a theme for more)</p>"]
    for theme in analysis.themes:
        quotes = theme.quotes
        if quotes:
            parts.append(f"<p style='margin: 6px 0 2px 0;'><b>{escape(theme.name)}</b></p>{_quote(quotes[0])}")
    if len(parts) == 1:
        parts.append("<p>No theme has a comment that makes a good quote yet.</p>")
    return "".join(parts)


class QuotesView(QTextBrowser):
    """Read-only, selectable quotes for the chosen theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Quotes")
        self.setOpenLinks(False)
        self.theme: str | None = None

    def show_quotes(self, analysis: CommentAnalysis | None, theme: str | None) -> None:
        """Show the quotes of a theme (None: one per theme; NO_THEME: a pointer to proposed themes)."""
        self.theme = theme
        if analysis is None:
            html = ""
        elif theme == NO_THEME:
            html = ("<p>Comments that no theme matched have no quotes. The possible new themes on the left are "
                    "proposed from them: adopt one to make it a theme.</p>")
        elif theme is None:
            html = overview_quotes_html(analysis)
        else:
            summary = next((t for t in analysis.themes if t.name == theme), None)
            html = theme_quotes_html(summary) if summary else ""
        self.setHtml(html)
        self.setAccessibleDescription(self.toPlainText()[:400])

    def quotes_text(self) -> str:
        """The quotes as plain text (what a screen reader reads)."""
        return self.toPlainText()


__all__ = ["QuotesView", "overview_quotes_html", "theme_quotes_html"]
