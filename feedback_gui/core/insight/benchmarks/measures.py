"""Which answers a benchmark figure counts, and which of a matched question's answers to count to compare.

A CSPS measure says what its % counts: "% selecting 'Strongly agree' or 'Agree'", "% selecting '7 to
10', where 10 is ...", "% selecting 'Yes'". When a benchmark wording has several figures (one per
answer: "Yes", "No", "Prefer not to say"), the one whose answers are the question's counted answers is
compared; failing that, the first whose answers are all answers of the question. Answers are compared
with case and spacing ignored; "7 to 10" on a numeric scale means 7, 8, 9 and 10.

When the benchmark's answers are not answers of the question (a Yes/No question matched with an
agreement statement), a benchmark with a single figure is compared with the question's own counted
answers, its % positive; such pairs are never matched without the user seeing them (they come from
similar wording, so they are proposed).
"""

from __future__ import annotations

import re

from feedback_gui.core.insight.benchmarks.sets import BenchmarkRow
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.survey import Question

_QUOTED = re.compile(r"'([^']+)'")
_RANGE = re.compile(r"^(\d+)\s*(?:to|-|–)\s*(\d+)$")


def measure_labels(measure: str) -> tuple[str, ...]:
    """The answers a measure counts, as written ("% selecting 'Strongly agree' or 'Agree'" -> both)."""
    if "selecting" not in measure.casefold():
        return ()
    return tuple(label.strip() for label in _QUOTED.findall(measure) if label.strip())


def labels_in_question(labels: tuple[str, ...], question: Question) -> tuple[str, ...] | None:
    """The question's own spelling of the measure's answers, or None if some are not answers of it."""
    options = {label_key(o): o for o in question.options}
    found: list[str] = []
    for label in labels:
        span = _RANGE.match(label.strip())
        if span and question.numeric_scale:
            low, high = int(span.group(1)), int(span.group(2))
            numbers = [str(v) for v in range(low, high + 1)]
            if not all(n in options for n in numbers):
                return None
            found += [options[n] for n in numbers]
            continue
        key = label_key(label)
        if key not in options:
            return None
        found.append(options[key])
    return tuple(dict.fromkeys(found)) or None


def choose_row(question: Question, rows: tuple[BenchmarkRow, ...]) -> tuple[BenchmarkRow, tuple[str, ...]] | None:
    """The benchmark figure to compare the question with and the question's answers to count, or None."""
    counted = {label_key(c) for c in question.counted}
    fitting = []
    for row in rows:
        labels = labels_in_question(measure_labels(row.measure), question)
        if labels is not None:
            fitting.append((row, labels))
    for row, labels in fitting:
        if {label_key(label) for label in labels} == counted:
            return row, labels
    if fitting:
        return fitting[0]
    if len(rows) == 1 and question.counted:
        return rows[0], tuple(question.counted)
    return None
