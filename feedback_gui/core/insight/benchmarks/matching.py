"""Pairing a survey's questions with benchmark questions by their wording (the waves matching, reused).

1. **manual**: pairs the user made by hand (kept in the project) come first.
2. **text**: the same wording once case, punctuation and spacing are ignored (:func:`normalise_text`),
   where "[my organisation]" in the benchmark stands for any name of up to eight words ("HMPPS", "the
   Probation Service") and a question number in front ("B33.", "Q4") is allowed. These are matched.
3. **fuzzy**: the most similar remaining wordings (:func:`text_similarity`, the waves' measure, with
   "[my organisation]" replaced by the name found in step 2) at or above the threshold and sharing a
   content word, best pair first. These are *proposed* (``"proposed": true``) until the user confirms them.

Rejected pairs are never made; confirmed ones stop being proposed. Net Promoter questions are matched
only by wording (step 2): a 0-10 scale is not comparable with an agreement question that merely sounds
alike. Each benchmark wording pairs with one question at most, and each question with one wording.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from feedback_gui.core.insight.benchmarks.decisions import BenchmarkDecisions
from feedback_gui.core.insight.benchmarks.sets import BenchmarkRow
from feedback_gui.core.project import Project
from feedback_gui.core.survey import Question, QuestionType
from feedback_gui.core.waves.matching import normalise_text, text_similarity

DEFAULT_THRESHOLD = 0.55
MATCHED_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE})
TEXT, FUZZY, MANUAL = "text", "fuzzy", "manual"
_PLACEHOLDER = re.compile(r"\[\s*my organi[sz]ation\s*\]", re.I)
_ORG = r"(?P<org{n}>(?:[a-z0-9]+ ){{0,7}}[a-z0-9]+)"
_NUMBER = r"(?:(?:q|b|question )?\d+[a-z]? )?"
_STOP = frozenset("""a an the and or of to in on at for with by from as is are was were be been being i me my we our
you your they them their it its this that these those do does did have has had not no yes how what which who when
where why there here about into than then so if any all some more most very can could would should will may might
feel think people work job""".split())


@dataclass(frozen=True)
class BenchmarkMatch:
    """A survey question paired with a benchmark wording (and the benchmark rows sharing that wording)."""

    question: Question
    rows: tuple[BenchmarkRow, ...]
    method: str  # text, fuzzy or manual
    similarity: float
    proposed: bool


def wording_pattern(text: str) -> re.Pattern[str]:
    """A regular expression matching the normalised wording, "[my organisation]" standing for any short name."""
    parts = [normalise_text(part) for part in _PLACEHOLDER.split(text)]
    pieces = []
    for i, part in enumerate(parts):
        if i:
            pieces.append(_ORG.format(n=i))
        if part:
            pieces.append(re.escape(part))
    return re.compile(f"^{_NUMBER}{' '.join(pieces)}$")


def content_words(text: str) -> set[str]:
    """The wording's content words, crudely stemmed ("workloads" = "workload")."""
    return {w[:-1] if len(w) > 4 and w.endswith("s") else w
            for w in normalise_text(_PLACEHOLDER.sub(" ", text)).split() if w not in _STOP and len(w) > 2}


def match_benchmark(
    questions: list[Question], rows: tuple[BenchmarkRow, ...], decisions: BenchmarkDecisions | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[list[BenchmarkMatch], list[Question]]:
    """Pair questions with benchmark rows; returns the matches (in survey order) and the questions left over."""
    decisions = decisions or BenchmarkDecisions()
    candidates = [q for q in questions if q.type in MATCHED_TYPES and q.counted]
    groups: dict[str, list[BenchmarkRow]] = {}
    for row in rows:
        groups.setdefault(Project.key(row.text), []).append(row)
    texts = {key: group[0].text for key, group in groups.items()}
    taken: dict[str, tuple[str, str, float, bool]] = {}  # question id -> (group key, method, similarity, proposed)
    used: set[str] = set()

    def free(question: Question, key: str) -> bool:
        return question.id not in taken and key not in used and \
            (Project.key(question.text), key) not in decisions.rejected

    def take(question: Question, key: str, method: str, similarity: float, proposed: bool) -> None:
        if proposed and (Project.key(question.text), key) in decisions.confirmed:
            proposed = False
        taken[question.id] = (key, method, similarity, proposed)
        used.add(key)

    for question_key, key in decisions.manual:
        question = next((q for q in candidates if Project.key(q.text) == question_key), None)
        if question is not None and key in groups and free(question, key):
            take(question, key, MANUAL, text_similarity(question.text, texts[key]), False)
    organisations: Counter[str] = Counter()
    patterns = {key: wording_pattern(text) for key, text in texts.items()}
    for question in candidates:
        normal = normalise_text(question.text)
        for key, pattern in patterns.items():
            hit = pattern.match(normal)
            if hit and free(question, key):
                organisations.update(v for k, v in hit.groupdict().items() if v)
                take(question, key, TEXT, 1.0, False)
                break
    name = organisations.most_common(1)[0][0] if organisations else "my organisation"
    _fuzzy([q for q in candidates if q.type != QuestionType.NPS and q.id not in taken],
           [k for k in texts if k not in used], texts, name, threshold, free, take)
    matches = [BenchmarkMatch(q, tuple(groups[taken[q.id][0]]), *taken[q.id][1:]) for q in candidates if q.id in taken]
    return matches, [q for q in candidates if q.id not in taken]


def _fuzzy(questions: list[Question], keys: list[str], texts: dict[str, str], organisation: str, threshold: float,
           free, take) -> None:
    """Propose the most similar remaining pairs sharing a content word (not the organisation's name), best first."""
    if not questions or not keys:
        return
    a = [normalise_text(q.text) for q in questions]
    b = [normalise_text(_PLACEHOLDER.sub(organisation, texts[k])) for k in keys]
    scores = (process.cdist(a, b, scorer=fuzz.token_sort_ratio, dtype=np.float64)
              + process.cdist(a, b, scorer=fuzz.token_set_ratio, dtype=np.float64)) / 200.0
    name = content_words(organisation)
    words_a = [content_words(q.text) - name for q in questions]
    words_b = [content_words(texts[k]) for k in keys]
    candidates = sorted((-scores[i, j], i, j) for i, j in zip(*np.nonzero(scores >= threshold), strict=True)
                        if words_a[i] & words_b[j])
    for negative, i, j in candidates:
        if free(questions[i], keys[j]):
            take(questions[i], keys[j], FUZZY, float(-negative), True)


__all__ = ["BenchmarkMatch", "DEFAULT_THRESHOLD", "content_words", "match_benchmark", "text_similarity",
           "wording_pattern"]
