"""Matching a reference profile to a survey: characteristics to demographic questions, groups to answers.

A reference characteristic goes to the demographic question that, in order of preference: the
caller names; names the same protected characteristic ("Gender" and "Sex"; "Disability" and "Do you
consider yourself to have a disability?"); has the same text; or contains every word of the
characteristic's name ("Sentence type" and "What type of sentence are you on?"). Groups match when their labels are the
same once case, spacing, bracketed asides ("Licence (after prison)"), number ranges ("18 to 24") and
known synonyms (Female/Woman, Yes/Disabled ...) are set aside. Reference groups that record no
value ("Not recorded", "Unknown") are not compared. What matches nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from feedback_gui.core.analysis.breakdown import NOT_STATED, group_labels
from feedback_gui.core.equality.reference import Reference, ReferenceCharacteristic
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.schema.labels import excluded_label, label_key
from feedback_gui.core.schema.roles import protected_characteristic
from feedback_gui.core.survey import Question, Survey

_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("female", "woman", "women", "females", "f", "girl"),
    ("male", "man", "men", "males", "m", "boy"),
    ("yes", "disabled", "disability", "has a disability", "with a disability", "yes disabled", "disabled person"),
    ("no", "not disabled", "no disability", "non disabled", "without a disability", "no not disabled"),
    ("non-binary", "nonbinary", "non binary"),
    ("mixed", "mixed ethnicity", "mixed or multiple ethnic groups", "mixed or multiple"),
    ("asian british", "asian or asian british"),
    ("black british", "black or black british"),
    ("community order", "community sentence"),
    ("licence", "on licence", "post-release licence", "post release licence"),
)
_CANONICAL = {word: group[0] for group in _SYNONYMS for word in group}
_UNKNOWN = {"not recorded", "unknown", "not known", "not stated", "missing", "undisclosed", "not disclosed",
            "declined", "refused", "information refused", "prefer not to say", "blank", "no data"}
_STOP = {"the", "a", "an", "of", "and", "or", "your", "you", "are", "on", "in", "what", "do", "is", "to"}


@dataclass(frozen=True)
class CharacteristicMatch:
    """How one reference characteristic lines up with the survey."""

    characteristic: str  # reference name
    protected: str | None  # "sex", "age", ... or None
    question_id: str | None
    question_text: str | None
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (reference group, survey answers counted in it)
    not_recorded: tuple[str, ...]  # reference groups that record no value ("Not recorded"), not compared
    unmatched_answers: tuple[str, ...]  # survey answers that are in no reference group

    @property
    def matched(self) -> bool:
        """True if a survey question was found."""
        return self.question_id is not None

    def group_of(self, answer: str) -> str | None:
        """The reference group a survey answer belongs to, if any."""
        for group, answers in self.groups:
            if answer in answers:
                return group
        return None

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"characteristic": self.characteristic, "protected": self.protected, "question": self.question_id,
                "question_text": self.question_text,
                "groups": [{"group": g, "answers": list(a)} for g, a in self.groups],
                "not_recorded": list(self.not_recorded), "unmatched_answers": list(self.unmatched_answers)}


def group_key(label: str) -> str:
    """The key under which two spellings of a group are the same ("18 to 24" and "18-24")."""
    key = label_key(label)
    key = re.sub(r"\s*\([^)]*\)", "", key).strip()
    key = re.sub(r"(\d+)\s*(?:-|to)\s*(\d+)", r"\1-\2", key)
    key = re.sub(r"^(\d+)\s*(?:\+|plus|and over|or over|and older|or older|and above)$", r"\1+", key)
    key = re.sub(r"^(?:over|aged over)\s+(\d+)$", r"\1+", key)  # loose: "over 55" read as "55+"
    key = re.sub(r"\s*[:\-/]\s*", " ", key) if not re.search(r"\d", key) else key
    key = re.sub(r"\s+", " ", key).strip()
    return _CANONICAL.get(key, key)


def is_not_recorded(label: str) -> bool:
    """True for a reference group that records no value ("Not recorded", "Unknown", "Prefer not to say")."""
    return label_key(label) in _UNKNOWN or excluded_label(label) is not None


def candidate_questions(survey: Survey) -> list[Question]:
    """Questions a reference characteristic can match: the survey's demographics (as typed, or as the user retyped)."""
    return survey.demographics


def match_reference(survey: Survey, reference: Reference, columns: Mapping[str, str] | None = None,
                    aliases: Mapping[str, str] | None = None) -> tuple[CharacteristicMatch, ...]:
    """Line up every reference characteristic with a survey question and its groups with answers.

    ``columns`` names the question (id or text) for a characteristic; ``aliases`` maps a survey answer
    to the reference group it belongs to, for spellings the built-in synonyms miss.
    """
    columns = {label_key(k): v for k, v in (columns or {}).items()}
    aliases = {label_key(k): v for k, v in (aliases or {}).items()}
    return tuple(_match_one(survey, item, columns.get(label_key(item.name)), aliases)
                 for item in reference.characteristics)


def _match_one(survey: Survey, item: ReferenceCharacteristic, column: str | None,
               aliases: Mapping[str, str]) -> CharacteristicMatch:
    protected = protected_characteristic(item.name)
    try:
        question = survey.find_question(column) if column else _find_question(survey, item.name, protected)
    except KeyError as exc:
        raise FeedbackError(f"{item.name}: {exc.args[0]}") from None
    not_recorded = tuple(g.label for g in item.groups if is_not_recorded(g.label))
    compared = [g.label for g in item.groups if g.label not in not_recorded]
    if question is None:
        return CharacteristicMatch(item.name, protected, None, None, tuple((g, ()) for g in compared),
                                   not_recorded, ())
    protected = protected or protected_characteristic(question.text)
    answers = [a for a in dict.fromkeys([*question.options, *group_labels(survey, question).unique()])
               if a != NOT_STATED and a not in question.excluded]
    by_key = {group_key(g): g for g in compared}
    placed: dict[str, list[str]] = {g: [] for g in compared}
    unmatched = []
    for answer in answers:
        alias = aliases.get(label_key(answer))
        target = by_key.get(group_key(alias)) if alias else by_key.get(group_key(answer))
        if target is None:
            unmatched.append(answer)
        else:
            placed[target].append(answer)
    return CharacteristicMatch(item.name, protected, question.id, question.text,
                               tuple((g, tuple(placed[g])) for g in compared), not_recorded, tuple(unmatched))


def _find_question(survey: Survey, name: str, protected: str | None) -> Question | None:
    candidates = candidate_questions(survey)
    if protected:
        same = [q for q in candidates if protected_characteristic(q.text) == protected]
        if len(same) == 1:
            return same[0]
        exact = [q for q in same if label_key(q.text) == label_key(name)]
        if exact:
            return exact[0]
    for q in candidates:
        if label_key(q.text) == label_key(name) or label_key(q.id) == label_key(name):
            return q
    words = _words(name)
    hits = [q for q in candidates if words and words <= _words(q.text)]
    return hits[0] if len(hits) == 1 else None


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _STOP}
