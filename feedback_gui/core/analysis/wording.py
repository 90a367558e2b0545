"""Figures in words, in the inspectorate's register: "59 out of 81 respondents (73%), nearly three quarters"."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

# (upper bound, phrase): the first bound above the proportion gives the phrase.
_QUANTIFIERS: tuple[tuple[float, str], ...] = (
    (0.15, "a small number"),
    (0.22, "around a fifth"),
    (0.28, "around a quarter"),
    (0.31, "less than a third"),
    (0.36, "around a third"),
    (0.45, "less than half"),
    (0.50, "nearly half"),
    (0.60, "over half"),
    (0.6667, "nearly two thirds"),
    (0.70, "around two thirds"),
    (0.75, "nearly three quarters"),
    (0.80, "over three quarters"),
    (0.90, "a large majority"),
    (1.00, "nearly all"),
)


def quantifier(numerator: int, denominator: int) -> str:
    """A verbal quantifier for a proportion ("a small number", "over half", "nearly all")."""
    if denominator <= 0:
        return "no one"
    if numerator == 0:
        return "none"
    if numerator == denominator:
        return "all"
    if 2 * numerator == denominator:
        return "half"
    share = numerator / denominator
    for bound, phrase in _QUANTIFIERS:
        if share < bound:
            return phrase
    return "nearly all"


def percent_text(percent: float) -> str:
    """A percentage rounded half up to a whole number, as printed: "73%"."""
    return f"{math.floor(percent + 0.5 + 1e-9):d}%"


def confidence_text(confidence: float) -> str:
    """A confidence level as printed: 0.95 -> "95%", 0.9 -> "90%", 0.999 -> "99.9%"."""
    return f"{round(100.0 * confidence, 6):g}%"


def or_list(items: Sequence[str]) -> str:
    """'"A"', '"A" or "B"', '"A", "B" or "C"'."""
    quoted = [f"“{item}”" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def excluded_note(excluded: Mapping[str, int]) -> str:
    """'2 answered “Not applicable” and are not counted.' (empty when nothing was excluded)."""
    total = sum(excluded.values())
    if not total:
        return ""
    labels = or_list([label for label, n in excluded.items() if n])
    return f"{total} answered {labels} and {'is' if total == 1 else 'are'} not counted."


def headline_sentence(
    numerator: int,
    denominator: int,
    counted: Sequence[str],
    text: str,
    excluded: Mapping[str, int] | None = None,
    people: str = "respondents",
) -> str:
    """The headline as a sentence: '59 out of 81 respondents (73%), nearly three quarters, said …'."""
    excluded = excluded or {}
    who = f"relevant {people}" if sum(excluded.values()) else people
    share = percent_text(100.0 * numerator / denominator) if denominator else "no answers"
    words = quantifier(numerator, denominator)
    sentence = f"{numerator} out of {denominator} {who} ({share}), {words}, said {or_list(counted)} to “{text}”."
    note = excluded_note(excluded)
    return f"{sentence} {note}" if note else sentence
