"""Free text, decided by what the answers read like: length, words per answer, sentence shape, variety.

A comment question whose answers repeat ("Nothing", "N/A", a sentence pasted by several people) is still
free text; a choice question whose options happen to be long is not, because its answers repeat a
handful of options. Filler answers ("Nothing", "None", "N/A", "-") are left out of the measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feedback_gui.core.schema.evidence import HIGH, MEDIUM, ColumnEvidence, Inference, capped, plural
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.schema.roles import is_demographic_header
from feedback_gui.core.survey import QuestionType

NAME = "free_text"
UNIQUE_SHARE = 0.5  # at least this share of the answers given by one respondent only ...
SENTENCE_WORDS = 3.0  # ... averaging at least this many words: free text
LONG_WORDS = 6.0  # answers this long on average are comments even when many repeat ...
SOME_UNIQUE = 0.2  # ... as long as at least this share are given once
SENTENCE_SHARE = 0.5  # or when at least this share of the answers are shaped like sentences
MANY_ANSWERS = 500  # more distinct answers than this: free text unless a multi-select (no choice has so many)
_FILLER = frozenset({"nothing", "none", "n/a", "na", "no", "nil", "-", "--", ".", "no comment", "no comments",
                     "nothing to add", "nothing else", "not applicable", "no thanks", "no thank you", "nope",
                     "none at all", "nothing at all", "no further comments", "x"})
_FUNCTION_WORDS = frozenset({"i", "we", "my", "our", "the", "is", "was", "are", "it", "to", "and", "but",
                             "because", "would", "should", "could", "be", "have", "has", "not", "more", "very"})
COMMENT_PROMPT = re.compile(
    r"\b(comments?|explain|describe|tell us|why\b|suggest|feedback|anything else|other thoughts|in your own words"
    r"|please specify|improve|what (one thing|could|would|has|do|did|is the|are the))", re.I)


@dataclass(frozen=True)
class TextStats:
    """Measures of a column's answers (filler left out), weighted by how often each is given."""

    answers: int
    distinct: int
    given_once: int  # answers nobody else gave
    mean_words: float
    sentence_share: float

    @classmethod
    def of(cls, values: tuple[str, ...], counts: tuple[int, ...]) -> TextStats:
        """The measures of distinct answers and their counts."""
        answers = distinct = once = words = sentences = 0
        for value, count in zip(values, counts, strict=True):
            if label_key(value) in _FILLER:
                continue
            n_words = len(value.split())
            answers += count
            distinct += 1
            once += count if count == 1 else 0
            words += n_words * count
            if n_words >= 4 and (value.rstrip()[-1:] in ".!?" or _FUNCTION_WORDS & set(value.casefold().split())):
                sentences += count
        return cls(answers, distinct, once, words / max(answers, 1), sentences / max(answers, 1))

    @property
    def unique_share(self) -> float:
        """Share of the answers given by one respondent only."""
        return self.given_once / max(self.answers, 1)


def recognise(column: ColumnEvidence) -> Inference | None:
    """Free text, or None."""
    if not column.allow_free_text or len(column.values) <= 2:
        return None
    stats = TextStats.of(column.values, column.counts)
    if stats.distinct <= 2:
        return None
    words = f"{stats.mean_words:.1f} words on average"
    once = f"{plural(stats.given_once, 'answer')} of {stats.answers:,} given once"
    if stats.unique_share >= UNIQUE_SHARE and stats.mean_words >= SENTENCE_WORDS:
        return _call(column, f"answers read like comments ({words}; {once})", HIGH)
    if stats.unique_share >= SOME_UNIQUE and stats.mean_words >= LONG_WORDS:
        return _call(column, f"long answers ({words}), some repeated ({once})", MEDIUM)
    if stats.unique_share >= SOME_UNIQUE and stats.sentence_share >= SENTENCE_SHARE \
            and stats.mean_words >= SENTENCE_WORDS:
        return _call(column, f"answers shaped like sentences ({stats.sentence_share:.0%}; {words}), some repeated",
                     MEDIUM)
    if COMMENT_PROMPT.search(column.header) and stats.unique_share >= SOME_UNIQUE \
            and stats.mean_words >= SENTENCE_WORDS:
        return _call(column, f"the question asks for comments; {words}, {once}", MEDIUM)
    if is_demographic_header(column.header) and len(column.header) <= 100:
        return None
    answered, distinct = column.answered, len(column.values)
    if distinct >= 0.5 * answered and (stats.mean_words >= 4 or distinct > 50):
        return _call(column, f"most answers are different ({distinct:,} different of {answered:,}; {words})", HIGH)
    if distinct > 60 and stats.mean_words >= 3:
        return _call(column, f"{distinct:,} different answers ({words})", MEDIUM)
    return None


def recognise_text_entry(column: ColumnEvidence) -> Inference | None:
    """A text box the file declares (Qualtrics ImportId "QID5_TEXT", SurveyMonkey "Open-Ended Response"), whatever
    its answers read like (repeated "Nothing", a pasted sentence); numbers are read first."""
    if not column.values:
        return None
    if column.import_id and column.import_id.upper().endswith("_TEXT"):
        reason = f"a Qualtrics text-entry question (ImportId {column.import_id})"
        return Inference(QuestionType.FREE_TEXT).noted(reason, HIGH, NAME)  # the file says so: however few answers
    if column.text_box:
        return Inference(QuestionType.FREE_TEXT).noted("the export marks it \"Open-Ended Response\"", HIGH, NAME)
    return None


def recognise_many(column: ColumnEvidence) -> Inference | None:
    """More different answers than any choice question has: free text (a joined multi-select is tried first)."""
    if len(column.values) <= MANY_ANSWERS:
        return None
    return _call(column, f"{len(column.values):,} different answers", HIGH)


def _call(column: ColumnEvidence, reason: str, confidence) -> Inference:
    return Inference(QuestionType.FREE_TEXT).noted(reason, capped(confidence, column.answered), NAME)
