"""Words shown with benchmark figures: the benchmark's name, a difference in points, how a pair was matched,
the source line (with the Open Government Licence attribution for the CSPS figures).

Formatting only: every figure and sentence comes from the core's comparison
(:mod:`feedback_gui.core.insight.benchmarks`); the short line on a card is the end of the core's sentence,
made by the core's own wording functions.
"""

from __future__ import annotations

import math
from pathlib import Path

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.insight.benchmarks import BUILT_IN, BenchmarkComparison, BenchmarkItem
from feedback_gui.core.insight.benchmarks.sets import CSPS_SHORT
from feedback_gui.core.insight.benchmarks.wording import comparison_text, verdict_text
from feedback_gui.gui.describe import PROPOSED_MARK, match_status_sentence, match_status_text, plural

MINUS = "−"
REVIEW_WHERE = "Survey → Benchmark → Review matches…"
_HOW = {"text": "same wording", "fuzzy": "similar wording", "manual": "paired by hand", "index": "the index"}
_SHORT = {"text": "same wording", "fuzzy": "similar wording", "manual": "by hand", "index": "index"}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def choice_phrase(name: str) -> str:
    """A benchmark in a sentence: 'the Probation Service nationally (CSPS 2024)', 'your benchmark mine.csv'."""
    built = BUILT_IN.get(name.casefold())
    if built is not None:
        return f"{built.label} ({CSPS_SHORT})"
    return f"your benchmark {Path(name).name}"


def choice_label(name: str) -> str:
    """A benchmark in a list: 'The Probation Service nationally (CSPS 2024)', 'Your own: mine.csv'."""
    if name.casefold() in BUILT_IN:
        return _capital(choice_phrase(name))
    return f"Your own: {Path(name).name}"


def choice_tooltip(name: str) -> str:
    """What a built-in benchmark holds (its source), or a CSV's full path."""
    built = BUILT_IN.get(name.casefold())
    if built is not None:
        return f"Civil Service People Survey 2024: {built.description}. No respondent numbers are published."
    return name


def whole_points(difference: float) -> int:
    """A difference in whole points, rounded half away from zero as the core's sentences round it."""
    points = math.floor(abs(difference) + 0.5 + 1e-9)
    return -points if difference < 0 else points


def difference_text(item: BenchmarkItem) -> str:
    """'+35', '−4', '0': the difference in whole percentage points (index points for an index)."""
    points = whole_points(item.difference_points)
    return f"{MINUS}{-points}" if points < 0 else f"+{points}" if points > 0 else "0"


def cell_text(item: BenchmarkItem) -> str:
    """A Questions-table cell: the difference, flagged when the match is still to be confirmed."""
    return f"{difference_text(item)} {PROPOSED_MARK}" if item.proposed else difference_text(item)


def verdict(item: BenchmarkItem) -> str:
    """Whether the difference could be chance, in words (never colour alone)."""
    if item.significant is None:
        return "too few scores to test the difference"
    return verdict_text(item.significant)


def versus_text(item: BenchmarkItem, comparison: BenchmarkComparison) -> str:
    """'4 points below the Probation Service nationally (46%, CSPS 2024); the difference could be chance'."""
    theirs = percent_text(item.benchmark_percent) if item.numerator is not None \
        else f"{math.floor(item.benchmark_percent + 0.5 + 1e-9)}"
    where = comparison_text(item.percent, item.benchmark_percent, comparison.label, comparison.short_source, theirs)
    return f"{where}; {verdict(item)}"


def card_text(item: BenchmarkItem, comparison: BenchmarkComparison) -> str:
    """The benchmark line of a headline card: the end of the core's sentence, flagged when only proposed."""
    line = _capital(versus_text(item, comparison)) + "."
    return f"{PROPOSED_MARK} Proposed match, to check: {line}" if item.proposed else line


def status(item: BenchmarkItem) -> str:
    """'proposed', 'confirmed' (similar wording the user accepted), else how it was matched."""
    if item.proposed:
        return "proposed"
    return "confirmed" if item.method == "fuzzy" else item.method


def status_text(item: BenchmarkItem) -> str:
    """A match's status in a table cell: '⚑ proposed', '✓ confirmed', 'same wording', 'by hand'."""
    return match_status_text(status(item), _SHORT.get(item.method, item.method))


def match_note(item: BenchmarkItem, comparison: BenchmarkComparison, hint: bool = True) -> str:
    """What the question was paired with and how: 'Compared with CSPS 2024 B33, “I have …” (proposed, …).', with
    what to do about a proposed match unless ``hint`` is False (see :func:`check_hint`)."""
    how = match_status_sentence(status(item), _HOW.get(item.method, item.method), item.similarity)
    code = f" {item.benchmark_code}" if item.benchmark_code else ""
    note = f"Compared with {comparison.short_source}{code}, “{item.benchmark_question}” ({how})."
    return f"{note} {check_hint(item)}".strip() if hint else note


def check_hint(item: BenchmarkItem) -> str:
    """For a proposed match: check it, and where (empty otherwise)."""
    if not item.proposed:
        return ""
    return f"Check that both ask the same thing: confirm or reject the match in {REVIEW_WHERE}"


def test_text(item: BenchmarkItem) -> str:
    """The test and its p-value: 'Exact binomial test: p = 0.499.' (empty when there was none)."""
    if not item.test or item.p_value is None:
        return ""
    p = "< 0.001" if item.p_value < 0.001 else f"= {item.p_value:.3f}"
    return f"{_capital(item.test)}: p {p}."


def source_text(comparison: BenchmarkComparison) -> str:
    """The line shown wherever the benchmark's figures are: its source and licence."""
    return f"Benchmark figures: {comparison.source}"


def item_tooltip(item: BenchmarkItem, comparison: BenchmarkComparison) -> str:
    """The sentence, how the pair was made, the test, and the source."""
    note = " ".join(t for t in (match_note(item, comparison, hint=False), test_text(item), check_hint(item)) if t)
    return f"{item.sentence}\n{note}\n{source_text(comparison)}"


def column_title(comparison: BenchmarkComparison | None) -> str:
    """A narrow column's title: 'vs CSPS' for the built-in figures, 'vs own' for a CSV of the user's own."""
    if comparison is None:
        return "vs benchmark"
    return f"vs {comparison.short_source.split()[0]}" if comparison.against.casefold() in BUILT_IN else "vs own"


def header_tooltip(comparison: BenchmarkComparison) -> str:
    """The Questions table's benchmark column explained."""
    return (f"Difference from {comparison.label} ({comparison.short_source}), in percentage points. "
            f"{PROPOSED_MARK}: matched by similar wording, still to be confirmed. Blank: no benchmark figure.")


def summary_text(comparison: BenchmarkComparison) -> str:
    """'13 figures compared with the Probation Service nationally (CSPS 2024): 3 significantly above, 1 below; 7
    proposed matches to check.'"""
    matched = comparison.matched
    if not matched:
        return f"No question could be matched with {comparison.label} ({comparison.short_source})."
    above = sum(1 for m in matched if m.significant and m.difference_points > 0)
    below = sum(1 for m in matched if m.significant and m.difference_points < 0)
    parts = [f"{plural(len(matched), 'figure')} compared with {comparison.label} ({comparison.short_source}): "
             + (f"{above} significantly above, {below} significantly below" if above or below
                else "no significant difference")]
    if comparison.proposed:
        parts.append(f"{plural(len(comparison.proposed), 'proposed match', 'proposed matches')} to check")
    return "; ".join(parts) + "."


__all__ = ["MINUS", "REVIEW_WHERE", "card_text", "cell_text", "check_hint", "choice_label", "choice_phrase",
           "choice_tooltip", "column_title", "difference_text", "header_tooltip", "item_tooltip", "match_note",
           "source_text", "status", "status_text", "summary_text", "test_text", "verdict", "versus_text",
           "whole_points"]
