"""Redaction of personal details in comments, with a count of what was replaced.

Replaced, in this order: email addresses, PNC numbers (2019/0123456A), National Insurance
numbers (QQ 12 34 56 C), prison numbers (A1234BC), case reference numbers (X123456), postcodes
(IP1 2AB), UK phone numbers (07700 900123, +44 7700 900123, (01473) 123456) and person names
(titles such as "Mr Smith" or "Dr Patel", and first names from the shipped list, with a following
surname). Names that are also words ("Will", "Hope", "May") need more evidence than other names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from feedback_gui.core.resources import resource_path

PLACEHOLDERS = {
    "name": "[NAME]",
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "postcode": "[POSTCODE]",
    "ni_number": "[NI NUMBER]",
    "case_ref": "[CASE REF]",
    "pnc": "[PNC]",
    "prison_no": "[PRISON NO]",
}
KINDS = tuple(PLACEHOLDERS)

_AREAS = (
    "AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH "
    "EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK "
    "ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD "
    "TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("pnc", re.compile(r"(?<![\w/])(?:\d{4}|\d{2})/\d{1,7}[A-Z](?!\w)", re.IGNORECASE)),
    ("ni_number", re.compile(r"(?<!\w)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\w)", re.IGNORECASE)),
    ("prison_no", re.compile(r"(?<!\w)[A-Z]\d{4}[A-Z]{2}(?!\w)", re.IGNORECASE)),
    ("case_ref", re.compile(r"(?<!\w)[A-Z]\d{6}(?!\w)", re.IGNORECASE)),
    (
        "postcode",
        re.compile(
            rf"(?<!\w)(?:{'|'.join(sorted(_AREAS, key=len, reverse=True))})\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{{2}}(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "phone",
        re.compile(r"(?<![\w+])(?:(?:\+|00)44 ?(?:\(0\) ?)?|\(?0)\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}(?![\w])"),
    ),
)

_DIGIT_OR_AT = re.compile(r"[\d@]")  # every pattern above needs one of these
_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.? +(?:[A-Z]\.? +)*[A-Z][a-zA-Z'-]+(?: +[A-Z][a-z][a-zA-Z'-]*)?"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['-][A-Za-z]+)?\b")
_LOWER_AFTER_CUE = re.compile(
    r"\b(?:my|our|the|new) +(?:po|spo|pso|officer|probation officer|worker|key ?worker|manager|mentor|supervisor)"
    r",? +([a-z]+)\b",
    re.IGNORECASE,
)
_ANY_CUE = re.compile(r"po\b|officer|worker|manager|mentor|supervisor", re.IGNORECASE)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:PO|SPO|PSO|officer|worker|keyworker|manager|mentor|supervisor|named|called|colleague)),? +$",
    re.IGNORECASE,
)
_NOT_A_NAME_BEFORE = re.compile(r"(?:\bHMP|\bHMYOI|\bHMPYOI|\bPrison|\bSaint|\bSt\.?|\bPort|\b[Tt]he|\b[Aa]n?) +$")
_PLACE_AFTER = re.compile(
    r"^ +(?:Hill|Road|Rd|Street|St|Lane|Court|House|Centre|Center|Park|Avenue|Way|Close|Drive|Ward|Hospital|"
    r"Prison|Unit|Wing|Trust|Foundation|College|School|Station|Square|Green|Place|Hall|Bay)\b"
)
_NAME_FOLLOWERS = re.compile(
    r"^(?:\s*[,.!?;:)]|\s*$|\s+(?:is|was|has|had|said|says|told|tells|helped|helps|rang|called|came|does|did|"
    r"will|would|can|could|who|and|explained|listens|listened|gave|got|made|makes|sorted|left)\b)"
)
_NAME_PRECEDERS = re.compile(
    r"\b(?:with|to|from|by|for|called|named|ask|asked|tell|told|thank|thanks|saw|see|met|contact|contacted|"
    r"me|spoke|speak|speaking)\s+$",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"(]\s*|\n\s*)$")


def _read_list(name: str) -> frozenset[str]:
    text = resource_path("redaction", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class NameLists:
    """First names, surnames, and the names that need extra evidence."""

    first: frozenset[str]
    surnames: frozenset[str]
    words: frozenset[str]
    places: frozenset[str]
    first_lower: frozenset[str] = field(default=frozenset())


@cache
def name_lists() -> NameLists:
    """The shipped name lists (``resources/redaction``)."""
    first = _read_list("first_names.txt")
    words, places = _read_list("name_words.txt"), _read_list("name_places.txt")
    plain = first - words - places
    return NameLists(first, _read_list("surnames.txt"), words, places, frozenset(n.lower() for n in plain))


@dataclass(frozen=True)
class Redacted:
    """A redacted text and how many of each kind were replaced."""

    text: str
    counts: dict[str, int]


def _redact_names(text: str, counts: Counter[str], lists: NameLists) -> str:
    text, n = _TITLE.subn(PLACEHOLDERS["name"], text)
    counts["name"] += n
    if _ANY_CUE.search(text):
        text = _LOWER_AFTER_CUE.sub(lambda m: _lower_name(m, lists, counts), text)

    out: list[str] = []
    last = 0
    for match in _CAPITALISED.finditer(text):
        if match.start() < last:
            continue
        word = match.group(0)
        if word not in lists.first:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if _NOT_A_NAME_BEFORE.search(before) or _PLACE_AFTER.match(after):
            continue
        surname = re.match(r" +([A-Z][a-zA-Z'-]+)", after)
        has_surname = bool(surname and surname.group(1) in lists.surnames)
        context = has_surname or bool(_CUE_BEFORE.search(before))
        if word in lists.places and not context:
            continue
        if word in lists.words and not context and not _word_name_in_context(before, after):
            continue
        end = match.end() + (surname.end() if surname is not None and has_surname else 0)
        out.append(text[last : match.start()])
        out.append(PLACEHOLDERS["name"])
        counts["name"] += 1
        last = end
    out.append(text[last:])
    return "".join(out)


def _word_name_in_context(before: str, after: str) -> bool:
    """A name that is also a word ("Will", "Grace") needs a name-like neighbour inside a sentence."""
    if _SENTENCE_START.search(before):
        return False
    return bool(_NAME_FOLLOWERS.match(after) or _NAME_PRECEDERS.search(before))


def _lower_name(match: re.Match[str], lists: NameLists, counts: Counter[str]) -> str:
    if match.group(1).lower() not in lists.first_lower or match.group(1)[0].isupper():
        return match.group(0)
    counts["name"] += 1
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + PLACEHOLDERS["name"]


def redact(text: str) -> Redacted:
    """Replace personal details in ``text`` by placeholders such as ``[NAME]`` and count them."""
    counts: Counter[str] = Counter()
    for kind, pattern in _PATTERNS if _DIGIT_OR_AT.search(text) else ():
        if kind == "phone":
            text = pattern.sub(lambda m: _phone(m, counts), text)
            continue
        text, n = pattern.subn(PLACEHOLDERS[kind], text)
        counts[kind] += n
    text = _redact_names(text, counts, name_lists())
    return Redacted(text, {kind: counts.get(kind, 0) for kind in KINDS})


def _phone(match: re.Match[str], counts: Counter[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and match.group(0).lstrip("(").startswith(("+", "44")):
        digits = digits[2:]
    national = "0" + digits.lstrip("0")
    if len(national) not in (10, 11):
        return match.group(0)
    counts["phone"] += 1
    return PLACEHOLDERS["phone"]


def total_counts(items: Iterable[Redacted]) -> dict[str, int]:
    """Add up the counts of many redactions (every kind present, zeros included)."""
    total = Counter({kind: 0 for kind in KINDS})
    for item in items:
        total.update(item.counts)
    return {kind: total[kind] for kind in KINDS}
