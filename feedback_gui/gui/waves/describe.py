"""Words and short figures shown in the Waves panel. Formatting only: every number comes from a core result."""

from __future__ import annotations

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.waves import QuestionChange, QuestionMatch, WaveComparison, WaveFigure
from feedback_gui.gui.describe import (
    NO_FIGURE,
    ci_text,
    excluded_sentences,
    match_status_sentence,
    match_status_text,
    plural,
)

UP_MARK, DOWN_MARK = "▲", "▼"

_METHODS = {"id": "same question id", "text": "same wording", "fuzzy": "similar wording", "manual": "paired by hand"}
_SHORT = {"id": "same id", "text": "same wording", "fuzzy": "similar wording", "manual": "by hand"}


def figure_text(figure: WaveFigure | None) -> str:
    """'48/76 63%' (a dash when there is no figure)."""
    if figure is None:
        return NO_FIGURE
    return f"{figure.numerator}/{figure.denominator} {percent_text(figure.percent)}"


def figure_tooltip(figure: WaveFigure | None, wave: str) -> str:
    """'2023: 48 out of 76 relevant respondents (63%; 95% CI 52–73%), counting “Strongly agree” or “Agree”.'

    The interval names the level it was computed at; answers left out of the denominator follow.
    """
    if figure is None:
        return f"{wave}: no figure."
    counted = " or ".join(f"“{c}”" for c in figure.counted)
    left_out = "".join(f" {s}" for s in excluded_sentences(dict(figure.excluded)))
    return (f"{wave}: {figure.numerator:,} out of {figure.denominator:,} relevant respondents "
            f"({percent_text(figure.percent)}; {ci_text(*figure.ci95, figure.confidence)}), "
            f"counting {counted}.{left_out}")


def change_text(change: QuestionChange) -> str:
    """The change in percentage points, signed: '+9.7'."""
    return f"{change.change_points:+.1f}"


def p_text(p: float) -> str:
    """A p-value as printed: '0.193', '<0.001'."""
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def significance_text(change: QuestionChange) -> str:
    """'▲ significant', '▼ significant' or 'not significant' (words, not only colour)."""
    if not change.significant:
        return "not significant"
    return f"{UP_MARK if change.change_points > 0 else DOWN_MARK} significant"


def match_text(match: QuestionMatch) -> str:
    """How a pair was matched, short (a table cell): 'same wording', '⚑ proposed', '✓ confirmed', 'by hand'."""
    return match_status_text(match.status, _SHORT.get(match.method, match.method))


def match_sentence(match: QuestionMatch) -> str:
    """How a pair was matched, in words: 'proposed: wording 92% alike', 'paired by hand'."""
    return match_status_sentence(match.status, _METHODS.get(match.method, match.method), match.similarity)


def match_tooltip(match: QuestionMatch, old_wave: str, new_wave: str) -> str:
    """Both wordings and how they were paired."""
    how = {"proposed": "Proposed because the wording is similar: confirm or reject it.",
           "confirmed": "You confirmed this match.", "manual": "You paired these questions by hand.",
           }.get(match.status, f"Matched by {_METHODS.get(match.method, match.method)}.")
    return (f"{old_wave}: {match.old.text}\n{new_wave}: {match.new.text}\n"
            f"{how} Wording {percent_text(100 * match.similarity)} alike.")


def change_tooltip(change: QuestionChange, fdr: bool) -> str:
    """The sentence, the test used and both p-values."""
    adjusted = f"; adjusted for multiple questions (Benjamini–Hochberg): {p_text(change.p_adjusted)}" if fdr else ""
    notes = "".join(f"\nNote: {n}." for n in change.notes)
    return (f"{change.sentence[:1].upper()}{change.sentence[1:]}.\n{change.test.name}: p = "
            f"{p_text(change.test.p_value)}{adjusted}.{notes}")


def summary_text(comparison: WaveComparison) -> str:
    """'2023 → 2024: 11 questions compared, no significant change; 1 not comparable; 2 matches to check.'"""
    m = comparison.matching
    significant = len(comparison.significant)
    parts = [f"{m.old_wave} → {m.new_wave}: {plural(len(comparison.changes), 'question')} compared, "
             + ("no significant change" if not significant else plural(significant, "significant change"))]
    if comparison.not_comparable:
        parts.append(f"{len(comparison.not_comparable)} not comparable")
    proposed = [c for c in comparison.changes if c.match.proposed]
    proposed += [n for n in comparison.not_comparable if n.match.proposed]
    if proposed:
        parts.append(f"{plural(len(proposed), 'proposed match', 'proposed matches')} to check")
    return "; ".join(parts) + "."


def chart_description(comparison: WaveComparison) -> str:
    """The chart's headline for screen readers: what is drawn, what is significant, the biggest moves."""
    m = comparison.matching
    changes = comparison.changes
    if not changes:
        return f"No question could be compared between {m.old_wave} and {m.new_wave}."
    parts = [f"Bar chart of {plural(len(changes), 'question')} numbered as in the table, {m.old_wave} against "
             f"{m.new_wave}, percent of relevant respondents."]
    significant = comparison.significant
    if significant:
        parts.append("Significant: " + "; ".join(f"{c.match.new.text}, {c.sentence.split(';')[0]}"
                                               for c in significant) + ".")
    else:
        parts.append("No change is significant.")
    rise = max(changes, key=lambda c: c.change_points)
    fall = min(changes, key=lambda c: c.change_points)
    if rise.change_points > 0:
        parts.append(f"Biggest rise: {rise.match.new.text}, {rise.sentence.split(';')[0]}.")
    if fall.change_points < 0:
        parts.append(f"Biggest fall: {fall.match.new.text}, {fall.sentence.split(';')[0]}.")
    return " ".join(parts)
