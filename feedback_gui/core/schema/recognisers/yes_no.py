"""Yes/no questions: Yes / No (Y / N, TRUE / FALSE), with the answers that may sit beside them.

"Not sure", "Unsure", "Maybe", "Partly" stay options (in the denominator, as the inspectorate counts
"Not sure" in User Voice surveys); "Don't know", "I don't know", "Not eligible", "N/A", "Prefer not to
say" leave the denominator. A yes/no question about a protected characteristic ("Do you consider
yourself to have a disability?") is a demographic. 0/1 columns are read in :mod:`.numbers`.
"""

from __future__ import annotations

import re

from feedback_gui.core.schema.evidence import HIGH, MEDIUM, ColumnEvidence, Inference, capped, leave
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.schema.roles import protected_characteristic
from feedback_gui.core.schema.scales import is_yes_no
from feedback_gui.core.survey import QuestionType

NAME = "yes_no"
_TRUE_FALSE = {"true": "Yes", "false": "No"}
# "Have you been treated unfairly because of your age?" asks about treatment, not the characteristic.
ABOUT_TREATMENT = re.compile(r"because|discriminat|unfair|treated|experienc|harass|bull(y|ied)|respect", re.I)


def about_characteristic(header: str) -> str | None:
    """The protected characteristic a short question asks about (not about treatment because of it)."""
    if len(header) > 100 or ABOUT_TREATMENT.search(header):
        return None
    return protected_characteristic(header)


def recognise(column: ColumnEvidence) -> Inference | None:
    """A yes/no question, or None."""
    substantive = column.substantive
    if not substantive:
        return None
    keys = {label_key(s) for s in substantive}
    if keys <= set(_TRUE_FALSE):
        labels = {raw: _TRUE_FALSE.get(label_key(raw), label) for raw, label in column.labels.items()}
        return finish(column, ("Yes", "No"), labels, "TRUE/FALSE answers read as Yes/No", HIGH)
    if not is_yes_no(substantive):
        return None
    extras = [s for s in substantive if s not in ("Yes", "No")]
    reason = "Yes/No answers" + (f" (with {', '.join(extras)} kept as answers)" if extras else "")
    return finish(column, ("Yes", "No", *extras), column.labels, reason, HIGH)


def finish(column: ColumnEvidence, options: tuple[str, ...], labels: dict[str, str], reason: str,
           confidence) -> Inference:
    """The yes/no call (or a demographic, for a characteristic), with what leaves the denominator said."""
    if column.excluded:
        reason += f"; {', '.join(column.excluded)} {leave(len(column.excluded))} the denominator"
    characteristic = about_characteristic(column.header)
    if characteristic is not None:
        inference = Inference(QuestionType.DEMOGRAPHIC, options, column.excluded, (), labels)
        reason = f"yes/no about a protected characteristic ({characteristic}): a demographic; {reason}"
        return inference.noted(reason, capped(MEDIUM, column.answered), NAME)
    inference = Inference(QuestionType.YES_NO, options, column.excluded, ("Yes",), labels)
    return inference.noted(reason, capped(confidence, column.answered), NAME)
