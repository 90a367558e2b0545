"""Match comments to codebook themes on word stems, and choose a codebook for a survey.

Words are stemmed with NLTK's Snowball (Porter2) stemmer, which needs no downloaded data.
At each word the longest keyword of any theme (or ``ignore`` phrase) that starts there wins,
so "crisis management" counts for Workload and not also for "Management and supervision".
A comment may carry several themes; the number of keyword hits is its strength for each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from feedback_gui.core.comments.codebook import STAFF, USER_VOICE, Codebook, built_in_codebook

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@cache
def _stemmer():  # noqa: ANN202 - nltk's SnowballStemmer, imported on first use (nltk takes a second to load)
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Snowball stem of a lower-case word (cached)."""
    found = _STEMS.get(word)
    if found is None:
        found = _stemmer().stem(word)
        if len(_STEMS) < 500_000:
            _STEMS[word] = found
    return found


def stems(text: str) -> list[str]:
    """Stems of the words of ``text`` (hyphenated words split, possessive 's dropped)."""
    return [stem(w) for w in _WORD.findall(text.lower().replace("\u2019", "'"))]


def _first_match(options, sequence: list[str], i: int):
    for option in options:
        key = option[0]
        if len(key) == 1 or tuple(sequence[i : i + len(key)]) == key:
            return option
    return None


@dataclass(frozen=True)
class ThemeMatch:
    """Themes found in one comment, with keyword hits per theme (in codebook order)."""

    hits: tuple[tuple[str, int], ...] = ()

    @property
    def themes(self) -> tuple[str, ...]:
        """Theme names matched."""
        return tuple(name for name, _ in self.hits)

    def strength(self, theme: str) -> int:
        """Number of keyword hits for ``theme`` (0 if not matched)."""
        return dict(self.hits).get(theme, 0)


NO_THEMES = ThemeMatch()


class ThemeMatcher:
    """A codebook compiled for fast matching."""

    def __init__(self, codebook: Codebook) -> None:  # noqa: D107 - see class docstring
        self.codebook = codebook
        self.order = {name: i for i, name in enumerate(codebook.theme_names)}
        self._index: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        self._prefixes: list[tuple[str, str]] = []
        entries: dict[tuple[str, ...], set[str]] = {}
        for theme in codebook.themes:
            for keyword in theme.keywords:
                if keyword.endswith("*") and " " not in keyword:
                    self._prefixes.append((keyword[:-1].lower(), theme.name))
                elif keyword.startswith('"') and keyword.endswith('"') and len(keyword) > 2:
                    exact = tuple("=" + w for w in _WORD.findall(keyword[1:-1].lower()))
                    if exact:
                        entries.setdefault(exact, set()).add(theme.name)
                elif key := tuple(stems(keyword)):
                    entries.setdefault(key, set()).add(theme.name)
        for phrase in codebook.ignore:
            if key := tuple(stems(phrase)):
                entries.setdefault(key, set())
        for key, names in entries.items():
            self._index.setdefault(key[0], []).append((key, frozenset(names)))
        for options in self._index.values():
            options.sort(key=lambda item: -len(item[0]))
        self._has_exact = any(key.startswith("=") for key in self._index)

    def keys_found(self, text: str) -> list[tuple[tuple[str, ...], frozenset[str]]]:
        """The keywords (as stem tuples, exact words marked "=") found in ``text``, with their themes."""
        words = _WORD.findall(text.lower().replace("\u2019", "'"))
        cache, index = _STEMS, self._index
        tokens = [cache.get(w) or stem(w) for w in words]
        exact = ["=" + w for w in words] if self._has_exact else None
        found: list[tuple[tuple[str, ...], frozenset[str]]] = []
        i, n = 0, len(tokens)
        while i < n:
            hit = None
            if exact is not None and exact[i] in index:
                hit = _first_match(index[exact[i]], exact, i)
            if hit is None and tokens[i] in index:
                hit = _first_match(index[tokens[i]], tokens, i)
            if hit is not None:
                found.append(hit)
                i += len(hit[0])
                continue
            for prefix, name in self._prefixes:
                if words[i].startswith(prefix):
                    found.append(((words[i],), frozenset({name})))
            i += 1
        return found

    def match(self, text: str) -> ThemeMatch:
        """Themes of one comment."""
        counts: Counter[str] = Counter()
        for _, names in self.keys_found(text):
            counts.update(names)
        if not counts:
            return NO_THEMES
        return ThemeMatch(tuple(sorted(counts.items(), key=lambda item: self.order[item[0]])))


@lru_cache(maxsize=16)
def theme_matcher(codebook: Codebook) -> ThemeMatcher:
    """A compiled matcher for ``codebook`` (cached: codebooks are immutable)."""
    return ThemeMatcher(codebook)


def match_themes(texts: Iterable[str], codebook: Codebook) -> list[ThemeMatch]:
    """Themes of each text."""
    matcher = theme_matcher(codebook)
    return [matcher.match(t) for t in texts]


_STAFF_CUES = re.compile(
    r"\b((your|my) (line )?manager|(your|my) team|(your|my) role|(your|my) workload|(your|my) caseload|caseloads?|"
    r"colleagues?|staff survey|employee|work(ing)? (here|in the pdu)|the pdu|(my|your) spo|senior leaders?|"
    r"people (on probation )?(you|i) supervise|pqips?|psos?|supervision sessions?|deliver(ing)?|"
    r"your ability to|quality of (your|my) work|(your|my) cases|people on probation)\b",
    re.IGNORECASE,
)
_USER_VOICE_CUES = re.compile(
    r"\b((your|my) (probation )?officer|(your|my) po|(your|my) practitioner|(your|my) appointments?|"
    r"(your|my) probation|(your|my) licence|(your|my) sentence|(your|my) order|on licence|"
    r"(you|i) (was|were) released|while (you were|you are|you're|i was|on) probation|"
    r"helped (you|me)|probation (has|have))\b",
    re.IGNORECASE,
)


def choose_codebook(texts: Sequence[str]) -> Codebook:
    """The built-in codebook that suits ``texts`` (question wordings and/or comments) better.

    Counts phrases typical of staff ("your manager", "caseload", "colleagues") and of people on
    probation ("your probation officer", "my appointments", "on licence"); on a tie, the codebook
    whose keywords match more of the texts wins, and staff on a second tie.
    """
    return built_in_codebook(choose_codebook_kind(texts))


def choose_codebook_kind(texts: Sequence[str]) -> str:
    """``"staff"`` or ``"user_voice"``: see :func:`choose_codebook`."""
    sample = list(texts)[:5000]
    staff_cues = sum(len(_STAFF_CUES.findall(t)) for t in sample)
    voice_cues = sum(len(_USER_VOICE_CUES.findall(t)) for t in sample)
    if staff_cues != voice_cues:
        return STAFF if staff_cues > voice_cues else USER_VOICE
    staff = theme_matcher(built_in_codebook(STAFF))
    voice = theme_matcher(built_in_codebook(USER_VOICE))
    staff_keys = {key for options in staff._index.values() for key, names in options if names}
    voice_keys = {key for options in voice._index.values() for key, names in options if names}
    # Only keywords that belong to one codebook tell them apart ("service" is in both).
    staff_score = sum(1 for t in sample for key, names in staff.keys_found(t) if names and key not in voice_keys)
    voice_score = sum(1 for t in sample for key, names in voice.keys_found(t) if names and key not in staff_keys)
    return USER_VOICE if voice_score > staff_score else STAFF
