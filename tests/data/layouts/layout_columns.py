"""Column model for the layout fixtures: the answers a generator writes and what a reader should find."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

AGREE = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]
NA = "Not applicable"
DK = "Don't know"
PNS = "Prefer not to say"


@dataclass
class Col:
    """One question (or metadata column) of a fixture.

    ``values`` holds each respondent's answer in canonical spelling (None = blank; a list of options
    for multi_choice).  ``raw`` holds what is written to the file when it differs (label variants).
    """

    header: str
    type: str
    values: list[Any]
    options: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    raw: list[Any] | None = None
    name: str | None = None  # variable name / Qualtrics id when the file has one besides the header
    columns: list[str] | None = None  # headers of the columns a multi-select spans
    counted: list[str] | None = None  # what the headline counts by default (its favourable end, or "Yes")
    codes: dict[str, str] | None = None  # documented codes in the file and the answer each stands for
    ticked: str | None = None  # multi-select columns: "categories" if each holds a chosen option

    def written(self) -> list[Any]:
        """What goes into the file for each respondent."""
        return self.raw if self.raw is not None else self.values

    def expected(self) -> dict[str, Any]:
        """This column's entry in expected.json."""
        out: dict[str, Any] = {"header": self.header, "type": self.type}
        if self.name is not None:
            out["name"] = self.name
        if self.type == "metadata":
            return out
        if self.columns is not None:
            out["columns"] = self.columns
        if self.codes is not None:
            out["codes"] = self.codes
        if self.ticked is not None:
            out["ticked"] = self.ticked
        answered = [v for v in self.values if v is not None]
        out["answered"] = len(answered)
        counts: Counter[str] = Counter()
        if self.type == "multi_choice":
            for ticked in answered:
                counts.update(ticked)
        elif self.type in ("free_text", "date", "numeric"):
            pass
        else:
            counts.update(str(v) for v in answered)
        out["options"] = list(self.options)
        out["counts"] = {o: counts[o] for o in self.options}
        out["excluded"] = {label: counts[label] for label in self.excluded if counts[label]}
        stray = set(counts) - set(self.options) - set(self.excluded)
        if stray:
            raise ValueError(f"{self.header}: answers outside the options: {sorted(stray)}")
        zero = [o for o in self.options if counts[o] == 0]
        if zero:
            raise ValueError(f"{self.header}: options nobody chose (a reader cannot see them): {zero}")
        if self.counted is not None:
            out["counted"] = self.counted
            relevant = out["answered"] - sum(out["excluded"].values())
            out["headline"] = [sum(counts[c] for c in self.counted) if self.type != "multi_choice"
                               else sum(1 for t in answered if set(t) & set(self.counted)), relevant]
        if self.type == "numeric":
            out["mean"] = round(sum(answered) / len(answered), 4)
            out["min"], out["max"] = min(answered), max(answered)
        if self.type == "date":
            days = sorted(v.date() if isinstance(v, datetime) else v for v in answered)
            out["min"], out["max"] = days[0].isoformat(), days[-1].isoformat()
        return out


def exact(rng: random.Random, counts: dict[str, int], blanks: int = 0) -> list[str | None]:
    """Answers with exactly these counts (plus ``blanks`` blanks), in a seeded random order."""
    values: list[str | None] = [label for label, n in counts.items() for _ in range(n)] + [None] * blanks
    rng.shuffle(values)
    return values


def ticks(rng: random.Random, n: int, chance: dict[str, float], blanks: int = 0) -> list[list[str] | None]:
    """Multi-select answers: each option ticked with its chance; at least one per answer; some blank."""
    options = list(chance)
    out: list[list[str] | None] = []
    for _ in range(n - blanks):
        picked = [o for o in options if rng.random() < chance[o]] or [rng.choice(options)]
        out.append(picked)
    for o in options:  # every option at least once, so a reader can see it
        if not any(o in p for p in out if p):
            out[rng.randrange(len(out))].append(o)
    out = [[o for o in options if o in p] for p in out]
    out += [None] * blanks
    rng.shuffle(out)
    return out


def with_variants(values: list[Any], variants: dict[str, list[str]]) -> list[Any]:
    """Raw cells: the first cells holding each canonical label are written as the listed variants."""
    raw = list(values)
    for canonical, spellings in variants.items():
        slots = [i for i, v in enumerate(values) if v == canonical]
        if len(slots) < len(spellings):
            raise ValueError(f"not enough {canonical!r} answers for {spellings}")
        for i, spelling in zip(slots, spellings, strict=False):
            raw[i] = spelling
    return raw


def blank_some(rng: random.Random, values: list[Any], k: int) -> list[Any]:
    """``values`` with ``k`` of them blanked."""
    out = list(values)
    for i in rng.sample(range(len(out)), k):
        out[i] = None
    return out


def dates(rng: random.Random, n: int, first: date, days: int) -> list[date]:
    """``n`` seeded dates from ``first`` over ``days`` days."""
    return [date.fromordinal(first.toordinal() + rng.randrange(days)) for _ in range(n)]


def expected_file(cols: list[Col], respondents: int, sheet: str | None, **extra: Any) -> dict[str, Any]:
    """One file's entry in expected.json."""
    for col in cols:
        if len(col.values) != respondents:
            raise ValueError(f"{col.header}: {len(col.values)} values for {respondents} respondents")
    return {"respondents": respondents, "sheet": sheet, **extra, "questions": [c.expected() for c in cols]}
