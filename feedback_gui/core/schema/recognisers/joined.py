"""Multi-select answers joined in one cell (Google Forms ", ", Microsoft Forms ";", "|"), options recovered."""

from __future__ import annotations

from feedback_gui.core.schema.evidence import HIGH, MEDIUM, ColumnEvidence, Inference, capped, plural
from feedback_gui.core.schema.multiselect import detect_joined
from feedback_gui.core.schema.recognisers.free_text import MANY_ANSWERS
from feedback_gui.core.survey import QuestionType

NAME = "joined"
CLEAR_SHARE = 0.2  # joined in at least this share of the answers, with typed text in at most OTHER_SHARE: high
OTHER_SHARE = 0.1


def recognise(column: ColumnEvidence) -> Inference | None:
    """A multi-select question held in one cell, or None."""
    joined = detect_joined(column.values, column.counts, header=column.header)
    if joined is None:
        return None
    answered = column.answered
    spaced = joined.delimiter == "," and sum(", " in v for v in column.values) * 2 >= len(column.values)
    reason = f"joined by '{', ' if spaced else joined.delimiter}' in {plural(joined.joined_answers, 'answer')}; " \
             f"{plural(len(joined.options), 'option')} found"
    if joined.other_answers:
        reason += f"; text in {plural(joined.other_answers, 'answer')} is none of them: counted under Other"
    if joined.hinted:
        reason += "; the question says to select all that apply"
    clear = joined.joined_answers >= CLEAR_SHARE * answered and joined.other_answers <= OTHER_SHARE * answered
    inference = Inference(QuestionType.MULTI_CHOICE, joined.options, (), (), None, joined)
    return inference.noted(reason, capped(HIGH if clear or joined.hinted else MEDIUM, answered), NAME)


def recognise_many(column: ColumnEvidence) -> Inference | None:
    """A multi-select among columns with more distinct answers than any choice question has, or None."""
    return recognise(column) if len(column.values) > MANY_ANSWERS else None
