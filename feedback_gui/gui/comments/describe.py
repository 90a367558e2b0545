"""Words and colours of the Comments panel: sentiment names, symbols and Okabe–Ito colours, summary sentences.

Formatting only: every number comes from a core :class:`~feedback_gui.core.comments.CommentAnalysis`.
Sentiment is never shown by colour alone: each label has a name and a symbol (+ − ○ ±) too.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor

from feedback_gui.core.comments import LABELS, CommentAnalysis, CommentResult
from feedback_gui.core.comments.sentiment import Sentiment
from feedback_gui.gui import style
from feedback_gui.gui.comments.filter import answered_count
from feedback_gui.gui.comments.learner import CANCELLED, DONE, FAILED, RUNNING, WAITING
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


SENTIMENT_HEADER_TIP = ("Each comment's sentiment and how sure the analyser is of it, from 0% to 100%; “edited”: "
                        "your label, “learned”: moved by learning from your corrections. “Least confident” lists "
                        "the least sure first.")
CONFIDENCE_HEADER_TIP = ("How sure the analyser is of each comment's sentiment, from 0% to 100% (“yours” where you "
                         "chose the label). “Least confident” lists the least sure first.")


def label_text(sentiment: Sentiment) -> str:
    """A comment's sentiment as the table shows it: 'Negative · 62%' (the analyser's label and how sure it is),
    'Negative (edited)' (the user's), 'Negative (learned)' (moved by learning; how sure is in its tooltip)."""
    name = NAMES[sentiment.label]
    if sentiment.corrected:
        return f"{name} (edited)"
    return f"{name} (learned)" if sentiment.learned else f"{name} · {sentiment.confidence:.0%}"


def confidence_text(sentiment: Sentiment) -> str:
    """How sure the analyser is of a label, as a whole percentage ('62%'; 'yours' for the user's label)."""
    return "yours" if sentiment.corrected else f"{sentiment.confidence:.0%}"


def sentiment_spoken(sentiment: Sentiment) -> str:
    """What a screen reader says for a sentiment cell: 'Negative, 62% sure', 'Negative, your label',
    'Negative, learned from your corrections of similar comments, 91% sure'."""
    name = NAMES[sentiment.label]
    if sentiment.corrected:
        return f"{name}, your label"
    learned = ", learned from your corrections of similar comments" if sentiment.learned else ""
    return f"{name}{learned}, {sentiment.confidence:.0%} sure"


def shares_text(sentiment: Sentiment) -> str:
    """The analyser's share for each label: 'positive 62%, negative 20%, neutral 15%, mixed 3%' (empty if none)."""
    if not sentiment.probabilities:
        return ""
    return ", ".join(f"{label} {share:.0%}" for label, share in zip(LABELS, sentiment.probabilities, strict=False))


def confidence_tooltip(sentiment: Sentiment) -> str:
    """A comment's confidence explained."""
    if sentiment.corrected:
        return "You chose this label."
    shares = shares_text(sentiment)
    who = "After learning from your corrections, the analyser is" if sentiment.learned else "The analyser is"
    return f"{who} {sentiment.confidence:.0%} sure this comment is {sentiment.label}" + \
        (f" ({shares})." if shares else ".")


def sentiment_tooltip(sentiment: Sentiment, analysers: str | None) -> str:
    """A comment's sentiment explained: the score, and who set the label (the user, learning or the analyser)."""
    label = sentiment.label
    score = f"score {sentiment.compound:+.2f} on a scale from −1 (most negative) to +1 (most positive)"
    if sentiment.corrected and analysers:
        return f"{NAMES[label]}: relabelled by you (the analyser said {analysers.lower()}; {score})."
    if sentiment.learned:
        said = f"the analyser said {analysers.lower()}; " if analysers else ""
        return (f"{NAMES[label]}: learned from your corrections of similar comments ({said}"
                f"{sentiment.confidence:.0%} sure now). Choose another label to correct it.")
    return f"{NAMES[label]} ({score}; {sentiment.confidence:.0%} sure). Choose another label to correct it."


def learning_text(status: str, corrections: int, examples: int, changed: int, error: str = "",
                  learning_on: bool = True) -> str:
    """What learning from the user's corrections is doing or did (empty: nothing to say).

    ``corrections``: the project's corrections of the comments analysed; ``examples`` and ``changed``: those
    the last run learned from, and the comments whose label it moved.
    """
    if status in (WAITING, RUNNING):
        if not learning_on:
            return "Putting back the analyser's labels (learning from your corrections is off in Settings)…"
        return f"Learning from your {plural(corrections, 'correction')}…" if corrections else ""
    if status == CANCELLED:
        return ("Learning from your corrections was cancelled: labels other than yours may not follow your latest "
                "corrections.")
    if status == FAILED:
        return f"Learning from your corrections failed ({error.rstrip('.')}): labels other than yours may not follow " \
               "your latest corrections."
    if status == DONE and examples:
        moved = f"changed {plural(changed, 'other comment')}" if changed else "changed no other comment"
        return f"Learning from your {plural(examples, 'correction')} {moved}."
    return ""


def selected_text(comment: CommentResult, analysers: str | None) -> str:
    """The line under the table about the selected comment: who it is from, its label and who set it."""
    sentiment = comment.sentiment
    label = sentiment.label
    if sentiment.corrected and analysers:
        who = f"your label; the analyser said {analysers}"
    elif sentiment.learned:
        who = f"learned from your corrections, {sentiment.confidence:.0%} sure; the analyser said {analysers}"
    else:
        who = f"the analyser's label, {sentiment.confidence:.0%} sure, score {sentiment.compound:+.2f}"
    return f"Respondent {comment.row} · {SYMBOLS[label]} {NAMES[label]} ({who})"


__all__ = ["COLOURS", "CONFIDENCE_HEADER_TIP", "LEGEND", "NAMES", "SENTIMENT_HEADER_TIP", "SYMBOLS", "colour",
           "confidence_text", "confidence_tooltip", "counts_sentence", "counts_text", "label_text", "learning_text",
           "redaction_text", "selected_text", "sentiment_spoken", "sentiment_tooltip", "shares_text", "summary_text",
           "theme_sentence"]
