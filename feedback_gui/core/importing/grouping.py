"""Columns that belong together: matrix items under one stem, multi-select options in columns.

Stems come from the header rows (SurveyMonkey, grouped headers) or from the header text:
Google Forms grids "Stem [Item]", Qualtrics ids "Q3_1" with text "Stem - Item", and runs of
adjacent columns sharing a prefix such as "Support needed: Housing".
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from feedback_gui.core.importing.layouts import ColumnHeader

_BRACKET = re.compile(r"^(?P<stem>.+?)\s*\[(?P<sub>[^\[\]]+)\]$")
_QUALTRICS_ID = re.compile(r"^(?P<prefix>.+?)_(?P<part>\d+|TEXT|\d+_TEXT)$", re.IGNORECASE)
_SEPARATORS = (": ", " - ", " – ", " — ", " | ", "_")


@dataclass(frozen=True)
class Group:
    """Adjacent columns sharing one stem."""

    stem: str
    members: tuple[int, ...]  # indexes into the column list


def assign_stems(columns: list[ColumnHeader]) -> list[ColumnHeader]:
    """Fill in stem and sub for columns whose header text shows they belong to a group."""
    columns = [_bracket_stem(c) for c in columns]
    columns = _qualtrics_stems(columns)
    return _prefix_stems(columns)


def _bracket_stem(column: ColumnHeader) -> ColumnHeader:
    if column.stem:
        return column
    match = _BRACKET.match(column.text)
    if not match:
        return column
    return replace(column, stem=match["stem"].strip(), sub=match["sub"].strip())


def _qualtrics_stems(columns: list[ColumnHeader]) -> list[ColumnHeader]:
    by_prefix: dict[str, list[int]] = {}
    for i, column in enumerate(columns):
        if column.id and not column.stem:
            match = _QUALTRICS_ID.match(column.id)
            if match:
                by_prefix.setdefault(match["prefix"], []).append(i)
    out = list(columns)
    for members in by_prefix.values():
        if len(members) < 2:
            continue
        texts = [columns[i].text for i in members]
        stem = _common_stem(texts)
        if not stem:
            continue
        for i in members:
            sub = columns[i].text[len(stem):].lstrip(" -–:|_").strip() or columns[i].text
            out[i] = replace(columns[i], stem=stem.rstrip(" -–:|_"), sub=sub)
    return out


def _common_stem(texts: list[str]) -> str:
    prefix = os.path.commonprefix(texts)
    cut = max((prefix.rfind(sep) for sep in _SEPARATORS), default=-1)
    if cut <= 0:
        return ""
    return prefix[:cut]


def _prefix_stems(columns: list[ColumnHeader]) -> list[ColumnHeader]:
    """Runs of two or more adjacent columns whose headers share a prefix ending in a separator."""
    out = list(columns)
    i = 0
    while i < len(columns):
        if columns[i].stem:
            i += 1
            continue
        best_end, best_stem = i, ""
        for sep in _SEPARATORS:
            head = columns[i].text.split(sep)[0] if sep in columns[i].text else ""
            if not head or len(head) < 3:
                continue
            j = i + 1
            while j < len(columns) and not columns[j].stem and columns[j].text.startswith(head + sep):
                j += 1
            if j - i >= 2 and j > best_end:
                best_end, best_stem = j, head
        if best_stem:
            for k in range(i, best_end):
                sub = columns[k].text[len(best_stem):].lstrip(" -–—:|_").strip()
                out[k] = replace(columns[k], stem=best_stem.strip(), sub=sub)
            i = best_end
        else:
            i += 1
    return out


def groups(columns: list[ColumnHeader]) -> list[Group]:
    """Runs of adjacent columns with the same stem (each run of two or more is a group)."""
    found: list[Group] = []
    i = 0
    while i < len(columns):
        stem = columns[i].stem
        j = i + 1
        while stem and j < len(columns) and columns[j].stem == stem:
            j += 1
        if stem and j - i >= 1:
            found.append(Group(stem, tuple(range(i, j))))
        i = j
    return found
