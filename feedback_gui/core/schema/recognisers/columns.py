"""Questions held in several columns: one column per option, runs of tick boxes, SPSS multiple-response sets.

- Option columns under one stem ("Question [Option]" in LimeSurvey and Google Forms, SurveyMonkey's second
  header row, Qualtrics "Q4_1"): each holds the option's text, 1/0 (TRUE/FALSE), or Y / Yes when ticked and
  is blank when the question was not shown. The relevant respondents are those shown it (any cell filled,
  a 0 included) for 1/0 columns; those who ticked something for option-text columns, which cannot tell
  "not shown" from "ticked nothing".
- Runs of three or more adjacent TRUE/FALSE (or 1/0) columns with no question of their own, blank in the
  same rows ("Job dissatisfaction", "Interpersonal conflicts" ... in exit surveys): one tick-all-that-apply
  question, never demographics. A run whose columns are blank in different rows is read column by column.
- SPSS multiple-response sets (dichotomy and category sets), as the file declares them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from feedback_gui.core.schema.evidence import HIGH, MEDIUM, capped, plural
from feedback_gui.core.schema.labels import clean_text
from feedback_gui.core.schema.multiselect import binary_values, is_other_specify
from feedback_gui.core.schema.profile import ColumnProfile
from feedback_gui.core.survey import InferenceNote, MultiEncoding

NAME = "columns"
TICK_RUN = 3  # adjacent TRUE/FALSE columns, blank in the same rows, read as one question
_TICK_KEYS = ({"true", "false"}, {"1", "0", "1.0", "0.0"})
_TICKED_ALONE = {"y", "yes", "x", "✓", "✔", "ticked", "checked", "selected", "1", "1.0", "true"}


@dataclass(frozen=True)
class ColumnsCall:
    """A multi-select question found across columns."""

    encoding: MultiEncoding
    options: tuple[str, ...]
    option_columns: tuple[tuple[str, str], ...]  # (option, responses column)
    used: int  # columns of the group read as options (an "Other (please specify)" text column may follow)
    note: InferenceNote


def option_columns(stem: str, labels: Sequence[str], keys: Sequence[str],
                   profiles: Sequence[ColumnProfile]) -> ColumnsCall | None:
    """A multi-select held as one column per option, or None if the group is something else (a matrix)."""
    options: list[str] = []
    pairs: list[tuple[str, str]] = []
    encoding: MultiEncoding | None = None
    used = 0
    answered = np.zeros(len(profiles[0].codes), dtype=bool) if profiles else np.zeros(0, dtype=bool)
    for position, (label, key, profile) in enumerate(zip(labels, keys, profiles, strict=True)):
        last = position == len(labels) - 1
        if last and encoding is not None and used >= 2 and is_other_specify(label):
            options.append(label)
            pairs.append((label, key))
            continue
        values = profile.values
        if values and len(values) == 1 and values[0].casefold() == label.casefold():
            kind = MultiEncoding.COLUMNS
        elif values and (binary_values(values) or _ticked_alone(values)):
            kind = MultiEncoding.BINARY
        elif not values:
            kind = encoding or MultiEncoding.COLUMNS
        else:
            return None
        if encoding is not None and kind is not encoding:
            return None
        encoding = kind
        options.append(label)
        pairs.append((label, key))
        answered |= profile.codes >= 0
        used += 1
    if encoding is None or used < 2:
        return None
    shown = int(answered.sum())
    if encoding is MultiEncoding.BINARY:
        reason = (f"{plural(used, 'column')} under '{_short(stem)}', one per option, ticked or not "
                  f"(1/0, TRUE/FALSE or Y); {plural(shown, 'respondent')} shown it")
    else:
        reason = f"{plural(used, 'column')} under '{_short(stem)}', each holding its option's text when ticked"
    if len(options) > used:
        reason += "; the last column holds text typed under Other"
    note = InferenceNote(reason, capped(HIGH, shown), NAME)
    return ColumnsCall(encoding, tuple(options), tuple(pairs), used, note)


def _ticked_alone(values: Sequence[str]) -> bool:
    """A column holding one tick mark ("Y", "Yes") or nothing: LimeSurvey's multiple-choice columns."""
    return {clean_text(v).casefold() for v in values} <= _TICKED_ALONE


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_tick_box(header: str, profile: ColumnProfile) -> bool:
    """A column that holds only TRUE/FALSE (or only 1/0) under a header that is not a question."""
    if not profile.values or header.rstrip().endswith("?") or len(header) > 80:
        return False
    keys = {clean_text(v).casefold() for v in profile.values}
    return any(keys <= allowed for allowed in _TICK_KEYS)


def tick_box_runs(headers: Sequence[str], profiles: Sequence[ColumnProfile | None]) -> list[tuple[int, int]]:
    """Runs [start, end) of TICK_RUN or more adjacent tick-box columns answered in the same rows.

    ``profiles[i]`` is None for a column that cannot belong to a run (metadata, part of a group)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(headers):
        profile = profiles[i]
        if profile is None or not is_tick_box(headers[i], profile):
            i += 1
            continue
        mask = profile.codes >= 0
        kind = _kind(profile)
        j = i + 1
        while j < len(headers):
            other = profiles[j]
            if other is None or not is_tick_box(headers[j], other) or _kind(other) != kind \
                    or not np.array_equal(other.codes >= 0, mask):
                break
            j += 1
        if j - i >= TICK_RUN:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _kind(profile: ColumnProfile) -> int:
    keys = {clean_text(v).casefold() for v in profile.values}
    return 0 if keys <= _TICK_KEYS[0] else 1


def tick_run_call(headers: Sequence[str], keys: Sequence[str], profiles: Sequence[ColumnProfile]) -> ColumnsCall:
    """One tick-all-that-apply question from a run of tick-box columns."""
    shown = int((profiles[0].codes >= 0).sum())
    reason = (f"{len(headers)} adjacent columns holding only TRUE/FALSE or 1/0, blank in the same rows and with no "
              f"question of their own: read as one tick-all-that-apply question ({plural(shown, 'respondent')} "
              "answered it)")
    note = InferenceNote(reason, capped(MEDIUM, shown), NAME)
    pairs = tuple(zip(headers, keys, strict=True))
    return ColumnsCall(MultiEncoding.BINARY, tuple(headers), pairs, len(headers), note)


def tick_run_text(headers: Sequence[str]) -> str:
    """The text of a tick-box run's question: its options, first and last."""
    return f"{len(headers)} tick boxes: {headers[0]} … {headers[-1]}"


def spss_set_call(kind: str, labels: Sequence[str], keys: Sequence[str], options: Sequence[str],
                  answered: int) -> ColumnsCall:
    """The question an SPSS multiple-response set declares: dichotomy ("D") or category ("C")."""
    if kind == "D":
        note = InferenceNote(f"SPSS multiple-response set (dichotomies): {plural(len(keys), 'variable')}, "
                             "one per option", HIGH, NAME)
        return ColumnsCall(MultiEncoding.BINARY, tuple(labels), tuple(zip(labels, keys, strict=True)), len(keys),
                           note)
    note = InferenceNote(f"SPSS multiple-response set (categories): {plural(len(keys), 'variable')} holding "
                         f"the chosen options; {plural(len(options), 'option')}", capped(HIGH, answered), NAME)
    return ColumnsCall(MultiEncoding.CATEGORIES, tuple(options), tuple(zip(labels, keys, strict=True)), len(keys),
                       note)
