"""The user's own indices and theme scores: what they are, and keeping them in the project.

Each is one dict in ``Project.indices``::

    {"name": "Wellbeing", "kind": "index", "questions": ["I feel valued for the work I do", ...]}

``kind`` is ``"index"`` (rating-scale questions scored 0-100, averaged per respondent, then over
respondents: see :mod:`.indices`) or ``"theme"`` (% positive averaged over the questions). Questions are
found by their text with case and spacing ignored (``Project.key``), so a definition applies to the next
wave of the same survey; a question the next wave lacks is reported as missing. Names are unique,
case ignored: recording a definition replaces any other of the same name. Records the code cannot read
are kept in the project but ignored. (Undo lives in the app: it puts the previous list back.)
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.scoring import is_scored
from feedback_gui.core.project import Project
from feedback_gui.core.survey import Question, QuestionType, Survey

INDEX, THEME = "index", "theme"
KINDS = (INDEX, THEME)
THEME_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE})


@dataclass(frozen=True)
class IndexDefinition:
    """A named set of questions to average: an index (scores) or a theme (% positive)."""

    name: str
    questions: tuple[str, ...]
    kind: str = INDEX

    def to_dict(self) -> dict:
        """The record kept in the project."""
        return {"name": self.name, "kind": self.kind, "questions": list(self.questions)}

    @classmethod
    def from_dict(cls, record: object) -> IndexDefinition | None:
        """A definition from a project record, or None if the record cannot be read."""
        if not isinstance(record, dict):
            return None
        name, kind, questions = record.get("name"), record.get("kind", INDEX), record.get("questions")
        if not isinstance(name, str) or not name.strip() or kind not in KINDS or not isinstance(questions, list):
            return None
        texts = tuple(q for q in questions if isinstance(q, str) and q.strip())
        return cls(name.strip(), texts, kind) if texts else None


def usable(question: Question, kind: str) -> bool:
    """True if the question can be part of an index (a rating scale) or a theme (counted answers, one answer)."""
    if kind == INDEX:
        return is_scored(question)
    return question.type in THEME_TYPES and bool(question.counted)


def resolve_questions(survey: Survey, definition: IndexDefinition) -> tuple[list[Question], tuple[str, ...]]:
    """The definition's questions found in this survey (survey order) and the texts not found or not usable."""
    wanted = {Project.key(text): text for text in definition.questions}
    found = [q for q in survey.questions if Project.key(q.text) in wanted and usable(q, definition.kind)]
    keys = {Project.key(q.text) for q in found}
    return found, tuple(text for key, text in wanted.items() if key not in keys)


def make_definition(survey: Survey, name: str, questions: list[str], kind: str = INDEX) -> IndexDefinition:
    """A checked definition: a name, a known kind, and questions of this survey that fit it (ids or texts)."""
    if not name.strip():
        raise FeedbackError("an index needs a name")
    if kind not in KINDS:
        raise FeedbackError(f"unknown kind {kind!r} (use {' or '.join(KINDS)})")
    if not questions:
        raise FeedbackError(f"{name}: choose at least one question")
    texts = []
    for key in questions:
        try:
            question = survey.find_question(key)
        except KeyError as exc:
            raise FeedbackError(f"{name}: {exc.args[0]}") from None
        if not usable(question, kind):
            what = "a rating-scale question" if kind == INDEX else "a question with counted answers"
            raise FeedbackError(f"{name}: {question.text!r} is not {what}")
        texts.append(question.text)
    return IndexDefinition(name.strip(), tuple(dict.fromkeys(texts)), kind)


def index_definitions(project: Project | None) -> list[IndexDefinition]:
    """The readable definitions kept in a project, in the order they were made."""
    if project is None:
        return []
    return [d for d in (IndexDefinition.from_dict(r) for r in project.indices) if d is not None]


def record_index(project: Project, definition: IndexDefinition) -> None:
    """Keep a definition in the project, in place of any of the same name (case ignored)."""
    for position, record in enumerate(project.indices):
        old = IndexDefinition.from_dict(record)
        if old is not None and old.name.casefold() == definition.name.casefold():
            project.indices[position] = definition.to_dict()
            return
    project.indices.append(definition.to_dict())


def remove_index(project: Project, name: str) -> IndexDefinition | None:
    """Forget the definition of this name (case ignored); returns it, or None if there was none."""
    for position, record in enumerate(project.indices):
        old = IndexDefinition.from_dict(record)
        if old is not None and old.name.casefold() == name.casefold():
            del project.indices[position]
            return old
    return None
