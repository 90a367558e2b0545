"""A benchmark comparison in words, in the project's register.

    33 out of 79 (42%) said their workload is manageable, 4 points below the Probation Service nationally
    (46%, CSPS 2024); the difference could be chance.

What was said: a statement answered "Yes" is reported in the third person ("said their workload is
manageable"); a statement agreed with, likewise ("agreed that they have an acceptable workload"); any
other question names its counted answers ('said “Always” or “Most of the time” to “…”'). The difference
is in whole percentage points, rounded from the unrounded figures (as the CSPS rounds last).
"""

from __future__ import annotations

import math
import re

from feedback_gui.core.analysis.wording import or_list, percent_text
from feedback_gui.core.schema.labels import label_key

_AGREE = frozenset({"strongly agree", "agree", "somewhat agree"})
_FIRST_PERSON = (
    (r"\bI am\b", "they are"), (r"\bI'm\b", "they're"), (r"\bI was\b", "they were"), (r"\bI've\b", "they've"),
    (r"\bI'd\b", "they'd"), (r"\bI'll\b", "they'll"), (r"\bI\b", "they"), (r"\bmyself\b", "themselves"),
    (r"\bmine\b", "theirs"), (r"\bmy\b", "their"), (r"\bme\b", "them"),
)
_PATTERNS = tuple((re.compile(p, re.I), r) for p, r in _FIRST_PERSON)


def third_person(text: str) -> str:
    """A first-person statement as reported speech: "I have an acceptable workload" -> "they have an ..."."""
    out = text.strip().rstrip(".")
    for pattern, replacement in _PATTERNS:
        out = pattern.sub(replacement, out)
    first = out.split(" ", 1)[0]
    if first[:1].isupper() and not first.isupper():
        out = out[:1].lower() + out[1:]
    return out


def _is_statement(text: str) -> bool:
    return "?" not in text and len(text.split()) >= 3


def what_was_said(text: str, counted: tuple[str, ...]) -> str:
    """What the counted respondents said: "said their workload is manageable", "agreed that ..."."""
    keys = {label_key(c) for c in counted}
    if _is_statement(text) and keys == {"yes"}:
        return f"said {third_person(text)}"
    if _is_statement(text) and keys and keys <= _AGREE:
        return f"agreed that {third_person(text)}"
    return f"said {or_list(list(counted))} to “{text}”"


def points_text(difference: float) -> str:
    """A difference in whole points: "4 points", "1 point" (rounded half up from the unrounded difference)."""
    points = math.floor(abs(difference) + 0.5 + 1e-9)
    return f"{points} point" if points == 1 else f"{points} points"


def comparison_text(ours: float, theirs: float, label: str, short_source: str, theirs_text: str) -> str:
    """"4 points below the Probation Service nationally (46%, CSPS 2024)" (or "the same as ...")."""
    difference = ours - theirs
    where = f"{label} ({theirs_text}, {short_source})"
    if math.floor(abs(difference) + 0.5 + 1e-9) == 0:
        return f"the same as {where}"
    return f"{points_text(difference)} {'above' if difference > 0 else 'below'} {where}"


def verdict_text(significant: bool) -> str:
    """The end of the sentence: whether the difference could be chance."""
    return "a significant difference" if significant else "the difference could be chance"


def proportion_sentence(
    numerator: int, denominator: int, text: str, counted: tuple[str, ...], benchmark_percent: float, label: str,
    short_source: str, significant: bool,
) -> str:
    """The whole sentence for a question compared with a benchmark %."""
    ours = 100.0 * numerator / denominator
    return (f"{numerator} out of {denominator} ({percent_text(ours)}) {what_was_said(text, counted)}, "
            f"{comparison_text(ours, benchmark_percent, label, short_source, percent_text(benchmark_percent))}; "
            f"{verdict_text(significant)}.")


def index_sentence(
    name: str, score: float, respondents: int, benchmark: float, label: str, short_source: str,
    significant: bool | None,
) -> str:
    """The sentence for an index compared with a benchmark score."""
    shown = f"{math.floor(score + 0.5 + 1e-9)}"
    theirs = f"{math.floor(benchmark + 0.5 + 1e-9)}"
    verdict = "too few scores to test the difference" if significant is None else verdict_text(significant)
    return (f"The {name[:1].lower() + name[1:]} is {shown} ({respondents} respondents), "
            f"{comparison_text(score, benchmark, label, short_source, theirs)}; {verdict}.")
