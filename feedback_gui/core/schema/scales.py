"""Ordered answer scales: recognising them, putting options in their natural order, top boxes.

Scales are listed from the most positive answer to the least, the order the inspectorate prints
them in ("Always, Most of the time, Sometimes, Rarely, Never"). Numeric rating scales (1-5, 0-10)
keep their ascending order; their top boxes are the highest values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from feedback_gui.core.schema.labels import label_key


@dataclass(frozen=True)
class Scale:
    """A known ordered scale, most positive answer first."""

    name: str
    labels: tuple[str, ...]

    def keys(self) -> tuple[str, ...]:
        """Comparison keys of the labels."""
        return tuple(label_key(label) for label in self.labels)


KNOWN_SCALES: tuple[Scale, ...] = (
    Scale("agreement", ("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree")),
    Scale("agreement", ("Strongly agree", "Agree", "Neutral", "Disagree", "Strongly disagree")),
    Scale("agreement", ("Strongly agree", "Somewhat agree", "Neither agree nor disagree",
                        "Somewhat disagree", "Strongly disagree")),
    Scale("agreement", ("Strongly agree", "Agree", "Somewhat agree", "Neither agree nor disagree",
                        "Somewhat disagree", "Disagree", "Strongly disagree")),
    Scale("frequency", ("Always", "Most of the time", "Sometimes", "Rarely", "Never")),
    Scale("frequency", ("Always", "Often", "Sometimes", "Rarely", "Never")),
    Scale("satisfaction", ("Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied",
                           "Dissatisfied", "Very dissatisfied")),
    Scale("quality", ("Excellent", "Very good", "Good", "Fair", "Poor")),
    Scale("quality", ("Very good", "Good", "Neither good nor poor", "Poor", "Very poor")),
    Scale("quality", ("Very good", "Good", "Fair", "Poor", "Very poor")),
    Scale("likelihood", ("Extremely likely", "Likely", "Neither likely nor unlikely", "Unlikely",
                         "Extremely unlikely")),
    Scale("favourability", ("Very favorably", "Somewhat favorably", "Neither favorably nor unfavorably (neutral)",
                            "Somewhat unfavorably", "Very unfavorably")),
    Scale("favourability", ("Very favourably", "Somewhat favourably", "Neither favourably nor unfavourably",
                            "Somewhat unfavourably", "Very unfavourably")),
    Scale("helpfulness", ("Very helpful", "Helpful", "Somewhat helpful", "Not very helpful", "Not at all helpful")),
    Scale("importance", ("Very important", "Important", "Moderately important", "Slightly important",
                         "Not important")),
)

YES_NO_KEYS = frozenset({"yes", "no"})
# Answers that may sit beside Yes/No without making the question anything but yes/no.
YES_NO_EXTRAS = frozenset({"not sure", "unsure", "maybe", "sometimes", "partly", "partially"})


@dataclass(frozen=True)
class ScaleMatch:
    """How a set of answer labels fits a known scale."""

    scale: Scale
    ordered: tuple[str, ...]  # the labels present, in scale order, in the data's canonical spelling


def match_scale(labels: Iterable[str]) -> ScaleMatch | None:
    """Find the known scale whose labels include all of ``labels``.

    At least two labels must be present. A scale that is a subset of a known one (a 4-point
    agree/disagree scale without the midpoint) matches it; the missing options are left out.
    Returns the tightest fitting scale, or None.
    """
    present = {label_key(label): label for label in labels}
    if len(present) < 2:
        return None
    best: ScaleMatch | None = None
    best_rank: tuple[int, int] | None = None
    for scale in KNOWN_SCALES:
        keys = scale.keys()
        if set(present) <= set(keys):
            ordered = tuple(present[key] for key in keys if key in present)
            rank = (len(scale.labels), 0 if keys[0] in present else 1)  # tightest; then the one whose top was chosen
            if best_rank is None or rank < best_rank:
                best, best_rank = ScaleMatch(scale, ordered), rank
    return best


def full_scale(match: ScaleMatch) -> tuple[str, ...]:
    """All options of the matched scale in order, including ones nobody chose.

    The midpoint of an odd scale is included only when someone chose it: a 4-point
    agree/disagree scale has no midpoint, and the data cannot tell the two apart otherwise.
    """
    present = {label_key(label): label for label in match.ordered}
    keys = match.scale.keys()
    middle = keys[len(keys) // 2] if len(keys) % 2 == 1 else None
    labels = []
    for label, key in zip(match.scale.labels, keys, strict=True):
        if key in present:
            labels.append(present[key])
        elif key != middle:
            labels.append(label)
    return tuple(labels)


_NUMBER = re.compile(r"^-?\d+(\.0+)?$")


def numeric_scale(labels: Iterable[str]) -> tuple[str, ...] | None:
    """If the labels are whole numbers of a rating scale (1-5, 1-7, 1-10, 0-10), the full scale in order."""
    values = set()
    for label in labels:
        text = str(label).strip()
        if not _NUMBER.match(text):
            return None
        values.add(int(float(text)))
    if len(values) < 2:
        return None
    low, high = min(values), max(values)
    if low not in (0, 1) or high > 10:
        return None
    top = 5 if high <= 5 else 7 if high <= 7 else 10
    return tuple(str(v) for v in range(low, top + 1))


def top_boxes(options: tuple[str, ...] | list[str], numeric: bool) -> list[str]:
    """The answers counted by default on an ordered scale: the two most positive options.

    Text scales list the most positive first; numeric scales ascend, so their top boxes are last.
    """
    options = list(options)
    if len(options) < 2:
        return options
    return options[-2:][::-1] if numeric else options[:2]


def is_yes_no(labels: Iterable[str]) -> bool:
    """True if the answers are Yes and/or No, possibly with "Not sure" or similar."""
    keys = {label_key(label) for label in labels}
    return bool(keys) and bool(keys & YES_NO_KEYS) and keys <= (YES_NO_KEYS | YES_NO_EXTRAS)
