"""Words and colours of the Comments panel: sentiment names, symbols and Okabe–Ito colours, summary sentences.

Formatting only: every number comes from a core :class:`~feedback_gui.core.comments.CommentAnalysis`.
Sentiment is never shown by colour alone: each label has a name and a symbol (+ − ○ ±) too.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor

from feedback_gui.core.comments import LABELS, CommentAnalysis, CommentResult
from feedback_gui.gui import style
from feedback_gui.gui.comments.filter import answered_count
from feedback_gui.gui.describe import plural

NAMES = {"positive": "Positive", "negative": "Negative", "neutral": "Neutral", "mixed": "Mixed"}
SYMBOLS = {"positive": "+", "negative": "−", "neutral": "○", "mixed": "±"}
COLOURS = {"positive": style.OKABE_ITO["blue"], "negative": style.OKABE_ITO["vermillion"],
           "neutral": style.NEUTRAL, "mixed": style.OKABE_ITO["reddish_purple"]}
LEGEND = "  ".join(f"{SYMBOLS[k]} {k}" for k in LABELS)
REDACTED_KINDS = {
    "name": ("name", "names"), "email": ("email address", "email addresses"),
    "phone": ("phone number", "phone numbers"), "postcode": ("postcode", "postcodes"),
    "ni_number": ("National Insurance number", "National Insurance numbers"),
    "case_ref": ("case reference", "case references"), "pnc": ("PNC number", "PNC numbers"),
    "prison_no": ("prison number", "prison numbers"),
}


def colour(label: str) -> QColor:
    """The Okabe–Ito colour of a sentiment label."""
    return QColor(COLOURS.get(label, style.NEUTRAL))


def counts_text(counts: Mapping[str, int]) -> str:
    """Counts by sentiment as compact text: '+15 −5 ○4 ±0'."""
    return " ".join(f"{SYMBOLS[k]}{counts.get(k, 0)}" for k in LABELS)


def counts_sentence(counts: Mapping[str, int]) -> str:
    """Counts by sentiment in words: '15 positive, 5 negative, 4 neutral and 0 mixed'."""
    parts = [f"{counts.get(k, 0):,} {k}" for k in LABELS]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def theme_sentence(name: str, count: int, counts: Mapping[str, int]) -> str:
    """What a theme row says to a screen reader: 'Mental health: 6 comments; 2 positive, …'."""
    return f"{name}: {plural(count, 'comment')}; {counts_sentence(counts)}"


def redaction_text(redactions: Mapping[str, int]) -> str:
    """What redaction hid: '2 names, 2 postcodes and 2 case references hidden' (empty when nothing was)."""
    parts = [f"{n:,} {REDACTED_KINDS.get(k, (k, k))[n != 1]}" for k, n in redactions.items() if n]
    if not parts:
        return ""
    return (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + " hidden"


def summary_text(analysis: CommentAnalysis, questions: int) -> str:
    """The panel's summary line: comments, sentiment counts, non-answers and what redaction hid."""
    answered = answered_count(analysis)
    skipped = len(analysis.comments) - answered
    parts = [f"{plural(answered, 'comment')} to {plural(questions, 'question')}",
             counts_sentence(analysis.sentiment_counts)]
    if skipped:
        parts.append(f"{plural(skipped, 'non-answer')} (such as “n/a”) not counted")
    hidden = redaction_text(analysis.redactions) if analysis.redacted else "names and contact details shown"
    if hidden:
        parts.append(hidden)
    return " · ".join(parts)


def sentiment_tooltip(label: str, compound: float, corrected: bool, analysers: str | None) -> str:
    """A comment's sentiment explained: the score, and who set the label."""
    score = f"score {compound:+.2f} on a scale from −1 (most negative) to +1 (most positive)"
    if corrected and analysers:
        return f"{NAMES[label]}: relabelled by you (the analyser said {analysers.lower()}; {score})."
    return f"{NAMES[label]} ({score}). Choose another label to correct it."


def selected_text(comment: CommentResult, analysers: str | None) -> str:
    """The line under the table about the selected comment: who it is from, its label and who set it."""
    label = comment.sentiment.label
    who = (f"your label; the analyser said {analysers}" if comment.sentiment.corrected and analysers
           else f"the analyser's label, score {comment.sentiment.compound:+.2f}")
    return f"Respondent {comment.row} · {SYMBOLS[label]} {NAMES[label]} ({who})"


__all__ = ["COLOURS", "LEGEND", "NAMES", "SYMBOLS", "colour", "counts_sentence", "counts_text",
           "redaction_text", "selected_text", "sentiment_tooltip", "summary_text", "theme_sentence"]
