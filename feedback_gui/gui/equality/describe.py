"""Words shown in the Equality panel: representation flags, intervals, and the tooltips of its figures.

Formatting only: every number comes from a core result (:mod:`feedback_gui.core.equality`).
"""

from __future__ import annotations

from feedback_gui.core.analysis.breakdown import NOT_STATED
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.equality.disproportionality import SUPPRESSED, RateCell
from feedback_gui.core.equality.representation import IN_LINE, OVER, UNDER, GroupShare, Representation
from feedback_gui.core.equality.weighted import WeightedHeadline
from feedback_gui.core.equality.weighting import Margin
from feedback_gui.gui import describe

FLAG_WORDS = {UNDER: "under-represented", OVER: "over-represented", IN_LINE: "in line"}
FLAG_SYMBOLS = {UNDER: "▼", OVER: "▲", IN_LINE: "≈"}
RELEVANT_NOTE = ("Both rates count relevant respondents only: those who answered the question, leaving out blank "
                 "answers and answers such as “Not applicable”; respondents who did not state the characteristic are "
                 "among the others.")


def flag_text(flag: str) -> str:
    """A representation flag as shown: symbol and words ("▼ under-represented")."""
    return f"{FLAG_SYMBOLS[flag]} {FLAG_WORDS[flag]}"


def span_text(low: float, high: float) -> str:
    """An interval of percentages: "1–10%"."""
    return describe.span_text(low, high)


def share_tooltip(value: Representation, g: GroupShare) -> str:
    """A group's share explained: its respondents over those compared, who was not compared, and the finding."""
    left_out = [f"{n:,} did not say and {'is' if n == 1 else 'are'} not compared." for a, n in value.not_compared
                if a == NOT_STATED]
    left_out += describe.excluded_sentences({a: n for a, n in value.not_compared if a != NOT_STATED}, "compared")
    answers = ", ".join(f"“{a}”" for a in g.answers) or "no answer"
    return "\n".join([
        f"{g.group}: {g.respondents:,} of the {describe.plural(value.base, 'respondent')} compared "
        f"({g.respondent_text}; {describe.ci_text(*g.ci95, g.confidence)}).",
        " ".join([f"{value.base:,} of {value.respondents:,} respondents compared.", *left_out]),
        g.finding, f"Counted from the answers {answers}."])


def rri_text(cell: RateCell) -> str:
    """A heatmap cell's text: the index to 2 dp with a direction marker (* when significant); "–" if hidden."""
    if cell.status == SUPPRESSED:
        return describe.NO_FIGURE
    if cell.comparison is None:
        return "n/a"
    c = cell.comparison
    marker = "▲" if c.rri > 1.005 else "▼" if c.rri < 0.995 else "="
    return f"{c.rri:.2f} {marker}{'*' if c.significant else ''}"


def weighted_tooltip(h: WeightedHeadline) -> str:
    """A weighted headline explained: weighted numerator over denominator, then the unweighted headline's sentence
    (its numerator, relevant respondents and the answers left out)."""
    u = h.unweighted
    return (f"{h.sentence}\nWeighted: {h.weighted_numerator:,.1f} out of {h.weighted_denominator:,.1f} weighted "
            f"relevant respondents ({percent_text(h.weighted_percent)}; approximate "
            f"{describe.ci_text(*h.ci95, u.confidence)} at the effective sample size of {h.effective_sample_size:.1f})."
            f"\nUnweighted: {u.sentence}")


def margin_tooltip(m: Margin, placed: int) -> str:
    """A weighting group's shares explained, with the respondents they are shares of."""
    return (f"{m.characteristic}: {m.group}. {m.respondents:,} of the {describe.plural(placed, 'respondent')} placed "
            f"in a weighting group ({m.unweighted_percent:.1f}% unweighted, {m.weighted_percent:.1f}% weighted; "
            f"target {m.target_percent:.1f}%).\nRespondents whose answer is blank, declined or no group of the "
            "reference cannot be placed: they keep a weight of 1 and are not counted here.")


__all__ = ["FLAG_SYMBOLS", "FLAG_WORDS", "RELEVANT_NOTE", "flag_text", "margin_tooltip", "rri_text", "share_tooltip",
           "span_text", "weighted_tooltip"]
