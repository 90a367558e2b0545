"""Plain-text helpers for comments: normalising, non-answers, sentences, clauses and words.

Nothing here needs NLTK data (no punkt): sentences and clauses are split with regular
expressions tuned for survey answers, which are short and informally punctuated.
"""

from __future__ import annotations

import re

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)
_SPACES = re.compile(r"[ \t\f\v]+")

# Answers that say nothing: kept in the comment list but left out of sentiment and theme counts.
_NON_ANSWERS = {
    "", "n/a", "na", "n.a", "n a", "nil", "none", "nothing", "no", "nope", "no comment", "no comments",
    "no further comment", "no further comments", "nothing to add", "nothing further", "nothing else",
    "nothing to say", "nothing more to add", "not applicable", "not sure", "don't know", "dont know",
    "do not know", "unsure", "-", "--", "x", "...", "?", "same as above", "see above", "as above",
    "nothing at this time", "none at this time", "no thanks", "no thank you", "nothing really",
    "none really", "not really", "prefer not to say", "none that i can think of",
    "nothing i can think of", "can't think of anything", "cant think of anything", "no answer",
}
_NON_ANSWER_STRIP = re.compile(r"[\s.!,;:'\"()]+$|^[\s.!,;:'\"()]+")

_ABBREVIATIONS = r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)"
_MAYBE_SENTENCES = re.compile(r"[.!?]\W*\s|\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])" + _ABBREVIATIONS + r"[\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])|\s*\n+\s*")

# Contrast markers that start a new clause. "but" and friends weigh the clause after them more.
_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|\s*,?\s*\b(but|however|although|though|whereas)\b,?\s*|\s*,\s*(yet)\b,?\s*"
    r"|\s+-\s+",
    re.IGNORECASE,
)
_MARKERS = frozenset({"but", "however", "although", "though", "whereas", "while", "whilst", "despite", "even", "yet"})
_MARKER_WORDS = re.compile(r"[a-z]+")
_LEADING_CONCESSIVE = re.compile(r"^(although|though|while|whilst|despite|even though)\b", re.IGNORECASE)

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")


def normalise(text: str) -> str:
    """Straighten quotes and dashes, collapse runs of spaces and trim the text."""
    return _SPACES.sub(" ", str(text).translate(_TRANSLATE)).strip()


def is_non_answer(text: str) -> bool:
    """True for blank answers and non-answers such as "n/a", "none", "nothing", "no comment"."""
    if len(text) > 60:  # longer than any non-answer in the list
        return False
    key = _NON_ANSWER_STRIP.sub("", normalise(text).lower())
    return key in _NON_ANSWERS


def split_sentences(text: str) -> list[str]:
    """Split text into sentences on end punctuation followed by a capital or digit, and on newlines."""
    if not _MAYBE_SENTENCES.search(text):
        return [text.strip()] if text.strip() else []
    parts = _SENTENCE_END.split(text)
    return [p.strip() for p in parts if p and p.strip()]


def split_clauses(sentence: str) -> list[tuple[str, float]]:
    """Split a sentence into clauses, each with a VADER-style weight.

    As VADER does for "but", the clause before "but" or "however" weighs 0.5 and the one after
    1.5; "Although X, Y" weighs X 0.5 and Y 1.5; after a mid-sentence "although"/"though" the
    conceded clause weighs 0.75. Semicolons, dashes and "whereas" split without weighting.
    """
    sentence = sentence.strip(" ,.")
    low = sentence.lower()
    if ";" not in low and " - " not in low and not _MARKERS.intersection(_MARKER_WORDS.findall(low)):
        return [(sentence, 1.0)] if sentence else []
    lead = _LEADING_CONCESSIVE.match(sentence)
    if lead and "," in sentence:
        head, tail = sentence[lead.end() :].split(",", 1)
        return [(c, 0.5 * w) for c, w in split_clauses(head)] + [(c, 1.5 * w) for c, w in split_clauses(tail)]
    pieces: list[tuple[str, str | None]] = []  # (text, marker that ended it)
    last = 0
    for match in _CLAUSE_SPLIT.finditer(sentence):
        pieces.append((sentence[last : match.start()], (match.group(1) or ";").lower()))
        last = match.end()
    pieces.append((sentence[last:], None))

    result: list[tuple[str, float]] = []
    before: str | None = None  # the marker that precedes the current piece
    for text, after in pieces:
        text = text.strip(" ,.")
        weight = 1.0
        if before in ("but", "however", "yet"):
            weight *= 1.5
        elif before in ("although", "though"):
            weight *= 0.75
        if after in ("but", "however", "yet"):
            weight *= 0.5
        if text:
            result.append((text, weight))
        before = after
    return result


def words(text: str) -> list[str]:
    """Lower-case words of a text (letters, inner apostrophes and hyphens)."""
    return [w.lower() for w in WORD_RE.findall(text)]


def word_count(text: str) -> int:
    """Number of whitespace-separated words in a text."""
    return len(text.split())
