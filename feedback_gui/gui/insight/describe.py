"""The Insight panel's words: cards, tooltips, the drivers' summary and table cells. Formatting only: every
number comes from a core result."""

from __future__ import annotations

import math

from feedback_gui.core.analysis.wording import confidence_text, percent_text
from feedback_gui.core.insight.drivers import DriverItem, DriversResult
from feedback_gui.core.insight.indices import IndexResult
from feedback_gui.core.insight.nps import NpsResult, nps_text
from feedback_gui.core.insight.priorities import MAINTAIN, MONITOR, PRIORITY, QUADRANT_NAMES, STRENGTH
from feedback_gui.gui import describe
from feedback_gui.gui.insight.run import DriversRun

NO_SURVEY = "Open a survey to see its engagement index, eNPS and what matters most to its respondents."
NO_ITEMS = ("This survey has no rating-scale questions (such as agree–disagree scales), so there is no index to "
            "work out and nothing to rank. If a column holds a rating scale, set its type in Survey → Question "
            "types.")
HOW_TO_READ = ("Importance is each question's relative weight: its share of what the questions together explain of "
               "the outcome (R²). Double-click a row, or press Enter, to open the question.")
NPS_RULE = ("Promoters answered 9 or 10, passives 7 or 8, detractors 0 to 6. The score is the percentage of promoters "
            "minus the percentage of detractors, from −100 to +100.")
QUADRANT_MEANINGS = {
    "priority": "matters much to the outcome, and few are favourable: work on these first",
    "strength": "matters much, and most are favourable: protect and celebrate",
    "maintain": "matters less, and most are favourable: keep as it is",
    "monitor": "matters less, and few are favourable: watch",
}


def whole(value: float) -> str:
    """A score rounded half up to a whole number, as printed: '58'."""
    return str(math.floor(value + 0.5 + 1e-9))


def signed(value: float) -> str:
    """A score that can be negative, rounded half up, with its sign: '+10', '−9', '0'."""
    rounded = math.floor(value + 0.5 + 1e-9)
    return f"+{rounded}" if rounded > 0 else (f"−{-rounded}" if rounded < 0 else "0")


def score_text(result: IndexResult) -> str:
    """An index's score ('58', out of 100) or a theme score's ('73%', % positive)."""
    return percent_text(result.score) if result.kind == "theme" else whole(result.score)


def index_interval_text(result: IndexResult) -> str:
    """'95% CI 52–63' (a theme score's in percent: '95% CI 62–81%')."""
    low, high = result.ci95
    span = describe.span_text(low, high) if result.kind == "theme" else f"{whole(low)}–{whole(high)}"
    return f"{describe.ci_label(result.confidence)} {span}"


def index_kind_text(result: IndexResult) -> str:
    """What the score is: 'Index of 5 questions, 0–100' or 'Theme score: % positive over 3 questions'."""
    count = describe.plural(len(result.questions), "question")
    if result.kind == "theme":
        return f"Theme score: % positive over {count}"
    return f"CSPS engagement index of {count}, 0–100" if result.code == "EES" else f"Index of {count}, 0–100"


def index_tooltip(result: IndexResult) -> str:
    """The rule for respondents who skipped items, the questions, and any the survey lacks."""
    lines = [f"{result.name}: {score_text(result)} ({index_interval_text(result)}), "
             f"{describe.plural(result.respondents, 'respondent')}.", "", result.rule, "", "Questions:"]
    lines += [f"• {text}" for text in result.questions]
    if result.missing:
        lines += ["", "Not in this survey:"] + [f"• {text}" for text in result.missing]
    return "\n".join(lines)


def index_accessible(result: IndexResult) -> str:
    """What a screen reader says for an index card."""
    low, high = result.ci95
    unit = "per cent positive" if result.kind == "theme" else "out of 100"
    return (f"{result.name}: {whole(result.score)} {unit}, {confidence_text(result.confidence)} interval "
            f"{whole(low)} to {whole(high)}, {describe.plural(result.respondents, 'respondent')}")


def nps_interval_text(result: NpsResult) -> str:
    """'95% CI −26 to +9'."""
    return f"{describe.ci_label(result.confidence)} {signed(result.ci95[0])} to {signed(result.ci95[1])}"


def nps_groups_text(result: NpsResult) -> str:
    """'22 promoters · 29 passives · 29 detractors'."""
    return " · ".join([describe.plural(result.promoters, "promoter"), describe.plural(result.passives, "passive"),
                       describe.plural(result.detractors, "detractor")])


def nps_tooltip(question: str, result: NpsResult) -> str:
    """The question, the score in words and how it is worked out."""
    return f"{question}\n\n{nps_text(result)}.\n\n{NPS_RULE}"


def drivers_summary(result: DriversResult) -> str:
    """'Key drivers of Engagement index: 81 respondents answered it and every question; together the questions
    explain 78% of its variance (R² 0.78).'"""
    return (f"Key drivers of {result.outcome}: {describe.plural(result.respondents, 'respondent')} answered it and "
            f"every question ranked; together the questions explain {percent_text(100 * result.r_squared)} of its "
            f"variance (R² {result.r_squared:.2f}).")


def bootstrap_note(result: DriversResult) -> str:
    """How the intervals were made."""
    return (f"Intervals: {result.resamples:,} bootstrap resamples of the respondents (seed {result.seed}), "
            f"{confidence_text(result.confidence)} percentile intervals.")


def importance_text(value: float) -> str:
    """A relative weight as shown: '0.202'."""
    return f"{value:.3f}"


def importance_interval(item: DriverItem) -> str:
    """'0.125–0.296'."""
    return f"{item.ci95[0]:.3f}–{item.ci95[1]:.3f}"


def favourable_text(item: DriverItem) -> str:
    """'79%', or '–' when the question has no counted answers."""
    return percent_text(item.percent) if item.percent is not None else describe.NO_FIGURE


def quadrant_name(quadrant: str | None) -> str:
    """'Priority', or '–' for an item not placed on the matrix."""
    return QUADRANT_NAMES.get(quadrant or "", describe.NO_FIGURE)


def driver_tooltip(rank: int, item: DriverItem, result: DriversResult, quadrant: str | None) -> str:
    """One driver in words."""
    level = confidence_text(result.confidence)
    lines = [f"{rank}. {item.question}", "",
             f"Importance {importance_text(item.importance)} ({level} interval {importance_interval(item)}): "
             f"{percent_text(result.share(item))} of what the questions explain of {result.outcome}.",
             f"Correlation with {result.outcome}: {item.correlation:.2f}.",
             f"Favourable: {favourable_text(item)}."]
    if quadrant:
        lines.append(f"{QUADRANT_NAMES[quadrant]}: {QUADRANT_MEANINGS[quadrant]}.")
    return "\n".join(lines)


def matrix_description(run: DriversRun | None) -> str:
    """The matrix in words: each quadrant's questions by their rank, and where the cuts are."""
    if run is None or not run.matrix.points:
        return "No questions to place yet."
    ranks = {item.question: rank for rank, item in enumerate(run.result.items, start=1)}
    parts = []
    for quadrant in (PRIORITY, STRENGTH, MAINTAIN, MONITOR):
        points = run.matrix.in_quadrant(quadrant)
        listed = ", ".join(f"{ranks[p.question]}" for p in points) if points else "none"
        parts.append(f"{QUADRANT_NAMES[quadrant]}: {listed}.")
    return (f"Priority matrix of the drivers of {run.result.outcome}, questions numbered by importance. "
            + " ".join(parts) + " " + cuts_text(run))


def cuts_text(run: DriversRun) -> str:
    """Where the lines cut: at the average importance and the average % favourable of the questions."""
    matrix = run.matrix
    return (f"Lines at the averages: importance {importance_text(matrix.importance_cut)}, "
            f"favourable {percent_text(matrix.percent_cut)}.")


def left_out_text(result: DriversResult) -> str:
    """'Not ranked: …' (questions left out, with the reason), or ''."""
    return ("Not ranked: " + "; ".join(result.left_out) + ".") if result.left_out else ""


__all__ = ["HOW_TO_READ", "NO_ITEMS", "NO_SURVEY", "NPS_RULE", "QUADRANT_MEANINGS", "bootstrap_note", "cuts_text",
           "driver_tooltip", "drivers_summary", "favourable_text", "importance_interval", "importance_text",
           "index_accessible", "index_interval_text", "index_kind_text", "index_tooltip", "left_out_text",
           "matrix_description", "nps_groups_text", "nps_interval_text", "nps_tooltip", "quadrant_name", "score_text",
           "signed", "whole"]
