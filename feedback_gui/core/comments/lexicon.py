"""The probation domain layer for sentiment: topic words, feeling words, idioms, negators, request cues.

It lives in ``resources/sentiment/domain_lexicon.tsv`` (see the comments at the top of that file)
so that it can be read and extended without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.resources import resource_path

KINDS = ("topic", "word", "phrase", "negator", "request", "request_start")


@dataclass(frozen=True)
class DomainLexicon:
    """Corrections to VADER for probation and staff-survey text."""

    topics: dict[str, float] = field(default_factory=dict)  # 0 = remove from the lexicon
    words: dict[str, float] = field(default_factory=dict)
    phrases: dict[str, float] = field(default_factory=dict)
    negators: frozenset[str] = frozenset()
    multiword_negators: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    request_starts: tuple[str, ...] = ()


def parse_domain_lexicon(text: str, source: str = "domain lexicon") -> DomainLexicon:
    """Parse the TAB-separated domain lexicon format (``kind<TAB>entry<TAB>valence<TAB>why``)."""
    topics: dict[str, float] = {}
    words: dict[str, float] = {}
    phrases: dict[str, float] = {}
    negators: set[str] = set()
    multi_negators: list[str] = []
    requests: list[str] = []
    starts: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        kind, entry = cells[0].lower(), (cells[1].lower() if len(cells) > 1 else "")
        if kind not in KINDS or not entry:
            raise FeedbackError(f"{source}, line {number}: expected 'kind<TAB>entry', kind one of {KINDS}")
        try:
            valence = float(cells[2]) if len(cells) > 2 and cells[2] else 0.0
        except ValueError:
            raise FeedbackError(f"{source}, line {number}: the valence {cells[2]!r} is not a number") from None
        if kind == "topic":
            topics[entry] = valence
        elif kind == "word":
            words[entry] = valence
        elif kind == "phrase":
            phrases[" ".join(entry.split())] = valence
        elif kind == "negator":
            (multi_negators.append(entry) if " " in entry else negators.add(entry))
        elif kind == "request":
            requests.append(" ".join(entry.split()))
        else:
            starts.append(entry)
    return DomainLexicon(
        topics, words, phrases, frozenset(negators), tuple(multi_negators), tuple(requests), tuple(starts)
    )


def default_lexicon_path() -> Path:
    """Where the shipped domain lexicon lives."""
    return resource_path("sentiment", "domain_lexicon.tsv")


@cache
def load_domain_lexicon(path: str | None = None) -> DomainLexicon:
    """Load (and cache) the domain lexicon from ``path`` or the shipped resource."""
    file = Path(path) if path else default_lexicon_path()
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedbackError(f"{file.name}: cannot read the sentiment lexicon ({exc.strerror})") from None
    return parse_domain_lexicon(text, file.name)
