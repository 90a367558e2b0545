"""A reference population profile (the caseload, the workforce): each characteristic's groups and shares.

Read from a CSV in long layout, one row per group, as `sample_data/caseload_profile.csv`::

    characteristic,group,count,percent
    Gender,Female,284,12.7
    Gender,Male,1954,87.3

The count or the percent column may be missing (percentages alone are enough; proportions 0-1 are
read as percentages). Column names are matched loosely ("variable", "category", "value", "n",
"share", "%" ...). A profile can also be typed in as a mapping, see :func:`reference_from_mapping`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.schema.labels import clean_text, label_key

_CHARACTERISTIC = {"characteristic", "variable", "category", "dimension", "demographic", "attribute", "field"}
_GROUP = {"group", "value", "level", "label", "answer", "option", "subgroup"}
_COUNT = {"count", "n", "number", "frequency", "freq", "people", "headcount"}
_PERCENT = {"percent", "percentage", "%", "share", "proportion", "pct", "per cent"}
_DECIMAL_COMMA = re.compile(r"^(?:\d+,\d{1,2}|0,\d+)$")  # "12,7" and "0,442" are decimals; "2,238" is 2238
_SUM_TOLERANCE = 1.5  # percentages rounded to one decimal may add up to 99.7 or 100.3


@dataclass(frozen=True)
class ReferenceGroup:
    """One group of a reference characteristic: its count (if given) and its percentage."""

    label: str
    count: int | None
    percent: float  # as the reference gives it, or count / total when only counts are given

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"group": self.label, "count": self.count, "percent": self.percent}


@dataclass(frozen=True)
class ReferenceCharacteristic:
    """A characteristic of the reference population (Gender, Disability ...) and its groups."""

    name: str
    groups: tuple[ReferenceGroup, ...]
    total: int | None  # sum of the counts, when every group has one

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"characteristic": self.name, "total": self.total, "groups": [g.to_dict() for g in self.groups]}


@dataclass(frozen=True)
class Reference:
    """A reference population profile."""

    characteristics: tuple[ReferenceCharacteristic, ...]
    source: str  # file name, or "typed in"

    def characteristic(self, name: str) -> ReferenceCharacteristic:
        """The characteristic with this name (case and spacing ignored); KeyError if none."""
        for item in self.characteristics:
            if label_key(item.name) == label_key(name):
                return item
        raise KeyError(name)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"source": self.source, "characteristics": [c.to_dict() for c in self.characteristics]}


def read_reference(path: str | Path) -> Reference:
    """Read a reference profile CSV (long layout: characteristic, group, count and/or percent)."""
    path = Path(path)
    if not path.is_file():
        raise FeedbackError(f"{path.name}: the reference file does not exist")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=first.count)
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise FeedbackError(f"{path.name}: the reference file has no rows")
    columns = _columns(rows[0], path.name)
    table: dict[str, list[tuple[str, float | None, float | None]]] = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = row + [""] * (len(rows[0]) - len(row))
        name, group = clean_text(cells[columns["characteristic"]]), clean_text(cells[columns["group"]])
        if not name or not group:
            raise FeedbackError(f"{path.name}: row {number} has no characteristic or no group")
        count = _number(cells, columns.get("count"), path.name, number)
        percent = _number(cells, columns.get("percent"), path.name, number)
        if count is None and percent is None:
            raise FeedbackError(f"{path.name}: row {number} ({name}, {group}) has neither a count nor a percent")
        table.setdefault(name, []).append((group, count, percent))
    return Reference(tuple(_characteristic(n, g, path.name) for n, g in table.items()), path.name)


def reference_from_mapping(data: Mapping[str, Mapping[str, float]], kind: str = "auto",
                           source: str = "typed in") -> Reference:
    """A reference typed in: ``{"Gender": {"Female": 12.7, "Male": 87.3}}``.

    ``kind`` is "percent", "count" or "auto": values adding up to 100 (or to 1, as proportions) are
    percentages, anything else counts.
    """
    items = []
    for name, groups in data.items():
        values = {clean_text(str(g)): float(v) for g, v in groups.items()}
        total = sum(values.values())
        as_percent = kind == "percent" or (kind == "auto" and (abs(total - 100) <= _SUM_TOLERANCE
                                                                or abs(total - 1) <= 0.015))
        rows: list[tuple[str, float | None, float | None]] = [
            (g, None, v) if as_percent else (g, v, None) for g, v in values.items()]
        items.append(_characteristic(clean_text(str(name)), rows, source))
    if not items:
        raise FeedbackError("the typed-in reference has no characteristics")
    return Reference(tuple(items), source)


def _characteristic(name: str, rows: list[tuple[str, float | None, float | None]],
                    source: str) -> ReferenceCharacteristic:
    keys = [label_key(g) for g, _, _ in rows]
    if len(set(keys)) < len(keys):
        raise FeedbackError(f"{source}: {name} lists the same group twice")
    if any((c is not None and c < 0) or (p is not None and p < 0) for _, c, p in rows):
        raise FeedbackError(f"{source}: {name} has a negative count or percent")
    counts = [c for _, c, _ in rows if c is not None]
    total = sum(counts) if len(counts) == len(rows) else None
    if total is not None and total <= 0:
        raise FeedbackError(f"{source}: the counts for {name} add up to 0")
    if total is not None:
        groups = [ReferenceGroup(g, int(round(c)), p if p is not None else 100.0 * c / total)
                  for (g, _, p), c in zip(rows, counts, strict=True)]
    else:
        percents = [p for _, _, p in rows if p is not None]
        if len(percents) < len(rows):
            raise FeedbackError(f"{source}: {name} needs a count or a percent for every group")
        scale = 100.0 if sum(percents) <= 1.015 else 1.0
        groups = [ReferenceGroup(g, None, p * scale) for (g, _, _), p in zip(rows, percents, strict=True)]
    added = sum(g.percent for g in groups)
    if abs(added - 100.0) > _SUM_TOLERANCE:
        raise FeedbackError(f"{source}: the percentages for {name} add up to {added:.1f}, not 100")
    return ReferenceCharacteristic(name, tuple(groups), int(round(total)) if total is not None else None)


def _columns(header: list[str], name: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = label_key(cell)
        for role, names in (("characteristic", _CHARACTERISTIC), ("group", _GROUP), ("count", _COUNT),
                            ("percent", _PERCENT)):
            if key in names and role not in found:
                found[role] = index
    if "characteristic" not in found or "group" not in found or not ({"count", "percent"} & set(found)):
        raise FeedbackError(f"{name}: a reference needs columns characteristic, group and count or percent "
                            f"(found {', '.join(h.strip() for h in header)})")
    return found


def _number(cells: list[str], index: int | None, name: str, row: int) -> float | None:
    if index is None:
        return None
    text = cells[index].strip().replace("%", "").strip()
    text = text.replace(",", ".") if _DECIMAL_COMMA.match(text) else text.replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FeedbackError(f"{name}: row {row} has {cells[index].strip()!r} where a number should be") from None
