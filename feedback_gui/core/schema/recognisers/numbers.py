"""Columns of numbers and dates: rating scales (1-5, 0-10), 0/1 yes/no, coded choices, plain numbers, dates.

Also rating scales whose numbers carry their end labels ("1 - Strongly disagree", "2", "3", "4",
"5 - Strongly agree"), which :func:`recognise_anchored` reads after the word scales have passed.
"""

from __future__ import annotations

import re

from feedback_gui.core.schema.evidence import HIGH, MEDIUM, ColumnEvidence, Inference, capped
from feedback_gui.core.schema.recognisers.yes_no import finish as yes_no_call
from feedback_gui.core.schema.scale_families import KNOWN_DIMENSIONS, number_anchor, parse_label, scale_key
from feedback_gui.core.schema.scales import numeric_scale, top_boxes
from feedback_gui.core.survey import QuestionType

NAME = "numbers"
NUMBER = re.compile(r"^[-+]?(\d+([.,]\d*)?|\.\d+)([eE][-+]?\d+)?$")
RATING_WORDS = re.compile(
    r"\b(scale|rate|rating|score|how likely|how satisfied|how well|out of (5|10)|[01] ?(-|to|–) ?(5|7|10))\b", re.I
)
DATE = re.compile(
    r"^(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?"
    r"( ?[AP]M)?( ?[A-Z]{2,4}| ?[+-]\d{2}:?\d{2}|Z)?)?$",
    re.I,
)
_QUALTRICS_CHOICE = re.compile(r"^QID\d+$")  # a choice question's ImportId (text entry ends "_TEXT")
_ZERO_ONE = {"0": "No", "1": "Yes", "0.0": "No", "1.0": "Yes"}
MAX_CODES = 20  # more distinct whole numbers than this in a Qualtrics choice question: read as numbers


def recognise(column: ColumnEvidence) -> Inference | None:
    """Numbers (as a rating scale, yes/no, choice codes or plain numbers), or None if not all answers are numbers."""
    values = column.values
    if not values or not all(NUMBER.match(v) for v in values):
        return None
    scale = numeric_scale(values)
    words = RATING_WORDS.search(column.header)
    if scale is not None and (words or column.order_hint):
        why = "rating words in the question" if words else "the file declares its values"
        inference = Inference(QuestionType.LIKERT, scale, (), tuple(top_boxes(scale, True)), numeric_scale=True)
        return inference.noted(f"{scale[0]}–{scale[-1]} rating scale ({why})", capped(HIGH, column.answered), NAME)
    if set(values) <= set(_ZERO_ONE) and len(values) == 2:
        labels = {v: _ZERO_ONE[v] for v in values}
        return yes_no_call(column, ("Yes", "No"), labels, "answers are only 0 and 1: read as No/Yes", MEDIUM)
    if column.import_id and _QUALTRICS_CHOICE.match(column.import_id) and _small_codes(values):
        options = tuple(sorted(values, key=float))
        inference = Inference(QuestionType.SINGLE_CHOICE, options, (), (), None)
        reason = "numbers in a Qualtrics choice question: choice codes (the export has no choice text)"
        return inference.noted(reason, capped(MEDIUM, column.answered), NAME)
    inference = Inference(QuestionType.NUMERIC)
    if scale is not None:
        reason = f"whole numbers {min(values, key=float)}–{max(values, key=float)} and no rating words in the question"
        return inference.noted(reason + ": read as numbers (could be a rating scale)", capped(MEDIUM, column.answered),
                               NAME)
    return inference.noted("numbers", capped(HIGH, column.answered), NAME)


def _small_codes(values: tuple[str, ...]) -> bool:
    return len(values) <= MAX_CODES and all(float(v.replace(",", ".")).is_integer() for v in values)


def recognise_dates(column: ColumnEvidence) -> Inference | None:
    """Dates and times (at least 95% of the answers), or None."""
    if not column.values or not mostly(column.values, column.counts, lambda v: bool(DATE.match(v))):
        return None
    return Inference(QuestionType.DATE).noted("dates", capped(HIGH, column.answered), NAME)


def mostly(values: tuple[str, ...], counts: tuple[int, ...], test, share: float = 0.95) -> bool:
    """True if at least ``share`` of the answers pass ``test`` (a sample of 50 rules out most columns at once)."""
    sample = values[:50]
    if sum(1 for v in sample if not test(v)) > (1 - share) * len(sample) + 1:
        return False
    hits = sum(c for v, c in zip(values, counts, strict=True) if test(v))
    return hits >= share * sum(counts)


def recognise_anchored(column: ColumnEvidence) -> Inference | None:
    """A numeric rating scale with labelled ends ("1 - Strongly disagree" ... "5 - Strongly agree"), or None."""
    numbers: dict[str, int] = {}
    anchors: dict[int, str] = {}
    for value in column.values:
        if re.fullmatch(r"\d{1,2}", value):
            numbers[value] = int(value)
            continue
        found = number_anchor(value)
        if found is None:
            return None
        numbers[value] = found[0]
        anchors[found[0]] = found[1]
    if not anchors or len(set(numbers.values())) < 2:
        return None
    scale = numeric_scale(str(n) for n in numbers.values())
    if scale is None:
        return None
    context = [scale_key(a) for a in anchors.values()]
    points = {n: parse_label(text, context) for n, text in anchors.items()}
    if any(p is None for p in points.values()):
        return None
    dimensions = {p.dimension for p in points.values() if p is not None}
    signs = {p.score > 0 for p in points.values() if p is not None}
    if len(dimensions) != 1 or not (dimensions & KNOWN_DIMENSIONS or len(signs) == 2):
        return None  # "1 - North" is not the end of a scale
    low, high = min(points), max(points)
    ascending = (points[high].score > 0) if high in points else (points[low].score < 0)  # type: ignore[union-attr]
    options = scale if ascending else scale[::-1]
    labels = {value: str(n) for value, n in numbers.items()}
    ends = ", ".join(f"{n} = {anchors[n]}" for n in sorted(anchors))
    reason = f"{scale[0]}–{scale[-1]} rating scale with labelled ends ({ends})"
    if not ascending:
        reason += "; the favourable end is the lowest number"
    inference = Inference(QuestionType.LIKERT, options, (), tuple(top_boxes(options, True)), labels,
                          numeric_scale=True)
    return inference.noted(reason, capped(HIGH, column.answered), NAME)


__all__ = ["DATE", "NUMBER", "RATING_WORDS", "mostly", "recognise", "recognise_anchored", "recognise_dates"]
