"""NLTK's VADER, loaded from the shipped lexicon and extended with the probation domain layer.

:class:`DomainVader` subclasses ``nltk.sentiment.vader.SentimentIntensityAnalyzer`` and reuses its
rules (boosters, negation, capitals, idioms, "least") word by word. It adds three things:
the domain lexicon (topic words removed, feeling words and idioms added, more negators), a
faster tokeniser that strips punctuation from both ends of a word, and scoring of one clause at
a time, so that a comment can be seen as positive in one clause and negative in another.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from functools import cache

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from feedback_gui.core.comments.lexicon import DomainLexicon, load_domain_lexicon
from feedback_gui.core.comments.patterns import ComplaintPatterns, PatternHit, load_patterns
from feedback_gui.core.resources import resource_path

_PUNCT = string.punctuation
_STRONG = 2.5  # in a request clause only words at least this strong keep (half) their valence
_REQUEST_KEEP = 0.5
_COMPARATIVE_STARTS = frozenset({"less", "fewer", "lower"})  # "less support" complains, "less paperwork" asks
_STATEMENT_OF_CHANGE = re.compile(
    r"\b(than (?:(?:my|our|the|at|in|a) )?(?:before|ever|it used to|they used to|last|previous|other|others|usual)|"
    r"compared (?:to|with)|these days|any ?more|nowadays|used to be)\b", re.IGNORECASE)
_CUE_NEGATORS = frozenset({"no", "not", "without", "never"})  # a pattern's own negation: VADER must not spread it


def read_vader_lexicon() -> str:
    """The text of the VADER lexicon shipped in ``resources/sentiment`` (MIT licence, C.J. Hutto)."""
    return resource_path("sentiment", "vader_lexicon.txt").read_text(encoding="utf-8")


def plain_vader() -> SentimentIntensityAnalyzer:
    """NLTK's VADER exactly as published, with the shipped lexicon and no domain layer."""
    analyser = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    analyser.lexicon_file = read_vader_lexicon()
    analyser.lexicon = analyser.make_lex_dict()
    analyser.constants = VaderConstants()
    return analyser


@dataclass(frozen=True)
class _Context:
    """What ``SentimentIntensityAnalyzer.sentiment_valence`` reads from a SentiText."""

    words_and_emoticons: list[str]
    is_cap_diff: bool


@dataclass(frozen=True)
class ClauseScore:
    """VADER valences of one clause: their weighted sum and whether it is a request."""

    text: str
    weight: float
    valences: tuple[float, ...]
    request: bool
    patterns: tuple[PatternHit, ...] = ()  # complaints and praise told without feeling words

    @property
    def total(self) -> float:
        """Sum of the word valences (unweighted)."""
        return float(sum(self.valences))

    @property
    def compound(self) -> float:
        """VADER's normalised score of this clause alone, -1..1."""
        return _normalise(self.total)


def _normalise(score: float, alpha: float = 15.0) -> float:
    return score / math.sqrt(score * score + alpha)


def _tokens(text: str, keep_single: bool = False) -> list[str]:
    """VADER's words: whitespace-separated, punctuation stripped from both ends (a token that is all
    punctuation, such as an emoticon, is kept whole), and - as VADER does - only words of 2+
    characters unless ``keep_single`` (phrases such as "I like" and "like a person" need them)."""
    out = []
    for raw in text.split():
        word = raw.strip(_PUNCT) or raw
        if len(word) > 1 or (keep_single and word.isalpha()):
            out.append(word)
    return out


class DomainVader(SentimentIntensityAnalyzer):
    """VADER with the probation domain layer; scores clauses word by word."""

    def __init__(  # noqa: D107 - see class docstring
        self, domain: DomainLexicon | None = None, patterns: ComplaintPatterns | None = None
    ) -> None:
        self.lexicon_file = read_vader_lexicon()
        self.lexicon = self.make_lex_dict()
        self.constants = VaderConstants()
        self.domain = domain if domain is not None else load_domain_lexicon()
        self.patterns = patterns if patterns is not None else load_patterns()
        self._apply_domain(self.domain)

    def _apply_domain(self, domain: DomainLexicon) -> None:
        for word, valence in domain.topics.items():
            if valence:
                self.lexicon[word] = valence
            else:
                self.lexicon.pop(word, None)
        for word, valence in domain.words.items():
            if valence:
                self.lexicon[word] = valence
            else:
                self.lexicon.pop(word, None)
        negators = {w.lower() for w in self.constants.NEGATE} | set(domain.negators)
        for word in negators:
            self.lexicon.pop(word, None)
        self.constants.NEGATE = negators  # instance attribute: the class-wide list is untouched
        # Words that make NLTK's rules change a neighbour's valence (see word_valences).
        idiom_words = {"shit", "bomb", "ass", "yeah", "mustard", "kiss", "mouth", "enough", "kind", "sort"}
        self._sensitive = frozenset(
            negators | {b for b in self.constants.BOOSTER_DICT if " " not in b} | {"least", "so", "this", "never"}
            | idiom_words
        )
        # Phrases and request cues are matched on words, indexed by their first word.
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for index, (phrase, valence) in enumerate(sorted(domain.phrases.items())):
            token = f"zzphrase{index}"
            if valence:
                self.lexicon[token] = valence
            self._add_phrase(self._phrases, phrase, token)
        for phrase in domain.multiword_negators:
            self._add_phrase(self._phrases, phrase, "not")
        self._request_starts = frozenset(domain.request_starts)
        self._requests: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cue in domain.requests:
            self._add_phrase(self._requests, cue, cue)

    @staticmethod
    def _add_phrase(index: dict[str, list[tuple[tuple[str, ...], str]]], phrase: str, token: str) -> None:
        parts = tuple(phrase.lower().split())
        index.setdefault(parts[0], []).append((parts, token))
        index[parts[0]].sort(key=lambda item: -len(item[0]))  # longest first

    @staticmethod
    def _find(index: dict[str, list[tuple[tuple[str, ...], str]]], lower: list[str], i: int) -> tuple[int, str]:
        for parts, token in index.get(lower[i], ()):
            n = len(parts)
            if tuple(lower[i : i + n]) == parts:
                return n, token
        return 0, ""

    def merge_phrases(self, words: list[str], lower: list[str] | None = None) -> list[str]:
        """Replace idioms and topic phrases in a list of words by single lexicon tokens."""
        lower = lower if lower is not None else [w.lower() for w in words]
        if self._phrases.keys().isdisjoint(lower):
            return words
        out: list[str] = []
        i = 0
        while i < len(words):
            n, token = self._find(self._phrases, lower, i) if lower[i] in self._phrases else (0, "")
            if n:
                out.append(token)
                i += n
            else:
                out.append(words[i])
                i += 1
        return out

    def is_request(self, clause: str, lower: list[str] | None = None) -> bool:
        """True when the clause asks for or suggests something ("would like", "should", "more X would help")."""
        if clause.rstrip().endswith("?"):
            return True
        lower = lower if lower is not None else [w.lower() for w in _tokens(clause, keep_single=True)]
        if lower and lower[0] in self._request_starts:
            return True
        requests = self._requests
        if requests.keys().isdisjoint(lower):
            return False
        return any(w in requests and self._find(requests, lower, i)[0] for i, w in enumerate(lower))

    def word_valences(self, words: list[str], exact: bool = False, lower: list[str] | None = None) -> list[float]:
        """VADER's valence of each word (after ``merge_phrases``), by NLTK's own rules.

        Words with no booster, negation, "least", "so"/"this" or idiom word within NLTK's window
        (three words before, two after) take their lexicon valence directly (plus the capitals
        rule), which is what ``sentiment_valence`` returns for them; all others go through
        ``sentiment_valence``. ``exact=True`` sends every word through it (used by the tests).
        """
        if not words:
            return []
        lower = lower if lower is not None else [w.lower() for w in words]
        upper = sum(1 for w in words if w.isupper())
        cap_diff = 0 < len(words) - upper < len(words)
        context = _Context(words, cap_diff)
        boosters, lexicon, sensitive = self.constants.BOOSTER_DICT, self.lexicon, self._sensitive
        flagged = [w in sensitive or "n't" in w for w in lower]
        sentiments: list[float] = []
        last = len(words) - 1
        for i, low in enumerate(lower):
            if low in boosters or (low == "kind" and i < last and lower[i + 1] == "of"):
                sentiments.append(0)
            elif low not in lexicon:
                sentiments.append(0)
            elif exact or any(flagged[max(0, i - 3) : i + 3]):
                sentiments = self.sentiment_valence(0, context, words[i], i, sentiments)
            else:
                valence = lexicon[low]
                if cap_diff and words[i].isupper():
                    valence += self.constants.C_INCR if valence > 0 else -self.constants.C_INCR
                sentiments.append(valence)
        return sentiments

    def score_clause(self, clause: str, weight: float = 1.0) -> ClauseScore:
        """Score one clause of original text: idioms, requests, word valences and complaint patterns.

        A clause that starts with a suggestion word ("more", "less", "extra", "better") is a suggestion
        ("less paperwork", "more training") unless a complaint pattern says otherwise ("less support than
        before", "more work less pay", "extra working hours") or, after "less"/"fewer"/"lower", it
        compares with the past or with others. Complaint and praise patterns add their valence after a request's
        ordinary words were silenced; a pattern replaces the lexicon's own feeling for its thing
        ("less stress" is praise even though "stress" is a negative word).
        """
        words = _tokens(clause, keep_single=True)
        lower = [w.lower() for w in words]
        request = self.is_request(clause, lower)
        hits = self.patterns.find(clause, request=False)
        if request and lower and lower[0] in self._request_starts and (
            any(h.valence < 0 for h in hits)
            or (lower[0] in _COMPARATIVE_STARTS and _STATEMENT_OF_CHANGE.search(clause))
        ):
            request = self._is_request_beyond_start(lower)
        if request:
            hits = self.patterns.find(clause, request=True)
        if hits and not _CUE_NEGATORS.isdisjoint(lower):
            words, lower = _drop_cue_negators(words, lower, hits)
        if request and "," in clause:  # "Please fix the laptops, they are useless": the complaint keeps its feeling
            valences = self._request_piece_valences(clause)
        else:
            merged = [w for w in self.merge_phrases(words, lower) if len(w) > 1]  # VADER drops 1-letter words
            valences = self.word_valences(merged)
            if request:
                valences = [v * _REQUEST_KEEP if abs(v) >= _STRONG else 0.0 for v in valences]
        if hits:
            valences = list(valences) + [self._pattern_valence(h) for h in hits]
        return ClauseScore(clause, weight, tuple(valences), request, tuple(hits))

    def _request_piece_valences(self, clause: str) -> list[float]:
        """Valences of a request clause piece by piece (on commas): only the pieces that ask are silenced."""
        out: list[float] = []
        for piece in clause.split(","):
            words = _tokens(piece, keep_single=True)
            lower = [w.lower() for w in words]
            merged = [w for w in self.merge_phrases(words, lower) if len(w) > 1]
            valences = self.word_valences(merged)
            if self.is_request(piece, lower):
                valences = [v * _REQUEST_KEEP if abs(v) >= _STRONG else 0.0 for v in valences]
            out.extend(valences)
        return out

    def _is_request_beyond_start(self, lower: list[str]) -> bool:
        """``is_request`` without the clause's first word counting as a suggestion opener."""
        requests = self._requests
        return not requests.keys().isdisjoint(lower) and any(
            w in requests and self._find(requests, lower, i)[0] for i, w in enumerate(lower))

    def _pattern_valence(self, hit: PatternHit) -> float:
        """The hit's valence, cancelling the lexicon's feeling for its thing and its cue where they disagree
        ("pressure is low": neither "pressure" nor "low" may pull praise down)."""
        valence = hit.valence
        for word in (hit.thing + " " + hit.cue).split():
            own = self.lexicon.get(word, 0.0)
            if own * hit.valence < 0:
                valence -= own
        return valence


def _drop_cue_negators(words: list[str], lower: list[str], hits: tuple[PatternHit, ...] | list[PatternHit]
                       ) -> tuple[list[str], list[str]]:
    """Leave out a "no"/"not" that belongs to a pattern ("no bonuses", "not enough staff"): the pattern has
    read it, and VADER would otherwise reverse the feeling words after it ("no bonuses and a terrible review
    system"). Only the negator followed by the rest of its cue, or by its thing within two words, goes."""
    drop: set[int] = set()
    plain = [w.strip(_PUNCT) for w in lower]
    for hit in hits:
        cue = hit.cue.split()
        if cue[0] not in _CUE_NEGATORS:
            continue
        follow = cue[1:] or (hit.thing.split()[:1] if hit.thing else [])
        for i, word in enumerate(plain):
            if i in drop or word != cue[0]:
                continue
            after = plain[i + 1 : i + 1 + (len(follow) if len(cue) > 1 else 3)]
            if (len(cue) > 1 and after == follow) or (len(cue) == 1 and follow and follow[0] in after):
                drop.add(i)
                break
    if not drop:
        return words, lower
    return ([w for i, w in enumerate(words) if i not in drop], [w for i, w in enumerate(lower) if i not in drop])


@cache
def domain_vader() -> DomainVader:
    """The shared analyser with the shipped lexicons (built once per process)."""
    return DomainVader()
