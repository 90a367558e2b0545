"""Scale families: ordered answer scales recognised by their shape rather than looked up in a list.

Every label is read as a point on one dimension, with a score whose sign says which end it is on:

    "Strongly agree" -> (agree, +3)      "Disagree" -> (agree, -2)       "Neither agree nor disagree" -> (_, 0)
    "Very easy" -> (easy, +3)            "Difficult" -> (easy, -2)       "Not open at all" -> (open, -4)
    "Always" -> (often, +4)              "Good" -> (good, +2)            "Fair" -> (good, 0)

A column is a scale when all its answers are points of one dimension with different scores; its options
run from the most favourable answer to the least, and the favourable end (the answers scoring above zero,
at most two of them) is what its headline counts by default. The reading is general: "very X / X /
neither / not X / not X at all", "X / un-X / dis-X", antonyms (easy/difficult, good/poor), intensifiers
(extremely, very, somewhat, slightly ...) and the usual frequency, quality and extent words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from feedback_gui.core.schema.labels import clean_text

# Intensity of a modifier in front of a word: the plain word scores 2.
_INTENSITY: dict[str, float] = {
    "extremely": 4, "completely": 4, "totally": 4, "absolutely": 4, "entirely": 4, "fully": 3.5,
    "very": 3, "strongly": 3, "definitely": 3, "highly": 3, "really": 3, "very much": 3,
    "mostly": 1.5, "quite": 1.5, "fairly": 1.5, "moderately": 1.5, "reasonably": 1.5, "pretty": 1.5,
    "generally": 1.5, "largely": 1.5,
    "somewhat": 1, "slightly": 1, "a little": 1, "a bit": 1, "partly": 1, "partially": 1, "mildly": 1,
    "rather": 1, "tend to": 1, "a little bit": 1,
}
# "not very easy" is nearly the midpoint; "not easy" the plain negative; "not at all easy" the extreme.
_WEAK_NOT = ("not very", "not so", "not too", "not particularly", "not that", "not really", "not overly")
_EXTREME_NOT = ("not at all", "not in the least")

# Words of a fixed place on a scale, by dimension.
_VOCABULARY: dict[str, tuple[str, float]] = {
    # frequency
    "always": ("often", 4), "almost always": ("often", 3.5), "nearly always": ("often", 3.5),
    "most of the time": ("often", 3), "usually": ("often", 3), "mostly": ("often", 3),
    "often": ("often", 2), "frequently": ("often", 2), "regularly": ("often", 2),
    "sometimes": ("often", 0), "some of the time": ("often", 0), "occasionally": ("often", -1),
    "rarely": ("often", -2), "seldom": ("often", -2), "hardly ever": ("often", -3), "almost never": ("often", -3.5),
    "never": ("often", -4),
    # quality
    "excellent": ("good", 4), "outstanding": ("good", 4.5), "good": ("good", 2), "fair": ("good", 0),
    "average": ("good", 0), "ok": ("good", 0), "okay": ("good", 0), "satisfactory": ("good", 0),
    "adequate": ("good", 0), "acceptable": ("good", 0), "poor": ("good", -2), "bad": ("good", -2),
    "terrible": ("good", -4), "awful": ("good", -4), "very poor": ("good", -3), "very bad": ("good", -3),
    # extent (one-sided: from "completely" down to "not at all")
    "a great deal": ("extent", 3), "a lot": ("extent", 3), "to a great extent": ("extent", 3),
    "to a large extent": ("extent", 3), "to a moderate extent": ("extent", 1.5), "to some extent": ("extent", 1),
    "some": ("extent", 1), "to a small extent": ("extent", 0.5), "a little": ("extent", 0.5),
    "not at all": ("extent", -4), "not much": ("extent", -2),
    # extent words standing alone ("Completely / Mostly / Partly / Not at all")
    "completely": ("extent", 4), "fully": ("extent", 4), "entirely": ("extent", 4), "very much": ("extent", 3.5),
    "largely": ("extent", 2), "moderately": ("extent", 1.5), "partly": ("extent", 1), "partially": ("extent", 1),
    "somewhat": ("extent", 1), "slightly": ("extent", 0.5), "not really": ("extent", -2), "hardly": ("extent", -3),
    # "Yes, definitely / Yes, to some extent / No" (NHS staff survey and others)
    "yes definitely": ("yes", 3), "yes always": ("yes", 3), "yes completely": ("yes", 3), "yes mostly": ("yes", 2),
    "yes to a great extent": ("yes", 2.5), "yes to some extent": ("yes", 1), "yes partly": ("yes", 1),
    "yes somewhat": ("yes", 1), "yes sometimes": ("yes", 1), "no": ("yes", -2), "no not at all": ("yes", -3),
    "no never": ("yes", -3),
    # change
    "much better": ("better", 3), "better": ("better", 2), "a little better": ("better", 1),
    "slightly better": ("better", 1), "about the same": ("better", 0), "the same": ("better", 0),
    "no change": ("better", 0), "no different": ("better", 0), "slightly worse": ("better", -1),
    "a little worse": ("better", -1), "worse": ("better", -2), "much worse": ("better", -3),
}
# Second readings of words that belong to two families ("Always, Mostly, Never"; "Completely, Mostly, Not at all").
_ALSO: dict[str, tuple[str, float]] = {"mostly": ("extent", 2), "usually": ("extent", 2), "sometimes": ("extent", 1),
                                       "never": ("extent", -4), "not at all": ("often", -4)}
_NOT_A_SCALE_WORD = frozenset({"yes", "y", "no", "n", "true", "false", "other", "none", "all", "both", "either"})
# The negative word of a pair, pointing at its positive dimension.
_ANTONYMS: dict[str, str] = {
    "difficult": "easy", "hard": "easy", "poor": "good", "bad": "good", "negative": "positive", "low": "high",
    "worse": "better", "useless": "useful", "closed": "open", "weak": "strong", "unlikely": "likely",
    "dissatisfied": "satisfied", "unsatisfied": "satisfied", "disagree": "agree", "unhappy": "happy",
    "unhelpful": "helpful", "unimportant": "important", "unsafe": "safe", "unclear": "clear", "unfair": "fair",
    "unfavourable": "favourable", "unfavorable": "favorable", "unfavourably": "favourably",
    "unfavorably": "favorably", "ineffective": "effective", "inadequate": "adequate", "insufficient": "sufficient",
    "unsupported": "supported", "unsupportive": "supportive", "uncomfortable": "comfortable",
    "unconfident": "confident", "undervalued": "valued", "uninformed": "informed", "inaccessible": "accessible",
    "inappropriate": "appropriate", "unreasonable": "reasonable", "unacceptable": "acceptable",
}
# Dimensions common enough in surveys that two answers on them are evidence of a scale.
KNOWN_DIMENSIONS = frozenset({
    "agree", "satisfied", "likely", "important", "helpful", "useful", "easy", "good", "positive", "often",
    "effective", "confident", "safe", "supported", "supportive", "valued", "informed", "open", "clear",
    "comfortable", "happy", "favourable", "favorable", "favourably", "favorably", "better", "extent",
    "sufficient", "adequate", "appropriate", "accessible", "respected", "involved", "aware", "high",
    "familiar", "interested", "motivated", "engaged", "prepared", "fair", "reasonable", "acceptable", "strong",
    "yes",
})
_MIDPOINTS = frozenset({"neutral", "neither", "undecided", "in the middle", "in between", "mixed", "indifferent",
                        "neither/nor", "no strong feelings", "no opinion either way", "middle"})
_NEITHER = re.compile(r"^neither (?P<a>.+?) (?:nor|or) (?P<b>.+)$")
_NUMBER_PREFIX = re.compile(r"^\(?(?P<n>\d{1,2})\)?\s*(?:[-=:.)–]\s*|\s+)(?P<text>\D.*)$")
_WORD_PREFIXES = ("dis", "un", "in", "im", "ir")
_STRIP = re.compile(r"[^\w\s'/-]+")


@dataclass(frozen=True)
class Point:
    """Where one answer sits: its dimension (None for a bare midpoint), score and whether it was modified."""

    dimension: str | None
    score: float
    modified: bool = False  # an intensifier or a negation was read
    also: tuple[str, float] | None = None  # a second reading, on another dimension

    def on(self, dimension: str) -> float | None:
        """The score on ``dimension``, or None if the answer is not a point of it (midpoints fit any)."""
        if self.dimension is None or self.dimension == dimension:
            return self.score
        if self.also is not None and self.also[0] == dimension:
            return self.also[1]
        return None


def scale_key(label: str) -> str:
    """The text a label is parsed from: cleaned, lower case, without punctuation but for hyphens and slashes."""
    text = clean_text(label).casefold().replace("&", "and")
    return " ".join(_STRIP.sub(" ", text).split())


def _word_point(word: str, context: frozenset[str]) -> tuple[str, int] | None:
    """(dimension, +1/-1) of a plain word or phrase: "easy" -> (easy, +1), "difficult" -> (easy, -1)."""
    if not word or any(ch.isdigit() for ch in word) or word in _NOT_A_SCALE_WORD:
        return None
    if word in _ANTONYMS:
        return _ANTONYMS[word], -1
    for prefix in _WORD_PREFIXES:
        stem = word[len(prefix):]
        if word.startswith(prefix) and len(stem) >= 4 and (stem in context or stem in KNOWN_DIMENSIONS):
            return stem, -1
    return word, 1


def parse_label(label: str, context: Iterable[str] = ()) -> Point | None:
    """Read one answer label as a point of a scale, or None if it is not one.

    ``context`` holds the other labels' words (keys), so that "unhelpful" is read against "helpful"."""
    key = scale_key(label)
    words = frozenset(context)
    if not key or len(key.split()) > 8:
        return None
    if key in _MIDPOINTS:
        return Point(None, 0.0)
    match = _NEITHER.match(key)
    if match:
        first = _word_point(match["a"], words)
        return Point(first[0] if first else None, 0.0)
    if key in _VOCABULARY:
        dimension, score = _VOCABULARY[key]
        return Point(dimension, score, also=_ALSO.get(key))
    for prefix in _EXTREME_NOT:
        if key.startswith(prefix + " "):
            return _negated(key[len(prefix) + 1:], 4, words)
    if key.startswith("not ") and key.endswith(" at all"):
        return _negated(key[4:-7], 4, words)
    for prefix in _WEAK_NOT:
        if key.startswith(prefix + " "):
            return _negated(key[len(prefix) + 1:], 1, words)
    if key.startswith("not "):
        return _negated(key[4:], 2, words)
    for modifier in sorted(_INTENSITY, key=len, reverse=True):
        if key.startswith(modifier + " "):
            rest = key[len(modifier) + 1:]
            base = _plain(rest, words)
            if base is None:
                return None
            return Point(base.dimension, (1 if base.score > 0 else -1) * _INTENSITY[modifier], True)
    return _plain(key, words)


def _plain(word: str, words: frozenset[str]) -> Point | None:
    if word in _VOCABULARY:
        dimension, score = _VOCABULARY[word]
        return Point(dimension, score) if score != 0 else None
    found = _word_point(word, words)
    if found is None or len(word.split()) > 3:
        return None
    return Point(found[0], 2.0 * found[1])


def _negated(word: str, magnitude: float, words: frozenset[str]) -> Point | None:
    base = _plain(word, words)
    if base is None:
        return None
    return Point(base.dimension, -magnitude if base.score > 0 else magnitude, True)


SMALL_SCALE = 3  # scales of this many points or fewer count their top answer only


@dataclass(frozen=True)
class FamilyScale:
    """A column's answers read as one scale."""

    dimension: str
    ordered: tuple[str, ...]  # the labels, most favourable first
    scores: tuple[float, ...]

    @property
    def favourable(self) -> tuple[str, ...]:
        """The answers on the favourable side (score above zero), most favourable first."""
        return tuple(label for label, score in zip(self.ordered, self.scores, strict=True) if score > 0)

    @property
    def counted(self) -> tuple[str, ...]:
        """What a headline counts by default: the top two favourable answers, the top one on a scale of 2-3 points
        ("Positive", not "Positive" and "Neutral"; "Fully", not "Fully" and "Partly")."""
        return self.favourable[: 2 if len(self.ordered) >= SMALL_SCALE + 1 else 1]

    @property
    def two_sided(self) -> bool:
        """True if answers from both ends (or the midpoint and one end) are present."""
        return any(s > 0 for s in self.scores) and any(s <= 0 for s in self.scores)


def read_scale(labels: Sequence[str], strict: bool = True) -> FamilyScale | None:
    """The scale the labels form, or None.

    Strict (inference): on a dimension common in surveys two answers are enough; on any other word
    ("open", "welcoming") at least three answers from both sides of the scale, with modifiers.
    Not strict (ordering the options of a question already known to be a rating scale): any fit."""
    if len(labels) < 2:
        return None
    keys = [scale_key(label) for label in labels]
    context = frozenset(keys)
    points = []
    for label in labels:
        point = parse_label(label, context)
        if point is None:
            return None
        points.append(point)
    candidates = [p.dimension for p in points if p.dimension is not None]
    candidates += [p.also[0] for p in points if p.also is not None]
    fitting = [d for d in dict.fromkeys(candidates) if all(p.on(d) is not None for p in points)]
    if not fitting:
        return None
    dimension = fitting[0]
    scores = [float(p.on(dimension)) for p in points]  # type: ignore[arg-type]
    if len(set(scores)) != len(scores):
        return None
    order = sorted(range(len(labels)), key=lambda i: -scores[i])
    scale = FamilyScale(dimension, tuple(labels[i] for i in order), tuple(scores[i] for i in order))
    if not strict or dimension in KNOWN_DIMENSIONS:
        return scale
    modified = sum(1 for p in points if p.modified)
    return scale if len(labels) >= 3 and scale.two_sided and modified >= 2 else None


def favourable_boxes(options: Sequence[str], wanted: int = 2) -> tuple[str, ...] | None:
    """The favourable end of a text scale: up to ``wanted`` options scoring above zero, most favourable first
    (one only on a scale of SMALL_SCALE points or fewer).

    None when the options do not read as one scale (the caller then keeps its own rule)."""
    scale = read_scale(list(options), strict=False)
    if scale is None:
        return None
    return scale.counted[:wanted]


def number_anchor(label: str) -> tuple[int, str] | None:
    """ "1 - Strongly disagree" -> (1, "Strongly disagree"): a scale point written with its number."""
    match = _NUMBER_PREFIX.match(clean_text(label))
    if not match:
        return None
    return int(match["n"]), match["text"].strip()


def sentence_case(label: str) -> str:
    """One spelling for a scale label: "Very Easy", "VERY EASY", "very easy " -> "Very easy" (acronyms kept)."""
    words = clean_text(label).split(" ")
    out = []
    for i, word in enumerate(words):
        if len(word) >= 2 and word.isupper() and len(words) > 1 and not all(w.isupper() for w in words):
            out.append(word)  # an acronym among ordinary words
        else:
            lowered = word.lower()
            out.append(lowered[:1].upper() + lowered[1:] if i == 0 else lowered)
    return " ".join(out)
