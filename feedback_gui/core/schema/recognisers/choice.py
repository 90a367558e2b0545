"""The last word: a demographic if the question names one, else a single-choice question; option order."""

from __future__ import annotations

import re

from feedback_gui.core.schema.evidence import HIGH, LOW, MEDIUM, ColumnEvidence, Inference, capped, plural
from feedback_gui.core.schema.roles import demographic_word
from feedback_gui.core.survey import QuestionType

NAME = "choice"
REPEATS = 5  # answers per option at least this many times over (and no more than MAX_CLEAR options): a clear choice
MAX_CLEAR = 15
_LEADING_NUMBER = re.compile(r"^\D{0,12}?(\d[\d,]*)")


def recognise_empty(column: ColumnEvidence) -> Inference | None:
    """A column with a header and no answers: kept as a question nobody answered."""
    if column.values:
        return None
    return Inference(QuestionType.SINGLE_CHOICE).noted("no answers in the file", LOW, "empty")


def recognise(column: ColumnEvidence) -> Inference:
    """A demographic (the question names one: gender, age band, team, grade ...) or a single-choice question."""
    options = order_options(column.substantive, column.totals, list(column.order_hint or ()) or None)
    word = demographic_word(column.header) if len(column.header) <= 100 else None
    n = len(options)
    if word is not None:
        inference = Inference(QuestionType.DEMOGRAPHIC, options, column.excluded, (), column.labels)
        return inference.noted(f"the question names a demographic ('{word}'); {plural(n, 'option')}",
                               capped(MEDIUM, column.answered), NAME)
    inference = Inference(QuestionType.SINGLE_CHOICE, options, column.excluded, (), column.labels)
    if n and n <= MAX_CLEAR and column.answered >= REPEATS * n:
        return inference.noted(f"{plural(n, 'option')}, each chosen many times", capped(HIGH, column.answered), NAME)
    if n > 0.5 * max(column.answered, 1):
        return inference.noted(f"{plural(n, 'different answer')} from {plural(column.answered, 'respondent')}: "
                               "could be free text", capped(LOW, column.answered), NAME)
    return inference.noted(f"{plural(n, 'option')}", capped(MEDIUM, column.answered), NAME)


def order_options(labels: list[str], totals: dict[str, int], hint: list[str] | None = None) -> tuple[str, ...]:
    """Natural order of unscaled options: a given order, age bands by age, else most chosen first."""
    if hint:
        position = {h.casefold(): i for i, h in enumerate(hint)}
        return tuple(sorted(labels, key=lambda x: (position.get(x.casefold(), len(position)), -totals.get(x, 0))))
    starts = {label: _band_start(label) for label in labels}
    if len(labels) >= 2 and all(n is not None for n in starts.values()):
        return tuple(sorted(labels, key=lambda x: starts[x] or (0.0, 0)))  # age, income bands: by where they start
    return tuple(sorted(labels, key=lambda x: (-totals.get(x, 0), x)))


def _band_start(label: str) -> tuple[float, int] | None:
    """Where a band such as "18-24", "55 and over", "> 60" or "Under 25" starts, for sorting."""
    match = _LEADING_NUMBER.match(label)
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    lowered = label.casefold()
    if lowered.startswith(("under", "<", "less than", "below", "up to")):
        return value, -1
    return value, 1 if lowered.startswith((">", "over", "more than", "above")) or "+" in lowered else 0
