"""What a recogniser is given about one column, and what it returns: a type with its reason and confidence.

Each recogniser (see :mod:`feedback_gui.core.schema.recognisers`) looks at a :class:`ColumnEvidence` (the
header, the column's distinct answers with their counts, hints from the file) and either makes a call, an
:class:`Inference`, or passes (None). Everything here works on distinct answers, never row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from feedback_gui.core.schema.labels import excluded_label, normalise_labels
from feedback_gui.core.schema.multiselect import JoinedOptions
from feedback_gui.core.schema.profile import ColumnProfile
from feedback_gui.core.survey import Confidence, InferenceNote, QuestionType

HIGH, MEDIUM, LOW = Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW
FEW_ANSWERS = 5  # fewer answers than this: a call made from the answers alone is at best low confidence


@dataclass(frozen=True)
class Inference:
    """What a column was inferred to hold, and why."""

    type: QuestionType
    options: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    labels: dict[str, str] | None = None  # cleaned answer -> canonical label
    joined: JoinedOptions | None = None
    numeric_scale: bool = False
    note: InferenceNote = field(default_factory=lambda: InferenceNote("", Confidence.HIGH))

    def noted(self, reason: str, confidence: Confidence, recogniser: str) -> Inference:
        """The same call with its reason and confidence."""
        return replace(self, note=InferenceNote(reason, confidence, recogniser))


@dataclass(frozen=True)
class ColumnEvidence:
    """One column as the recognisers see it."""

    header: str
    values: tuple[str, ...]  # distinct cleaned answers
    counts: tuple[int, ...]  # how often each occurs
    order_hint: tuple[str, ...] | None = None  # the options in the order the file declares (SPSS value labels)
    column_id: str | None = None  # Qualtrics export tag, SPSS variable name
    import_id: str | None = None  # Qualtrics ImportId ("QID5_TEXT")
    text_box: bool = False  # the file marks the column as a text box (SurveyMonkey "Open-Ended Response")
    allow_free_text: bool = True

    @classmethod
    def of(cls, header: str, profile: ColumnProfile, order_hint: list[str] | tuple[str, ...] | None = None,
           **extra: object) -> ColumnEvidence:
        """Evidence from a column profile."""
        hint = tuple(order_hint) if order_hint else None
        return cls(header, profile.values, profile.counts, hint, **extra)  # type: ignore[arg-type]

    @property
    def answered(self) -> int:
        """Non-blank answers."""
        return int(sum(self.counts))

    @cached_property
    def labels(self) -> dict[str, str]:
        """Each answer's canonical spelling."""
        return normalise_labels(self.values, self.counts)

    @cached_property
    def totals(self) -> dict[str, int]:
        """Answers counted by canonical label, in order of first appearance."""
        totals: dict[str, int] = {}
        for value, count in zip(self.values, self.counts, strict=True):
            label = self.labels[value]
            totals[label] = totals.get(label, 0) + count
        return totals

    @cached_property
    def excluded(self) -> tuple[str, ...]:
        """Canonical labels of answers that leave the denominator (Not applicable, Don't know ...)."""
        return tuple(label for label in self.totals if excluded_label(label) is not None)

    @cached_property
    def substantive(self) -> list[str]:
        """Canonical labels of the other answers."""
        return [label for label in self.totals if label not in self.excluded]


def capped(confidence: Confidence, answered: int) -> Confidence:
    """A confidence lowered to "low" when a call rests on fewer than FEW_ANSWERS answers."""
    return LOW if answered < FEW_ANSWERS else confidence


def plural(n: int, word: str) -> str:
    """ "1 answer", "2 answers", "1,797 answers"."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def leave(n: int) -> str:
    """ "leaves" for one answer, "leave" for several."""
    return "leaves" if n == 1 else "leave"
