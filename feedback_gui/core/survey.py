"""The survey model: responses (one row per respondent) and the question schema over them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

import pandas as pd


class QuestionType(StrEnum):
    """What kind of question a column (or group of columns) holds."""

    LIKERT = "likert"
    NPS = "nps"  # a 0-10 "how likely ... recommend" rating: promoters 9-10, detractors 0-6
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    FREE_TEXT = "free_text"
    NUMERIC = "numeric"
    DATE = "date"
    DEMOGRAPHIC = "demographic"
    METADATA = "metadata"


CATEGORICAL_TYPES = frozenset(
    {QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
     QuestionType.DEMOGRAPHIC}
)


class MultiEncoding(StrEnum):
    """How a multi-select question is stored."""

    JOINED = "joined"  # one cell, options joined by ";" or ","
    COLUMNS = "columns"  # one column per option, cell holds the option text when ticked
    BINARY = "binary"  # one column per option holding 1/0 or TRUE/FALSE
    CATEGORIES = "categories"  # several columns each holding one chosen option (an SPSS category set)


class Confidence(StrEnum):
    """How sure the importer is of a question's type."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


_CONFIDENCE_ORDER = {Confidence.LOW: 0, Confidence.MEDIUM: 1, Confidence.HIGH: 2}


@dataclass(frozen=True)
class InferenceNote:
    """Why the importer gave a question its type, and how sure it is ("5-point agreement scale", high)."""

    reason: str
    confidence: Confidence = Confidence.HIGH
    recogniser: str = ""  # the recogniser that made the call ("scale_families", "yes_no" ...)

    def to_dict(self) -> dict:
        """JSON-ready form: the shape of the "inference" key of `headlines --json`."""
        return {"reason": self.reason, "confidence": str(self.confidence)}

    @property
    def rank(self) -> int:
        """0 for low confidence, 1 medium, 2 high: sorting by it lists the doubtful calls first."""
        return _CONFIDENCE_ORDER[Confidence(self.confidence)]


@dataclass(frozen=True)
class Question:
    """One question: where its answers are, what type it is, and how it is counted.

    ``columns`` are keys of :attr:`Survey.responses`. Categorical questions hold their answers
    there already normalised (one spelling per answer). ``options`` are the answers that can be
    counted, in natural order; ``excluded`` the answers that leave the denominator (Not
    applicable, Don't know, Prefer not to say) as spelt in the data; ``counted`` the answers
    counted in the headline by default.
    """

    id: str
    text: str
    type: QuestionType
    columns: tuple[str, ...]
    options: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    stem: str | None = None
    multi_encoding: MultiEncoding | None = None
    option_columns: tuple[tuple[str, str], ...] = ()  # (option, column) for COLUMNS/BINARY encodings
    joined_delimiter: str | None = None  # ";" or "," for the JOINED encoding
    numeric_scale: bool = False  # options are numbers of a rating scale (1-5, 0-10)
    inferred_type: QuestionType | None = None  # what the importer inferred, if the user overrode it
    id_from_file: bool = False  # the id came from the file (Qualtrics, SPSS), not made from the text
    inference: InferenceNote | None = None  # the importer's call: reason and confidence (kept when retyped)

    @property
    def column(self) -> str:
        """The question's single column (every type but multi-select in columns)."""
        return self.columns[0]

    @property
    def overridden(self) -> bool:
        """True if the user changed the inferred type."""
        return self.inferred_type is not None and self.inferred_type != self.type

    @property
    def inference_note(self) -> InferenceNote:
        """The reason and confidence to show for this question's type: the importer's, or the user's choice."""
        note = self.inference or InferenceNote("not recorded", Confidence.LOW)
        if self.overridden:
            reason = f"type chosen by the user (the importer read it as {self.inferred_type}: {note.reason})"
            return InferenceNote(reason, Confidence.HIGH, "user")
        return note

    def with_changes(self, **changes: object) -> Question:
        """A copy of the question with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Layout:
    """What the importer found in the file: which rows were headers, titles and notes."""

    tool: str  # "single header", "qualtrics", "surveymonkey", "spss", ...
    header_rows: int
    skipped_top_rows: int
    dropped_bottom_rows: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass
class Survey:
    """A survey: the responses and the questions over them."""

    source: Path
    responses: pd.DataFrame
    questions: list[Question]
    layout: Layout
    raw_columns: dict[str, pd.Series] = field(default_factory=dict, repr=False)

    @property
    def respondents(self) -> int:
        """Number of respondents (rows of responses)."""
        return len(self.responses)

    @property
    def name(self) -> str:
        """A short name for the survey: its file name without extension."""
        return self.source.stem

    def question(self, key: str) -> Question:
        """The question with this id (or, failing that, exactly this text)."""
        for question in self.questions:
            if question.id == key:
                return question
        for question in self.questions:
            if question.text == key:
                return question
        raise KeyError(key)

    def find_question(self, text: str) -> Question:
        """The question whose id or text matches ``text`` exactly, or whose text contains it.

        Raises KeyError naming the text when none or several questions match.
        """
        try:
            return self.question(text)
        except KeyError:
            pass
        needle = text.casefold()
        hits = [q for q in self.questions if needle in q.text.casefold()]
        if len(hits) == 1:
            return hits[0]
        raise KeyError(f"no single question matches {text!r} ({len(hits)} match)")

    def of_type(self, *types: QuestionType) -> list[Question]:
        """The questions of the given types, in file order."""
        return [q for q in self.questions if q.type in types]

    @property
    def reportable(self) -> list[Question]:
        """Every question but metadata."""
        return [q for q in self.questions if q.type != QuestionType.METADATA]

    def doubtful_first(self) -> list[Question]:
        """The reportable questions, the importer's least certain calls first (low, medium, high; file order within).

        What an import preview lists so the user checks the calls most likely to be wrong first."""
        order = {q.id: i for i, q in enumerate(self.reportable)}
        return sorted(self.reportable, key=lambda q: (q.inference_note.rank, order[q.id]))

    @property
    def demographics(self) -> list[Question]:
        """The questions a breakdown can be made by."""
        return self.of_type(QuestionType.DEMOGRAPHIC)

    def replace_question(self, new: Question) -> None:
        """Put ``new`` in place of the question with the same id."""
        self.questions = [new if q.id == new.id else q for q in self.questions]
