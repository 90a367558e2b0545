"""Complaints and praise told without feeling words: a thing said to be high, low, slow, less, lacking or absent.

"Caseloads are high", "no bonuses", "less support than before", "forget about progression" carry no
negative word, so a lexicon reads them as neutral (or, with "support" and "bonus" in it, positive).
They are read here as a *thing* and a *cue* near each other: a thing that is better when there is more
of it (pay, support, growth: ``good``) said to be low or absent is a complaint, and so is a thing that is
worse when there is more of it (workload, stress, attrition: ``bad``) said to be high; the reverse is
praise ("pressure is low", "plenty of training"). The things and cues are data, in
``resources/sentiment/complaint_patterns.tsv`` (its header explains the format).

:func:`find_patterns` returns each pair found in one clause; :class:`DomainVader` adds their valence to
the clause, so they count in the clause's compound, in "mixed" and in the model's features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.resources import resource_path

KINDS = ("good", "bad", "high", "low", "skip")
SCOPES = ("before", "after", "both")
WINDOW = 3  # at most this many words between a cue and its thing
COMPLAINT, PRAISE = -2.0, 1.6  # valence added to the clause (VADER's scale, about "bad" and "good")
_NEGATORS = frozenset({"not", "never", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't",
                       "hasn't", "haven't", "hadn't", "isnt", "arent", "wasnt", "dont", "doesnt", "didnt"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_PIECES = re.compile(r"[,;:()/]|\s-\s|\band\b|\bbut\b|\bwhile\b|\bwhereas\b")


@dataclass(frozen=True)
class Cue:
    """A word or phrase saying "much" (``high``) or "little" (``low``)."""

    kind: str
    scope: str = "both"
    comparative: bool = False
    any_thing: bool = False


@dataclass(frozen=True)
class PatternHit:
    """A thing and its cue found in a clause: ``valence`` < 0 is a complaint, > 0 praise."""

    thing: str
    cue: str
    valence: float


@dataclass(frozen=True)
class ComplaintPatterns:
    """The parsed pattern file: phrases (tuples of words) to a thing kind or a cue."""

    entries: dict[tuple[str, ...], object]  # -> "good" / "bad" / "skip" / Cue
    first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases starting with it, longest first

    def find(self, clause: str, request: bool = False) -> list[PatternHit]:
        """Pairs of thing and cue in ``clause`` (in a request, comparatives such as "less" are no complaint)."""
        hits: list[PatternHit] = []
        for piece in _PIECES.split(clause.lower().replace("-", " ")):
            words = _WORD.findall(piece)
            if words and not self.first.keys().isdisjoint(words):
                hits.extend(self._find_in(words, request))
        return hits

    def _find_in(self, words: list[str], request: bool) -> list[PatternHit]:
        items: list[tuple[int, int, object, str]] = []  # start, end, entry, text
        i = 0
        while i < len(words):
            for phrase in self.first.get(words[i], ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    items.append((i, i + len(phrase), self.entries[phrase], " ".join(phrase)))
                    i += len(phrase)
                    break
            else:
                i += 1
        things = [(s, e, kind, text) for s, e, kind, text in items if kind in ("good", "bad")]
        cues = [(s, e, cue, text) for s, e, cue, text in items if isinstance(cue, Cue)]
        if not cues:
            return []
        used: set[int] = set()
        hits = []
        for start, end, cue, text in cues:
            assert isinstance(cue, Cue)
            if request and cue.comparative:
                continue
            best: tuple[float, int] | None = None  # (distance, index into things); ties go to the thing before
            for index, (t_start, t_end, _, _) in enumerate(things):
                if index in used:
                    continue
                distance: float
                if t_end <= start and cue.scope != "before":
                    distance = start - t_end
                elif t_start >= end and cue.scope != "after":
                    distance = t_start - end + 0.5
                else:
                    continue
                if distance <= WINDOW and (best is None or distance < best[0]):
                    best = (distance, index)
            negated = any(w in _NEGATORS for w in words[max(0, start - 2) : start])
            if best is not None:
                used.add(best[1])
                _, _, kind, thing = things[best[1]]
                complaint = (kind == "good") == (cue.kind == "low")
            elif cue.any_thing and _names_something(words, start, end, cue.scope):
                thing, complaint = "", True
            else:
                continue
            complaint ^= negated
            hits.append(PatternHit(thing, text, COMPLAINT if complaint else PRAISE))
        return hits


def _names_something(words: list[str], start: int, end: int, scope: str) -> bool:
    """True when a word stands where the cue's thing would be ("lack of *direction*", "*feedback* is absent")."""
    return (scope != "after" and end < len(words)) or (scope != "before" and start > 0)


def parse_patterns(text: str, source: str = "complaint patterns") -> ComplaintPatterns:
    """Parse the TAB-separated pattern format (see the resource file's header)."""
    entries: dict[tuple[str, ...], object] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        kind = cells[0].lower()
        phrase = tuple(_WORD.findall(cells[1].lower().replace("-", " "))) if len(cells) > 1 else ()
        if kind not in KINDS or not phrase:
            raise FeedbackError(f"{source}, line {number}: expected 'kind<TAB>entry', kind one of {KINDS}")
        if kind in ("high", "low"):
            scope = cells[2].lower() if len(cells) > 2 and cells[2] else "both"
            flags = {f.strip().lower() for f in cells[3].split(",")} if len(cells) > 3 else set()
            if scope not in SCOPES:
                raise FeedbackError(f"{source}, line {number}: scope {scope!r} is not one of {SCOPES}")
            entries[phrase] = Cue(kind, scope, "comparative" in flags, "any" in flags)
        else:
            entries[phrase] = kind
    first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in entries:
        first.setdefault(phrase[0], []).append(phrase)
    return ComplaintPatterns(entries, {w: tuple(sorted(p, key=len, reverse=True)) for w, p in first.items()})


def default_patterns_path() -> Path:
    """Where the shipped pattern file lives."""
    return resource_path("sentiment", "complaint_patterns.tsv")


@cache
def load_patterns(path: str | None = None) -> ComplaintPatterns:
    """Load (and cache) the complaint patterns from ``path`` or the shipped resource."""
    file = Path(path) if path else default_patterns_path()
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedbackError(f"{file.name}: cannot read the complaint patterns ({exc.strerror})") from None
    return parse_patterns(text, file.name)
