"""Multi-select answers held in one cell: "Mentoring;Better IT;" (Microsoft Forms), "Housing, Mental
health" (Google Forms), "Email|Phone" (other exports), where an option may itself contain a comma
("Finance, benefits and debt", "Social media such as blogs, forums, or podcasts") and where text typed
under "Other" is appended to the ticked options in the same cell.

Options are recovered from the answers themselves: pieces given alone are options; with ", " a piece
that starts in lower case or leaves a bracket open continues the piece before it, and pieces that
always come together, one straight after the other, are one option; a piece given only once, and last
in its cell (where the tools put it), is text typed under Other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from feedback_gui.core.schema.labels import clean_text, label_key

MAX_OPTIONS = 40  # more options than this: not a multi-select
MIN_JOINED_SHARE = 0.1  # this share of the answers hold the delimiter (any, if the question says "all that apply")
MIN_OPTION_SHARE = 0.85  # options (pieces that recur) make up at least this share of the pieces (0.75 with a hint)
MIN_OCCURRENCES = 2  # a piece given this many times is an option; rarer ones, last in their cell, are Other text
DELIMITERS = (";", "|", ",")
OTHER = "Other"
SELECT_ALL = re.compile(r"all that apply|all which apply|select all|tick all|check all|choose all|mark all|"
                        r"select (up to|as many|any)|tick (any|as many)|more than one (answer|option)|"
                        r"multiple (answers|choices|selections)|\(select [a-z0-9]+\)", re.I)


@dataclass(frozen=True)
class JoinedOptions:
    """How a joined multi-select column is split, and the options found."""

    delimiter: str  # ";", "|" or ","
    options: tuple[str, ...]  # most chosen first; "Other" (typed text) last when there is any
    joined_answers: int = 0  # answers holding the delimiter
    other_answers: int = 0  # answers holding text that is none of the options (counted under Other)
    hinted: bool = False  # the question says "select all that apply"


def _key(text: str, delimiter: str) -> str:
    if delimiter == ",":
        return ", ".join(p for p in (clean_text(f) for f in text.split(",")) if p).casefold()
    return clean_text(text).casefold()


def fragments(value: str, delimiter: str) -> list[str]:
    """The pieces of a cell between delimiters (blank pieces, as after a trailing ";", dropped)."""
    return [part for part in (clean_text(p) for p in value.split(delimiter)) if part]


def _continues(fragment: str, before: str) -> bool:
    """True if ``fragment`` continues the piece before it: it starts in lower case, or a bracket is left open."""
    return fragment[:1].islower() or before.count("(") > before.count(")") or before.count("[") > before.count("]")


def glue(pieces: list[str], standalone: frozenset[str] = frozenset()) -> list[str]:
    """Re-join comma-split pieces that continue the piece before them (``standalone`` pieces, in lower
    case, are seen at the start of some cell and so are options of their own, such as "nDelius")."""
    out: list[str] = []
    for piece in pieces:
        if out and piece.casefold() not in standalone and _continues(piece, out[-1]):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def split_answer(value: str, delimiter: str, known: Sequence[str] = ()) -> list[str]:
    """Split one cell into its options; text that is none of ``known`` comes back as one piece per run.

    With ",", the longest run of pieces that forms a known option wins ("Finance, benefits and debt" is
    one option, not two); without known options, pieces that continue the one before are re-joined."""
    pieces = fragments(value, delimiter)
    if delimiter != "," or not pieces:
        return pieces
    if not known:
        return glue(pieces)
    keys = {_key(k, delimiter) for k in known}
    longest = max((k.count(", ") + 1 for k in keys), default=1)
    parts: list[str] = []
    run: list[str] = []
    i = 0
    while i < len(pieces):
        matched = 0
        for j in range(min(len(pieces), i + longest), i, -1):
            if ", ".join(pieces[i:j]).casefold() in keys:
                matched = j
                break
        if matched:
            if run:
                parts.append(", ".join(run))
                run = []
            parts.append(", ".join(pieces[i:matched]))
            i = matched
        else:
            run.append(pieces[i])
            i += 1
    if run:
        parts.append(", ".join(run))
    return parts


def other_option(options: Sequence[str]) -> str | None:
    """The option under which typed text is counted ("Other", "Other (please specify)"), if there is one."""
    for option in options:
        key = label_key(option)
        if key == "other" or key.startswith(("other (", "other:", "other -", "other, please")):
            return option
    return None


def _units(values: Sequence[str], counts: Sequence[int], delimiter: str) -> dict[str, list[str]]:
    """Each cell's pieces; with "," re-joined where a piece continues the one before or always follows it."""
    units = {v: fragments(v, delimiter) for v in values}
    if delimiter != ",":
        return units
    starts = frozenset(p[0].casefold() for p in units.values() if p)
    units = {v: glue(p, starts) for v, p in units.items()}
    alone = {p[0].casefold() for p in units.values() if len(p) == 1}
    for _ in range(8):  # pieces that always come together, one straight after the other, are one option
        total: Counter[str] = Counter()
        follows: Counter[tuple[str, str]] = Counter()
        for value, count in zip(values, counts, strict=True):
            parts = [p.casefold() for p in units[value]]
            total.update({p: count for p in parts})
            follows.update({(a, b): count for a, b in zip(parts, parts[1:], strict=False)})
        pairs = {a: b for (a, b), n in follows.items()
                 if n == total[a] == total[b] and a not in alone and b not in alone and a != b}
        if not pairs:
            break
        for value in units:
            merged: list[str] = []
            for part in units[value]:
                if merged and pairs.get(merged[-1].casefold()) == part.casefold():
                    merged[-1] = f"{merged[-1]}, {part}"
                else:
                    merged.append(part)
            units[value] = merged
    return units


def detect_joined(values: Sequence[str], counts: Sequence[int], known: Sequence[str] = (),
                  header: str = "") -> JoinedOptions | None:
    """Decide whether the distinct answers of a column are multi-select cells, and find the options.

    A column is multi-select when a good share of answers hold the delimiter (any, if the question says
    "select all that apply"), and the pieces recur (a small set of options combined many ways), unlike
    free text where the pieces are all different. Pieces given only once are text typed under Other.
    """
    total = sum(counts)
    if total == 0 or len(values) < 2:
        return None
    hinted = bool(header and SELECT_ALL.search(header))
    shares = _delimiter_counts(values, counts)
    for delimiter in DELIMITERS:
        with_delim, trailing = shares[delimiter]
        if with_delim == 0 or (with_delim < MIN_JOINED_SHARE * total and trailing == 0 and not hinted):
            continue
        found = _options(values, counts, delimiter, known, hinted)
        if found is not None:
            options, other_answers = found
            return JoinedOptions(delimiter, options, with_delim, other_answers, hinted)
    return None


def _delimiter_counts(values: Sequence[str], counts: Sequence[int]) -> dict[str, tuple[int, int]]:
    """For each delimiter: answers holding it, and answers ending with it (weighted by how often each is given)."""
    out = {}
    for delimiter in DELIMITERS:
        holding = sum(c for v, c in zip(values, counts, strict=True) if delimiter in v)
        trailing = sum(c for v, c in zip(values, counts, strict=True) if v.endswith(delimiter)) if holding else 0
        out[delimiter] = (holding, trailing)
    return out


def _options(values: Sequence[str], counts: Sequence[int], delimiter: str, known: Sequence[str],
             hinted: bool) -> tuple[tuple[str, ...], int] | None:
    if known:
        units = {v: split_answer(v, delimiter, known) for v in values}
    else:
        sample = [v for v in values if delimiter in v][: 12 * MAX_OPTIONS]
        if len({p.casefold() for v in sample for p in fragments(v, delimiter)}) > 6 * MAX_OPTIONS:
            return None  # free text: nearly every piece is new
        units = _units(values, counts, delimiter)
    pieces: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    inner: set[str] = set()  # pieces followed by another: options, since typed text comes last
    for value, count in zip(values, counts, strict=True):
        for part in units[value]:
            pieces[part.casefold()] += count
            spelling.setdefault(part.casefold(), part)
        inner.update(part.casefold() for part in units[value][:-1])
        if len(pieces) > 3 * MAX_OPTIONS:
            return None
    known_keys = {k.casefold() for k in known} | inner
    options = [k for k, n in pieces.most_common() if n >= MIN_OCCURRENCES or k in known_keys]
    if not 2 <= len(options) <= MAX_OPTIONS or max(len(spelling[k]) for k in options) > 120:
        return None
    option_set = set(options)
    recurring = sum(n for k, n in pieces.items() if k in option_set)
    if recurring < (0.75 if hinted else MIN_OPTION_SHARE) * sum(pieces.values()):
        return None
    if len(options) >= len(values) and not any(v.endswith(delimiter) for v in values):
        return None  # no combination of options: not a multi-select
    other_answers = sum(c for v, c in zip(values, counts, strict=True)
                        if any(p.casefold() not in option_set for p in units[v]))
    named = [spelling[k] for k in options]
    if other_answers and other_option(named) is None:
        named.append(OTHER)
    return tuple(named), other_answers


def joined_indicators(series: pd.Series, delimiter: str, options: Sequence[str]) -> pd.DataFrame:
    """One boolean column per option: did the respondent tick it? Blank cells tick nothing."""
    profile_codes, uniques = pd.factorize(series, use_na_sentinel=True)
    table = np.zeros((len(uniques) + 1, len(options)), dtype=bool)
    index = {_key(option, delimiter): i for i, option in enumerate(options)}
    other = other_option(options)
    other_index = index.get(_key(other, delimiter)) if other is not None else None
    for u, value in enumerate(uniques):
        for part in split_answer(str(value), delimiter, options):
            j = index.get(_key(part, delimiter), other_index)
            if j is not None:
                table[u, j] = True
    picked = table[profile_codes]  # -1 picks the all-False last row
    return pd.DataFrame(picked, index=series.index, columns=list(options))


_TRUE = {"1", "1.0", "true", "yes", "y", "x", "✓", "✔", "ticked", "checked", "selected"}
_FALSE = {"0", "0.0", "false", "no", "n", ""}


def binary_values(values: Iterable[str]) -> bool:
    """True if the answers are 1/0, TRUE/FALSE or a tick mark: a binary option column."""
    keys = {clean_text(v).casefold() for v in values}
    if not keys or keys & {"yes", "no"} == keys:
        return False  # a Yes/No question, not a tick box
    return keys <= (_TRUE | _FALSE) and bool(keys & _TRUE - {"yes", "y"})


def is_ticked(value: object) -> bool:
    """Whether a cell of a binary or option-text column counts as ticked."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return False
    text = clean_text(str(value)).casefold()
    return bool(text) and text not in _FALSE


_OTHER = re.compile(r"\bother\b.*\b(specify|please)\b|^other$|\(please specify\)", re.IGNORECASE)


def is_other_specify(label: str) -> bool:
    """True for an "Other (please specify)" column that holds free text."""
    return bool(_OTHER.search(label))
