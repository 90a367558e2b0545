"""The ordered recognisers that type a column: the first to make a call wins.

Each recogniser is a function ``ColumnEvidence -> Inference | None`` in a small module of its own,
testable alone. To teach the importer a new kind of question, write a recogniser and put it in
RECOGNISERS before the ones it must pre-empt (a recogniser of numbers before ``numbers.recognise``,
which takes every all-number column).

Columns read together (several columns of one question, runs of tick boxes, SPSS multiple-response
sets) are recognised in :mod:`.columns` before these run.
"""

from __future__ import annotations

from collections.abc import Callable

from feedback_gui.core.schema.evidence import ColumnEvidence, Inference
from feedback_gui.core.schema.recognisers import choice, free_text, joined, metadata, nps, numbers, scales, yes_no

Recogniser = Callable[[ColumnEvidence], Inference | None]

RECOGNISERS: tuple[Recogniser, ...] = (
    metadata.recognise,  # timestamps, ids, contact details: never reported
    choice.recognise_empty,  # a header with no answers
    nps.recognise,  # 0-10 "how likely ... recommend" (eNPS): before numbers, which takes every number column
    numbers.recognise,  # all answers numbers: rating scale, 0/1 yes/no, choice codes or numbers
    numbers.recognise_dates,
    free_text.recognise_text_entry,  # text boxes the file declares: Qualtrics "QID5_TEXT", SurveyMonkey open-ended
    joined.recognise_many,  # more answers than any choice has: a multi-select's combinations ...
    free_text.recognise_many,  # ... or free text
    scales.recognise,  # agreement, satisfaction, frequency, quality ... in words; SA / A / N / D / SD
    numbers.recognise_anchored,  # "1 - Strongly disagree", "2", ..., "5 - Strongly agree"
    yes_no.recognise,  # Yes / No (TRUE / FALSE), with Not sure, Don't know, N/A ...
    joined.recognise,  # ", " ";" "|" joins, options recovered, typed text under Other
    free_text.recognise,  # by content: length, words per answer, sentence shape
)


# The recognisers of answers in words, for a column already known to hold text (retyping by hand).
CATEGORICAL: tuple[Recogniser, ...] = (scales.recognise, numbers.recognise_anchored, yes_no.recognise,
                                       joined.recognise, free_text.recognise)


def recognise(column: ColumnEvidence, recognisers: tuple[Recogniser, ...] = RECOGNISERS) -> Inference:
    """The first call any recogniser makes; a demographic or single-choice question if none does."""
    for recogniser in recognisers:
        found = recogniser(column)
        if found is not None:
            return found
    return choice.recognise(column)


__all__ = ["CATEGORICAL", "RECOGNISERS", "Recogniser", "recognise"]
