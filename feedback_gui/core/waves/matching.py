"""Pairing questions across two waves: same id, then same wording, then similar wording.

1. **id**: the same question id, when the id comes from the file (an SPSS variable name, a Qualtrics
   question id). Ids the importer made from the text are not used: they are only the first words of it.
2. **text**: the same text once case, punctuation and spacing are ignored.
3. **fuzzy**: the most similar remaining texts (:func:`text_similarity`) above the threshold, best pair
   first. These are *proposed* until the user confirms them (see :mod:`.decisions`).

Only questions with answer options (likert, yes/no, single and multiple choice, demographics) and free
text are matched; free text pairs only with free text. Numbers, dates and metadata are left out.
The user's decisions come first: manual pairs are made before anything else, rejected pairs never made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from feedback_gui.core.project import Project
from feedback_gui.core.schema.labels import clean_text
from feedback_gui.core.survey import Question, QuestionType, Survey
from feedback_gui.core.waves.decisions import MANUAL, MatchDecisions
from feedback_gui.core.waves.settings import DEFAULT_WAVE_SETTINGS, WaveSettings

COMPARABLE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
                              QuestionType.MULTI_CHOICE, QuestionType.DEMOGRAPHIC})
MATCHED_TYPES = COMPARABLE_TYPES | {QuestionType.FREE_TEXT}

AUTO, PROPOSED, CONFIRMED = "auto", "proposed", "confirmed"


def normalise_text(text: str) -> str:
    """A question's wording for comparison: lower case, words and numbers only, single spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", clean_text(text).casefold()))


def text_similarity(a: str, b: str) -> float:
    """How alike two wordings are, 0..1: the mean of rapidfuzz's token-sort and token-set ratios.

    Token sort penalises added or dropped words; token set forgives a clause added to an otherwise
    unchanged question. Their mean keeps both rewordings and extensions above ~0.8 while unrelated
    questions of the same survey stay below ~0.65.
    """
    x, y = normalise_text(a), normalise_text(b)
    return (fuzz.token_sort_ratio(x, y) + fuzz.token_set_ratio(x, y)) / 200.0


def has_file_id(question: Question) -> bool:
    """True if the question's id came from the file rather than being made from its text."""
    return question.id_from_file


@dataclass(frozen=True)
class QuestionRef:
    """Which question, in one wave."""

    id: str
    text: str
    type: QuestionType

    @classmethod
    def of(cls, question: Question) -> QuestionRef:
        """The reference to a question."""
        return cls(question.id, question.text, question.type)


@dataclass(frozen=True)
class QuestionMatch:
    """A question of the earlier wave paired with one of the later wave.

    ``method`` is how they were paired (id, text, fuzzy, manual); ``similarity`` (0..1) how alike their
    wordings are; ``status`` is auto (same id or text), proposed (awaiting the user), confirmed or manual.
    """

    old: QuestionRef
    new: QuestionRef
    method: str
    similarity: float
    status: str

    @property
    def proposed(self) -> bool:
        """True while the user has not confirmed a pairing the app only guessed."""
        return self.status == PROPOSED

    @property
    def free_text(self) -> bool:
        """True for a pair of free-text questions (compared by themes, not proportions)."""
        return self.old.type == QuestionType.FREE_TEXT and self.new.type == QuestionType.FREE_TEXT

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"old": self.old.text, "new": self.new.text, "old_id": self.old.id, "new_id": self.new.id,
                "old_type": str(self.old.type), "new_type": str(self.new.type), "method": self.method,
                "similarity": self.similarity, "status": self.status}


@dataclass(frozen=True)
class WaveMatching:
    """Every pairing between two waves, and what was left over on each side."""

    old_wave: str
    new_wave: str
    pairs: tuple[QuestionMatch, ...]  # in the later wave's question order
    unmatched_old: tuple[QuestionRef, ...]
    unmatched_new: tuple[QuestionRef, ...]
    rejected: tuple[QuestionMatch, ...]  # pairs the user refused, where both questions are present

    def pair_for_new(self, question_id: str) -> QuestionMatch | None:
        """The pairing of the later wave's question with this id, if any."""
        return next((p for p in self.pairs if p.new.id == question_id), None)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"waves": [self.old_wave, self.new_wave], "pairs": [p.to_dict() for p in self.pairs],
                "unmatched_old": [q.text for q in self.unmatched_old],
                "unmatched_new": [q.text for q in self.unmatched_new],
                "rejected": [p.to_dict() for p in self.rejected]}


def matchable(survey: Survey) -> list[Question]:
    """The questions wave matching considers, in file order."""
    return [q for q in survey.questions if q.type in MATCHED_TYPES]


def match_waves(
    old: Survey, new: Survey, settings: WaveSettings = DEFAULT_WAVE_SETTINGS,
    decisions: MatchDecisions | Sequence[dict] = (), old_label: str | None = None, new_label: str | None = None,
) -> WaveMatching:
    """Pair the questions of an earlier and a later wave (see the module docstring for the order)."""
    if not isinstance(decisions, MatchDecisions):
        decisions = MatchDecisions.from_records(list(decisions))
    olds, news = matchable(old), matchable(new)
    key = {id(q): Project.key(q.text) for q in olds + news}
    taken: dict[int, tuple[Question, str, float, str]] = {}  # id(new question) -> (old, method, similarity, status)
    used_old: set[int] = set()

    def free(o: Question, n: Question) -> bool:
        return id(o) not in used_old and id(n) not in taken and (key[id(o)], key[id(n)]) not in decisions.rejected

    def take(o: Question, n: Question, method: str, similarity: float, status: str) -> None:
        if (key[id(o)], key[id(n)]) in decisions.confirmed and status == PROPOSED:
            status = CONFIRMED
        taken[id(n)] = (o, method, similarity, status)
        used_old.add(id(o))

    for old_key, new_key in decisions.manual:
        o = next((q for q in olds if key[id(q)] == old_key and id(q) not in used_old), None)
        n = next((q for q in news if key[id(q)] == new_key and id(q) not in taken), None)
        if o is not None and n is not None:
            take(o, n, MANUAL, text_similarity(o.text, n.text), MANUAL)
    for o in olds:
        n = next((q for q in news if q.id == o.id), None) if has_file_id(o) else None
        if n is not None and has_file_id(n) and free(o, n):
            similarity = text_similarity(o.text, n.text)
            same = normalise_text(o.text) == normalise_text(n.text)
            take(o, n, "id", similarity, AUTO if same or similarity >= settings.fuzzy_threshold else PROPOSED)
    for o in olds:
        n = next((q for q in news if normalise_text(q.text) == normalise_text(o.text) and free(o, q)), None)
        if n is not None:
            take(o, n, "text", 1.0, AUTO)
    _fuzzy(olds, news, settings.fuzzy_threshold, free, take)

    pairs = tuple(QuestionMatch(QuestionRef.of(o), QuestionRef.of(n), method, similarity, status)
                  for n in news if id(n) in taken for o, method, similarity, status in [taken[id(n)]])
    rejected = tuple(QuestionMatch(QuestionRef.of(o), QuestionRef.of(n), MANUAL, text_similarity(o.text, n.text),
                                   "rejected")
                     for o in olds for n in news if (key[id(o)], key[id(n)]) in decisions.rejected)
    return WaveMatching(old_label or old.source.name, new_label or new.source.name, pairs,
                        tuple(QuestionRef.of(q) for q in olds if id(q) not in used_old),
                        tuple(QuestionRef.of(q) for q in news if id(q) not in taken), rejected)


def _fuzzy(olds: list[Question], news: list[Question], threshold: float, free, take) -> None:
    """Pair the remaining questions of the same kind, most similar first, above the threshold."""
    for free_text in (False, True):
        left = [q for q in olds if (q.type == QuestionType.FREE_TEXT) == free_text]
        right = [q for q in news if (q.type == QuestionType.FREE_TEXT) == free_text]
        if not left or not right:
            continue
        a, b = [normalise_text(q.text) for q in left], [normalise_text(q.text) for q in right]
        scores = (process.cdist(a, b, scorer=fuzz.token_sort_ratio, dtype=np.float64)
                  + process.cdist(a, b, scorer=fuzz.token_set_ratio, dtype=np.float64)) / 200.0
        candidates = sorted((-scores[i, j], i, j) for i in range(len(left)) for j in range(len(right))
                             if scores[i, j] >= threshold)
        for negative, i, j in candidates:
            if free(left[i], right[j]):
                take(left[i], right[j], "fuzzy", float(-negative), PROPOSED)
