"""Net Promoter questions: a 0-10 "how likely ... recommend" rating (eNPS in staff surveys); see schema/nps.py."""

from __future__ import annotations

from feedback_gui.core.schema.evidence import HIGH, ColumnEvidence, Inference, capped, plural
from feedback_gui.core.schema.nps import NPS_OPTIONS, PROMOTER_ANSWERS, recognise_nps
from feedback_gui.core.survey import QuestionType

NAME = "nps"


def recognise(column: ColumnEvidence) -> Inference | None:
    """A Net Promoter question: options "0"-"10", promoters ("9", "10") counted by default."""
    found = recognise_nps(column.header, column.values)
    if found is None:
        return None
    inference = Inference(QuestionType.NPS, NPS_OPTIONS, found.excluded, PROMOTER_ANSWERS, found.labels,
                          numeric_scale=True)
    reason = f"0-10 'how likely ... recommend' rating; {plural(column.answered, 'answer')}"
    return inference.noted(reason, capped(HIGH, column.answered), NAME)
