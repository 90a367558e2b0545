"""Recognising a Net Promoter question: a 0-10 "how likely ... recommend" rating (eNPS for staff surveys).

A column is a Net Promoter question when its header asks how likely the respondent is to recommend
something ("How likely is it that you would recommend ...", "Likelihood to recommend ...") and every
answer is a whole number from 0 to 10, possibly written with its label ("10 - Extremely likely",
"0 (Not at all likely)"), or an end label on its own ("Extremely likely", "Not at all likely", as SPSS
value labels give them), or an answer that leaves the denominator ("Don't know", "Prefer not to say").
A 1-5 or 1-7 "how likely to recommend" scale is an ordinary rating scale, not a Net Promoter question:
the answers must include 0 or go above 7.

Its options are always "0" to "10" (ascending, as numeric scales are kept) and its headline counts the
promoters, "9" and "10".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feedback_gui.core.schema.labels import excluded_label, label_key

NPS_OPTIONS: tuple[str, ...] = tuple(str(v) for v in range(11))
PROMOTER_ANSWERS: tuple[str, ...] = ("9", "10")
PASSIVE_ANSWERS: tuple[str, ...] = ("7", "8")
DETRACTOR_ANSWERS: tuple[str, ...] = tuple(str(v) for v in range(7))

_WORDING = re.compile(r"\blikel(y|ihood)\b[^.?!]{0,120}?\brecommend", re.I)
_NUMBER = re.compile(r"^(\d{1,2})(\.0+)?(\s*([-–—=:(/]|$).*)?$")
_END_LABELS = {  # label keys -> the end of the scale they stand for
    "not at all likely": "0", "not likely at all": "0", "extremely unlikely": "0", "very unlikely": "0",
    "extremely likely": "10", "very likely": "10",
}


@dataclass(frozen=True)
class NpsColumn:
    """What a Net Promoter column holds: each answer's label ("0"-"10" or an excluded answer's canonical label)."""

    labels: dict[str, str]
    excluded: tuple[str, ...]


def is_nps_wording(header: str) -> bool:
    """True if a header asks how likely the respondent is to recommend something."""
    return bool(_WORDING.search(header))


def nps_label(value: str) -> str | None:
    """"0"-"10" for an answer of a 0-10 scale ("10", "10.0", "10 - Extremely likely", "Not at all likely")."""
    text = value.strip()
    match = _NUMBER.match(text)
    if match:
        number = int(match.group(1))
        return str(number) if 0 <= number <= 10 else None
    return _END_LABELS.get(label_key(text))


def recognise_nps(header: str, values: tuple[str, ...]) -> NpsColumn | None:
    """The Net Promoter reading of a column (header and distinct answers), or None if it is not one."""
    if not is_nps_wording(header):
        return None
    column = read_nps_answers(values)
    if column is None:
        return None
    numbers = {int(label) for label in column.labels.values() if label not in column.excluded}
    if len(numbers) < 2 or not (min(numbers) == 0 or max(numbers) > 7):
        return None
    return column


def read_nps_answers(values: tuple[str, ...]) -> NpsColumn | None:
    """Each answer as "0"-"10" or an excluded answer, or None if some answer is neither (any wording)."""
    labels: dict[str, str] = {}
    excluded: dict[str, None] = {}
    for value in values:
        label = nps_label(value)
        if label is None:
            label = excluded_label(value)
            if label is None:
                return None
            excluded[label] = None
        labels[value] = label
    return NpsColumn(labels, tuple(excluded))
